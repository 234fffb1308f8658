import type { LocaleDefinition } from '../core/types';
import { findSignals } from './signals';

// Letters that only one of the shipped languages uses (among these six).
const MARKERS: ReadonlyArray<[string, RegExp]> = [
  ['uk', /[іїєґ]/iu],
  ['ru', /[ыэъё]/iu],
  ['lv', /[āēīūķļņģ]/iu],
  ['lt', /[ąęėįų]/iu],
  ['ro', /[ăâîșțşţ]/iu],
];

/**
 * Guesses which loaded locale a message is written in: letters only one language uses decide
 * first (і → uk, ы → ru, ā → lv, ą → lt, ș → ro); otherwise Cyrillic goes to ru or uk and Latin
 * to the locale whose conversation signals occur most. Returns undefined for no letters at all.
 *
 * @example
 * ```ts
 * detectLocale('Labdien! Paldies, ka sazinājāties.', [en, lv, lt]); // lv
 * ```
 */
export function detectLocale(text: string, locales: readonly LocaleDefinition[]): LocaleDefinition | undefined {
  if (!/\p{L}/u.test(text)) return undefined;
  const byCode = new Map(locales.map((l) => [l.code.split('-')[0]!, l]));
  for (const [code, marker] of MARKERS) {
    const locale = byCode.get(code);
    if (locale && marker.test(text)) return locale;
  }
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  const candidates = locales.filter((l) => ['ru', 'uk'].includes(l.code.split('-')[0]!) === cyrillic);
  let best: LocaleDefinition | undefined;
  let bestScore = -1;
  for (const locale of candidates.length > 0 ? candidates : locales) {
    const score = locale.conversation ? findSignals(text, locale).length : 0;
    if (score > bestScore) {
      best = locale;
      bestScore = score;
    }
  }
  return best;
}
