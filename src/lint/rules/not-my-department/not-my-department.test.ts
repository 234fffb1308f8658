import { testRule } from '../rule-tester';

testRule('not-my-department', {
  valid: ['I have passed your question to our billing team; they will reply today.', 'That is my job, and I will sort it out.'],
  invalid: [
    { text: "That's not my department.", flagged: ["That's not my department"] },
    { text: 'Not my problem, sorry.', flagged: ['Not my problem'] },
  ],
});

// `<name>` takes capitalised words, but never the polite "you" (Вам, Jums) nor "I".
testRule('not-my-department', {
  valid: [{ text: 'Вам нужно обратиться к Вам.', locale: 'ru', options: { extraPhrases: { 'not-my-department': { ru: ['нужно обратиться к <name>'] } } } }],
  invalid: [
    {
      text: 'Вам нужно обратиться к Продавцу.',
      locale: 'ru',
      options: { extraPhrases: { 'not-my-department': { ru: ['нужно обратиться к <name>'] } } },
      flagged: ['нужно обратиться к Продавцу'],
    },
  ],
});
