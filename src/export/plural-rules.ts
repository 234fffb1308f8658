import { languageOf } from '../core/locale';

/**
 * CLDR plural rules for the shipped languages, written as the expressions of Microsoft's adaptive
 * expressions (the language of `.lg` files), which have no plural rules of their own. Operands as
 * CLDR names them: `i` the integer digits, `v` how many fraction digits are written, `f` those
 * digits as a number. The test suite checks every rule against `Intl.PluralRules` through
 * botbuilder-lg itself, for whole numbers and fractions.
 *
 * Each list is tried in order; the last category is the rest.
 */
const RULES: Readonly<Record<string, ReadonlyArray<readonly [category: string, condition: string]>>> = {
  en: [['one', 'v == 0 && i == 1']],
  ro: [
    ['one', 'v == 0 && i == 1'],
    ['few', 'v != 0 || i == 0 || (mod(i, 100) >= 1 && mod(i, 100) <= 19)'],
  ],
  ru: [
    ['one', 'v == 0 && mod(i, 10) == 1 && mod(i, 100) != 11'],
    ['few', 'v == 0 && mod(i, 10) >= 2 && mod(i, 10) <= 4 && !(mod(i, 100) >= 12 && mod(i, 100) <= 14)'],
    ['many', 'v == 0'],
  ],
  uk: [
    ['one', 'v == 0 && mod(i, 10) == 1 && mod(i, 100) != 11'],
    ['few', 'v == 0 && mod(i, 10) >= 2 && mod(i, 10) <= 4 && !(mod(i, 100) >= 12 && mod(i, 100) <= 14)'],
    ['many', 'v == 0'],
  ],
  lt: [
    ['one', 'v == 0 && mod(i, 10) == 1 && !(mod(i, 100) >= 11 && mod(i, 100) <= 19)'],
    ['few', 'v == 0 && mod(i, 10) >= 2 && !(mod(i, 100) >= 11 && mod(i, 100) <= 19)'],
    ['many', 'v != 0'],
  ],
  lv: [
    ['zero', '(v == 0 && (mod(i, 10) == 0 || (mod(i, 100) >= 11 && mod(i, 100) <= 19))) || (v == 2 && mod(f, 100) >= 11 && mod(f, 100) <= 19)'],
    ['one', '(v == 0 && mod(i, 10) == 1 && mod(i, 100) != 11) || (v == 2 && mod(f, 10) == 1 && mod(f, 100) != 11) || (v != 2 && v != 0 && mod(f, 10) == 1)'],
  ],
};

/** The categories in the order the rules try them, the rest last. */
const REST: Readonly<Record<string, string>> = { en: 'other', ro: 'other', ru: 'other', uk: 'other', lt: 'other', lv: 'other' };

/** The plural rule of a locale's language for adaptive expressions, or `undefined` when none is written. */
export function lgPluralRule(locale: string): { readonly branches: ReadonlyArray<readonly [string, string]>; readonly rest: string } | undefined {
  const language = languageOf(locale);
  const branches = RULES[language];
  return branches ? { branches, rest: REST[language]! } : undefined;
}
