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
