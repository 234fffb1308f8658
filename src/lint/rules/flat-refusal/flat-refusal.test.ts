import { testRule } from '../rule-tester';

testRule('flat-refusal', {
  valid: ["If that's not possible, we will refund you.", 'We can do that today.'],
  invalid: [
    { text: "That's not possible.", flagged: ["That's not possible"] },
    { text: "Yes, that's not possible.", flagged: ["that's not possible"] },
  ],
});
