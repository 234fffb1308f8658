import { lazyRegExp } from '../core/lazy-regexp';
import { normalizeWord, tokenize } from './tokenize';

/**
 * Phrase patterns, as translators write them in the rules' data files:
 *
 * - words separated by spaces: `rules are rules`
 * - alternatives in braces: `{that's|this is} {our|the company} policy`
 * - optional words in brackets: `I [really] don't know`, or one of several: `I [really|truly] don't know`
 * - `#` for any number: `within # hours` matches "within 24 hours"
 * - `...` for a gap of up to three words: `there's nothing ... we can do` matches "there's
 *   nothing more we can do" and "there's nothing else at all we can do"
 * - `<name>` for a name (one to four capitalised words, or an @handle): `you'll need to contact
 *   <name>` matches "you'll need to contact Kuwait Airways" and "… contact @AmazonHelp"
 * - a stem with a star, for inflected languages: `политик* компании` matches "политика",
 *   "политикой", "политике"…
 *
 * Case, apostrophes and diacritics do not matter: patterns are normalised like the text.
 */

/** One word of a compiled pattern: an exact (normalised) word, or a stem any word may extend. */
export interface PatternToken {
  readonly kind: 'exact' | 'stem' | 'number' | 'gap' | 'name';
  readonly value: string;
}

/** How many words `...` may stand for, and how many words a `<name>` may have. */
export const GAP_WORDS = 3;
export const NAME_WORDS = 4;

/** Whether a pattern has a gap or a name: what it matches then has other words inside it. */
export function hasSlots(pattern: string): boolean {
  return /(?:^|\s|[{[|])(?:\.\.\.|…|<name>)(?=$|\s|[}\]|])/.test(pattern);
}

/** The most sequences one pattern may stand for: patterns are for people to read. */
const MAX_EXPANSIONS = 2048;
/** The most words (slots) in one pattern: a phrase, not a document. */
const MAX_WORDS = 64;

/** Thrown for a malformed pattern; callers add the rule, locale and file. */
export class PatternError extends Error {}

/**
 * A compiled pattern: a row of slots, each a list of alternative word sequences (an optional
 * slot has an empty alternative). Alternatives are tokenised once, here; the matcher walks the
 * slots into its trie, so shared prefixes are built once however many phrases they expand to.
 */
export type PatternSlots = readonly (readonly (readonly PatternToken[])[])[];

/** A piece the tokenizer reads as one word whatever its neighbours: letters and marks only. */
const PLAIN_WORD = lazyRegExp(String.raw`^[\p{L}\p{M}]+$`, 'u');
const STEM = lazyRegExp(String.raw`^[\p{L}\p{N}]+$`, 'u');
const SYMBOL_AT_EDGE = /^[+=<>@$%^&~|\\/]|[+=<>@$%^&~|\\/]$/;
const SPACE = /\s+/;

/**
 * The token of each plain word seen, shared: a locale's phrases repeat their words thousands of
 * times ("не", "можу", "ваш*"), and each is normalised once. Bounded like the tokenizer's cache.
 */
const plainTokens = new Map<string, PatternToken>();

function words(text: string, pattern: string): PatternToken[] {
  const out: PatternToken[] = [];
  for (const piece of text.split(SPACE)) {
    if (piece === '') continue;
    // Most pieces are one plain word: normalised as the tokenizer would, without running it.
    const known = plainTokens.get(piece);
    if (known) {
      out.push(known);
      continue;
    }
    if (PLAIN_WORD().test(piece)) {
      const norm = normalizeWord(piece);
      if (norm === '') continue;
      const token: PatternToken = Object.freeze({ kind: 'exact', value: norm });
      if (plainTokens.size < 50_000) plainTokens.set(piece, token);
      out.push(token);
    } else if (piece === '#') {
      out.push({ kind: 'number', value: '#' });
    } else if (piece === '...' || piece === '…') {
      if (out.at(-1)?.kind === 'gap') throw new PatternError(`two gaps in a row in "${pattern}"`);
      out.push({ kind: 'gap', value: '...' });
    } else if (piece === '<name>') {
      out.push({ kind: 'name', value: '<name>' });
    } else if (piece.endsWith('*')) {
      const stem = normalizeWord(piece.slice(0, -1));
      if (!STEM().test(stem)) throw new PatternError(`the stem "${piece}" must be letters followed by one "*"`);
      out.push({ kind: 'stem', value: stem });
    } else {
      if (piece.includes('*')) throw new PatternError(`"*" may only end a word, in "${piece}" (in "${pattern}")`);
      // Words never hold these: "c++" would silently match every "c". Between words they only
      // separate them ("T&C", "sir/madam"), as in the text.
      if (SYMBOL_AT_EDGE.test(piece)) throw new PatternError(`"${piece}" starts or ends with a symbol; patterns match words only (in "${pattern}")`);
      for (const token of tokenize(piece)) out.push({ kind: 'exact', value: token.norm });
    }
  }
  return out;
}

/** Where the next "{" or "[" is, from `from`, or -1. */
function nextOpening(pattern: string, from: number): number {
  const brace = pattern.indexOf('{', from);
  const bracket = pattern.indexOf('[', from);
  return brace === -1 ? bracket : bracket === -1 ? brace : Math.min(brace, bracket);
}

/**
 * Parses a pattern into slots.
 *
 * @example
 * ```ts
 * parsePattern('{it is|it’s} [really] polic*').map((slot) => slot.map((words) => words.map((t) => t.value)));
 * // → [[['it', 'is'], ['its']], [['really'], []], [['polic']]]
 * ```
 */
export function parsePattern(pattern: string): PatternSlots {
  if (typeof pattern !== 'string' || pattern.trim() === '') throw new PatternError('a pattern must be a non-empty string');
  if (pattern.charCodeAt(0) === COMPACT_MARK) return parseCompact(pattern);
  const slots: PatternToken[][][] = [];
  let expansions = 1;
  let cursor = 0;
  while (cursor < pattern.length) {
    const start = nextOpening(pattern, cursor);
    const literal = start === -1 ? pattern.slice(cursor) : pattern.slice(cursor, start);
    if (/[}\]|]/.test(literal)) throw new PatternError(`unbalanced "}", "]" or "|" in "${pattern}"`);
    for (const token of words(literal, pattern)) slots.push([[token]]);
    if (start === -1) break;
    const closer = pattern[start] === '{' ? '}' : ']';
    const close = pattern.indexOf(closer, start + 1);
    const inner = close === -1 ? '' : pattern.slice(start + 1, close);
    if (close === -1 || /[{[\]}]/.test(inner)) throw new PatternError(`"${pattern[start]}" without its "${closer}" (or nested) in "${pattern}"`);
    const options = inner.split('|');
    if (pattern[start] === '{' && options.length < 2) throw new PatternError(`"{${inner}}" needs at least two alternatives separated by "|"`);
    const alternatives = options.map((option) => words(option, pattern));
    if (alternatives.some((alternative) => alternative.length > MAX_WORDS)) throw new PatternError(`an alternative of "${pattern.slice(0, 60)}…" has more than ${MAX_WORDS} words; a phrase pattern is a phrase`);
    if (pattern[start] === '[') alternatives.push([]);
    expansions *= alternatives.length;
    if (expansions > MAX_EXPANSIONS) throw new PatternError(`"${pattern}" expands to more than ${MAX_EXPANSIONS} phrases`);
    slots.push(alternatives);
    cursor = close + 1;
  }
  if (slots.length > MAX_WORDS) throw new PatternError(`"${pattern.slice(0, 60)}…" has more than ${MAX_WORDS} words; a phrase pattern is a phrase`);
  if (slots.length === 0 || slots.every((slot) => slot.every((alternative) => alternative.length === 0))) {
    throw new PatternError(`"${pattern}" contains no word`);
  }
  return slots;
}

/**
 * The word sequences a pattern matches, each once.
 *
 * @example
 * ```ts
 * compilePattern('{it is|it’s} company polic*').map((words) => words.map((t) => `${t.kind} ${t.value}`));
 * // → [['exact it', 'exact is', 'exact company', 'stem polic'], ['exact its', 'exact company', 'stem polic']]
 * ```
 */
export function compilePattern(pattern: string): PatternToken[][] {
  let sequences: PatternToken[][] = [[]];
  for (const slot of parsePattern(pattern)) sequences = sequences.flatMap((head) => slot.map((alternative) => [...head, ...alternative]));
  const seen = new Set<string>();
  return sequences.filter((sequence) => {
    const key = sequence.map((t) => `${t.kind[0]}:${t.value}`).join(' ');
    if (sequence.length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The first character of a pattern in compact form: one the tokenizer reads as no word (a
 * private-use character), so no phrase written for people starts with it.
 */
const COMPACT_MARK = 0xe000;

/**
 * A pattern in compact form, as the build ships the shipped locales' phrases: its slots with every
 * word already normalised, so reading it at run time costs a split and no normalising. `{a|b}`
 * holds a slot's alternatives (an empty one for an optional slot), a bare word a slot of one word;
 * `stem*`, `#`, `...` and `<name>` as in patterns. `parsePattern` reads it back to the same slots.
 *
 * @example
 * ```ts
 * compactPattern('[Jūs] {nevarat|nevarēsiet} pieslēgt*').slice(1);
 * // → '{jus|} {nevarat|nevaresiet} pieslegt*'
 * ```
 */
export function compactPattern(pattern: string): string {
  const token = (t: PatternToken) => (t.kind === 'stem' ? `${t.value}*` : t.value);
  const slots = parsePattern(pattern).map((slot) =>
    slot.length === 1 && slot[0]!.length === 1 ? token(slot[0]![0]!) : `{${slot.map((alternative) => alternative.map(token).join(' ')).join('|')}}`,
  );
  return String.fromCharCode(COMPACT_MARK) + slots.join(' ');
}

/** The token of each word of compact patterns, shared, as `plainTokens`. */
const compactTokens = new Map<string, PatternToken>();

function compactToken(word: string): PatternToken {
  let token = compactTokens.get(word);
  if (token) return token;
  if (word === '#') token = { kind: 'number', value: '#' };
  else if (word === '...') token = { kind: 'gap', value: '...' };
  else if (word === '<name>') token = { kind: 'name', value: '<name>' };
  else if (word.endsWith('*')) {
    if (word.length === 1) throw new PatternError('a stem needs letters before its "*"');
    token = { kind: 'stem', value: word.slice(0, -1) };
  } else token = { kind: 'exact', value: word };
  Object.freeze(token);
  if (compactTokens.size < 50_000) compactTokens.set(word, token);
  return token;
}

/** The words a pattern may start with: exact (normalised) words, and stems a word may extend. */
export interface PatternStarts {
  readonly words: readonly string[];
  readonly stems: readonly string[];
}

/**
 * The words a compact pattern may start with, read from its first slots only (an optional slot
 * adds the next one's): enough to know, without parsing it, that a text cannot match it. Undefined
 * for a pattern that is not compact, that may start with a number (any number starts it), or that
 * holds no word: those are parsed at once.
 *
 * @example
 * ```ts
 * compactStarts(compactPattern('[Jūs] {nevarat|nevarēsiet} pieslēgt*'));
 * // → { words: ['jus', 'nevarat', 'nevaresiet'], stems: [] }
 * ```
 */
export function compactStarts(pattern: string): PatternStarts | undefined {
  if (pattern.charCodeAt(0) !== COMPACT_MARK) return undefined;
  const words: string[] = [];
  const stems: string[] = [];
  for (const alternatives of compactSlots(pattern)) {
    if (!alternatives) return undefined;
    let optional = false;
    for (const alternative of alternatives) {
      const word = alternative.split(' ', 1)[0]!;
      if (word === '') optional = true;
      else if (word === '#' || word === '...' || word === '<name>' || word === '*') return undefined;
      else if (word.endsWith('*')) stems.push(word.slice(0, -1));
      else words.push(word);
    }
    if (!optional) return { words, stems };
  }
  return undefined;
}

/**
 * The slots of a compact pattern in order, each as its alternatives as written (a bare word is a
 * slot of one alternative); `undefined` for a "{" with no "}", after which nothing is read.
 */
function* compactSlots(pattern: string): Generator<string[] | undefined> {
  for (let at = 1; at < pattern.length; ) {
    if (pattern[at] === ' ') {
      at++;
    } else if (pattern[at] === '{') {
      const close = pattern.indexOf('}', at);
      if (close === -1) {
        yield undefined;
        return;
      }
      yield pattern.slice(at + 1, close).split('|');
      at = close + 1;
    } else {
      const space = pattern.indexOf(' ', at);
      const end = space === -1 ? pattern.length : space;
      yield [pattern.slice(at, end)];
      at = end;
    }
  }
}

/** Reads a compact pattern: no normalising, only the limits every pattern keeps. */
function parseCompact(pattern: string): PatternSlots {
  const slots: PatternToken[][][] = [];
  let expansions = 1;
  const words = (text: string) => (text === '' ? [] : text.split(' ').map(compactToken));
  for (const written of compactSlots(pattern)) {
    if (!written) throw new PatternError('a compact pattern with "{" and no "}"');
    const alternatives = written.map(words);
    if (alternatives.some((alternative) => alternative.length > MAX_WORDS)) throw new PatternError(`an alternative of a pattern has more than ${MAX_WORDS} words; a phrase pattern is a phrase`);
    expansions *= alternatives.length;
    if (expansions > MAX_EXPANSIONS) throw new PatternError(`a pattern expands to more than ${MAX_EXPANSIONS} phrases`);
    slots.push(alternatives);
  }
  if (slots.length > MAX_WORDS) throw new PatternError(`a pattern has more than ${MAX_WORDS} words; a phrase pattern is a phrase`);
  if (slots.length === 0 || slots.every((slot) => slot.every((alternative) => alternative.length === 0))) throw new PatternError('a pattern contains no word');
  return slots;
}
