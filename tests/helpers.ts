import { createTactful } from '../src';
import en from '../src/generated/locales/en';
import lt from '../src/generated/locales/lt';
import lv from '../src/generated/locales/lv';
import ro from '../src/generated/locales/ro';
import ru from '../src/generated/locales/ru';
import uk from '../src/generated/locales/uk';

/** Every shipped locale, English first. */
export const ALL_LOCALES = [en, ro, ru, lv, lt, uk] as const;

/** An instance with every shipped locale and the library's defaults. */
export function tactfulWithAllLocales() {
  return createTactful({ locales: ALL_LOCALES, defaultLocale: 'en' });
}

/**
 * The error a call throws, so a test asserts its code and fields (`toMatchObject({ code, … })`),
 * as valibot's and ESLint's tests do, rather than its wording, which may improve.
 */
export function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

const SAMPLE_COUNTS = [...Array.from({ length: 201 }, (_, i) => i), 0.5, 1.5, 2.5, 0.1, 1.1, 2.1, 5.5, 1000000];

/**
 * One count for each plural category of a locale (lt: one → 1, few → 2, many → 0.5, other → 0),
 * for tests that drive i18next's own plural resolution with a count.
 */
export function pluralSamples(locale: string): ReadonlyMap<string, number> {
  const rules = new Intl.PluralRules(locale);
  const found = new Map<string, number>();
  for (const n of SAMPLE_COUNTS) if (!found.has(rules.select(n))) found.set(rules.select(n), n);
  return found;
}
