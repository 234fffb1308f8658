import { testRule } from '../rule-tester';

testRule('slang', {
  valid: ['Shipping is free in the U.S. for now.', 'Write to pls@example.com.', 'We are here for you ^NP', 'Details: https://example.com/asap'],
  invalid: [
    { text: 'Pls wait, u will get it asap.', flagged: ['Pls', 'u', 'asap'] },
    { text: 'TY for waiting', flagged: ['TY'] },
  ],
});
