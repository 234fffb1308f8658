import { testRule } from '../rule-tester';

testRule('self-service-deflection', {
  valid: ['Here is how to reset it: https://example.com/help/reset', 'I have checked our FAQ for you, and the answer is yes.'],
  invalid: [
    { text: 'Have you checked our website?', flagged: ['Have you checked our website'] },
    { text: 'Just google it.', flagged: ['Just google'] },
  ],
});
