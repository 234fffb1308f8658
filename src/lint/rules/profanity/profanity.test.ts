import { testRule } from '../rule-tester';

testRule('profanity', {
  valid: ['That is a real pain, and I am sorry.', 'Scunthorpe is on the route.'],
  invalid: [
    { text: 'What a crappy day for your order.', flagged: ['crappy'] },
    { text: 'Damn, the parcel is late again.', flagged: ['Damn'] },
  ],
});
