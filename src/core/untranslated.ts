/** Marks a value the locale scaffold copied from English and nobody has translated yet. */
export const UNTRANSLATED = '[untranslated] ';

/** A text of a locale still being translated, shown in English without the scaffold's marker. */
export function readable(text: string): string {
  return text.startsWith(UNTRANSLATED) ? text.slice(UNTRANSLATED.length) : text;
}

/** The marker anywhere, in any letter case ("[Untranslated]", " [untranslated]Is…"): never a translated message's text. */
export function holdsUntranslatedMark(text: string): boolean {
  return text.includes('[') && /\[untranslated\]/i.test(text);
}
