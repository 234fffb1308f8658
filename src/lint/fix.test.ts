import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import en from '../generated/locales/en';
import { fix, fixResult, lint } from './linter';

/**
 * `fix` is safe or it does nothing, over generated replies that mix the phrases it rewrites with
 * what real replies carry: links, e-mail addresses, handles, hashtags, Markdown, abbreviations,
 * sign-offs, emoji and line breaks.
 */
const NON_PROSE = [
  'https://example.com/asap',
  'www.example.com/pls',
  'support.example.com/u/ty',
  'pls@example.com',
  'asap.help@example.org',
  '@pls_help_me_asap',
  '@Buddy_LOVEEEE',
  '#TY',
  '#AskPls',
  'U.S.',
  'e.g.',
  'BA1441',
  'FAT32',
  '~/pls/u.txt',
  'https://x.test/u',
];
const SIGN_OFFS = ['^NP', '^JD', '*SR', '-Becky', '/CG'];
const PROSE = ['pls', 'Pls', 'PLS', 'u', 'U', 'ur', 'thx', 'TY', 'Ty', 'asap', 'gonna', 'dunno', 'I', 'can', 'help', 'r', 'you', 'the', 'order', 'Dear valued customer', 'how may I assist you', 'Thank you', '!!!', '???', '!!', '🙂', '\n', '\n\n', ',', '.', '[', ']', '(', ')', '*', '**', '`', '[u](https://x.test/u)'];

const reply = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...PROSE), fc.constantFrom(...NON_PROSE)), { minLength: 1, maxLength: 24 }), fc.option(fc.constantFrom(...SIGN_OFFS)))
  .map(([parts, signOff]) => parts.join(' ') + (signOff ? ` ${signOff}` : ''));

const byRule = (text: string) => {
  const counts: Record<string, number> = {};
  for (const d of lint(text, { locale: en })) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
  return counts;
};

describe('fix over generated replies', () => {
  it('leaves every link, address, handle, hashtag, code, abbreviation and sign-off as it was', () => {
    fc.assert(
      fc.property(reply, (text) => {
        const fixed = fix(text, { locale: en });
        for (const piece of [...NON_PROSE, ...SIGN_OFFS]) {
          const before = text.split(piece).length - 1;
          if (before > 0) expect(fixed.split(piece).length - 1, `${piece} in ${JSON.stringify(text)} → ${JSON.stringify(fixed)}`).toBeGreaterThanOrEqual(before);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('rewrites only words and the spaces between them, never what stands between a phrase’s words', () => {
    fc.assert(
      fc.property(reply, (text) => {
        for (const d of fixResult(text, { locale: en }).applied) {
          expect(text.slice(d.fix!.offset, d.fix!.offset + d.fix!.length)).toMatch(/^(?:[\p{L}\p{M}'’]+(?: [\p{L}\p{M}'’]+)*|[!?]+)$/u);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never brings a diagnostic the text did not have', () => {
    fc.assert(
      fc.property(reply, (text) => {
        const before = byRule(text);
        const after = byRule(fix(text, { locale: en }));
        for (const [rule, count] of Object.entries(after)) expect(count, `${rule} in ${JSON.stringify(text)}`).toBeLessThanOrEqual(before[rule] ?? 0);
      }),
      { numRuns: 400 },
    );
  });

  it('still rewrites what is safe to rewrite', () => {
    expect(fix('Pls wait, u will get it asap!!! ^JD', { locale: en })).toBe('Please wait, you will get it as soon as possible! ^JD');
    expect(fix('TY for waiting', { locale: en })).toBe('Thanks for waiting');
    expect(fix('r [u](x)', { locale: en })).toBe('r [u](x)');
    expect(fix('Thx u for waiting.', { locale: en })).toBe('Thank you for waiting.');
    expect(fix('Thanks! ur welcome to call.', { locale: en })).toBe("Thanks! you're welcome to call.");
    expect(fix('U can pick it up tomorrow.', { locale: en })).toBe('You can pick it up tomorrow.');
  });

  // Each was rewritten before (a hostile review, session 13): a name, a letter, an abbreviation, a
  // file name, a version and a sign-off are not chat slang.
  it.each([
    'Hi Ty, your order shipped.',
    'Your seat is in row U.',
    'Make a U-turn at the lights.',
    'Press U to undo.',
    'Grade: U',
    'Your NP number is on the letter.',
    'Run pls.exe, then open ur.txt',
    'Open notes.u2 and gonna.md',
    'Unzip asap.zip and run gonna.js.',
    'Update to v1.u.2 first.',
    'Your order shipped. -TY',
    'Your order shipped. ^Ty',
    'Your order shipped! - JG',
  ])('leaves %j as it is', (text) => {
    expect(fix(text, { locale: en })).toBe(text);
  });
});

describe('fix in Markdown', () => {
  it.each([
    ['See [THX][] now.\n\n[thx]: https://example.com', 'See [THX][] now.\n\n[thx]: https://example.com'],
    ['See [THX] now.\n\n[thx]: https://example.com', 'See [THX] now.\n\n[thx]: https://example.com'],
    ['See [ THX ] now.\n\n[Thx]: https://example.com', 'See [ THX ] now.\n\n[Thx]: https://example.com'],
    ['See [THX] now.\n\n[other]: https://example.com', 'See [thanks] now.\n\n[other]: https://example.com'],
    ['See [THX][thx] now.\n\n[thx]: https://example.com', 'See [thanks][thx] now.\n\n[thx]: https://example.com'],
    ['Note[^thx] here, thx.\n\n[^thx]: A note.', 'Note[^thx] here, thanks.\n\n[^thx]: A note.'],
    ['Pls see [pls help](https://x.test/pls).', 'Please see [please help](https://x.test/pls).'],
  ])('never rewrites the label that ties a reference to its definition: %j', (text, fixed) => {
    expect(fix(text, { locale: en, markdown: true })).toBe(fixed);
  });

  it.each([
    // A label may run over a line break; the reference still has to match its definition.
    ['See [THX\nall] now.\n\n[thx all]: https://example.com', 'See [THX\nall] now.\n\n[thx all]: https://example.com'],
    ['See [pls\nread][] now.\n\n[pls read]: https://example.com', 'See [pls\nread][] now.\n\n[pls read]: https://example.com'],
    // Definitions inside a list item or a blockquote define their labels too.
    ['- See [THX] now\n\n  [thx]: https://example.com', '- See [THX] now\n\n  [thx]: https://example.com'],
    ['- a\n- [thx]: https://example.com\n\nSee [THX][thx] now', '- a\n- [thx]: https://example.com\n\nSee [thanks][thx] now'],
    ['1. [thx]:\n   https://example.com\n\nSee [THX] now', '1. [thx]:\n   https://example.com\n\nSee [THX] now'],
    // A destination in <…> may hold ")" and spaces: it is not prose.
    ['[x](<https://x.test/a pls) b>) thx', '[x](<https://x.test/a pls) b>) thanks'],
    ['[pls](<u pls) v> "pls title") thx', '[please](<u pls) v> "pls title") thanks'],
    ['[x](<a\\> pls) b>) thx', '[x](<a\\> pls) b>) thanks'],
    // A blank line ends a label, and text after a colon that is no destination is prose.
    ['See [THX\n\nall] now.\n\n[thx all]: https://example.com', 'See [thanks\n\nall] now.\n\n[thx all]: https://example.com'],
    ['- [THX]: pls read this\n\nSee [THX] now', '- [Thanks]: please read this\n\nSee [thanks] now'],
  ])('keeps every link working where Markdown makes one: %j', (text, fixed) => {
    expect(fix(text, { locale: en, markdown: true })).toBe(fixed);
  });

  const defined = '\n\n[Calm down, we will refund you in full]: https://example.com';
  it.each([
    // A definition cannot interrupt a paragraph, needs a space after a list marker, and its
    // label stops where a block starts; a footnote's label has no spaces.
    ['Thanks for waiting.\n[Calm down, we will refund you in full]: https://example.com'],
    ['-[Calm down, we will refund you in full]: https://example.com'],
    ['Thanks for waiting.\n2. [Calm down, we will refund you in full]: https://example.com'],
    ['[Calm down, we will\n- refund you in full]: https://example.com'],
    ['[Calm down, we will\n# refund you in full]: https://example.com'],
    ['Thanks.\n\n[^Calm down, we will refund you in full]: see above'],
    // A reference's label is an identifier only after a link text.
    [`Hi :][Calm down, we will refund you in full]${defined}`],
    [`\\[x][Calm down, we will refund you in full]${defined}`],
    [`[[a](https://a.test)][Calm down, we will refund you in full]${defined}`],
    // "](<…>)" after no link text is shown as written.
    ['Hello ](<Calm down, we will refund you in full>) bye'],
    ['\\[x](<Calm down, we will refund you in full>) bye'],
    // Code and comments as CommonMark reads them.
    ['Type `<!--` to start a comment. Calm down, we will refund you in full. End with `-->`.'],
    ['\\<!-- Calm down, we will refund you in full -->'],
    ['Hi\n    ```\nCalm down, we will refund you in full'],
    ['\\`Calm down, we will refund you in full\\`'],
    ['```Calm down, we will refund you in full`'],
    // Second look: code spans pair over a line break and not inside a link target or autolink;
    // a "[" in code or before a heading opens no link text; a title or a fence ends with its block;
    // a comment in a paragraph ends with it, and "<!-->" is a whole comment.
    ['x `a\n` Calm down, we will refund you in full `'],
    ['<https://x.test/`> Calm down, we will refund you in full `'],
    ['[a](x`) Calm down, we will refund you in full `'],
    ["Type `[` then see](x 'Calm down, we will refund you in full')"],
    ["# Title [\nsee](x 'Calm down, we will refund you in full')"],
    ["[thx]: https://x.test '\n# Calm down, we will refund you in full'"],
    ["[a](x '\n- Calm down, we will refund you in full')"],
    ['- Run:\n  ```\n  npm i\n\nCalm down, we will refund you in full.'],
    ['Hi <!-- note\n\nCalm down, we will refund you in full.\n\n-->'],
    ['<!-->Calm down, we will refund you in full -->'],
  ])('judges what the reader sees where Markdown makes no link, definition or code: %j', (text) => {
    expect(lint(text, { locale: en, markdown: true }).map((d) => d.ruleId)).toContain('dismissive');
  });

  it('judges a "footnote" whose label has spaces as the link text the reader sees', () => {
    const text = "See [^It's company policy].\n\n[^It's company policy]: https://example.com";
    expect(lint(text, { locale: en, markdown: true }).map((d) => d.ruleId)).toContain('policy-shield');
  });

  it.each([
    ['See [THX].\n\n[thx]: <https://example.com/help center/u guide.pdf>'],
    ['See [THX].\n\n[thx]: pls'],
    ['See [x](\n<help pls>) now'],
    ['See [x](<help pls>\n"t") now'],
    ['See [x](pls "a\nb") now'],
    ['See [pls read](for details).\n\n[pls read]: https://example.com'],
    ['See [pls read]: it helps.\n\n[pls read]: https://example.com'],
    ['See [help](x<pls) now.'],
    ['See [help](pls "say \\"hi\\"") now.'],
    ['See [THX].\n\n# Help\n[thx]: pls'],
    ['See [THX][x].\n\n[thx]: https://example.com'],
  ])('never rewrites a destination, nor a label a link depends on: %j', (text) => {
    expect(fix(text, { locale: en, markdown: true })).toBe(text);
  });

  it('judges the text after a colon that is no definition', () => {
    expect(lint('- [We will refund you in full]: honestly, calm down', { locale: en, markdown: true }).map((d) => d.ruleId)).toContain('dismissive');
  });

  it('still judges the text of a reference: the reader sees it', () => {
    for (const text of ["See [that's company policy].\n\n[that's company policy]: https://example.com", "See [that's company policy][].\n\n[that's company policy]: https://example.com"]) {
      expect(lint(text, { locale: en, markdown: true }).map((d) => d.ruleId), text).toContain('policy-shield');
    }
  });

  it.each([
    ['See [here][Calm down, we will refund you in full].'],
    ['Thanks. [^Calm down, we will refund you in full]'],
    ['See [our policy](Calm down, we will refund you in full).'],
    ['Thanks](Calm down, we will refund you in full)'],
  ])('judges what the reader sees where no link is made: %j', (text) => {
    expect(lint(text, { locale: en, markdown: true }).map((d) => d.ruleId)).toContain('dismissive');
  });

  it('survives a quarter of a million code fences', () => {
    expect(() => lint('```\n'.repeat(250_000), { locale: en, markdown: true })).not.toThrow();
  });

  it('takes a definition only with a destination, and never inside a code block', () => {
    // "[thx]:" with nothing after it is text, not a definition, and is read as text.
    expect(fix('See [THX] now.\n\n[thx]:', { locale: en, markdown: true })).toBe('See [thanks] now.\n\n[thanks]:');
    expect(fix('See [THX] now.\n\n```\n[thx]: https://example.com\n```', { locale: en, markdown: true })).toBe('See [thanks] now.\n\n```\n[thx]: https://example.com\n```');
  });
});
