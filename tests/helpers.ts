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

/** One count for each plural category of a locale, for tests that drive i18next's plural resolution. */
export { pluralSamples } from '../src/core/format';
