import { createTactful } from '../src';
import en from '../src/locales/en';
import lt from '../src/locales/lt';
import lv from '../src/locales/lv';
import ro from '../src/locales/ro';
import ru from '../src/locales/ru';
import uk from '../src/locales/uk';

/** Every shipped locale, English first. */
export const ALL_LOCALES = [en, ro, ru, lv, lt, uk] as const;

/** An instance with every shipped locale and the library's defaults. */
export function tactfulWithAllLocales() {
  return createTactful({ locales: ALL_LOCALES, defaultLocale: 'en' });
}
