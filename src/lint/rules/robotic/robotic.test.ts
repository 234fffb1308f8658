import { testRule } from '../rule-tester';

testRule('robotic', {
  valid: ['Hello Sarah, thanks for writing.', 'How can I help?'],
  invalid: [
    { text: 'Dear valued customer, your order is ready.', flagged: ['Dear valued customer'] },
    { text: 'Your call is important to us.', flagged: ['Your call is important to us'] },
  ],
});
