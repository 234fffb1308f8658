import { testRule } from '../rule-tester';

testRule('blame', {
  valid: ['If you did something wrong during setup, we can reset it together.', 'The card was charged twice by our mistake.'],
  invalid: [
    { text: 'You must have entered the wrong code.', flagged: ['You must have entered'] },
    { text: 'That is your fault.', flagged: ['That is your fault'] },
  ],
});
