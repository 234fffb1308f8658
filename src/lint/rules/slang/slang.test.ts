import { testRule } from '../rule-tester';

testRule('slang', {
  valid: [
    'Shipping is free in the U.S. for now.',
    'Write to pls@example.com.',
    'We are here for you ^NP',
    'Details: https://example.com/asap',
    // A name, a letter, a file name and a sign-off that only look like slang (session 13).
    'Hi Ty, your order shipped.',
    'Your seat is in row U.',
    'Run setup.exe, then open ur.txt.',
    'Your NP number is on the letter.',
    'Your order shipped. -TY',
  ],
  invalid: [
    { text: 'Pls wait, u will get it asap.', flagged: ['Pls', 'u', 'asap'] },
    { text: 'TY for waiting', flagged: ['TY'] },
    { text: 'Thx u for waiting. U can pick it up, ur welcome!', flagged: ['Thx u', 'U', 'ur welcome'] },
  ],
});
