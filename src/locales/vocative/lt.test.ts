import { describe, expect, it } from 'vitest';
import { vocativeLt } from './lt';

type Case = [nominative: string, vocative: string];

const maleNames: Case[] = [
  ['Jonas', 'Jonai'],
  ['Tomas', 'Tomai'],
  ['Petras', 'Petrai'],
  ['Vytautas', 'Vytautai'],
  ['Mindaugas', 'Mindaugai'],
  ['Lukas', 'Lukai'],
  ['Matas', 'Matai'],
  ['Dominykas', 'Dominykai'],
  ['Antanas', 'Antanai'],
  ['Šarūnas', 'Šarūnai'],
  ['Ąžuolas', 'Ąžuolai'],
  ['Žygimantas', 'Žygimantai'],
  ['Kęstutis', 'Kęstuti'],
  ['Jurgis', 'Jurgi'],
  ['Gytis', 'Gyti'],
  ['Karolis', 'Karoli'],
  ['Vytenis', 'Vyteni'],
  ['Kazys', 'Kazy'],
  ['Stasys', 'Stasy'],
  ['Paulius', 'Pauliau'],
  ['Andrius', 'Andriau'],
  ['Vilius', 'Viliau'],
  ['Darius', 'Dariau'],
  ['Marius', 'Mariau'],
  ['Saulius', 'Sauliau'],
  ['Nojus', 'Nojau'],
  ['Kajus', 'Kajau'],
  ['Herkus', 'Herkau'],
  ['Matijas', 'Matijau'],
  ['Jogaila', 'Jogaila'],
  // Diminutives.
  ['Jonukas', 'Jonuk'],
  ['Petriukas', 'Petriuk'],
  ['Jonelis', 'Joneli'],
];

const femaleNames: Case[] = [
  ['Ona', 'Ona'],
  ['Rūta', 'Rūta'],
  ['Austėja', 'Austėja'],
  ['Ieva', 'Ieva'],
  ['Kotryna', 'Kotryna'],
  ['Emilija', 'Emilija'],
  ['Gabija', 'Gabija'],
  ['Milda', 'Milda'],
  ['Jurgita', 'Jurgita'],
  ['Greta', 'Greta'],
  ['Neringa', 'Neringa'],
  ['Laima', 'Laima'],
  ['Viktorija', 'Viktorija'],
  ['Eglė', 'Egle'],
  ['Gabrielė', 'Gabriele'],
  ['Agnė', 'Agne'],
  ['Ugnė', 'Ugne'],
  ['Aistė', 'Aiste'],
  ['Indrė', 'Indre'],
  ['Gintarė', 'Gintare'],
  ['Skaistė', 'Skaiste'],
  // Diminutive.
  ['Onutė', 'Onute'],
];

const fullNames: Case[] = [
  ['Jonas Petraitis', 'Jonai Petraiti'],
  ['Tomas Kazlauskas', 'Tomai Kazlauskai'],
  ['Andrius Jankevičius', 'Andriau Jankevičiau'],
  ['Darius Vaitkus', 'Dariau Vaitkau'],
  ['Kazys Kairys', 'Kazy Kairy'],
  ['Eglė Kazlauskaitė', 'Egle Kazlauskaite'],
  ['Ona Petraitienė', 'Ona Petraitiene'],
  ['Gabija Butkutė', 'Gabija Butkute'],
  ['Jonas P.', 'Jonai P.'],
];

const edgeCases: Case[] = [
  // Hyphenated: each half declines on its own.
  ['Rūta Petraitienė-Jankauskaitė', 'Rūta Petraitiene-Jankauskaite'],
  ['Ana-Marija', 'Ana-Marija'],
  // Foreign names and other scripts are left alone.
  ['Sarah', 'Sarah'],
  ['John', 'John'],
  ['William', 'William'],
  ['Andreas', 'Andreas'],
  ['Klaus', 'Klaus'],
  ['Chris', 'Chris'],
  ['Thomas', 'Thomas'],
  ['Nicholas', 'Nicholas'],
  ['Douglas', 'Douglas'],
  ['Dennis', 'Dennis'],
  ['Phyllis', 'Phyllis'],
  ['Morris', 'Morris'],
  // Native names with the same letter pairs still decline.
  ['Beatričė', 'Beatriče'],
  ['Rachelė', 'Rachele'],
  ['Joakimas', 'Joakimai'],
  ['Michailas', 'Michailai'],
  ['Leandras', 'Leandrai'],
  ['Олена', 'Олена'],
  // Capitalisation is kept.
  ['JONAS', 'JONAI'],
  ['KĘSTUTIS PETRAITIS', 'KĘSTUTI PETRAITI'],
  ['EGLĖ', 'EGLE'],
  ['jonas', 'jonai'],
  // Digits or symbols: not a plain name, unchanged.
  ['Jonas2', 'Jonas2'],
  ['Jonas (admin)', 'Jonas (admin)'],
  // Whitespace is kept as typed.
  [' Jonas  Petraitis ', ' Jonai  Petraiti '],
  ['', ''],
];

describe('vocativeLt', () => {
  it.each(maleNames)('male name %s → %s', (nominative, vocative) => {
    expect(vocativeLt(nominative)).toBe(vocative);
  });

  it.each(femaleNames)('female name %s → %s', (nominative, vocative) => {
    expect(vocativeLt(nominative)).toBe(vocative);
  });

  it.each(fullNames)('full name %s → %s', (nominative, vocative) => {
    expect(vocativeLt(nominative)).toBe(vocative);
  });

  it.each(edgeCases)('%j → %j', (nominative, vocative) => {
    expect(vocativeLt(nominative)).toBe(vocative);
  });

  it('handles decomposed letters (NFD input)', () => {
    expect(vocativeLt('Kęstutis'.normalize('NFD'))).toBe('Kęstuti');
  });
});
