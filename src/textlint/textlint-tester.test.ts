import { createRequire } from 'node:module';
import { describe, it } from 'vitest';
import tactfulRule from './index';

// textlint-tester is written for mocha: `run` registers its cases with the global `describe` and
// `it`, which it reads once, when it is loaded (without them it would run every case at once and
// drop their promises). Vitest's are lent to it for that moment only, rather than turning on
// `globals` for every test file: nothing else here relies on globals. `require`, not `import`,
// so that it loads after the assignment (static imports are hoisted) and as the CommonJS module it is.
Object.assign(globalThis, { describe, it });
const { default: TextLintTester } = createRequire(import.meta.url)('textlint-tester') as typeof import('textlint-tester');
Reflect.deleteProperty(globalThis, 'describe');
Reflect.deleteProperty(globalThis, 'it');

type TesterRule = Parameters<InstanceType<typeof TextLintTester>['run']>[1];
// Our rule types only the parts of textlint's context it uses; textlint's own types are wider.
const rule = tactfulRule as unknown as TesterRule;

/**
 * The rule as textlint rules are tested: each `invalid` case lists where every report starts and
 * ends (`range`, offsets in the document; the message is prose and may change), and `output` is
 * what `textlint --fix` makes of the text — the text itself where nothing may be rewritten.
 * Cases are Markdown unless `ext` says otherwise, as in textlint-tester.
 */
new TextLintTester().run('tactful', rule, {
  valid: [
    'Thanks for waiting, I will check your order now.',
    // Code, link targets, bare URLs and addresses are not prose.
    'Run `pls --asap` or see [the guide](https://x.test/asap), <https://x.test/pls>, https://example.com/asap or pls@example.com.',
    '```\nPls wait, rules are rules!!!\n```\n',
    // A block quote is the customer's words.
    '> Pls calm down!!! Rules are rules.\n',
    { text: 'Pls wait, thx!!!', options: { rules: { slang: 'off', shouting: 'off' } } },
    'Hey, thanks for writing.',
    { text: 'Mēs Jums nosūtījām jaunu paroli.', options: { locale: 'lv' } },
    { text: 'Напиши, пожалуйста, номер заказа.', options: { locale: 'ru', register: 'informal' } },
    // A phrase of another language is not flagged.
    { text: 'Calm down.', options: { locale: 'ru' } },
  ],
  invalid: [
    {
      text: 'Pls read this!!!\n',
      output: 'Please read this!\n',
      errors: [{ range: [0, 3] }, { range: [13, 16] }],
    },
    {
      description: 'no safe rewrite: reported, not fixed',
      text: 'Sorry, rules are rules.',
      output: 'Sorry, rules are rules.',
      errors: [{ range: [7, 22] }],
    },
    {
      description: 'Markdown: positions in the document, code and link targets left as they are',
      text: '# Pls read\n\nRun `pls --asap` or see [the docs](https://x.test/asap) asap!!!\n\n- thx for waiting\n',
      output: '# Please read\n\nRun `pls --asap` or see [the docs](https://x.test/asap) as soon as possible!\n\n- thanks for waiting\n',
      errors: [
        { range: [2, 5], loc: { start: { line: 1, column: 3 }, end: { line: 1, column: 6 } } },
        { range: [68, 72] },
        { range: [72, 75] },
        { range: [79, 82], loc: { start: { line: 5, column: 3 }, end: { line: 5, column: 6 } } },
      ],
    },
    {
      description: 'link text is prose; emphasis and entities stay around the rewrite',
      text: 'See [pls help](https://x.test/pls), **Pls** &amp; *thx*',
      output: 'See [please help](https://x.test/pls), **Please** &amp; *thanks*',
      errors: [{ range: [5, 8] }, { range: [38, 41] }, { range: [51, 54] }],
    },
    {
      description: 'a rewrite that would bring a new problem is reported without a fix',
      text: 'Pls wait, thx!!!',
      options: { extraPhrases: { robotic: { en: ['please wait'] } } },
      output: 'Pls wait, thanks!',
      errors: [{ range: [0, 3] }, { range: [10, 13] }, { range: [13, 16] }],
    },
    {
      text: 'Pls wait, thx!!!',
      options: { rules: { slang: 'off' } },
      output: 'Pls wait, thx!',
      errors: [{ range: [13, 16] }],
    },
    {
      text: 'Labdien! Pls uzgaidiet, tgd pārbaudīšu.',
      options: { locale: 'lv' },
      output: 'Labdien! Lūdzu uzgaidiet, tagad pārbaudīšu.',
      errors: [{ range: [9, 12] }, { range: [24, 27] }],
    },
    {
      description: 'lv register: "tu" in a formal reply has no safe rewrite (the verb changes too)',
      text: 'Labdien! Vai tu vari nosūtīt čeku?',
      options: { locale: 'lv' },
      output: 'Labdien! Vai tu vari nosūtīt čeku?',
      errors: [{ range: [13, 15] }, { range: [16, 20] }],
    },
    {
      description: 'lv register: "Jums" in an informal reply',
      text: 'Mēs Jums nosūtījām jaunu paroli.',
      options: { locale: 'lv', register: 'informal' },
      output: 'Mēs Tev nosūtījām jaunu paroli.',
      errors: [{ range: [4, 8] }],
    },
    {
      text: 'Спс, щас проверю!!!',
      options: { locale: 'ru' },
      output: 'Спасибо, сейчас проверю!',
      errors: [{ range: [0, 3] }, { range: [5, 8] }, { range: [16, 19] }],
    },
    {
      description: 'ru register: the informal imperative in a formal reply',
      text: 'Напиши, пожалуйста, номер заказа.',
      options: { locale: 'ru' },
      output: 'Напишите, пожалуйста, номер заказа.',
      errors: [{ range: [0, 6] }],
    },
    {
      description: 'voice: a casual greeting is flagged in a formal voice only',
      text: 'Hey, thanks for writing.',
      options: { voice: 'formal' },
      output: 'Hello, thanks for writing.',
      errors: [{ range: [0, 3] }],
    },
    {
      description: 'plain text',
      text: 'Pls wait',
      ext: '.txt',
      output: 'Please wait',
      errors: [{ range: [0, 3] }],
    },
  ],
});
