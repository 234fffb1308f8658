/** The part of the day a greeting refers to: "Good morning", "Labrīt", "Доброе утро". */
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/**
 * The part of the day at `now` in a time zone: morning 5–11, afternoon 12–17, evening 18–22,
 * night 23–4. Undefined when the time zone is unknown, so a template can fall back to a greeting
 * that fits any hour.
 *
 * @example
 * ```ts
 * partOfDay(new Date('2026-12-01T07:30:00Z'), 'Europe/Riga'); // → 'morning'
 * ```
 */
export function partOfDay(now: Date, timeZone: string | undefined): PartOfDay | undefined {
  if (timeZone === undefined) return undefined;
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone }).format(now));
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 18) return 'afternoon';
  if (hour >= 18 && hour < 23) return 'evening';
  return 'night';
}

/** Whether the runtime knows an IANA time zone by this name (`Europe/Riga`, in any letter case). */
export function isTimeZone(timeZone: string): boolean {
  return canonicalTimeZone(timeZone) !== undefined;
}

/** No IANA zone name is longer than about 32 characters; a longer string is refused unread. */
const MAX_TIME_ZONE_LENGTH = 64;
const zoneCache = new Map<string, string>();

/**
 * The runtime's own spelling of a time zone (`europe/RIGA` → `Europe/Riga`), or undefined when it
 * does not know the zone. Intl accepts any letter case, so a zone from a client can come in a
 * thousand spellings: caches keyed by the canonical name stay as small as the set of real zones.
 *
 * @example
 * ```ts
 * canonicalTimeZone('europe/riga'); // → 'Europe/Riga'
 * canonicalTimeZone('Mars/Olympus'); // → undefined
 * ```
 */
export function canonicalTimeZone(timeZone: unknown): string | undefined {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > MAX_TIME_ZONE_LENGTH) return undefined;
  // IANA names are case-insensitive: every spelling of a zone shares one entry.
  const key = timeZone.toLowerCase();
  const known = zoneCache.get(key);
  if (known !== undefined) return known;
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  // Bounded: spellings beyond the first thousand are answered without being remembered.
  if (zoneCache.size < 1000) zoneCache.set(key, canonical);
  return canonical;
}
