import type { LocaleDefinition } from '../core/types';
import { tokenize } from '../lint/tokenize';
import { findSignals } from './signals';

// Short words each language uses in almost every sentence, in the matching form (lower case,
// diacritics folded: people often type Latvian and Lithuanian without them). For text with no
// letter of its own: "It is company policy, sorry." is English, though "sorry" is Latvian chat too.
const FUNCTION_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({
    en: 'the a an is are was be it this that you your we our i my to of for in on with and or not can will please have has do does what when thank thanks',
    ro: 'si este sunt nu de la va pentru cu ca in pe din o un mai sa ne va ati am vom ce cum multumim',
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
  ['lv', /[āēīūķļņģ]/iu],
  ['lt', /[ąęėįų]/iu],
  ['ro', /[ăâîșțşţ]/iu],
];

/** A word only one language spells outweighs a couple of short words common to many. */
const MARKER_WEIGHT = 3;

/**
 * Guesses which loaded locale a message is written in: Cyrillic goes to ru or uk and Latin to
 * the others; among them wins the locale with the most evidence: words spelt with letters only it
 * uses (і → uk, ы → ru, ā → lv, ą → lt, ș → ro; each weighs three), its everyday short words ("is",
 * "the"; "ir", "un") and its conversation signals. Returns undefined for no letters at all.
 *
 * @example
 * ```ts
 * detectLocale('Labdien! Paldies, ka sazinājāties.', [en, lv, lt]); // lv
 * ```
 */
export function detectLocale(text: string, locales: readonly LocaleDefinition[]): LocaleDefinition | undefined {
  if (!/\p{L}/u.test(text)) return undefined;
  // Each word with a letter only one language uses is a vote for it, weighed against the other
  // words: one Latvian name ("Jānis") in an English sentence does not make the sentence Latvian.
  const votes = new Map<string, number>();
  const letterWords = text.match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
  for (const [code, marker] of MARKERS) {
    const count = letterWords.filter((word) => marker.test(word)).length;
    if (count > 0) votes.set(code, count * MARKER_WEIGHT);
  }
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  const candidates = locales.filter((l) => ['ru', 'uk'].includes(l.code.split('-')[0]!) === cyrillic);
  const words = tokenize(text).map((t) => t.norm);
  let best: LocaleDefinition | undefined;
  let bestScore = -1;
  for (const locale of candidates.length > 0 ? candidates : locales) {
    const common = FUNCTION_WORDS.get(locale.code.split('-')[0]!);
    const signals = locale.conversation ? findSignals(text, locale).length : 0;
    const score = signals + (common ? words.filter((w) => common.has(w)).length : 0) + (votes.get(locale.code.split('-')[0]!) ?? 0);
    if (score > bestScore) {
      best = locale;
      bestScore = score;
    }
  }
  return best;
}
