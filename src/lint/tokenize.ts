/**
 * Splits text into word tokens with their exact span in the original, and a normalised form for
 * matching that survives real typing: any case, straight or curly apostrophes, zero-width
 * characters, missing diacritics (ā → a, ė → e, ș/ş → s), ё → е. One linear pass; no
 * `Intl.Segmenter` (quadratic on long texts in Node 20) and no backtracking.
 */

import { hasNonAscii } from '../core/letters';
import { plain } from './plain';

/** A word of the text. */
export interface Token {
  /** Offset of the first character in the original text. */
  readonly start: number;
  /** Offset just after the last character in the original text. */
  readonly end: number;
  /** Lower-case, diacritic-folded, without apostrophes or invisible characters. */
  readonly norm: string;
  /** True when a sentence ends between the previous token and this one: matches never cross it. */
  readonly breakBefore: boolean;
  /** True when the word starts with a capital letter: it may be part of a `<name>`. */
  readonly capital: boolean;
}

// Letters, combining marks, digits, apostrophes inside words, and invisible characters that
// people paste into words (zero-width space/joiners, word joiner, BOM, soft hyphen).
// Numbers keep their decimal separators ("1.5", "1,5") so "#" in a pattern sees one number.
// Read over the text as `plain` gives it (./plain.ts): `A-Za-z\xaa\xba` letters, `0-9\xb2`
// digits, `\u0300` marks; `ʼ` (a letter) is `ª` there.
const WORD = /[0-9\xb2]+(?:[.,][0-9\xb2]+)+|[A-Za-z\xaa\xba0-9\xb2\u0300'’‘`´\u200B-\u200D\u2060\uFEFF\u00AD]+/g;
const APOSTROPHES_AND_INVISIBLE = /['’ʼ‘`´\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const APOSTROPHE_CHARS = new Set(["'", '’', 'ʼ', '‘', '`', '´']);
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Abbreviations whose full stop does not end a sentence, in the matching form (lower case, Latin
 * diacritics folded), for every shipped language at once. Words that also end sentences on their
 * own ("No.", "etc.", "utt.", "и др.") are left out: a missed sentence end could join two
 * sentences into one phrase, a wrong one only splits a phrase that is then not flagged.
 *
 * Titles and labels come before a name or a number, so their stop never ends a sentence:
 * "Dr. Bērziņa", "plkst. 15.00" (lv, o'clock), "tel. 8 800", "dl. Popescu".
 */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'approx', 'incl', 'tel', 'nr', // en (tel, nr in most languages)
  'dl', 'dna', 'dlui', 'dnei', 'str', 'pag', 'aprox', // ro
  'ул', 'вул', 'тел', 'стр', 'им', 'ім', // ru, uk
  'plkst', 'talr', 'piem', 'sk', 'apm', // lv
  'pvz', 'gerb', // lt
]);

/**
 * Units and dates end sentences as often as not ("…costs 5 min.", "…в 2025 г."), so their stop
 * joins only when the text goes on with a digit or a lower-case word: "15 min. later",
 * "2025 m. gruodžio 15 d. pristatysime", "в 2025 г. цены".
 */
const UNITS = new Set([
  'min', 'val', 'm', 'd', // lt (metai, diena, valanda), min in most languages
  'г', 'гг', 'р', 'руб', 'коп', 'грн', 'тыс', 'тис', 'млн', 'млрд', 'мин', 'хв', 'ч', // ru, uk
]);

function isLetter(char: string | undefined): boolean {
  return char !== undefined && char.toLowerCase() !== char.toUpperCase();
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\u00a0';
}

/** Whether the text after the stop at `dot` goes on with a digit or a lower-case letter. */
function continuesLowerCase(text: string, dot: number): boolean {
  let next = dot + 1;
  while (isSpace(text[next])) next++;
  const after = text[next];
  if (next === dot + 1 || after === undefined) return false;
  return isDigit(after.charCodeAt(0)) || (isLetter(after) && after === after.toLowerCase());
}

/** Whether a single letter stands at `at` alone: no letter right before or after it. */
function loneLetter(text: string, at: number): boolean {
  return isLetter(text[at]) && !isLetter(text[at - 1]) && !isLetter(text[at + 1]);
}

/**
 * Whether the full stop at `dot`, right after the word `word` (from `wordStart`), belongs to the
 * word rather than ending the sentence:
 * - a title or label: "plkst. 15.00", "Dr. Smith";
 * - a unit or date word before a digit or a lower-case word: "2025 г. цены";
 * - a letter between full stops, spaced or not: "e.g.", "i.e.", "т.е.", "т. е.", "t. y.", "u.c.";
 *   the last stop of such a group joins only before a digit or a lower-case word ("…и т. д. Потом");
 * - an ordinal number before a lower-case word, as Latvian writes dates: "līdz 15. decembrim".
 *   ("It costs 5. then" is rare enough.)
 */
function isAbbreviationDot(text: string, dot: number, word: string, wordStart: number): boolean {
  if (TITLES.has(word)) return true;
  if (word.length === 1 && isLetter(word)) {
    // A stop followed (after optional spaces) by another lone letter and its own stop: "e.g", "т. е".
    let next = dot + 1;
    while (isSpace(text[next])) next++;
    if (loneLetter(text, next) && text[next + 1] === '.') return true;
    // The last stop of "e.g." or "т. д.": this letter follows "<lone letter>." and optional spaces.
    let before = wordStart - 1;
    while (isSpace(text[before])) before--;
    if (text[before] === '.' && loneLetter(text, before - 1)) return continuesLowerCase(text, dot);
  }
  if (UNITS.has(word)) return continuesLowerCase(text, dot);
  if (isDigit(word.charCodeAt(word.length - 1))) return continuesLowerCase(text, dot) && !isDigit(text.charCodeAt(dot + 1));
  return false;
}

/**
 * Whether the gap between two words ends a sentence: . ! ? … ; or a blank line (a single line
 * break may just wrap a sentence). A full stop right after an abbreviation does not (see
 * `isAbbreviationDot`). A character loop: this runs once per word.
 */
function endsSentence(text: string, from: number, to: number, previous: string, previousStart: number): boolean {
  let newline = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A decimal point or separator between digits ("1.5 hours") is part of a number.
    if (c === 46 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    if (c === 46 && i === from && isAbbreviationDot(text, i, previous, previousStart)) continue;
    if (c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 59) return true;
    if (c === 10) {
      if (newline) return true;
      newline = true;
    } else if (c !== 32 && c !== 9 && c !== 13) {
      newline = false;
    }
  }
  return false;
}
const LATIN_WITH_MARKS = /[\u00C0-\u024F\u1E00-\u1EFF]/u;
const COMBINING = new RegExp(String.raw`\p{M}`, 'gu');

const foldCache = new Map<string, string>();
// Unicode classes are built with `new RegExp`, once, at module level: a literal's classes cost V8
// about 0.4 ms each when it compiles the module, used or not (tests/package.test.ts).
const HAS_MARK = new RegExp(String.raw`\p{M}`, 'u');
const MARKS_AFTER_LATIN = new RegExp(String.raw`(?<=[a-z])\p{M}+`, 'gu');

/**
 * The matching form of a word: lower case, Latin diacritics removed, ё → е, apostrophes and
 * invisible characters dropped. Cyrillic й and ї are kept: they are letters of their own.
 *
 * @example
 * ```ts
 * normalizeWord('Politică'); // → 'politica'
 * normalizeWord('Don’t');    // → 'dont'
 * ```
 */
export function normalizeWord(word: string): string {
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  let out = word.replace(APOSTROPHES_AND_INVISIBLE, '').toLowerCase().replace(/ё/g, 'е');
  // An ASCII word has neither: most English words skip both tests (and their compiling).
  if (hasNonAscii(out) && (LATIN_WITH_MARKS.test(out) || HAS_MARK.test(out))) {
    let folded = '';
    for (const char of out) {
      folded += LATIN_WITH_MARKS.test(char) ? char.normalize('NFD').replace(COMBINING, '') : char;
    }
    out = folded.replace(MARKS_AFTER_LATIN, '');
  }
  // Only short words are kept: V8 keeps a longer slice of a text as a view of the whole text, so
  // caching it would keep every long message alive (and the everyday words are short anyway).
  if (word.length <= 12 && foldCache.size < 50_000) foldCache.set(word, out);
  return out;
}

/**
 * The tokens of a text, in order.
 *
 * @example
 * ```ts
 * tokenize('It’s company policy.').map((t) => t.norm); // → ['its', 'company', 'policy']
 * ```
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let previousStart = 0;
  let previous = '';
  const shaped = plain(text);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(shaped); match !== null; match = WORD.exec(shaped)) {
    const at = match.index;
    const found = text.slice(at, at + match[0].length);
    // Apostrophes at the edges are quotation marks ('like this'), not part of the word. Trimmed
    // with a loop: a regular expression anchored at the end would backtrack on long runs.
    let from = 0;
    let to = found.length;
    while (from < to && APOSTROPHE_CHARS.has(found[from]!)) from++;
    while (to > from && APOSTROPHE_CHARS.has(found[to - 1]!)) to--;
    if (from === to) continue;
    const start = at + from;
    const word = found.slice(from, to);
    const norm = normalizeWord(word);
    if (norm === '') continue;
    const initial = word[0]!;
    tokens.push({
      start,
      end: start + word.length,
      norm,
      breakBefore: tokens.length > 0 && endsSentence(text, previousEnd, start, previous, previousStart),
      capital: initial !== initial.toLowerCase(),
    });
    previousEnd = start + word.length;
    previousStart = start;
    previous = norm;
  }
  return tokens;
}
