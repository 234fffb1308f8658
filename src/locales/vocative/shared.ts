/**
 * Plumbing shared by the vocative functions (`lt.ts`, `lv.ts`, `uk.ts`). The language rules
 * themselves are written against lower-case words; these helpers take care of splitting a name
 * into words and hyphenated parts and of putting the customer's capitalisation back.
 */

/**
 * Given the lower-case nominative of one name part, returns its lower-case vocative, or
 * `undefined` when the language has no reliable rule for that ending (the part is then left as
 * the customer typed it).
 */
export type EndingRule = (lower: string) => string | undefined;

// Apostrophes are allowed for Ukrainian (Мар'яна) and for foreign names (O'Brien), dots for
// initials ("Jonas P."). Anything else (digits, @, emoji, brackets) suggests the field holds
// something other than a name, so we do not try to inflect it at all.
const NAME_CHARACTERS = new RegExp(String.raw`^[\p{L}\p{M}\s.'’ʼ-]*$`, 'u');
const WHITESPACE = /^\s+$/u;

/**
 * Whether `name` contains only letters, whitespace, hyphens, apostrophes and dots.
 *
 * @example
 * ```ts
 * isPlainName('Anna-Marija Kalniņa'); // → true
 * isPlainName('Jonas2'); // → false
 * ```
 */
export function isPlainName(name: string): boolean {
  return NAME_CHARACTERS.test(name);
}

/**
 * The character just before `ending` at the end of `word` (`undefined` when the word is no
 * longer than the ending). Most endings are only reliable after a consonant, e.g. Lithuanian
 * `-as` in Jonas but not in a foreign Andreas.
 *
 * @example
 * ```ts
 * charBefore('jonas', 'as'); // → 'n'
 * charBefore('as', 'as'); // → undefined
 * ```
 */
export function charBefore(word: string, ending: string): string | undefined {
  return word.length > ending.length ? word[word.length - ending.length - 1] : undefined;
}

/**
 * Calls `inflect` on every whitespace-separated word, with its position among the words and the
 * number of words. The whitespace itself is kept exactly as typed: trimming is the caller's job.
 *
 * @example
 * ```ts
 * mapWords('Jonas  Petraitis', (word, index) => (index === 0 ? word.toUpperCase() : word));
 * // → 'JONAS  Petraitis'
 * ```
 */
export function mapWords(name: string, inflect: (word: string, index: number, count: number) => string): string {
  const pieces = name.split(/(\s+)/u);
  const isWord = (piece: string): boolean => piece !== '' && !WHITESPACE.test(piece);
  const count = pieces.filter(isWord).length;
  let index = 0;
  return pieces.map((piece) => (isWord(piece) ? inflect(piece, index++, count) : piece)).join('');
}

/**
 * Calls `inflect` on each part of a hyphenated word: in all three languages both halves of a
 * double name or double surname decline on their own (Petraitienė-Jankauskaitė).
 *
 * @example
 * ```ts
 * mapHyphenParts('anna-marija', (part) => part.toUpperCase()); // → 'ANNA-MARIJA'
 * ```
 */
export function mapHyphenParts(word: string, inflect: (part: string) => string): string {
  return word.split('-').map(inflect).join('-');
}

/**
 * Applies `rule` to one name part (no spaces, no hyphens) if the part is written only with
 * `letters` (tested against the lower-case form), keeping the customer's capitalisation: the
 * unchanged beginning keeps its original letters, and new letters are upper case only when the
 * whole part was typed in capitals. The part is NFC-normalised first so that a decomposed
 * "ā" (a + combining macron) matches the rules like a precomposed one; a part the rule does not
 * change is returned exactly as it came in.
 *
 * @example
 * ```ts
 * const rule = (lower: string) => (lower.endsWith('as') ? `${lower.slice(0, -1)}i` : undefined);
 * inflectPart('JONAS', /^[a-z]+$/u, rule); // → 'JONAI'
 * inflectPart('Sarah', /^[a-z]+$/u, rule); // → 'Sarah'
 * ```
 */
export function inflectPart(part: string, letters: RegExp, rule: EndingRule): string {
  const original = part.normalize('NFC');
  const lower = original.toLowerCase();
  // Checked on the lower-case form, so every allowed letter maps one code unit to one code unit
  // and `lower` lines up with `original` index by index.
  if (!letters.test(lower)) return part;
  const target = rule(lower);
  if (target === undefined || target === lower) return part;

  let shared = 0;
  while (shared < lower.length && shared < target.length && lower[shared] === target[shared]) shared++;
  const tail = target.slice(shared);
  const allCaps = original === original.toUpperCase();
  return original.slice(0, shared) + (allCaps ? tail.toUpperCase() : tail);
}

/**
 * The common case for languages where every word of the name declines (Lithuanian, Latvian):
 * `rule` is applied to each part of each word, and a name with digits or symbols is returned
 * unchanged.
 *
 * @example
 * ```ts
 * const rule = (lower: string) => (lower.endsWith('as') ? `${lower.slice(0, -1)}i` : undefined);
 * inflectEveryWord('Jonas Kazlauskas', /^[a-z]+$/u, rule); // → 'Jonai Kazlauskai'
 * ```
 */
export function inflectEveryWord(name: string, letters: RegExp, rule: EndingRule): string {
  if (!isPlainName(name)) return name;
  return mapWords(name, (word) => mapHyphenParts(word, (part) => inflectPart(part, letters, rule)));
}
