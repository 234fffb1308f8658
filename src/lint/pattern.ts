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
const PLAIN_WORD = /^[\p{L}\p{M}]+$/u;

function words(text: string, pattern: string): PatternToken[] {
  const out: PatternToken[] = [];
  for (const piece of text.split(/\s+/).filter(Boolean)) {
    if (piece === '#') {
      out.push({ kind: 'number', value: '#' });
    } else if (piece === '...' || piece === '…') {
      if (out.at(-1)?.kind === 'gap') throw new PatternError(`two gaps in a row in "${pattern}"`);
      out.push({ kind: 'gap', value: '...' });
    } else if (piece === '<name>') {
      out.push({ kind: 'name', value: '<name>' });
    } else if (piece.endsWith('*')) {
      const stem = normalizeWord(piece.slice(0, -1));
      if (!/^[\p{L}\p{N}]+$/u.test(stem)) throw new PatternError(`the stem "${piece}" must be letters followed by one "*"`);
      out.push({ kind: 'stem', value: stem });
    } else {
      if (piece.includes('*')) throw new PatternError(`"*" may only end a word, in "${piece}" (in "${pattern}")`);
      // Words never hold these: "c++" would silently match every "c". Between words they only
      // separate them ("T&C", "sir/madam"), as in the text.
      if (/^[+=<>@$%^&~|\\/]|[+=<>@$%^&~|\\/]$/.test(piece)) throw new PatternError(`"${piece}" starts or ends with a symbol; patterns match words only (in "${pattern}")`);
      // Most pieces are one plain word: normalised as the tokenizer would, without running it.
      if (PLAIN_WORD.test(piece)) {
        const norm = normalizeWord(piece);
        if (norm !== '') out.push({ kind: 'exact', value: norm });
      } else for (const token of tokenize(piece)) out.push({ kind: 'exact', value: token.norm });
    }
  }
  return out;
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
  const slots: PatternToken[][][] = [];
  let expansions = 1;
  let cursor = 0;
  while (cursor < pattern.length) {
    const open = pattern.slice(cursor).search(/[{[]/);
    const literal = open === -1 ? pattern.slice(cursor) : pattern.slice(cursor, cursor + open);
    if (/[}\]|]/.test(literal)) throw new PatternError(`unbalanced "}", "]" or "|" in "${pattern}"`);
    for (const token of words(literal, pattern)) slots.push([[token]]);
    if (open === -1) break;
    const start = cursor + open;
    const closer = pattern[start] === '{' ? '}' : ']';
    const close = pattern.indexOf(closer, start + 1);
    const inner = close === -1 ? '' : pattern.slice(start + 1, close);
    if (close === -1 || /[{[\]}]/.test(inner)) throw new PatternError(`"${pattern[start]}" without its "${closer}" (or nested) in "${pattern}"`);
    const options = inner.split('|');
    if (pattern[start] === '{' && options.length < 2) throw new PatternError(`"{${inner}}" needs at least two alternatives separated by "|"`);
    const alternatives = options.map((option) => words(option, pattern));
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
