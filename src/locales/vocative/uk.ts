import { charBefore, inflectPart, isPlainName, mapHyphenParts, mapWords } from './shared';

// Ukrainian letters only: a name with Russian ё, ы, э, ъ (Алёна) or in Latin script (Sarah) is
// not a Ukrainian name form, and Ukrainian endings applied to it would produce nonsense.
const UKRAINIAN = 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя';
const LETTERS = new RegExp(`^[${UKRAINIAN}](?:[${UKRAINIAN}'’ʼ]*[${UKRAINIAN}])?$`, 'u');
const CONSONANTS = 'бвгґджзйклмнпрстфхцчшщ';
const HARD_CONSONANTS = 'бвдзлмнпрстф';

const IRREGULAR = new Map<string, string>([
  // Soft stem although -р looks hard (genitive Ігоря, not *Ігора).
  ['ігор', 'ігорю'],
  // Not a diminutive, so it takes the soft-group -е rather than the -ю of Оля, Галя.
  ['ілля', 'ілле'],
  // і in the last syllable alternates with о once the syllable opens; other -і + consonant
  // names are left alone because the alternation cannot be told from the spelling (Гліб has none).
  ['федір', 'федоре'],
  ['сидір', 'сидоре'],
  ['антін', 'антоне'],
  ['яків', 'якове'],
  ['прокіп', 'прокопе'],
  ['тиміш', 'тимоше'],
  ['гліб', 'глібе'],
  // Third-declension feminine names: the soft sign gives -е, not the masculine -ю of Василю.
  ['адель', 'аделе'],
  ['нінель', 'нінеле'],
]);

// Foreign names that Ukrainian does not decline, although their endings look declinable.
const INDECLINABLE = new Set(['бруно', 'отто', 'гуго', 'кармен', 'ірен', 'ніколь']);

// Masculine names in -а/-я, and feminine names ending in a consonant, for telling whether a
// following -ич word is a patronymic (Іване Петровичу) or a woman's surname (Олено Андрухович).
const MASCULINE_A = new Set(['микола', 'ілля', 'лука', 'сава', 'кузьма', 'фома', 'хома', 'никита']);
const FEMININE_CONSONANT = new Set(['любов', 'адель', 'нінель', 'кармен', 'ірен', 'ніколь']);

// Endings of surnames, never of first names: a name starting with one was typed surname first
// (Шевченко Тарас), and declining the surname as a first name would be wrong.
const SURNAME_ENDINGS = ['енко', 'ський', 'цький', 'зький', 'ська', 'цька', 'зька', 'ук', 'юк'];

function isConsonant(letter: string | undefined): boolean {
  return letter !== undefined && CONSONANTS.includes(letter);
}

function isVowel(letter: string | undefined): boolean {
  return letter !== undefined && 'аеєиіїоуюя'.includes(letter);
}

function vocativeOfFirstName(word: string): string | undefined {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (INDECLINABLE.has(word)) return undefined;

  // Марія → Маріє, Юлія → Юліє, Наталія → Наталіє; Зоя → Зоє.
  if (word.endsWith('ія') || word.endsWith('оя')) return `${word.slice(0, -1)}є`;
  // After a consonant, -я names are affectionate short forms and take -ю: Оля → Олю,
  // Настя → Настю, and Наталя → Наталю (Пономарів: declined like the short forms).
  if (word.endsWith('я')) return isConsonant(charBefore(word, 'я')) ? `${word.slice(0, -1)}ю` : undefined;
  if (word.endsWith('а')) {
    const before = charBefore(word, 'а');
    // Саша, Маша: the spelling code prescribes -е, usage overwhelmingly has -о; not guessed.
    if (before === undefined || 'жчшщ'.includes(before)) return undefined;
    // Олена → Олено, Микола → Миколо, Наталка → Наталко.
    return isConsonant(before) ? `${word.slice(0, -1)}о` : undefined;
  }
  if (word.endsWith('о')) {
    const before = charBefore(word, 'о');
    // Марко → Марку, Левко → Левку (the -к- stems take -у).
    if (before === 'к') return `${word.slice(0, -1)}у`;
    // Дмитро → Дмитре, Павло → Павле, Михайло → Михайле. After a vowel (Лео) it is foreign.
    return isConsonant(before) ? `${word.slice(0, -1)}е` : undefined;
  }
  // Андрій → Андрію, Миколай → Миколаю.
  if (word.endsWith('й')) return isVowel(charBefore(word, 'й')) ? `${word.slice(0, -1)}ю` : undefined;
  if (word.endsWith('ь')) {
    // -ець loses its е (Стрілець → Стрільцю) or turns into -че (хлопець → хлопче); not guessed.
    if (word.endsWith('ець')) return undefined;
    // Василь → Василю, Кость → Костю.
    return isConsonant(charBefore(word, 'ь')) ? `${word.slice(0, -1)}ю` : undefined;
  }
  // Олег → Олеже.
  if (word.endsWith('г') && word.length > 1) return `${word.slice(0, -1)}же`;
  // The diminutive suffix -ик takes -у: Петрик → Петрику.
  if (word.endsWith('ик')) return `${word}у`;

  const last = word[word.length - 1];
  if (last === undefined || !(HARD_CONSONANTS.includes(last) || last === 'ш' || last === 'ж')) return undefined;
  // A preceding і may alternate with о (Федір → Федоре, but Гліб → Глібе), so such names are
  // left to the table above.
  const before = charBefore(word, last);
  if (before === undefined || before === 'і') return undefined;
  // Hard stems take -е: Іван → Іване, Олександр → Олександре, Любов → Любове; so do most
  // sibilant stems: Дорош → Дороше.
  return `${word}е`;
}

function vocativeOfPatronymic(word: string, masculineFirstName: boolean): string | undefined {
  // Петрович → Петровичу, Ілліч → Іллічу. A surname in -ич declines the same way for a man and
  // not at all for a woman, hence the check on the first name.
  if (word.endsWith('ич') || word.endsWith('іч')) return masculineFirstName ? `${word}у` : undefined;
  // Петрівна → Петрівно, Андріївна → Андріївно, Іллівна → Іллівно.
  if (word.endsWith('івна') || word.endsWith('ївна') || word.endsWith('ічна')) return `${word.slice(0, -1)}о`;
  return undefined;
}

function looksMasculine(firstName: string): boolean {
  const lower = firstName.normalize('NFC').toLowerCase();
  const last = lower.split('-').pop() ?? lower;
  if (last.endsWith('а') || last.endsWith('я')) return MASCULINE_A.has(last);
  return !FEMININE_CONSONANT.has(last);
}

/**
 * The Ukrainian vocative (кличний відмінок) of a customer's name, for direct address
 * ("Вітаю, Олександре!"). Both halves of a hyphenated first name decline (Анно-Маріє).
 *
 * When the name has several words, only the first one (the first name) is declined, plus a
 * following patronymic (Іване Петровичу, Ольго Петрівно). Surnames stay in the nominative: their
 * vocative depends on gender and type (Петренко → Петренку for a man, unchanged for a woman;
 * adjectival -ський keeps its form), which cannot be told reliably from the text. A name that
 * starts with a surname (Шевченко Тарас) is returned unchanged. Names in another script, with
 * Russian letters, with digits or symbols, or with an ending that has no reliable rule are
 * returned unchanged; capitals are kept (ОЛЕНА → ОЛЕНО).
 *
 * @example
 * ```ts
 * vocativeUk('Олександр'); // → 'Олександре'
 * vocativeUk('Марія'); // → 'Маріє'
 * vocativeUk('Іван Петренко'); // → 'Іване Петренко'
 * vocativeUk('Sarah'); // → 'Sarah'
 * ```
 */
export function vocativeUk(name: string): string {
  if (!isPlainName(name)) return name;
  const words = name.trim().split(/\s+/u);
  const first = words[0] ?? '';
  if (words.length > 1) {
    const lower = first.normalize('NFC').toLowerCase();
    if (SURNAME_ENDINGS.some((ending) => lower.endsWith(ending))) return name;
  }
  const masculine = looksMasculine(first);
  return mapWords(name, (word, index) =>
    mapHyphenParts(word, (part) =>
      index === 0
        ? inflectPart(part, LETTERS, vocativeOfFirstName)
        : inflectPart(part, LETTERS, (lower) => vocativeOfPatronymic(lower, masculine)),
    ),
  );
}
