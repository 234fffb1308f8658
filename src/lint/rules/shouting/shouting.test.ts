import { describe, expect, it } from 'vitest';
import en from '../../../generated/locales/en';
import { lint } from '../../linter';
import { testRule } from '../rule-tester';

testRule('shouting', {
  valid: [
    'Your flight BA1441 leaves at 9 PM EST.',
    'Thanks @Buddy_LOVEEEE, we love #TeamPixel posts!!',
    'The GDPR gives you the right to a copy of your data.',
    'Please DM us your order number.',
    'See apple.co/HT201354 for the steps.',
  ],
  invalid: [
    { text: 'PLEASE READ THE INSTRUCTIONS.', flagged: ['PLEASE READ THE INSTRUCTIONS'] },
    { text: 'We can NEVER do that.', flagged: ['NEVER'] },
    { text: 'Where is your receipt???', flagged: ['???'] },
    { text: 'Дякуємо!!!', locale: 'uk', flagged: ['!!!'] },
  ],
});

// An ASCII word is judged with ASCII classes (index.ts): within ASCII they are the same sets as
// the Unicode classes used for every other word.
describe('capitals in ASCII', () => {
  it('are the same sets as \\p{Lu}, \\p{M} and \\p{N}', () => {
    for (let code = 0; code < 128; code++) {
      const c = String.fromCharCode(code);
      expect(/[A-Z]/.test(c), c).toBe(/\p{Lu}/u.test(c));
      expect(/^[A-Z0-9]$/.test(c), c).toBe(/^[\p{Lu}\p{M}\p{N}]$/u.test(c));
    }
  });

  it('in mixed scripts, a word is read with the Unicode classes', () => {
    expect(lint('Please READ THE TERMS and ЧИТАЙТЕ УСЛОВИЯ now.', { locale: en }).filter((d) => d.ruleId === 'shouting').map((d) => d.text)).toEqual(['READ THE TERMS', 'ЧИТАЙТЕ УСЛОВИЯ']);
  });
});
