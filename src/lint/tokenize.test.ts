import { describe, expect, it } from 'vitest';
import { itMatchesReference } from '../../tests/helpers';
import { normalizeWord, tokenize } from './tokenize';

/** The words of a text, with `|` where a sentence ends before a word. */
const sentences = (text: string) => tokenize(text).map((t, i) => (i > 0 && t.breakBefore ? `| ${t.norm}` : t.norm)).join(' ');

describe('sentence ends', () => {
  it('come at . ! ? … ; and blank lines, not at single line breaks', () => {
    expect(sentences('One. Two! Three? Four… Five; six\nseven\n\neight')).toBe('one | two | three | four | five | six seven | eight');
  });

  it('do not come inside numbers', () => {
    expect(sentences('It takes 1.5 hours, until 15.00 today.')).toBe('it takes 1.5 hours until 15.00 today');
  });

  it.each([
    ['lv', 'Atbildēsim līdz plkst. 15.00 šodien.', 'atbildesim lidz plkst 15.00 sodien'],
    ['lv', 'Zvaniet pa tālr. 67 000 000.', 'zvaniet pa talr 67 000 000'],
    ['en', 'Dr. Smith will call you.', 'dr smith will call you'],
    ['ru', 'Позвоните по тел. 8 800 000.', 'позвоните по тел 8 800 000'],
    ['ru', 'В 2025 г. цены не менялись.', 'в 2025 г цены не менялись'],
    ['lt', 'Skambinkite iki 17 val. šiandien.', 'skambinkite iki 17 val siandien'],
    ['lt', 'Iki 2025 m. gruodžio 15 d. pristatysime.', 'iki 2025 m gruodzio 15 d pristatysime'],
    ['uk', 'У 2025 р. ціни не змінювалися.', 'у 2025 р ціни не змінювалися'],
    ['en', 'We will call in 15 min. or so.', 'we will call in 15 min or so'],
    ['ro', 'Vă sună dl. Popescu.', 'va suna dl popescu'],
  ])('not after an abbreviation (%s): %s', (_lng, text, words) => {
    expect(sentences(text)).toBe(words);
  });

  it.each([
    ['e.g. a refund', 'e g a refund'],
    ['i.e. today', 'i e today'],
    ['т.е. сегодня', 'т е сегодня'],
    ['t.y. šiandien', 't y siandien'],
    ['u.c. lietas', 'u c lietas'],
    ['т. е. сегодня', 'т е сегодня'],
    ['t. y. šiandien', 't y siandien'],
  ])('not inside or after letters with full stops: %s', (text, words) => {
    expect(sentences(text)).toBe(words);
  });

  it('not after an ordinal number before a lower-case word (Latvian dates)', () => {
    expect(sentences('Piegādāsim līdz 15. decembrim.')).toBe('piegadasim lidz 15 decembrim');
    expect(sentences('Piegādāsim līdz 15.\u00a0decembrim.')).toBe('piegadasim lidz 15 decembrim');
    expect(sentences('We ship on day 15. Then we call.')).toBe('we ship on day 15 | then we call');
  });

  it('after a unit or a dotted group when the next sentence starts with a capital', () => {
    expect(sentences('It takes 15 min. Then we call.')).toBe('it takes 15 min | then we call');
    expect(sentences('Цены выросли в 2025 г. Мы предупредим заранее.')).toBe('цены выросли в 2025 г | мы предупредим заранее');
    expect(sentences('Фото, видео и т. д. Потом решим.')).toBe('фото видео и т д | потом решим');
    expect(sentences('Ask by 5 p.m. Then we ship.')).toBe('ask by 5 p m | then we ship');
  });

  it('still after words that end sentences on their own, and after a single letter alone', () => {
    expect(sentences('No. That is not possible.')).toBe('no | that is not possible');
    expect(sentences('Plan B. Then we refund.')).toBe('plan b | then we refund');
    expect(sentences('Dr! Wait.')).toBe('dr | wait');
  });
});

// tokenize reads words through ASCII classes over `plain(text)` (./plain.ts). The expression as it
// was written before, with Unicode classes, must find the same words.
describe('tokenize reads every script as the Unicode classes do', () => {
  const UNICODE_WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}'’ʼ‘`´\u200B-\u200D\u2060\uFEFF\u00AD]+/gu;
  const edges = new Set(["'", '’', 'ʼ', '‘', '`', '´']);
  const reference = (text: string) => {
    const spans: Array<[number, number]> = [];
    for (const m of text.matchAll(UNICODE_WORD)) {
      let from = 0;
      let to = m[0].length;
      while (from < to && edges.has(m[0][from]!)) from++;
      while (to > from && edges.has(m[0][to - 1]!)) to--;
      if (from < to && normalizeWord(m[0].slice(from, to)) !== '') spans.push([m.index + from, m.index + to]);
    }
    return spans;
  };
  const spans = (text: string) => tokenize(text).map((t) => [t.start, t.end]);

  // Letters, digits and marks of several scripts and planes, decomposed letters, apostrophes of
  // every kind (ʼ is a letter), invisible characters, numbers with separators.
  const pieces = ['a', 'Z', 'ā', 'ž', 'Ё', 'ж', 'ї', 'λ', '中', 'ª', 'º', 'µ', 'ʼ', '𝐀', '𐐷', '1', '٣', '²', '½', '𝟏', '\u0301', '\u0307', '𝅥', '😀',
    "'", '’', '‘', '`', '´', '\u200b', '\u00ad', '\ufeff', '.', ',', '-', ' ', '\n', '!', '?', '5.5', '1,000'];
  itMatchesReference(spans, reference, pieces, 100_000);
});
