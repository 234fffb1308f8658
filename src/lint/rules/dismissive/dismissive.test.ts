import { testRule } from '../rule-tester';

testRule('dismissive', {
  valid: ['Take your time; I will wait for the photos.', 'I understand why this is upsetting.'],
  invalid: [
    { text: 'Calm down, please.', flagged: ['Calm down'] },
    { text: 'As I already said, it is on its way.', flagged: ['As I already said'] },
  ],
});
