import { MENTION, PROSE } from './regions';
import { normalizeWord, type Token } from './tokenize';

// Capitalised words that are never a name: pronouns ("You", "Us", "I"), and the polite "you" of
// the shipped languages, which they write with a capital ("Jums", "Вам", "Dumneavoastră").
const PRONOUNS = 'i you us we they them he she it me вы вас вам вами ваш ваша ваше ваши вашего вашей вашему вашим ваших вашу ви ваші вашого вашої вашому вашою jūs jums jūsu jūsų jus jumis dumneavoastră dvs dumneata';
let pronouns: ReadonlySet<string> | undefined;

/**
 * Whether a word (in the tokenizer's normalised form) is a pronoun, not a name: a phrase's
 * `<name>` never takes one, and neither does a customer's self-introduction ("I am Jūsu klients").
 * Normalised on first use: the tokenizer's first call compiles its patterns.
 *
 * @example
 * ```ts
 * import { normalizeWord } from './tokenize';
 *
 * isPronoun(normalizeWord('Jums')); // → true
 * ```
 */
export function isPronoun(norm: string): boolean {
  pronouns ??= new Set(PRONOUNS.split(' ').map(normalizeWord));
  return pronouns.has(norm);
}

/**
 * Whether a token may stand for a `<name>` in a phrase: an @handle, or a capitalised word of the
 * prose that is not a pronoun ("contact Kuwait Airways", "contact @AmazonHelp", not "contact Us").
 * `flag` is the token's flag from `excludedTokens`.
 */
export function isNameToken(token: Token, flag: number): boolean {
  return flag === MENTION || (flag === PROSE && token.capital && !isPronoun(token.norm));
}
