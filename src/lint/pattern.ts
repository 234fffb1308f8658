import { normalizeWord, tokenize } from './tokenize';

/**
 * Phrase patterns, as translators write them in the rules' data files:
 *
 * - words separated by spaces: `rules are rules`
 * - alternatives in braces: `{that's|this is} {our|the company} policy`
 * - optional words in brackets: `I [really] don't know`, or one of several: `I [really|truly] don't know`
 * - a stem with a star, for inflected languages: `политик* компании` matches "политика",
 *   "политикой", "политике"…
 *
 * Case, apostrophes and diacritics do not matter: patterns are normalised like the text.
 */

/** One word of a compiled pattern: an exact (normalised) word, or a stem any word may extend. */
export interface PatternToken {
  readonly kind: 'exact' | 'stem';
  readonly value: string;
}

/** The most sequences one pattern may expand to: patterns are for people to read. */
const MAX_EXPANSIONS = 2048;

/** Thrown for a malformed pattern; callers add the rule, locale and file. */
export class PatternError extends Error {}

function expand(pattern: string): string[] {
  const open = pattern.search(/[{[]/);
  if (open === -1) {
    if (/[}\]|]/.test(pattern)) throw new PatternError(`unbalanced "}", "]" or "|" in "${pattern}"`);
    return [pattern];
  }
  const closer = pattern[open] === '{' ? '}' : ']';
  const close = pattern.indexOf(closer, open + 1);
  const inner = close === -1 ? '' : pattern.slice(open + 1, close);
  if (close === -1 || /[{[]/.test(inner)) throw new PatternError(`"${pattern[open]}" without its "${closer}" (or nested) in "${pattern}"`);
  const options = pattern[open] === '{' ? inner.split('|') : [...inner.split('|'), ''];
  if (options.length < 2 && pattern[open] === '{') throw new PatternError(`"{${inner}}" needs at least two alternatives separated by "|"`);
  const rest = expand(pattern.slice(close + 1));
  const out: string[] = [];
  for (const option of options) {
    for (const tail of rest) {
      out.push(`${pattern.slice(0, open)} ${option} ${tail}`);
      if (out.length > MAX_EXPANSIONS) throw new PatternError(`"${pattern}" expands to more than ${MAX_EXPANSIONS} phrases`);
    }
  }
  return out;
}

/**
 * Compiles a pattern into the word sequences it matches.
 *
 * @example
 * ```ts
 * compilePattern('{it is|it’s} company polic*');
 * // [[exact 'it', exact 'is', exact 'company', stem 'polic'], [exact 'its', exact 'company', stem 'polic']]
 * ```
 */
export function compilePattern(pattern: string): PatternToken[][] {
  if (typeof pattern !== 'string' || pattern.trim() === '') throw new PatternError('a pattern must be a non-empty string');
  const sequences: PatternToken[][] = [];
  const seen = new Set<string>();
  for (const variant of expand(pattern)) {
    const sequence: PatternToken[] = [];
    for (const piece of variant.split(/\s+/).filter(Boolean)) {
      if (piece.endsWith('*')) {
        const stem = normalizeWord(piece.slice(0, -1));
        if (!/^[\p{L}\p{N}]+$/u.test(stem)) throw new PatternError(`the stem "${piece}" must be letters followed by one "*"`);
        sequence.push({ kind: 'stem', value: stem });
      } else {
        if (piece.includes('*')) throw new PatternError(`"*" may only end a word, in "${piece}"`);
        for (const token of tokenize(piece)) sequence.push({ kind: 'exact', value: token.norm });
      }
    }
    const key = sequence.map((t) => `${t.kind[0]}:${t.value}`).join(' ');
    if (sequence.length > 0 && !seen.has(key)) {
      seen.add(key);
      sequences.push(sequence);
    }
  }
  if (sequences.length === 0) throw new PatternError(`"${pattern}" contains no word`);
  return sequences;
}
