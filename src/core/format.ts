import { InvalidOptionsError } from './errors';
import { languageOf } from './locale';
import { canonicalTimeZone } from './time';
import type { Money } from './types';

/**
 * `Intl` formatters are costly to build and cheap to reuse: one cache per (constructor, locale,
 * options). Time zones come canonicalised (see `canonicalTimeZone`), and the cache is bounded
 * anyway: past its size the least recently built formatter is dropped, so no sequence of
 * requests grows memory without limit.
 */
const formatterCache = new Map<string, unknown>();
const MAX_FORMATTERS = 500;

function cached<T>(kind: string, locale: string, options: object, create: () => T): T {
  const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options)}`;
  let formatter = formatterCache.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create();
    if (formatterCache.size >= MAX_FORMATTERS) formatterCache.delete(formatterCache.keys().next().value as string);
    formatterCache.set(key, formatter);
  }
  return formatter;
}

/** How many formatters are cached now (for tests and benchmarks). */
export function formatterCacheSize(): number {
  return formatterCache.size;
}

/** `Intl.PluralRules` for a locale, cached. */
export function pluralRules(locale: string): Intl.PluralRules {
  // Asked for on every render: a map by locale, without the options key the other formatters need.
  let rules = pluralRulesCache.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    if (pluralRulesCache.size >= MAX_FORMATTERS) pluralRulesCache.clear();
    pluralRulesCache.set(locale, rules);
  }
  return rules;
}

const pluralRulesCache = new Map<string, Intl.PluralRules>();

const SAMPLE_COUNTS = [...Array.from({ length: 201 }, (_, i) => i), 0.5, 1.5, 2.5, 0.1, 1.1, 2.1, 5.5, 1000000];

/**
 * One count for each plural category of a locale, in the order the counts first reach them
 * (lt: other → 0, one → 1, few → 2, many → 0.5): what an export that writes every form of a
 * message, or a test that asks i18next for each, needs.
 */
export function pluralSamples(locale: string): ReadonlyMap<string, number> {
  const rules = pluralRules(locale);
  const found = new Map<string, number>();
  for (const n of SAMPLE_COUNTS) if (!found.has(rules.select(n))) found.set(rules.select(n), n);
  return found;
}

/** Formats a number for a locale ("1 234,5" in lv, "1,234.5" in en). */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

/**
 * Formats an amount of money as the locale writes it for its customers: "€29.99" in en,
 * "29,99 €" in lv, ro and uk, "1.234,50 lei" in ro, "$29.99" in en-US. Intl's default for some
 * locales is the ISO code ("29,99 EUR" in ro and uk), which reads like a bank statement; the
 * narrow symbol is used instead wherever it is unambiguous: for the euro and the pound, and for
 * the currency of the tag's own region (lei in ro, $ in en-US, L in ro-MD). Other currencies keep
 * the symbol that tells them apart ("US$", "CA$").
 */
export function formatMoney(value: Money, locale: string): string {
  const currency = value.currency.toUpperCase();
  const narrow = UNAMBIGUOUS_SYMBOLS.has(currency) || homeCurrency(locale) === currency;
  const options: Intl.NumberFormatOptions = narrow ? { style: 'currency', currency, currencyDisplay: 'narrowSymbol' } : { style: 'currency', currency };
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value.amount);
}

/** Currencies whose narrow symbol no other currency shares. */
const UNAMBIGUOUS_SYMBOLS: ReadonlySet<string> = new Set(['EUR', 'GBP', 'UAH', 'RUB', 'INR', 'ILS', 'KRW', 'NGN', 'PHP', 'VND', 'TRY']);

/** The currency of a region, where its own people write its narrow symbol. */
const REGION_CURRENCY: Readonly<Record<string, string>> = {
  US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', SG: 'SGD', HK: 'HKD', MX: 'MXN', AR: 'ARS', CL: 'CLP', CO: 'COP',
  RO: 'RON', MD: 'MDL', RU: 'RUB', UA: 'UAH', BY: 'BYN', KZ: 'KZT', PL: 'PLN', CZ: 'CZK', HU: 'HUF', SE: 'SEK',
  NO: 'NOK', DK: 'DKK', CH: 'CHF', JP: 'JPY', CN: 'CNY', BR: 'BRL', ZA: 'ZAR', GB: 'GBP', IN: 'INR',
};

const homeCurrencies = new Map<string, string | undefined>();

/** The currency of a tag's region, explicit (`ro-MD` → MDL) or likely (`ro` → RO → RON). */
function homeCurrency(locale: string): string | undefined {
  if (homeCurrencies.has(locale)) return homeCurrencies.get(locale);
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).maximize().region;
  } catch {
    region = undefined;
  }
  const currency = region === undefined ? undefined : REGION_CURRENCY[region];
  if (homeCurrencies.size >= MAX_FORMATTERS) homeCurrencies.clear();
  homeCurrencies.set(locale, currency);
  return currency;
}

/** Which parts of a date to show. */
export type DateStyle = 'date' | 'numeric' | 'time' | 'datetime' | 'weekday';

const DATE_OPTIONS: Readonly<Record<DateStyle, Intl.DateTimeFormatOptions>> = {
  date: { dateStyle: 'long' },
  numeric: { year: 'numeric', month: '2-digit', day: '2-digit' },
  time: { timeStyle: 'short' },
  datetime: { dateStyle: 'long', timeStyle: 'short' },
  weekday: { weekday: 'long' },
};

/** Formats a date for a locale, optionally in a time zone ("2026. gada 1. decembris" in lv). */
export function formatDate(value: Date, locale: string, style: DateStyle, timeZone?: string): string {
  const zone = timeZone === undefined ? undefined : canonicalTimeZone(timeZone);
  if (timeZone !== undefined && zone === undefined) throw new InvalidOptionsError('timeZone', 'an IANA time zone such as "Europe/Riga"', timeZone);
  // Object.assign, not a spread with a property after it: that is a slow path on Node 20 (render-template.ts).
  const options: Intl.DateTimeFormatOptions = zone ? Object.assign({}, DATE_OPTIONS[style], { timeZone: zone }) : DATE_OPTIONS[style];
  const text = cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(value);
  // Latvian writes a numeric date with a closing point ("05.12.2026.", as the national standard
  // has it) and a weekday in lower case inside a sentence ("ceturtdien"); CLDR gives neither.
  if (languageOf(locale) === 'lv') {
    if (style === 'numeric' && !text.endsWith('.')) return `${text}.`;
    if (style === 'weekday') return text.toLocaleLowerCase('lv');
  }
  return text;
}

/** Joins items the way the locale does ("a, b un c" in lv). */
export function formatList(values: readonly string[], locale: string, type: 'conjunction' | 'disjunction'): string {
  const options = { style: 'long', type } as const;
  return cached('list', locale, options, () => new Intl.ListFormat(locale, options)).format(values);
}

/** True when the value has the shape of {@link Money}. */
export function isMoney(value: unknown): value is Money {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Money).amount === 'number' &&
    typeof (value as Money).currency === 'string'
  );
}
