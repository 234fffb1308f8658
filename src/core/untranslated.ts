/** Marks a value the locale scaffold copied from English and nobody has translated yet. */
export const UNTRANSLATED = '[untranslated] ';

/** A text of a locale still being translated, shown in English without the scaffold's marker. */
export function readable(text: string): string {
  return text.startsWith(UNTRANSLATED) ? text.slice(UNTRANSLATED.length) : text;
}
