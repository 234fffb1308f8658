import { InvalidOptionsError, requireLocaleObject, requireString } from '../core/errors';
import type { LocaleDefinition } from '../core/types';
import { tokenize } from '../lint/tokenize';
import { findSignals } from './signals';
import { lazyRegExp } from '../core/lazy-regexp';

// Unicode classes with `new RegExp`, not as literals: tests/package.test.ts says why.
const ANY_LETTER = lazyRegExp(String.raw`\p{L}`, 'u');
const CYRILLIC_LETTER = lazyRegExp(String.raw`\p{Script=Cyrillic}`, 'gu');
const LATIN_LETTER = lazyRegExp(String.raw`\p{Script=Latin}`, 'gu');

// Short words each language uses in almost every sentence, in the matching form (lower case,
// diacritics folded: people often type Latvian and Lithuanian without them). For text with no
// letter of its own: "It is company policy, sorry." is English, though "sorry" is Latvian chat too.
const FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    en: 'the a an is are was be it this that you your we our i my to of for in on with and or not can will please have has do does what when thank thanks sorry hi hello',
    ro: 'si este sunt nu de la va pentru cu ca in pe din o un mai sa ne va ati am vom ce cum multumim multumesc',
    lv: 'ir un es jus jums jusu tu tev tavs mes lai ar par uz vai ka no ko nav vel ari bet jau ludzu paldies',
    lt: 'ir yra jus jums jusu tu tau mes kad su i ar is del nera bet jau labai aciu prasome kaip kur',
    ru: 'и в не на я вы вам ваш мы что с по это как но для у о от уже',
    uk: 'і в не на я ви вам ваш ми що з по це як але для у о від вже',
  }).map(([code, words]) => [code, new Set(words.split(' '))]),
);

// Letters that only one of the shipped languages uses (among these six).
const MARKERS: ReadonlyArray<[string, RegExp]> = [
  ['uk', /[іїєґ]/iu],
  ['ru', /[ыэъё]/iu],
  ['lv', /[āēīķļņģ]/iu],
  ['lt', /[ąęėįų]/iu],
  ['ro', /[ăâîșțşţ]/iu],
];

/**
 * Guesses which loaded locale a message is written in, weighing the whole text: the script most
 * of its letters are in (Cyrillic: ru or uk; Latin: the others), then for each candidate its
 * words with letters only that language uses (і → uk, ы → ru, ā → lv, ą → lt, ș → ro), its
 * everyday short words ("is", "the"; "ir", "un") and its conversation signals. A capitalised word
 * counts for little: one name ("Jānis, calm down…") does not make an English reply Latvian.
 * Returns undefined for no letters at all.
 *
 * @example
 * ```ts
 * detectLocale('Labdien! Paldies, ka sazinājāties.', [en, lv, lt]); // → lv
 * ```
 */
export function detectLocale(text: string, locales: readonly LocaleDefinition[]): LocaleDefinition | undefined {
  requireString('text', text);
  if (!Array.isArray(locales)) throw new InvalidOptionsError('locales', 'an array of locale objects, e.g. [en, lv]', locales);
  for (let i = 0; i < locales.length; i++) requireLocaleObject(`locales[${i}]`, locales[i]);
  return weighLocales(text, locales)?.locale;
}

/**
 * `detectLocale`, and how much the text said for it: 0 when no word, letter or signal of any
 * candidate was found, and the guess is only the first candidate of the text's script.
 */
export function weighLocales(text: string, locales: readonly LocaleDefinition[]): { readonly locale: LocaleDefinition; readonly evidence: number } | undefined {
  if (!ANY_LETTER().test(text)) return undefined;
  const cyrillicLetters = text.match(CYRILLIC_LETTER())?.length ?? 0;
  const latinLetters = text.match(LATIN_LETTER())?.length ?? 0;
  const cyrillic = cyrillicLetters > latinLetters;
  const candidates = locales.filter((l) => ['ru', 'uk'].includes(l.code.split('-')[0]!) === cyrillic);
  const tokens = tokenize(text);
  const words = tokens.map((t) => t.norm);
  let best: LocaleDefinition | undefined;
  let bestScore = -1;
  for (const locale of candidates.length > 0 ? candidates : locales) {
    const language = locale.code.split('-')[0]!;
    const common = FUNCTION_WORDS.get(language);
    const marker = MARKERS.find(([code]) => code === language)?.[1];
    let score = locale.conversation ? findSignals(text, locale).length : 0;
    if (common) for (const word of words) if (common.has(word)) score++;
    if (marker) {
      for (const token of tokens) {
        // Letters inside a handle or a hashtag (@jānis_bērziņš, #rīga) say nothing of the text's language.
        const before = text[token.start - 1];
        if (before === '@' || before === '#' || before === '_') continue;
        if (marker.test(text.slice(token.start, token.end))) score += token.capital ? 0.5 : 2;
      }
    }
    if (score > bestScore) {
      best = locale;
      bestScore = score;
    }
  }
  return best && { locale: best, evidence: bestScore };
}
