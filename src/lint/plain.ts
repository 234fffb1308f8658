import { COMMON_LETTER, hasNonAscii } from '../core/letters';

/**
 * A text as the linter's own expressions read it: every letter outside ASCII as `ª`, every digit
 * outside ASCII as `²` and every combining mark as U+0300 (one beyond the Basic Multilingual
 * Plane, two UTF-16 units, as `ºº`, `²²` or two U+0300): same length, same offsets, and nothing
 * else changed. ASCII text is returned as it is.
 *
 * Why: V8 compiles each `\p{L}`, `\p{N}` or `\p{M}` class in an expression at 0.3–0.5 ms, and the
 * first reply with a digit, a slash or a dot in it paid for some thirty of them (tokenizing,
 * finding codes, paths and abbreviations). Over this text the same expressions use ASCII classes
 * (`A-Za-z\xaa\xba` for a letter, `0-9\xb2` for a digit, `\u0300` for a mark; where one letter
 * counts, `\xba\xba` is one), and only the six expressions below use Unicode classes, built once.
 * The tests hold every range equal to the expressions written with Unicode classes.
 *
 * @example
 * ```ts
 * plain('Tā ir 2.5 €'); // → 'Tª ir 2.5 €'
 * ```
 */
export function plain(text: string): string {
  if (text === last.text) return last.plain;
  let out = text;
  if (hasNonAscii(text)) {
    // The letters of the shipped languages first, with a class of plain ranges; a text that then
    // holds nothing beyond ASCII but punctuation and currency signs (“”, –, €) needs no Unicode
    // class at all: about 1.5 ms less at the first lint of a Ukrainian or Latvian reply.
    out = out.replace(COMMON_LETTERS, '\xaa');
    if (!BEYOND_PUNCTUATION.test(out)) {
      last = { text, plain: out };
      return out;
    }
    wide ??= {
      letter: new RegExp(String.raw`(?=[\u0080-\uffff])\p{L}`, 'gu'),
      digit: new RegExp(String.raw`(?=[\u0080-\uffff])\p{N}`, 'gu'),
      mark: new RegExp(String.raw`(?=[\u0080-\uffff])\p{M}`, 'gu'),
      astralLetter: new RegExp(String.raw`(?=[\u{10000}-\u{10ffff}])\p{L}`, 'gu'),
      astralDigit: new RegExp(String.raw`(?=[\u{10000}-\u{10ffff}])\p{N}`, 'gu'),
      astralMark: new RegExp(String.raw`(?=[\u{10000}-\u{10ffff}])\p{M}`, 'gu'),
    };
    out = out.replace(wide.letter, '\xaa').replace(wide.digit, '\xb2').replace(wide.mark, '\u0300');
    if (SURROGATE.test(out)) out = out.replace(wide.astralLetter, '\xba\xba').replace(wide.astralDigit, '\xb2\xb2').replace(wide.astralMark, '\u0300\u0300');
  }
  // The tokenizer and the non-prose finder read the same text one after the other.
  last = { text, plain: out };
  return out;
}

/**
 * The letters of the shipped languages ({@link COMMON_LETTER}), and what is left once they are
 * `ª`: anything beyond ASCII that is not `ª`, General Punctuation (U+2000–U+206F) or a currency
 * sign (U+20A0–U+20CF), none of which is \p{L}, \p{N} or \p{M}. src/lint/plain.test.ts holds
 * both to the Unicode classes for every code unit.
 */
const COMMON_LETTERS = new RegExp(COMMON_LETTER.source, 'g');
const BEYOND_PUNCTUATION = /[^\x00-\x7f\xaa\u2000-\u206f\u20a0-\u20cf]/;
const SURROGATE = /[\ud800-\udfff]/;
let last = { text: '', plain: '' };
let wide: Readonly<Record<'letter' | 'digit' | 'mark' | 'astralLetter' | 'astralDigit' | 'astralMark', RegExp>> | undefined;
