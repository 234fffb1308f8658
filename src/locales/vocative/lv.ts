import { charBefore, inflectEveryWord } from './shared';

// The Latvian alphabet (no q, w, x, y), so "William" is recognised as foreign and left alone;
// Cyrillic names fail this test too.
const LETTERS = /^[aābcčdeēfgģhiījkķlļmnņoprsštuūvzž]+$/u;
const CONSONANTS = 'bcčdfgģhjkķlļmnņprsštvzž';

function afterConsonant(word: string, ending: string): boolean {
  const before = charBefore(word, ending);
  return before !== undefined && CONSONANTS.includes(before);
}

// The forms follow the Latvian Language Agency's guidance on address forms (valodaskonsultacijas.lv):
// masculine proper names drop the ending, feminine names keep the nominative.
function vocativeOfWord(word: string): string | undefined {
  // "ch" left Latvian spelling in 1946 (Rihards, not Richards), so it marks a foreign name such
  // as Chris, which would otherwise be taken for a second-declension -is name.
  if (word.includes('ch')) return undefined;
  // Nor does it use ph, th, sh, ck or the vowel pairs ou, ee, oo, ea, oa (Phillips, Brooks, Keats),
  // or double a consonant before -is or -us (Dennis, Morris; Latvian writes Deniss). Elsewhere a
  // double letter can be Latvian: Anna, Gunnars.
  if (/s$/u.test(word) && /ph|th|sh|ck|ou|ee|oo|ea|oa|([bcčdfgģhjkķlļmnņprsštvzž])\1[iu]s$/u.test(word)) return undefined;
  // Definite adjectives used as surnames (Baltais) have their own address forms; not guessed.
  if (word.endsWith('ais')) return undefined;
  // Second-declension diminutives in -ītis have no ending: Kārlītis → Kārlīt.
  if (word.endsWith('ītis') && word.length > 4) return word.slice(0, -2);
  // Second declension -is → -i (Jānis → Jāni, Pēteris → Pēteri; the endingless Pēter is also
  // accepted, -i is the safer choice) and third declension -us → -u (Mikus → Miku, Ingus → Ingu).
  if (word.endsWith('is') || word.endsWith('us')) return afterConsonant(word, 'is') ? word.slice(0, -1) : undefined;
  // First declension proper names, surnames included, drop the ending: Ivars → Ivar,
  // Andrejs → Andrej, Inguss → Ingus, Mārtiņš → Mārtiņ, Jansons → Janson. After a vowel the
  // -s belongs to a foreign name (Thomas, Carlos), which Latvian would first respell.
  if (word.endsWith('s') || word.endsWith('š')) return afterConsonant(word, 's') ? word.slice(0, -1) : undefined;
  // Feminine (and the few masculine) -a and -e names keep the nominative: Anna, Ilze, Liepa.
  // Colloquial short forms (Ann!, Kristīn!) and endingless diminutives (Lauriņ!, Dacīt!) exist,
  // but -iņa and -īte also end ordinary names and surnames (Bērziņa, Skaidrīte), so we keep
  // the form that is always correct.
  if (word.endsWith('a') || word.endsWith('e')) return word;
  return undefined;
}

/**
 * The Latvian vocative of a customer's name, for direct address ("Labdien, Jāni!"). Every word
 * declines, surnames included, and each half of a hyphenated name declines on its own.
 * Endings without a reliable rule, names written outside the Latvian alphabet and input with
 * digits or symbols are returned unchanged; capitals are kept (JĀNIS → JĀNI).
 *
 * @example
 * ```ts
 * vocativeLv('Jānis Bērziņš'); // → 'Jāni Bērziņ'
 * vocativeLv('Edgars'); // → 'Edgar'
 * vocativeLv('Līga Kalniņa'); // → 'Līga Kalniņa'
 * vocativeLv('Sarah'); // → 'Sarah'
 * ```
 */
export function vocativeLv(name: string): string {
  return inflectEveryWord(name, LETTERS, vocativeOfWord);
}
