import { testRule } from '../rule-tester';

testRule('register', {
  valid: [
    'Hi there, thanks for writing.',
    'Hey Joshua! Your order is ready.',
    'Share the playlist with your buddy.',
    { text: 'Dear Sir or Madam, your order is ready.' },
    { text: 'Paldies, ka uzrakstījāt!', locale: 'lv' },
    { text: 'Спасибо, что написали нам!', locale: 'ru', options: { audience: 'group' } },
  ],
  invalid: [
    { text: 'Thanks, mate!', flagged: ['mate'] },
    { text: 'Hey, thanks for writing.', options: { voice: 'formal' }, flagged: ['Hey'] },
    { text: 'Dear Sir or Madam, your order is ready.', options: { register: 'informal' }, flagged: ['Dear Sir or Madam'] },
    { text: 'Paldies Tev par vēstuli!', locale: 'lv', flagged: ['Tev'] },
  ],
});
