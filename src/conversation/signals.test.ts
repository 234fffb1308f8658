import { describe, expect, it } from 'vitest';
import { ALL_LOCALES } from '../../tests/helpers';
import { findSignals, introducedName, mentionsName, SIGNAL_IDS } from './signals';
import { detectLocale } from './language';
import type { SignalData } from '../core/lint-data';

/** Each signal's data carries texts it must find and near-misses it must not: run them all. */
const cases = ALL_LOCALES.filter((l) => l.conversation).flatMap((locale) =>
  SIGNAL_IDS.map((signal) => ({ locale, signal, data: locale.conversation!.signals[signal] as Required<SignalData> })),
);

describe('every shipped locale has conversation data for every signal and item', () => {
  it.each(ALL_LOCALES.map((l) => [l.code, l] as const))('%s', (_code, locale) => {
    expect(locale.conversation).toBeDefined();
    for (const signal of SIGNAL_IDS) expect(locale.conversation!.signals[signal]?.phrases.length, signal).toBeGreaterThan(0);
    for (const item of ['greets', 'uses-name', 'acknowledges-problem', 'explains-next-steps', 'gives-time-estimate', 'timely-updates', 'offers-more-help', 'thanks-customer', 'asks-feedback', 'no-blame', 'tone']) {
      expect(locale.conversation!.items[item]?.suggestion.length, item).toBeGreaterThan(10);
    }
  });
});

describe.each(cases.map((c) => [`${c.signal} (${c.locale.code})`, c] as const))('%s', (_name, { locale, signal, data }) => {
  it('has examples', () => {
    expect(data.match.length).toBeGreaterThanOrEqual(3);
    expect(data.miss.length).toBeGreaterThanOrEqual(2);
  });
  // A self-introduction counts only with a name after it, so its examples test the name.
  const found = (text: string) =>
    signal === 'selfIntroduction' ? introducedName(text, locale) !== undefined : findSignals(text, locale).some((h) => h.signal === signal);
  it.each(data.match.map((t) => [t]))('finds it in %j', (text) => {
    expect(found(text)).toBe(true);
  });
  it.each(data.miss.map((t) => [t]))('does not find it in %j', (text) => {
    expect(found(text)).toBe(false);
  });
});

describe('names', () => {
  const en = ALL_LOCALES[0];
  it('takes the capitalised word after a self-introduction', () => {
    expect(introducedName('Hi, my name is Sarah and my parcel is late.', en)).toBe('Sarah');
    expect(introducedName('I’m sorry to bother you.', en)).toBeUndefined();
    expect(introducedName('I’m OK, thanks.', en)).toBeUndefined();
  });

  it('does not take a capitalised polite pronoun for a name', () => {
    const lv = ALL_LOCALES.find((l) => l.code === 'lv')!;
    expect(introducedName('Mani sauc Jānis.', lv)).toBe('Jānis');
    expect(introducedName('Esmu Jūsu klients jau piecus gadus.', lv)).toBeUndefined();
  });

  it.each([
    ['Labdien, Jāni! Kā varu palīdzēt?', 'Jānis', true],
    ['Laba diena, Jonai!', 'Jonas', true],
    ['Добрий день, Олександре!', 'Олександр', true],
    ['Hello Sarah!', 'Sarah', true],
    ['Hello Sam!', 'Sarah', false],
    ['Hello there!', 'Ann', false],
  ])('%j mentions %s: %s', (text, name, expected) => {
    expect(mentionsName(text, name)).toBe(expected);
  });
});

describe('detectLocale', () => {
  it.each([
    ['Labdien! Mans pasūtījums nav pienācis.', 'lv'],
    ['Laba diena, mano užsakymas vėluoja.', 'lt'],
    ['Bună ziua, comanda mea întârzie.', 'ro'],
    ['Здравствуйте, мой заказ не пришёл.', 'ru'],
    ['Добрий день, моє замовлення не прийшло.', 'uk'],
    ['Hello, my order is late.', 'en'],
    ['It is company policy, sorry.', 'en'],
    ['Jusu pasutijums ir cela, paldies par pacietibu.', 'lv'],
    ['Jusu uzsakymas jau pakeliui, aciu uz kantrybe.', 'lt'],
    ['Comanda dumneavoastra este pe drum, va multumim.', 'ro'],
    // One name with a letter of another language does not switch the whole text.
    ["Jānis, calm down, it's company policy. I dunno.", 'en'],
    ['Thank you, Oksana Ївченко, your refund is on its way.', 'en'],
    ['Paldies, Mr Smith, jūsu pasūtījums ir ceļā.', 'lv'],
    ['Здравствуйте, Jānis! Ваш заказ уже в пути.', 'ru'],
    ['Laba diena! Jūsų užsakymas pakeliui.', 'lt'],
    ['Prašome palaukti, būsime greitai.', 'lt'],
    ['Sorry!', 'en'],
    ['Check @jānis_bērziņš and #rīga for the photos.', 'en'],
  ])('%j is %s', (text, code) => {
    expect(detectLocale(text, ALL_LOCALES)?.code).toBe(code);
  });
});
