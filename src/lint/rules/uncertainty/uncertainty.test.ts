import { testRule } from '../rule-tester';

testRule('uncertainty', {
  valid: ['I will find out and write back today.', 'We know exactly where it is.', { text: 'Es noskaidrošu un atbildēšu šodien.', locale: 'lv' }],
  invalid: [
    { text: 'I don’t know, sorry.', flagged: ['I don’t know'] },
    { text: 'I dunno, it’s not here.', flagged: ['I dunno'] },
    { text: 'Я не знаю, где ваш заказ.', locale: 'ru', flagged: ['Я не знаю'] },
  ],
});
