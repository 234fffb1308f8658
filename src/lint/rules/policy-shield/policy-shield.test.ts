import { testRule } from '../rule-tester';

testRule('policy-shield', {
  valid: [
    'Our return policy gives you 30 days to change your mind.',
    'Here is our privacy policy: https://example.com/company-policy',
    { text: 'Ознакомьтесь с политикой возврата, там всё по шагам.', locale: 'ru' },
  ],
  invalid: [
    { text: 'It’s company policy.', flagged: ['It’s company policy'] },
    { text: 'Sorry, it&#39;s company policy.', flagged: ['it&#39;s company policy'] },
    { text: 'Rules are rules ^JD', flagged: ['Rules are rules'] },
    { text: 'Такова политика компании.', locale: 'ru', flagged: ['Такова политика компании'] },
  ],
});
