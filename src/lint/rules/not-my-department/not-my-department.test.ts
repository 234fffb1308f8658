import { testRule } from '../rule-tester';

testRule('not-my-department', {
  valid: ['I have passed your question to our billing team; they will reply today.', 'That is my job, and I will sort it out.'],
  invalid: [
    { text: "That's not my department.", flagged: ["That's not my department"] },
    { text: 'Not my problem, sorry.', flagged: ['Not my problem'] },
  ],
});
