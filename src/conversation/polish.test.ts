import { describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../core/errors';
import { createTactful } from '../index';
import en from '../generated/locales/en';
import lv from '../generated/locales/lv';

const tactful = createTactful({ locales: [en, lv], defaultLocale: 'en' });

describe('polish', () => {
  it('greets on the first reply, with the name the customer gave', () => {
    const result = tactful.polish('Your parcel arrives tomorrow.', { transcript: [{ from: 'customer', text: 'Hi, my name is Sarah. Where is my parcel?' }] });
    expect(result.text).toBe('Hello, Sarah! Your parcel arrives tomorrow.');
    expect(result.changes.map((c) => c.kind)).toEqual(['greeting']);
  });

  it('puts the name in the vocative where the language needs it', () => {
    const result = tactful.polish('Jūsu sūtījums pienāks rīt.', { locale: 'lv', customerName: 'Jānis' });
    expect(result.text).toBe('Labdien, Jāni! Jūsu sūtījums pienāks rīt.');
  });

  it('reports what it could not rewrite, with offsets in the polished text', () => {
    const result = tactful.polish('It is company policy, sorry.');
    expect(result.text).toBe('Hello! It is company policy, sorry.');
    expect(result.remaining.map((d) => [d.ruleId, d.text])).toEqual([['policy-shield', 'It is company policy']]);
    expect(result.text.slice(result.remaining[0]!.offset, result.remaining[0]!.offset + result.remaining[0]!.length)).toBe('It is company policy');
    expect(tactful.polish('Hello! Your parcel arrives tomorrow.').remaining).toEqual([]);
  });

  it('detects the language of the reply', () => {
    expect(tactful.polish('Jūsu pasūtījums ir ceļā.').locale).toBe('lv');
  });

  it('does not greet twice, nor after the first reply', () => {
    expect(tactful.polish('Hello! Your parcel arrives tomorrow.').changes).toEqual([]);
    const later = tactful.polish('It arrives tomorrow.', { transcript: [{ from: 'customer', text: 'Where is it?' }, { from: 'bot', text: 'Hello! Let me check.' }] });
    expect(later.text).toBe('It arrives tomorrow.');
  });

  it('adds the closing question when the bot ends the conversation, unless it is there', () => {
    const transcript = [{ from: 'customer', text: 'Thanks!' }, { from: 'bot', text: 'Hello!' }] as const;
    const closing = tactful.polish('Glad I could help.', { transcript, ending: true });
    expect(closing.text).toBe('Glad I could help. Is there anything else I can help you with?');
    expect(closing.changes.map((c) => c.kind)).toEqual(['closing']);
    expect(tactful.polish('Is there anything else I can help you with?', { transcript, ending: true }).changes).toEqual([]);
  });

  it('applies only safe fixes, and reports each', () => {
    const result = tactful.polish('Pls wait, I’m gonna check!!!', { transcript: [{ from: 'bot', text: 'Hello!' }] });
    expect(result.text).toBe('Please wait, I’m going to check!');
    expect(result.changes.map((c) => [c.kind, c.diagnostic?.ruleId])).toEqual([
      ['fix', 'slang'],
      ['fix', 'slang'],
      ['fix', 'shouting'],
    ]);
  });

  it('never rewrites what has no safe fix', () => {
    const text = 'It is company policy.';
    expect(tactful.polish(text, { transcript: [{ from: 'bot', text: 'Hello!' }] }).text).toBe(text);
  });

  describe('respects the message', () => {
    it('greets after the handles a public reply opens with', () => {
      expect(tactful.polish('@116109 We have followed up via DM.').text).toBe('@116109 Hello! We have followed up via DM.');
    });

    it('puts the closing question before the sign-off', () => {
      expect(tactful.polish('Your refund is on its way. ^JG', { transcript: [{ from: 'agent', text: 'Hi!' }], ending: true }).text).toBe(
        'Your refund is on its way. Is there anything else I can help you with? ^JG',
      );
    });

    it.each([
      ['a hand-off', 'Please DM us your order number.'],
      ['a question', 'Which version of the app are you on?'],
      ['a split reply', 'First, restart the router. 1/2'],
    ])('adds no closing question after %s', (_what, reply) => {
      const result = tactful.polish(reply, { transcript: [{ from: 'agent', text: 'Hi!' }], ending: true });
      expect(result.changes.map((c) => c.kind)).not.toContain('closing');
    });

    it('keeps to the medium’s length: nothing is added past 280 characters on social', () => {
      const long = `${'Your parcel left our warehouse this morning and is now with the courier. '.repeat(3)}It arrives tomorrow.`;
      const social = tactful.polish(long, { transcript: [{ from: 'agent', text: 'Hi!' }], ending: true, medium: 'social' });
      expect(social.changes).toEqual([]);
      expect(tactful.polish(long, { transcript: [{ from: 'agent', text: 'Hi!' }], ending: true }).changes.map((c) => c.kind)).toEqual(['closing']);
    });

    it('keeps capitals and non-prose as they are', () => {
      expect(tactful.polish('We will fix it ASAP, see https://example.com/asap', { transcript: [{ from: 'agent', text: 'Hi!' }] }).text).toBe('We will fix it as soon as possible, see https://example.com/asap');
    });
  });

  describe('review findings', () => {
    it('adds its greeting and closing as sentences of their own', () => {
      expect(tactful.polish('@anna @Brand your parcel arrives tomorrow', { ending: true }).text).toBe('@anna @Brand Hello! Your parcel arrives tomorrow. Is there anything else I can help you with?');
    });

    // From a support lead's blind judgement of polish on 60 real brand replies (bench/polish.ts).
    it.each([
      ['@anna Hi there, is this happening on every device?', 'its own greeting'],
      ['@anna Sorry, but you cannot transfer a character.', 'its own apology'],
      ['@anna Hmm, that is odd. Does it happen on every device?', 'an interjection'],
      ['@anna Correct, the sale ends on Friday.', 'a direct answer'],
      ['@anna Hallo! Du kannst die Anzeige verwalten.', 'a greeting in a language the instance does not know'],
      ['@anna 2/2 Do you still have the licence key?', 'a part marker that must stay first'],
    ])('adds no greeting to a reply with an opening of its own: %j (%s)', (reply) => {
      expect(tactful.polish(reply, { medium: 'chat' }).changes.map((c) => c.kind)).not.toContain('greeting');
    });

    it('adds no cheerful greeting in answer to a customer who swears or shouts', () => {
      for (const text of ['why wtf cant log on', 'WOULD SOMEONE PLEASE HELP ME WITH MY ORDER']) {
        expect(tactful.polish('Please try logging out and back in.', { transcript: [{ from: 'customer', text }] }).changes.map((c) => c.kind), text).not.toContain('greeting');
      }
      expect(tactful.polish('Please try logging out and back in.', { transcript: [{ from: 'customer', text: 'I cannot log in.' }] }).text).toMatch(/^Hello!/);
    });

    it('on social, greets only by name: a bare "Hello!" before the handle reads canned', () => {
      const plain = tactful.polish('@anna Please create a ticket here: https://example.com/t', { medium: 'social', transcript: [{ from: 'customer', text: 'My car is gone' }] });
      expect(plain.changes).toEqual([]);
      const named = tactful.polish('@isak We have some information about that here: https://example.com/a', { medium: 'social', transcript: [{ from: 'customer', text: 'Hi my name is Isak and my account is suspended.' }] });
      expect(named.text).toBe('@isak Hello, Isak! We have some information about that here: https://example.com/a');
    });

    it('keeps its rewrites within the social limit', () => {
      const reply = `${'pls '.repeat(69)}ok`;
      const result = tactful.polish(reply, { transcript: [{ from: 'agent', text: 'Hi!' }], medium: 'social' });
      expect(result.text.length).toBeLessThanOrEqual(280);
    });

    it('refuses a medium it does not know', () => {
      expect(() => tactful.polish('Hi', { medium: 'sms' as never })).toThrow(InvalidOptionsError);
    });

    // Each broke the reply before (a hostile review and a new user's first hour, session 13).
    it('writes what it adds in the reply’s language, not the customer’s', () => {
      const latvian = [{ from: 'customer' as const, text: 'Labdien, mani sauc Jānis. Kur ir mana paka?' }];
      expect(tactful.polish('Your parcel arrives tomorrow.', { transcript: latvian, ending: true }).text).toBe('Hello! Your parcel arrives tomorrow. Is there anything else I can help you with?');
      expect(tactful.polish('Jūsu paka pienāks rīt.', { transcript: [{ from: 'customer', text: "Hi, I'm Sarah. Where is my parcel?" }] }).locale).toBe('lv');
      // A reply that says nothing of its own language is read with the conversation, and nothing is
      // added to it: "Labdien, Jāni! Parcel shipped yesterday." would be two languages (session 13's review).
      expect(tactful.polish('👍', { transcript: latvian }).locale).toBe('lv');
      expect(tactful.polish('Parcel shipped yesterday.', { transcript: latvian, ending: true }).text).toBe('Parcel shipped yesterday.');
      expect(tactful.polish('Parcel shipped yesterday.', { transcript: latvian, ending: true, locale: 'en' }).text).toBe('Hello! Parcel shipped yesterday. Is there anything else I can help you with?');
    });

    it('keeps a heading, a list, a code block and a quote whole', () => {
      const markdown = createTactful({ locales: [en], channel: 'markdown' });
      const sarah = [{ from: 'customer' as const, text: "Hi, I'm Sarah." }];
      const replied = [{ from: 'agent' as const, text: 'Hi!' }];
      expect(markdown.polish('# Your order\n\nIt ships tomorrow.', { transcript: sarah }).text).toBe('Hello, Sarah!\n\n# Your order\n\nIt ships tomorrow.');
      expect(markdown.polish('Run this:\n\n```\nnpm install\n```', { transcript: replied, ending: true }).text).toBe('Run this:\n\n```\nnpm install\n```\n\nIs there anything else I can help you with?');
      expect(markdown.polish('- one\n- two', { transcript: replied, ending: true }).text).toBe('- one\n- two\n\nIs there anything else I can help you with?');
      expect(tactful.polish('You wrote:\n> my parcel is late', { transcript: replied, ending: true }).text).toBe('You wrote:\n> my parcel is late\n\nIs there anything else I can help you with?');
      const html = createTactful({ locales: [en], channel: 'html' });
      expect(html.polish('<ul><li>one</li></ul>', { transcript: sarah, ending: true }).text).toBe('<p>Hello, Sarah!</p><ul><li>one</li></ul><p>Is there anything else I can help you with?</p>');
    });

    it('takes a sign-off on its own line for one, and inline html for text', () => {
      const replied = [{ from: 'agent' as const, text: 'Hi!' }];
      expect(tactful.polish('Your parcel is on the way.\n- Tom', { transcript: replied, ending: true }).text).toBe('Your parcel is on the way. Is there anything else I can help you with? - Tom');
      const html = createTactful({ locales: [en], channel: 'html' });
      expect(html.polish('<strong>Good news:</strong> it shipped.', { transcript: [{ from: 'customer', text: "Hi, I'm Sarah." }] }).text).toBe('Hello, Sarah! <strong>Good news:</strong> it shipped.');
    });

    it('capitalises only a plain first word', () => {
      const sarah = [{ from: 'customer' as const, text: "Hi, I'm Sarah." }];
      expect(tactful.polish('your parcel arrives tomorrow.', { transcript: sarah }).text).toBe('Hello, Sarah! Your parcel arrives tomorrow.');
      for (const reply of ['https://t.example.com/1 is your tracking link.', 'iPhone repairs take 2 days.', 'eBay refunds it today.', 'www.example.com has the form.']) {
        expect(tactful.polish(reply, { transcript: sarah, locale: 'en' }).text).toBe(`Hello, Sarah! ${reply}`);
      }
    });

    // Each was read as "not given" before (a hostile review, session 13): a German reply got an
    // English closing question, a misspelt transcript a greeting in the middle of a conversation.
    // Each greeted "Hello, Really!" and the like (a hostile review, session 13).
    it.each([["I'm Really disappointed."], ['Hi, I’m Sorry to bother you again.'], ['I am Tired of waiting.']])('greets no one called by an emphasised word: %j', (said) => {
      expect(tactful.polish('Your parcel arrives tomorrow.', { transcript: [{ from: 'customer', text: said }] }).text).toBe('Hello! Your parcel arrives tomorrow.');
    });

    it.each([["Hi, I'm Sarah."], ["I'm Sarah and my parcel is late."], ["I'm Sarah Jones."], ['Hi, I’m Sarah from Riga.'], ['Hi, this is Sarah regarding my order 4412.'], ['Hi my name is Sarah my order never arrived']])('still greets by the name given: %j', (said) => {
      expect(tactful.polish('Your parcel arrives tomorrow.', { transcript: [{ from: 'customer', text: said }] }).text).toBe('Hello, Sarah! Your parcel arrives tomorrow.');
    });

    it('adds nothing to an empty reply', () => {
      for (const reply of ['', '  \n ']) expect(tactful.polish(reply, { ending: true, customerName: 'Sarah' })).toMatchObject({ text: reply, changes: [] });
    });

    it('refuses a locale it has not loaded, and a context it cannot read', () => {
      expect(() => tactful.polish('Danke, Ihr Paket kommt morgen.', { locale: 'de', ending: true })).toThrow(/option "locale"/);
      expect(() => tactful.polish('Thanks!', { transcrpt: [] } as never)).toThrow(/did you mean "transcript"/);
      expect(() => tactful.polish('Thanks!', { transcript: 'Customer: hi' as never })).toThrow(/option "transcript"/);
      expect(() => tactful.polish('Thanks!', { transcript: [null as never] })).toThrow(/option "transcript\[0\]"/);
      // eslint-disable-next-line no-sparse-arrays
      expect(() => tactful.polish('Thanks!', { transcript: [, { from: 'agent', text: 'Hi' }] as never })).toThrow(/option "transcript\[0\]"/);
      expect(() => tactful.polish('Thanks!', { transcript: [{ from: 'robot' as never, text: 'Hi' }] })).toThrow(/option "transcript\[0\].from"/);
      expect(() => tactful.polish('Thanks!', { customerName: {} as never })).toThrow(/option "customerName"/);
      expect(() => tactful.polish('Thanks!', { ending: 'yes' as never })).toThrow(/option "ending"/);
      expect(() => tactful.polish('Thanks!', { register: 'casual' as never })).toThrow(/option "register"/);
      expect(() => tactful.polish('Thanks!', { lint: { rulez: {} } as never })).toThrow(/did you mean "rules"/);
      expect(tactful.polish('Paldies!', { locale: 'lv-LV' }).locale).toBe('lv');
    });

    it('greets no one called "-"', () => {
      expect(tactful.polish('Your parcel arrives tomorrow.', { customerName: '-' }).text).toBe('Hello! Your parcel arrives tomorrow.');
    });
  });
});
