/**
 * What in a reply is not prose: links, e-mail addresses, @mentions, #hashtags, codes and ids,
 * file paths and names (`setup.exe`, `v1.u.2`), dotted abbreviations and the agent's sign-off.
 * No rule judges them and no fix edits them ("U.S." is not "you", `…/asap` is not slang, `BA1441` is not shouting).
 */
import { findLinks } from './links';
import { plain } from './plain';
import type { Range } from './regions';
import { lazyRegExp } from '../core/lazy-regexp';

// Unicode classes with `new RegExp`, not as literals: tests/package.test.ts says why.
const CAPITAL = new RegExp(String.raw`\p{Lu}`, 'u');

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
function links(text: string, shaped: string, out: NonProseRange[]): void {
  const candidates: Array<{ start: number; word: string }> = [];
  // Find each dot, colon or at sign before a letter or digit, and take the word around it (up to
  // white space on either side); the next search starts after that word, so each character is
  // read a bounded number of times.
  LINK_LIKE.lastIndex = 0;
  for (let m = LINK_LIKE.exec(shaped); m !== null; m = LINK_LIKE.exec(shaped)) {
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
        if (CAPITAL.test(host.slice(host.lastIndexOf('.') + 1))) continue;
      }
      out.push({ start: piece.start + match.index, end: piece.start + match.lastIndex, kind: 'link' });
    }
  }
}

function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000;
}

// The expressions below read the text as `plain` gives it (./plain.ts): `A-Za-z\xaa\xba` is a
// letter and `0-9\xb2` a digit; where one letter counts (an abbreviation's), `\xba\xba` is one.
// `src/lint/non-prose.test.ts` holds the ranges equal to the same expressions written with
// Unicode classes.
const LINK_LIKE = /[.:@][A-Za-z\xaa\xba0-9\xb2]/g;

// Each pattern starts only where a word cannot go on (a lookbehind), so a long run of letters is
// read once, not once per position: these stay linear on any input.
// Each comes with a character the text must hold for it to find anything, so that ordinary prose
// skips most of them after one `includes`.
const PATTERNS: ReadonlyArray<readonly [RegExp, NonProseRange['kind'], RegExp]> = [
  // @mentions and handles; the address part of an e-mail is a link already.
  [/(?<![A-Za-z\xaa\xba0-9\xb2_.@])@[A-Za-z\xaa\xba0-9\xb2_]+/g, 'mention', /@/],
  // #hashtags and #12345 numbers.
  [/(?<![A-Za-z\xaa\xba0-9\xb2_&#])#[A-Za-z\xaa\xba0-9\xb2_]+/g, 'hashtag', /#/],
  // Codes and ids: letters and digits in one token (BA1441, FAT32, HT201354, A-1042, 2FA),
  // and snake_case identifiers.
  [/(?<![A-Za-z\xaa\xba0-9\xb2_-])(?:[A-Za-z\xaa\xba0-9\xb2]+[-_])*(?:[A-Za-z\xaa\xba]+[0-9\xb2]|[0-9\xb2]+[A-Za-z\xaa\xba])[A-Za-z\xaa\xba0-9\xb2]*(?:[-_][A-Za-z\xaa\xba0-9\xb2]+)*/g, 'code', /[0-9\xb2]/],
  // A letter and a number joined by a hyphen: A-1042, 1042-B.
  [/(?<![A-Za-z\xaa\xba0-9\xb2_-])(?:[A-Za-z\xaa\xba]+-[0-9\xb2]|[0-9\xb2]+-[A-Za-z\xaa\xba])[A-Za-z\xaa\xba0-9\xb2-]*/g, 'code', /[0-9\xb2]/],
  [/(?<![A-Za-z\xaa\xba0-9\xb2_])[A-Za-z\xaa\xba0-9\xb2]+(?:_[A-Za-z\xaa\xba0-9\xb2]+)+/g, 'code', /_/],
  // File paths: from a root, a home, a drive or the current folder, or with two separators.
  [/(?<![A-Za-z\xaa\xba0-9\xb2_.~/\\-])(?:[A-Za-z]:\\|~?\/|\.\.?\/|\\\\)[A-Za-z\xaa\xba0-9\xb2_.-]+(?:[/\\][A-Za-z\xaa\xba0-9\xb2_.-]+)*[/\\]?/g, 'path', /[/\\]/],
  [/(?<![A-Za-z\xaa\xba0-9\xb2_./\\-])[A-Za-z\xaa\xba0-9\xb2_.-]+[/\\][A-Za-z\xaa\xba0-9\xb2_.-]+[/\\][A-Za-z\xaa\xba0-9\xb2_./\\-]*/g, 'path', /[/\\]/],
  // Letters between full stops: U.S., e.g., a.m., т.е.
  [/(?<![A-Za-z\xaa\xba0-9\xb2.])(?:[A-Za-z\xaa]|\xba\xba)(?:\.(?:[A-Za-z\xaa]|\xba\xba))+\.?(?![A-Za-z\xaa\xba0-9\xb2])/g, 'abbreviation', /\./],
];

// A word with a part after a full stop and no space that makes it a file name (pls.exe, notes.txt,
// gonna.js: a known extension) or a version (v1.u.2: a digit in it). Any other word after a stop is
// a sentence run on without a space ("policy.sorry", "policy.No"), and stays prose; a link is a
// link already.
const DOTTED = /(?<![A-Za-z\xaa\xba0-9\xb2_.-])[A-Za-z\xaa\xba][A-Za-z\xaa\xba0-9\xb2_-]*(?:\.[a-z\xaa\xba0-9\xb2][A-Za-z\xaa\xba0-9\xb2_-]*)+/g;
/** A file name's extension (`.exe`, `.txt`, `.js`), as the last part of a dotted word. */
export const FILE_EXTENSION = /\.(?:exe|msi|dmg|pkg|deb|rpm|apk|ipa|app|zip|rar|7z|tar|gz|tgz|iso|txt|md|log|csv|tsv|json|xml|ya?ml|ini|cfg|conf|pdf|docx?|xlsx?|pptx?|odt|ods|rtf|epub|html?|css|js|mjs|cjs|ts|tsx|jsx|py|rb|php|java|jar|sh|bat|ps1|sql|db|dll|bin|dat|png|jpe?g|gif|svg|webp|heic|bmp|tiff?|ico|mp3|mp4|m4a|wav|mov|avi|mkv|eml|ics|vcf|ttf|otf|woff2?)$/i;

function dotted(shaped: string, out: NonProseRange[]): void {
  if (!shaped.includes('.')) return;
  const links = out.filter((r) => r.kind === 'link');
  DOTTED.lastIndex = 0;
  for (let m = DOTTED.exec(shaped); m !== null; m = DOTTED.exec(shaped)) {
    const start = m.index;
    const end = start + m[0].length;
    if ((FILE_EXTENSION.test(m[0]) || /[0-9\xb2]/.test(m[0])) && !links.some((r) => r.start < end && start < r.end)) out.push({ start, end, kind: 'path' });
  }
}

/**
 * An agent's sign-off at the very end: initials or a name right after a mark (`^JD`, `*SR`, `/CG`,
 * `~AM`, `^Ty`),
 * a name right after a dash (`… online-banking -Angie`), or a name after a dash or a tilde that
 * follows the end of a sentence (`Thanks! -Becky`,
 * `… today. – Tom`, `Bye! ~Ann Marie`). Capitals after a dash are not taken for initials: "-WTF" is
 * a word a rule must still see. "We will fix it - ASAP!" and "check it / ASAP" are prose. Only
 * the end of the text is looked at (a bounded slice), so this is constant work.
 */
const SIGN_OFF = lazyRegExp(String.raw`(?:(?:^|\s)[\^*~/\\]\p{Lu}(?:\p{Lu}{0,3}|\p{Ll}+)|(?:^|\s)[-–—~]\p{Lu}\p{Ll}+|(?:^|[.!?…)\]\p{Extended_Pictographic}]\s*)[-–—~]\s?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\.?\s*$`, 'u');

// Every sign-off has one of its marks followed, after at most one white space, by a capital, so by
// something other than a lower-case ASCII letter, a digit or white space. A tail where every mark
// is followed by one of those ("example.com/track", "5 - 10") skips SIGN_OFF.
const SIGN_OFF_MARK = /[\^*~/\\\-–—]\s?[^\sa-z0-9]/;

function signOff(text: string, out: NonProseRange[]): void {
  const tailStart = Math.max(0, text.length - 48);
  const tail = text.slice(tailStart);
  // SIGN_OFF's Unicode classes cost about 0.7 ms an exec on a 30-character tail on this machine,
  // warm or not, and a few more to compile.
  if (!SIGN_OFF_MARK.test(tail)) return;
  const m = SIGN_OFF().exec(tail);
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
  const shaped = plain(text);
  links(text, shaped, out);
  for (const [pattern, kind, needs] of PATTERNS) {
    if (!needs.test(shaped)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(shaped); m !== null; m = pattern.exec(shaped)) out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  dotted(shaped, out);
  signOff(text, out);
  return out.sort((a, b) => a.start - b.start);
}
