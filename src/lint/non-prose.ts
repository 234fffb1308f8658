/**
 * What in a reply is not prose: links, e-mail addresses, @mentions, #hashtags, codes and ids,
 * file paths, dotted abbreviations and the agent's sign-off. No rule judges them and no fix
 * edits them ("U.S." is not "you", `…/asap` is not slang, `BA1441` is not shouting).
 */
import { findLinks } from './links';
import type { Range } from './regions';

/** A span of non-prose, and what it is; a `mention` may stand for a `<name>` in a phrase (`@AmazonHelp`). */
export interface NonProseRange extends Range {
  readonly kind: 'link' | 'mention' | 'hashtag' | 'code' | 'path' | 'abbreviation' | 'sign-off';
}

/**
 * Links (with or without a scheme, `www.`, bare domains with a known ending) and e-mail
 * addresses, found as linkify-it finds them (`./links.ts`): fuzzy links, e-mails, trailing
 * punctuation handled. A link holds no white space, and has a dot, a colon or an at sign followed
 * by a letter or a digit, so only such words are handed to it: prose ("…yet.") costs one scan.
 */
function links(text: string, out: NonProseRange[]): void {
  const candidates: Array<{ start: number; word: string }> = [];
  // Find each dot, colon or at sign before a letter or digit, and take the word around it (up to
  // white space on either side); the next search starts after that word, so each character is
  // read a bounded number of times.
  LINK_LIKE.lastIndex = 0;
  for (let m = LINK_LIKE.exec(text); m !== null; m = LINK_LIKE.exec(text)) {
    let start = m.index;
    while (start > 0 && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < text.length && !isWhiteSpace(text.charCodeAt(end))) end++;
    candidates.push({ start, word: text.slice(start, end) });
    LINK_LIKE.lastIndex = end;
  }
  if (candidates.length === 0) return;
  // Each call to the link finder has a fixed cost of about as much as reading 40 characters: a text
  // dense with links is read whole, once; otherwise only its link-like words are.
  const pieces = candidates.length * 40 > text.length ? [{ start: 0, word: text }] : candidates;
  for (const piece of pieces) {
    for (const match of findLinks(piece.word)) {
      // "policy.No exceptions": a sentence run on without a space is not a link to Norway. A
      // domain ending is written in lower case.
      const raw = piece.word.slice(match.index, match.lastIndex);
      if (match.schema === '' && !/^www\./i.test(raw)) {
        const host = raw.replace(/[/?#].*$/, '');
        if (/\p{Lu}/u.test(host.slice(host.lastIndexOf('.') + 1))) continue;
      }
      out.push({ start: piece.start + match.index, end: piece.start + match.lastIndex, kind: 'link' });
    }
  }
}

function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000;
}

const LINK_LIKE = /[.:@][\p{L}\p{N}]/gu;

// Each pattern starts only where a word cannot go on (a lookbehind), so a long run of letters is
// read once, not once per position: these stay linear on any input.
// Each comes with a character the text must hold for it to find anything, so that ordinary prose
// skips most of them after one `includes`.
const PATTERNS: ReadonlyArray<readonly [RegExp, NonProseRange['kind'], RegExp]> = [
  // @mentions and handles; the address part of an e-mail is a link already.
  [/(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]+/gu, 'mention', /@/],
  // #hashtags and #12345 numbers.
  [/(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]+/gu, 'hashtag', /#/],
  // Codes and ids: letters and digits in one token (BA1441, FAT32, HT201354, A-1042, 2FA),
  // and snake_case identifiers.
  [/(?<![\p{L}\p{N}_-])(?:[\p{L}\p{N}]+[-_])*(?:\p{L}+\p{N}|\p{N}+\p{L})[\p{L}\p{N}]*(?:[-_][\p{L}\p{N}]+)*/gu, 'code', /\p{N}/u],
  // A letter and a number joined by a hyphen: A-1042, 1042-B.
  [/(?<![\p{L}\p{N}_-])(?:\p{L}+-\p{N}|\p{N}+-\p{L})[\p{L}\p{N}-]*/gu, 'code', /\p{N}/u],
  [/(?<![\p{L}\p{N}_])[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+/gu, 'code', /_/],
  // File paths: from a root, a home, a drive or the current folder, or with two separators.
  [/(?<![\p{L}\p{N}_.~/\\-])(?:[A-Za-z]:\\|~?\/|\.\.?\/|\\\\)[\p{L}\p{N}_.-]+(?:[/\\][\p{L}\p{N}_.-]+)*[/\\]?/gu, 'path', /[/\\]/],
  [/(?<![\p{L}\p{N}_./\\-])[\p{L}\p{N}_.-]+[/\\][\p{L}\p{N}_.-]+[/\\][\p{L}\p{N}_./\\-]*/gu, 'path', /[/\\]/],
  // Letters between full stops: U.S., e.g., a.m., т.е.
  [/(?<![\p{L}\p{N}.])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu, 'abbreviation', /\./],
];

/**
 * An agent's sign-off at the very end: initials right after a mark (`^JD`, `*SR`, `/CG`, `~AM`),
 * a name right after a dash (`… online-banking -Angie`), or a name after a dash or a tilde that
 * follows the end of a sentence (`Thanks! -Becky`,
 * `… today. – Tom`, `Bye! ~Ann Marie`). "We will fix it - ASAP!" and "check it / ASAP" are prose. Only
 * the end of the text is looked at (a bounded slice), so this is constant work.
 */
const SIGN_OFF = /(?:(?:^|\s)[\^*~/\\]\p{Lu}{1,4}|(?:^|\s)[-–—~]\p{Lu}\p{Ll}+|(?:^|[.!?…)\]\p{Extended_Pictographic}]\s*)[-–—~]\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\.?\s*$/u;

const SIGN_OFF_MARK = /[\^*~/\\\-–—]/;

function signOff(text: string, out: NonProseRange[]): void {
  const tailStart = Math.max(0, text.length - 48);
  const tail = text.slice(tailStart);
  // Every sign-off has one of its marks: a text without one skips SIGN_OFF, whose Unicode classes
  // cost about 0.7 ms an exec on a 30-character tail on this machine, warm or not.
  if (!SIGN_OFF_MARK.test(tail)) return;
  const m = SIGN_OFF.exec(tail);
  if (m) {
    // The mark itself starts the sign-off, after any white space or sentence end the match took.
    const mark = m[0].search(/[\^*~/\\\-–—]/);
    out.push({ start: tailStart + m.index + mark, end: text.length, kind: 'sign-off' });
  }
}

/**
 * Every span of non-prose in a text, in one linear pass per kind, sorted by start.
 *
 * @example
 * ```ts
 * nonProse('See apple.co/x ^JD').map((r) => r.kind); // → ['link', 'sign-off']
 * ```
 */
export function nonProse(text: string): readonly NonProseRange[] {
  // The same text is often read several times in a row (language detection, each locale's
  // conversation signals, then the linter): the last few results are kept.
  const cached = recent.find((entry) => entry.text === text);
  if (cached) return cached.ranges;
  const ranges = findNonProse(text);
  recent.unshift({ text, ranges });
  if (recent.length > RECENT) recent.pop();
  return ranges;
}

const RECENT = 4;
const recent: Array<{ readonly text: string; readonly ranges: readonly NonProseRange[] }> = [];

function findNonProse(text: string): NonProseRange[] {
  const out: NonProseRange[] = [];
  links(text, out);
  for (const [pattern, kind, needs] of PATTERNS) {
    if (!needs.test(text)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  signOff(text, out);
  return out.sort((a, b) => a.start - b.start);
}
