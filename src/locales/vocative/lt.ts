import { charBefore, inflectEveryWord } from './shared';

// The Lithuanian alphabet (q, w, x are not in it), so a name such as "William" is recognised as
// foreign and left alone; Cyrillic names fail this test too.
const LETTERS = /^[aąbcčdeęėfghiįyjklmnoprsštuųūvzž]+$/u;
const CONSONANTS = 'bcčdfghjklmnprsštvzž';

function afterConsonant(word: string, ending: string): boolean {
  const before = charBefore(word, ending);
  return before !== undefined && CONSONANTS.includes(before);
}

// Spellings Lithuanian does not use in its own names: chr and cho (Kristina, Nikolas), ph, th,
// sh, ck, the vowel pairs ou, ee, oo, and a doubled consonant (Dennis, Morris). They mark a
// foreign name such as Chris, Thomas or Nicholas, which the -as, -is and -us rules would
// otherwise decline (Chri, Thomai, Nicholai). Names in -ė and -a never come from abroad with
// these endings, so Beatričė and Rachelė decline as before; so do Michailas and Joachimas.
const FOREIGN_SPELLING = /chr|cho|ph|th|sh|ck|ou|ee|oo|([bcdfghjklmnprstvz])\1/u;

function vocativeOfWord(word: string): string | undefined {
  if (/[aiuy]s$/u.test(word) && FOREIGN_SPELLING.test(word)) return undefined;
  // Diminutives: Jonukas → Jonuk, Petriukas → Petriuk (the short form grammars give for -ukas).
  // Two letters before -ukas are required so that Lukas, which is not a diminutive, stays Lukai.
  if (word.endsWith('ukas') && word.length >= 6) return word.slice(0, -2);
  // A -j- before -as takes -au, as in vėjas → vėjau: Matijas → Matijau, Elijas → Elijau.
  if (word.endsWith('jas') && word.length > 3) return `${word.slice(0, -2)}au`;
  // Nouns in -ias take -y (kelias → kely), but proper names in -ias are rare enough that we
  // would rather not guess; this also leaves foreign Tobias, Elias untouched.
  if (word.endsWith('ias')) return undefined;
  // Personal names and surnames in -as take -ai (common nouns take -e: vyras → vyre).
  // After a vowel -as is a foreign name (Andreas), which Lithuanian would first respell.
  if (word.endsWith('as')) return afterConsonant(word, 'as') ? `${word.slice(0, -1)}i` : undefined;
  // -is → -i (Jurgis → Jurgi, Petraitis → Petraiti) and -ys → -y (Kazys → Kazy).
  if (word.endsWith('is') || word.endsWith('ys')) return afterConsonant(word, 'is') ? word.slice(0, -1) : undefined;
  // u-stems and -ius/-jus names: Herkus → Herkau, Paulius → Pauliau, Nojus → Nojau,
  // Jankevičius → Jankevičiau. A vowel other than i before -us means a foreign name (Klaus).
  if (word.endsWith('us')) {
    return afterConsonant(word, 'us') || charBefore(word, 'us') === 'i' ? `${word.slice(0, -2)}au` : undefined;
  }
  // Eglė → Egle, Kazlauskaitė → Kazlauskaite, Petraitienė → Petraitiene.
  if (word.endsWith('ė') && word.length > 1) return `${word.slice(0, -1)}e`;
  // Ona, Rūta, Jogaila: the vocative is spelled like the nominative (only the stress may move).
  if (word.endsWith('a')) return word;
  return undefined;
}

/**
 * The Lithuanian vocative of a customer's name, for direct address ("Sveiki, Jonai!"). Every
 * word declines, surnames included, and each half of a hyphenated name declines on its own.
 * Endings without a reliable rule, names written outside the Lithuanian alphabet and input
 * with digits or symbols are returned unchanged; capitals are kept (JONAS → JONAI).
 *
 * @example
 * ```ts
 * vocativeLt('Jonas Petraitis'); // → 'Jonai Petraiti'
 * vocativeLt('Paulius'); // → 'Pauliau'
 * vocativeLt('Eglė Kazlauskaitė'); // → 'Egle Kazlauskaite'
 * vocativeLt('Sarah'); // → 'Sarah'
 * ```
 */
export function vocativeLt(name: string): string {
  return inflectEveryWord(name, LETTERS, vocativeOfWord);
}
