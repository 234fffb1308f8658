import type { LocaleDefinition } from '../core/types';
import en from '../locales/en';
import lt from '../locales/lt';
import lv from '../locales/lv';
import ro from '../locales/ro';
import ru from '../locales/ru';
import uk from '../locales/uk';

/** The command line speaks every shipped locale. */
export const SHIPPED_LOCALES: readonly LocaleDefinition[] = [en, ro, ru, lv, lt, uk];
