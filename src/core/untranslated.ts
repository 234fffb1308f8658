/** Marks a value the locale scaffold copied from English and nobody has translated yet. */
export const UNTRANSLATED = '[untranslated] ';
