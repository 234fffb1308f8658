import { describe, expect, it } from 'vitest';
import { itMatchesReference } from '../../tests/helpers';
import en from '../generated/locales/en';
import { decodeReferences } from './entities';
import { fix, lint } from './linter';
import { findLinks } from './links';
import { FILE_EXTENSION, nonProse, type NonProseRange } from './non-prose';

const spans = (text: string) => nonProse(text).map((r) => [r.kind, text.slice(r.start, r.end)]);
const ids = (text: string) => lint(text, { locale: en }).map((d) => `${d.ruleId}: ${d.text}`);

describe('nonProse', () => {
  it.each([
    ['See https://example.com/asap now', 'link', 'https://example.com/asap'],
    ['See www.example.com/asap now', 'link', 'www.example.com/asap'],
    ['Try support.google.com/youtube please', 'link', 'support.google.com/youtube'],
    ['Mail pls@example.com today', 'link', 'pls@example.com'],
    ['Thanks @Buddy_LOVEEEE for waiting', 'mention', '@Buddy_LOVEEEE'],
    ['We love #TeamPixel posts', 'hashtag', '#TeamPixel'],
    ['Your flight BA1441 leaves at 9', 'code', 'BA1441'],
    ['Format it as FAT32 first', 'code', 'FAT32'],
    ['Order A-1042 is on its way', 'code', 'A-1042'],
    ['Open C:\\Users\\me\\file.txt to check', 'path', 'C:\\Users\\me\\file.txt'],
    ['Open ~/Library/Logs first', 'path', '~/Library/Logs'],
    ['Shipping in the U.S. only', 'abbreviation', 'U.S.'],
    ['We are here to help ^JD', 'sign-off', '^JD'],
    ['We are here to help. -Becky', 'sign-off', '-Becky'],
    ['Let us know how it goes! /CG', 'sign-off', '/CG'],
    ['Happy to help *TJF', 'sign-off', '*TJF'],
    ['Details: https://example.com/help -Angie', 'sign-off', '-Angie'],
  ])('%j: %s %j', (text, kind, span) => {
    expect(spans(text)).toContainEqual([kind, span]);
  });

  it.each([['Hi there, thanks for writing.'], ['You can use it and/or share it.'], ['It costs 5 - 10 euros.'], ['Well - that is odd.']])('finds nothing in %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('the linter leaves non-prose alone', () => {
  it.each([
    ['Shipping is free in the U.S. for now.'],
    ['Write to pls@example.com and we will help.'],
    ['Details: https://example.com/asap'],
    ['Thanks @pls_help_me_asap, we are on it.'],
    ['Your flight BA1441 leaves at 9 PM EST.'],
    ['See apple.co/HT201354 for the steps.'],
    ['We are here for you ^NP'],
    ['Format the card as FAT32 and try again.'],
    ['Thanks for following #AskSpotify'],
  ])('%j', (text) => {
    expect(ids(text)).toEqual([]);
    expect(fix(text, { locale: en })).toBe(text);
  });

  it('still lints the prose around it', () => {
    expect(ids('Pls see https://example.com/asap ^JD')).toEqual(['slang: Pls']);
    expect(fix('Pls see https://example.com/asap ^JD', { locale: en })).toBe('Please see https://example.com/asap ^JD');
  });
});

describe('HTML character references', () => {
  it('are decoded for matching, with offsets on the text as given', () => {
    const text = 'Sorry, it&#39;s company policy &amp; rules are rules.';
    const found = lint(text, { locale: en });
    expect(found.map((d) => [d.ruleId, d.offset, d.length, d.text])).toEqual([
      ['policy-shield', 7, 23, 'it&#39;s company policy'],
      ['policy-shield', 37, 15, 'rules are rules'],
    ]);
  });

  it('are never rewritten by a fix', () => {
    expect(fix('I dunno&#8230; pls wait', { locale: en })).toBe('I don’t know&#8230; please wait'.replace('’', "'"));
    expect(fix('Thx&amp;bye', { locale: en })).toBe('Thanks&amp;bye');
  });

  it('map offsets back through several references', () => {
    const decoded = decodeReferences('a&amp;b&lt;c&#x27;d &#99999999; e')!;
    expect(decoded.text).toBe("a&b<c'd &#99999999; e");
    for (const [at, original] of [[0, 0], [1, 1], [2, 6], [3, 7], [4, 11], [5, 12], [6, 18], [7, 19]] as const) expect(decoded.toOriginal(at)).toBe(original);
  });
});

describe('prose that only looks like non-prose (review findings)', () => {
  it.each([
    ["It's company policy.No exceptions.", 'policy-shield'],
    ['We will fix it - ASAP!', 'slang'],
    ["I'll check it / ASAP", 'slang'],
    ['Sir - Calm Down!', 'dismissive'],
  ])('%j is still linted', (text, rule) => {
    expect(lint(text, { locale: en }).map((d) => d.ruleId)).toContain(rule);
  });

  it('an invisible character before an abbreviation does not let a fix into it', () => {
    expect(fix('\uFEFFU.S. orders ship free.', { locale: en })).toBe('\uFEFFU.S. orders ship free.');
    expect(fix('\u2060U.S. orders ship free.', { locale: en })).toBe('\u2060U.S. orders ship free.');
  });

  it('<name> is not a pronoun', () => {
    const extra = { 'not-my-department': { en: ['please contact <name>'] } };
    expect(lint('Please contact Us anytime.', { locale: en, extraPhrases: extra }).map((d) => d.ruleId)).toEqual([]);
    expect(lint('Please contact Kuwait Airways.', { locale: en, extraPhrases: extra }).map((d) => d.ruleId)).toContain('not-my-department');
  });
});

// nonProse reads letters and digits through ASCII classes over a shaped copy of the text (every
// other letter as `ª`, every other digit as `²`). These are the expressions as they were written
// before, with Unicode classes, and the sign-off without the quick check on its marks: the ranges
// must be the same.
const UNICODE_PATTERNS: ReadonlyArray<readonly [RegExp, NonProseRange['kind']]> = [
  [/(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]+/gu, 'mention'],
  [/(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]+/gu, 'hashtag'],
  [/(?<![\p{L}\p{N}_-])(?:[\p{L}\p{N}]+[-_])*(?:\p{L}+\p{N}|\p{N}+\p{L})[\p{L}\p{N}]*(?:[-_][\p{L}\p{N}]+)*/gu, 'code'],
  [/(?<![\p{L}\p{N}_-])(?:\p{L}+-\p{N}|\p{N}+-\p{L})[\p{L}\p{N}-]*/gu, 'code'],
  [/(?<![\p{L}\p{N}_])[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+/gu, 'code'],
  [/(?<![\p{L}\p{N}_.~/\\-])(?:[A-Za-z]:\\|~?\/|\.\.?\/|\\\\)[\p{L}\p{N}_.-]+(?:[/\\][\p{L}\p{N}_.-]+)*[/\\]?/gu, 'path'],
  [/(?<![\p{L}\p{N}_./\\-])[\p{L}\p{N}_.-]+[/\\][\p{L}\p{N}_.-]+[/\\][\p{L}\p{N}_./\\-]*/gu, 'path'],
  [/(?<![\p{L}\p{N}.])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu, 'abbreviation'],
];
const UNICODE_DOTTED = /(?<![\p{L}\p{N}_.-])\p{L}[\p{L}\p{N}_-]*(?:\.(?:[a-z\p{N}]|(?![\x00-\x7f])\p{L})[\p{L}\p{N}_-]*)+/gu;

const SIGN_OFF = /(?:(?:^|\s)[\^*~/\\]\p{Lu}(?:\p{Lu}{0,3}|\p{Ll}+)|(?:^|\s)[-–—~]\p{Lu}\p{Ll}+|(?:^|[.!?…)\]\p{Extended_Pictographic}]\s*)[-–—~]\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\.?\s*$/u;

function unicodeNonProse(text: string): NonProseRange[] {
  const out: NonProseRange[] = [];
  const white = /[\s\u2028\u2029]/;
  const words: Array<{ start: number; word: string }> = [];
  const like = /[.:@][\p{L}\p{N}]/gu;
  for (let m = like.exec(text); m !== null; m = like.exec(text)) {
    let start = m.index;
    while (start > 0 && !white.test(text[start - 1]!)) start--;
    let end = m.index + 1;
    while (end < text.length && !white.test(text[end]!)) end++;
    words.push({ start, word: text.slice(start, end) });
    like.lastIndex = end;
  }
  for (const piece of words.length * 40 > text.length ? [{ start: 0, word: text }] : words) {
    for (const match of findLinks(piece.word)) {
      const raw = piece.word.slice(match.index, match.lastIndex);
      if (match.schema === '' && !/^www\./i.test(raw)) {
        const host = raw.replace(/[/?#].*$/, '');
        if (/\p{Lu}/u.test(host.slice(host.lastIndexOf('.') + 1))) continue;
      }
      out.push({ start: piece.start + match.index, end: piece.start + match.lastIndex, kind: 'link' });
    }
  }
  for (const [pattern, kind] of UNICODE_PATTERNS) {
    for (const m of text.matchAll(pattern)) out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  const links = out.filter((r) => r.kind === 'link');
  for (const m of text.matchAll(UNICODE_DOTTED)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if ((FILE_EXTENSION.test(m[0]) || /\p{N}/u.test(m[0])) && !links.some((r) => r.start < end && start < r.end)) out.push({ start, end, kind: 'path' });
  }
  // The sign-off, read without the quick check on its marks.
  const tailStart = Math.max(0, text.length - 48);
  const signOff = SIGN_OFF.exec(text.slice(tailStart));
  if (signOff) out.push({ start: tailStart + signOff.index + signOff[0].search(/[\^*~/\\\-–—]/), end: text.length, kind: 'sign-off' });
  return out.sort((a, b) => a.start - b.start);
}

describe('nonProse reads every script as the Unicode classes do', () => {
  // Letters and digits of several scripts and planes (Latin with diacritics, Cyrillic, Greek, CJK,
  // mathematical letters and digits beyond the BMP, Arabic-Indic and superscript digits, `ª` and
  // `²` themselves), combining marks, and the marks the patterns look for.
  const pieces = [
    'a', 'Z', 'ā', 'Ž', 'ж', 'Ё', 'λ', '中', 'ª', 'µ', '𝐀', '𝐱', '𐐷', '1', '9', '٣', '²', '½', '𝟏', '\u0301', '😀', '€',
    '.', '..', '/', '\\', '@', '#', '&', '_', '-', ':', '~', ',', '?', ' ', '\n', '\u00a0', 'C:\\', '~/', './', 'www.', '.com', 'e.g.', 'U.S.',
    '^', '*', '–', '—', '!', ')', 'JD', 'Becky', 'Ann', 'Žanna', 'Øy', 'ÉM',
  ];
  itMatchesReference(nonProse, unicodeNonProse, pieces, 2000);
});
