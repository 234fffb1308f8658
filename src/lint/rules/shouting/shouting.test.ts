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
