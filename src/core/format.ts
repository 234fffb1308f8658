import { InvalidOptionsError } from './errors';
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

/** Formats a number for a locale ("1 234,5" in lv, "1,234.5" in en). */
export function formatNumber(value: number, locale: string, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** Formats an amount of money in its currency for a locale ("12,50 €" in lv, "€12.50" in en). */
export function formatMoney(value: Money, locale: string): string {
  const options = { style: 'currency', currency: value.currency } as const;
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value.amount);
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
  const options: Intl.DateTimeFormatOptions = zone ? { ...DATE_OPTIONS[style], timeZone: zone } : DATE_OPTIONS[style];
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(value);
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
