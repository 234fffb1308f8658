import { describe, expect, it } from 'vitest';
import { ALL_LOCALES } from '../../../../tests/helpers';
import { lint } from '../../linter';
import { testRule } from '../rule-tester';

const on = { rules: { commitment: 'warning' } } as const;

testRule('commitment', {
  valid: [
    { text: 'I’ll get back to you by 5 pm with an update.', options: on },
    { text: 'We expect it to reach you by Friday.', options: on },
    { text: 'I can’t refund the difference to your card.', options: on },
    { text: 'Delivery is not guaranteed on public holidays.', options: on },
    { text: 'We promised it would arrive sooner, and I’m sorry it hasn’t.', options: on },
    { text: 'Мы не гарантируем доставку в праздники.', locale: 'ru', options: on },
    // Off unless asked for.
    'I’ll refund the full amount today.',
  ],
  invalid: [
    { text: 'I’ll refund the full amount today.', options: on, flagged: ['I’ll refund'] },
    { text: 'You’ll get it by Friday.', options: on, flagged: ['You’ll get it by'] },
    { text: 'Your refund will be in your account within 5 days.', options: on, flagged: ['Your refund will be in your account within'] },
    { text: 'We’ll send you a replacement today.', options: on, flagged: ['We’ll send you a replacement'] },
    { text: 'Mēs nomainīsim preci.', locale: 'lv', options: on, flagged: ['nomainīsim'] },
    { text: 'Tu saņemsi pasūtījumu līdz piektdienai.', locale: 'lv', options: on, flagged: ['Tu saņemsi pasūtījumu līdz'] },
  ],
});

describe('commitment kinds', () => {
  const en = ALL_LOCALES.find((l) => l.code === 'en')!;
  it.each([
    ['I’ll refund the full amount.', 'refund'],
    ['As a goodwill gesture, we’ll add €20 to your account.', 'compensation'],
    ['Here’s a discount code for your next order.', 'discount'],
    ['We’ll send you a replacement.', 'replacement'],
    ['Your parcel will arrive by Friday.', 'deadline'],
    ['I guarantee it.', 'guarantee'],
  ])('%s → %s', (text, kind) => {
    expect(lint(text, { locale: en, ...on }).filter((d) => d.ruleId === 'commitment').map((d) => d.kind)).toContain(kind);
  });
});
