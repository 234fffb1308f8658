import { testRule } from '../rule-tester';

testRule('non-apology', {
  valid: ['I am sorry the parcel is late.', 'Sorry we sent the wrong size; a new one leaves today.'],
  invalid: [
    { text: "I'm sorry that you feel this way.", flagged: ["I'm sorry that you feel this way"] },
    { text: 'We apologize for any inconvenience.', flagged: ['We apologize for any inconvenience'] },
  ],
});
