/**
 * Cheap tests of a text's letters, which spare compiling a Unicode class (`\p{L}` costs V8
 * 0.1–0.9 ms to build and as much again at its first runs): the render, the message parser and
 * the linter each ask them before reaching for one.
 */

const NON_ASCII = /[^\x00-\x7f]/;

/** Whether the text holds anything beyond ASCII: an ASCII text or word is read with ASCII classes alone. */
export function hasNonAscii(text: string): boolean {
  return NON_ASCII.test(text);
}

/**
 * A letter of Latin-1 (not × or ÷), Latin Extended-A and -B or Cyrillic: the letters of the
 * shipped languages, every one of them \p{L} (src/core/ascii-paths.test.ts and
 * src/lint/plain.test.ts check each code unit).
 */
export const COMMON_LETTER = /[\xc0-\xd6\xd8-\xf6\xf8-\u024f\u0400-\u0481\u048a-\u052f]/;

/** Whether a UTF-16 code unit is a {@link COMMON_LETTER}: a reply in Russian or Latvian starts with one. */
export function isCommonLetter(c: number): boolean {
  return COMMON_LETTER.test(String.fromCharCode(c));
}
