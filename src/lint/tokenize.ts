/**
 * Splits text into word tokens with their exact span in the original, and a normalised form for
 * matching that survives real typing: any case, straight or curly apostrophes, zero-width
 * characters, missing diacritics (ā → a, ė → e, ș/ş → s), ё → е. One linear pass; no
 * `Intl.Segmenter` (quadratic on long texts in Node 20) and no backtracking.
 */

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
}

// Letters, combining marks, digits, apostrophes inside words, and invisible characters that
// people paste into words (zero-width space/joiners, word joiner, BOM, soft hyphen).
// Numbers keep their decimal separators ("1.5", "1,5") so "#" in a pattern sees one number.
const WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}'’ʼ‘`´\u200B-\u200D\u2060\uFEFF\u00AD]+/gu;
const APOSTROPHES_AND_INVISIBLE = /['’ʼ‘`´\u200B-\u200D\u2060\uFEFF\u00AD]/gu;
const APOSTROPHE_CHARS = new Set(["'", '’', 'ʼ', '‘', '`', '´']);
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * Abbreviations whose full stop does not end a sentence, in the matching form (lower case,
 * Latin diacritics folded), for every shipped language at once: "plkst. 15.00" (lv, o'clock),
 * "Dr. Bērziņa", "tel. 8 800", "2025 г.". Words that also end sentences on their own ("No.",
 * "etc.", "utt.", "и др.") are left out: a missed sentence end could join two sentences into one
 * phrase, a wrong one only splits a phrase that is then not flagged.
 */
const ABBREVIATIONS = new Set([
  // en
  'mr', 'mrs', 'ms', 'dr', 'prof', 'approx', 'incl', 'tel', 'nr',
  // ro
  'dl', 'dna', 'dlui', 'dnei', 'str', 'pag', 'aprox', 'ex',
  // ru, uk
  'г', 'гг', 'ул', 'вул', 'тел', 'стр', 'руб', 'коп', 'грн', 'тыс', 'тис', 'млн', 'млрд', 'мин', 'хв', 'им', 'ім', 'ч',
  // lv
  'plkst', 'talr', 'piem', 'sk', 'apm',
  // lt (and "tel.", "min." above)
  'val', 'pvz', 'gerb',
]);

function isLetter(char: string | undefined): boolean {
  return char !== undefined && char.toLowerCase() !== char.toUpperCase();
}

/**
 * Whether the full stop at `dot`, right after the word `word` (from `wordStart`), belongs to the
 * word rather than ending the sentence:
 * - an abbreviation: "plkst. 15.00";
 * - a letter between full stops: "e.g.", "i.e.", "т.е.", "t.y.", "u.c." (each letter is a word);
 * - an ordinal number before a lower-case word, as Latvian and Lithuanian write dates:
 *   "līdz 15. decembrim", "gruodžio 3. d." — "It costs 5. then" is rare enough.
 */
function isAbbreviationDot(text: string, dot: number, word: string, wordStart: number): boolean {
  if (ABBREVIATIONS.has(word)) return true;
  if (word.length === 1 && isLetter(word)) {
    // "e.g": a full stop with a letter right after it, no space.
    if (isLetter(text[dot + 1]) && text[dot + 2] === '.') return true;
    // The last stop of "e.g.": this letter itself follows "<letter>." with no space.
    if (text[wordStart - 1] === '.' && isLetter(text[wordStart - 2]) && !isLetter(text[wordStart - 3])) return true;
  }
  if (isDigit(word.charCodeAt(word.length - 1))) {
    let next = dot + 1;
    while (text[next] === ' ') next++;
    const after = text[next];
    return next > dot + 1 && isLetter(after) && after === after!.toLowerCase();
  }
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
const COMBINING = /\p{M}/gu;

const foldCache = new Map<string, string>();

/**
 * The matching form of a word: lower case, Latin diacritics removed, ё → е, apostrophes and
 * invisible characters dropped. Cyrillic й and ї are kept: they are letters of their own.
 *
 * @example
 * ```ts
 * normalizeWord('Politică'); // 'politica'
 * normalizeWord('Don’t');    // 'dont'
 * ```
 */
export function normalizeWord(word: string): string {
  const cached = foldCache.get(word);
  if (cached !== undefined) return cached;
  let out = word.replace(APOSTROPHES_AND_INVISIBLE, '').toLowerCase().replace(/ё/g, 'е');
  if (LATIN_WITH_MARKS.test(out) || /\p{M}/u.test(out)) {
    let folded = '';
    for (const char of out) {
      folded += LATIN_WITH_MARKS.test(char) ? char.normalize('NFD').replace(COMBINING, '') : char;
    }
    out = folded.replace(/(?<=[a-z])\p{M}+/gu, '');
  }
  if (foldCache.size < 50_000) foldCache.set(word, out);
  return out;
}

/**
 * The tokens of a text, in order.
 *
 * @example
 * ```ts
 * tokenize('It’s company policy.').map((t) => t.norm); // ['its', 'company', 'policy']
 * ```
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let previousStart = 0;
  let previous = '';
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    // Apostrophes at the edges are quotation marks ('like this'), not part of the word. Trimmed
    // with a loop: a regular expression anchored at the end would backtrack on long runs.
    let from = 0;
    let to = match[0].length;
    while (from < to && APOSTROPHE_CHARS.has(match[0][from]!)) from++;
    while (to > from && APOSTROPHE_CHARS.has(match[0][to - 1]!)) to--;
    if (from === to) continue;
    const start = match.index + from;
    const word = match[0].slice(from, to);
    const norm = normalizeWord(word);
    if (norm === '') continue;
    tokens.push({ start, end: start + word.length, norm, breakBefore: tokens.length > 0 && endsSentence(text, previousEnd, start, previous, previousStart) });
    previousEnd = start + word.length;
    previousStart = start;
    previous = norm;
  }
  return tokens;
}
