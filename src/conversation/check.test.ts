import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../core/errors';
import en from '../generated/locales/en';
import lv from '../generated/locales/lv';
import ru from '../generated/locales/ru';
import { checkConversation, MEDIUM_PROFILES, type CheckOptions, type TranscriptMessage } from './check';

const statuses = (transcript: readonly TranscriptMessage[], options: CheckOptions = {}) =>
  Object.fromEntries(checkConversation(transcript, { locale: en, ...options }).items.map((i) => [i.id, i.status]));

const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes)).toISOString();

describe('media', () => {
  const slowSocial: TranscriptMessage[] = [
    { from: 'customer', text: '@Brand my order never arrived', at: at(0) },
    { from: 'agent', text: "@anna Sorry to hear that! We'll look into it and reply within 2 hours. Thanks for your patience.", at: at(25) },
  ];

  it('judge reply gaps, feedback and closings by the medium', () => {
    expect(statuses(slowSocial, { medium: 'social' })).toMatchObject({ 'timely-updates': 'pass', 'asks-feedback': 'not-applicable', 'offers-more-help': 'not-applicable' });
    expect(statuses(slowSocial, { medium: 'chat' })).toMatchObject({ 'timely-updates': 'fail', 'asks-feedback': 'fail', 'offers-more-help': 'fail' });
    expect(statuses(slowSocial, { medium: 'email' })).toMatchObject({ 'timely-updates': 'pass', 'asks-feedback': 'not-applicable', 'offers-more-help': 'fail' });
  });

  it('let an option override the medium, and report the medium used', () => {
    expect(statuses(slowSocial, { medium: 'social', maxGapSeconds: 60 })).toMatchObject({ 'timely-updates': 'fail' });
    expect(checkConversation(slowSocial, { locale: en, medium: 'social' }).medium).toBe('social');
    expect(MEDIUM_PROFILES.social.maxLength).toBe(280);
  });

  it.each([
    [{ medium: 'sms' }],
    [{ medum: 'social' }],
    [{ weights: { tone: -1 } }],
    [{ weights: { tonne: 1 } }],
    [{ critical: ['rudeness'] }],
    [{ expectClosing: 'yes' }],
  ])('refuses %j', (options) => {
    expect(() => checkConversation(slowSocial, { locale: en, ...(options as CheckOptions) })).toThrow(InvalidOptionsError);
  });
});

describe('how a conversation ends', () => {
  it('a hand-off to private messages owes no closing, thanks or feedback, and counts as a next step', () => {
    const card = statuses(
      [
        { from: 'customer', text: 'My account has been charged twice!' },
        { from: 'agent', text: "Hi there, sorry about that. Please DM us your account email and we'll sort it out." },
      ],
      { medium: 'chat' },
    );
    expect(card).toMatchObject({ 'explains-next-steps': 'pass', 'offers-more-help': 'not-applicable', 'thanks-customer': 'not-applicable', 'asks-feedback': 'not-applicable' });
  });

  it('an open thread (the agent asks, or a split reply) owes no closing yet', () => {
    const asking = statuses([
      { from: 'customer', text: 'The app keeps crashing.' },
      { from: 'agent', text: 'Hello, sorry to hear that. Which version of the app are you on?' },
    ]);
    expect(asking).toMatchObject({ 'offers-more-help': 'not-applicable', 'thanks-customer': 'not-applicable' });
    const split = statuses([
      { from: 'customer', text: 'The app keeps crashing.' },
      { from: 'agent', text: 'Hello, sorry to hear that. First, restart your phone and reinstall the app. 1/2' },
    ]);
    expect(split).toMatchObject({ 'offers-more-help': 'not-applicable' });
  });

  it('a transcript that starts at a later part of a split reply does not judge the unseen opening', () => {
    const later = (text: string) =>
      statuses([
        { from: 'customer', text: 'I lost all my files after the update.' },
        { from: 'agent', text },
      ]);
    expect(later('@anna 4/4 This option takes you back to the last good configuration.')).toMatchObject({ greets: 'not-applicable', 'acknowledges-problem': 'not-applicable' });
    expect(later('(2/2) This option takes you back to the last good configuration.')).toMatchObject({ greets: 'not-applicable' });
    // The first part, or a date, is judged as any opening is.
    expect(later('@anna 1/2 This option takes you back to the last good configuration.')).toMatchObject({ greets: 'fail', 'acknowledges-problem': 'fail' });
    expect(later('@anna 3/2 This option takes you back.')).toMatchObject({ greets: 'fail' });
  });

  it.each([
    ['en', en, 'Nobody got back to me about my order.', 'Do you not take cards?', 'Here is the answer: yes, by card or bank transfer.'],
    ['lv', lv, 'Kopš vakardienas neviens man neko neuzrakstīja par pasūtījumu.', 'Vai nevaru maksāt ar karti?', 'Jā, var maksāt ar karti vai pārskaitījumu.'],
    ['ru', ru, 'Мне так никто и не ответил по заказу.', 'Нельзя ли оплатить картой?', 'Да, можно оплатить картой или переводом.'],
  ] as const)('%s: a statement that something did not happen is a complaint; a question with a negation is not', (_code, locale, statement, question, answer) => {
    const ack = (text: string) => checkConversation([{ from: 'customer', text }, { from: 'agent', text: answer }], { locale }).items.find((i) => i.id === 'acknowledges-problem')!.status;
    expect(ack(statement)).toBe('fail');
    expect(ack(question)).toBe('not-applicable');
  });

  it('a rhetorical brush-off does not keep the thread open', () => {
    expect(statuses([{ from: 'customer', text: 'The app keeps crashing.' }, { from: 'agent', text: 'Have you checked our website?' }])).toMatchObject({
      'offers-more-help': 'fail',
    });
  });

  it('praise that asks for nothing needs no next step', () => {
    expect(statuses([{ from: 'customer', text: 'Thanks for the new update, great work!' }, { from: 'agent', text: 'Thank you so much, we will pass it on to the team!' }], { medium: 'social' })).toMatchObject({
      'explains-next-steps': 'not-applicable',
    });
  });
});

describe('score', () => {
  const good: TranscriptMessage[] = [
    { from: 'customer', text: 'Hi, my parcel has not arrived.' },
    { from: 'agent', text: "Hello! I'm sorry it is late. I'll check with the courier and write back within 2 hours. Thank you for your patience. Is there anything else I can help with?" },
  ];

  it('weighs items, and a critical failure sets it to 0', () => {
    const rude: TranscriptMessage[] = [...good.slice(0, 1), { from: 'agent', text: "Hello! Calm down, I'll check with the courier and write back within 2 hours. Thank you. Anything else?" }];
    const card = checkConversation(rude, { locale: en, expectFeedback: false });
    expect(card.criticalFailures).toEqual(['tone']);
    expect(card.score).toBe(0);
    expect(checkConversation(rude, { locale: en, expectFeedback: false, critical: [] }).score).toBeGreaterThan(0.5);
    expect(checkConversation(good, { locale: en, expectFeedback: false }).score).toBe(1);
  });

  it('takes weights: 0 leaves an item out', () => {
    const noFeedback = checkConversation(good, { locale: en });
    expect(noFeedback.items.find((i) => i.id === 'asks-feedback')?.status).toBe('fail');
    expect(noFeedback.score).toBeLessThan(1);
    expect(checkConversation(good, { locale: en, weights: { 'asks-feedback': 0 } }).score).toBe(1);
  });
});

describe('review findings', () => {
  it('slang does not cancel a hand-off or an open question', () => {
    const card = statuses([
      { from: 'customer', text: 'My order never arrived.' },
      { from: 'agent', text: "Hi, I'm sorry about that. Pls DM us your order number." },
    ]);
    expect(card).toMatchObject({ 'offers-more-help': 'not-applicable', 'thanks-customer': 'not-applicable' });
  });

  it('a date is not a split reply', () => {
    const card = statuses([
      { from: 'customer', text: 'Where is my refund?' },
      { from: 'agent', text: 'Hello! Your refund was issued on 5/6 and will arrive in 3 days.' },
    ]);
    expect(card['offers-more-help']).toBe('fail');
  });

  it('a question mark in a link is not a question', () => {
    const card = statuses([
      { from: 'customer', text: 'My order never arrived.' },
      { from: 'agent', text: "Hello! See https://help.example.com/faq?id=3 — I'm sorry about that, we'll resend it today." },
    ]);
    expect(card['acknowledges-problem']).toBe('pass');
  });

  it.each([[{ facts: { customername: 'Anna' } }], [{ facts: 'x' }], [{ facts: { customerName: 42 } }], [{ locales: 'en' }]])('refuses %j', (options) => {
    expect(() => checkConversation([{ from: 'customer', text: 'Hi' }], { locale: en, ...(options as CheckOptions) })).toThrow(InvalidOptionsError);
  });

  it('refuses an empty transcript rather than scoring it 100 %', () => {
    expect(() => checkConversation([], { locale: en })).toThrow(/option "transcript": expected at least one message/);
  });

  it('refuses a transcript with a hole, naming the missing message', () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [{ from: 'customer', text: 'Hi' }, , { from: 'agent', text: 'Hello!' }] as never;
    expect(() => checkConversation(sparse, { locale: en })).toThrow(/option "transcript\[1\]"/);
  });

  it('an item weighed 0 is not critical either', () => {
    const rude: TranscriptMessage[] = [{ from: 'customer', text: 'Hi, my parcel is late.' }, { from: 'agent', text: 'Calm down, it arrives tomorrow.' }];
    expect(checkConversation(rude, { locale: en, weights: { tone: 0 } }).criticalFailures).toEqual([]);
  });
});


describe('an unanswered conversation', () => {
  it('fails the next steps and scores 0, instead of a perfect "nothing applies"', () => {
    const card = checkConversation([{ from: 'customer', text: 'My parcel is late, where is it?' }], { locale: en });
    expect(card.items.find((i) => i.id === 'explains-next-steps')?.status).toBe('fail');
    expect(card.score).toBe(0);
  });

  it('a customer who only says thanks needs no reply', () => {
    expect(checkConversation([{ from: 'customer', text: 'Thanks, that fixed it!' }], { locale: en }).score).toBe(1);
  });
});
