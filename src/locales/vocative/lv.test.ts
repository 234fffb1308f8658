import { describe, expect, it } from 'vitest';
import { vocativeLv } from './lv';

type Case = [nominative: string, vocative: string];

const maleNames: Case[] = [
  // Second declension -is → -i.
  ['Jānis', 'Jāni'],
  ['Andris', 'Andri'],
  ['Kārlis', 'Kārli'],
  ['Krišjānis', 'Krišjāni'],
  ['Pēteris', 'Pēteri'],
  ['Valdis', 'Valdi'],
  ['Juris', 'Juri'],
  ['Uģis', 'Uģi'],
  ['Gatis', 'Gati'],
  ['Raivis', 'Raivi'],
  ['Dāvis', 'Dāvi'],
  // First declension: the ending is dropped.
  ['Ivars', 'Ivar'],
  ['Edgars', 'Edgar'],
  ['Roberts', 'Robert'],
  ['Kaspars', 'Kaspar'],
  ['Gints', 'Gint'],
  ['Artūrs', 'Artūr'],
  ['Kristaps', 'Kristap'],
  ['Oskars', 'Oskar'],
  ['Aleksandrs', 'Aleksandr'],
  ['Andrejs', 'Andrej'],
  ['Ēriks', 'Ērik'],
  ['Jēkabs', 'Jēkab'],
  ['Ģirts', 'Ģirt'],
  ['Rihards', 'Rihard'],
  ['Mārtiņš', 'Mārtiņ'],
  ['Inguss', 'Ingus'],
  ['Markuss', 'Markus'],
  ['Matīss', 'Matīs'],
  // Third declension -us → -u.
  ['Mikus', 'Miku'],
  ['Ingus', 'Ingu'],
  ['Edžus', 'Edžu'],
  // Diminutive in -ītis: no ending.
  ['Kārlītis', 'Kārlīt'],
];

const femaleNames: Case[] = [
  ['Anna', 'Anna'],
  ['Līga', 'Līga'],
  ['Ilze', 'Ilze'],
  ['Kristīne', 'Kristīne'],
  ['Laura', 'Laura'],
  ['Inese', 'Inese'],
  ['Dace', 'Dace'],
  ['Zane', 'Zane'],
  ['Santa', 'Santa'],
  ['Elīna', 'Elīna'],
  ['Marta', 'Marta'],
  ['Madara', 'Madara'],
  ['Agnese', 'Agnese'],
  ['Alise', 'Alise'],
  ['Evija', 'Evija'],
  ['Liene', 'Liene'],
  ['Baiba', 'Baiba'],
  ['Ieva', 'Ieva'],
  ['Linda', 'Linda'],
  ['Dārta', 'Dārta'],
  ['Skaidrīte', 'Skaidrīte'],
];

const fullNames: Case[] = [
  ['Jānis Bērziņš', 'Jāni Bērziņ'],
  ['Roberts Jansons', 'Robert Janson'],
  ['Kārlis Ozols', 'Kārli Ozol'],
  ['Pēteris Kalniņš', 'Pēteri Kalniņ'],
  ['Mārtiņš Lācis', 'Mārtiņ Lāci'],
  ['Anna Bērziņa', 'Anna Bērziņa'],
  ['Ilze Ozola', 'Ilze Ozola'],
  ['Jānis B.', 'Jāni B.'],
];

const edgeCases: Case[] = [
  // Hyphenated: each half declines on its own.
  ['Jānis Ozols-Kalniņš', 'Jāni Ozol-Kalniņ'],
  ['Anna-Marija Kalniņa', 'Anna-Marija Kalniņa'],
  // Foreign names and other scripts are left alone.
  ['Sarah', 'Sarah'],
  ['William', 'William'],
  ['Thomas', 'Thomas'],
  ['Chris', 'Chris'],
  ['Dennis', 'Dennis'],
  ['Morris', 'Morris'],
  ['Gunnars', 'Gunnar'],
  ['Phillips', 'Phillips'],
  ['Brooks', 'Brooks'],
  ['Keats', 'Keats'],
  ['Dickens', 'Dickens'],
  ['Олег', 'Олег'],
  // Capitalisation is kept.
  ['JĀNIS', 'JĀNI'],
  ['MĀRTIŅŠ BĒRZIŅŠ', 'MĀRTIŅ BĒRZIŅ'],
  ['ivars', 'ivar'],
  // Digits or symbols: not a plain name, unchanged.
  ['Jānis1', 'Jānis1'],
  ['Jānis & Co', 'Jānis & Co'],
  ['', ''],
];

describe('vocativeLv', () => {
  it.each(maleNames)('male name %s → %s', (nominative, vocative) => {
    expect(vocativeLv(nominative)).toBe(vocative);
  });

  it.each(femaleNames)('female name %s → %s', (nominative, vocative) => {
    expect(vocativeLv(nominative)).toBe(vocative);
  });

  it.each(fullNames)('full name %s → %s', (nominative, vocative) => {
    expect(vocativeLv(nominative)).toBe(vocative);
  });

  it.each(edgeCases)('%j → %j', (nominative, vocative) => {
    expect(vocativeLv(nominative)).toBe(vocative);
  });

  it('handles decomposed letters (NFD input)', () => {
    expect(vocativeLv('Jānis'.normalize('NFD'))).toBe('Jāni');
  });
});
