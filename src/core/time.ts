import { InvalidOptionsError } from './errors';

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
  // A Date of any realm (jsdom, vm, an iframe), or milliseconds since the epoch as Intl takes them.
  const time = typeof now === 'number' ? now : dateTime(now);
  // ±8.64e15 ms is as far as a Date reaches (ECMAScript's time range).
  if (!(Math.abs(time) <= 8.64e15)) throw new InvalidOptionsError('now', 'a valid Date', now);
  if (timeZone !== undefined && typeof timeZone !== 'string') throw new InvalidOptionsError('timeZone', 'an IANA time zone such as "Europe/Riga", or undefined', timeZone);
  const zone = canonicalTimeZone(timeZone);
  if (zone === undefined) return undefined;
  let hours = hourFormats.get(zone);
  if (!hours) hourFormats.set(zone, (hours = new Intl.DateTimeFormat('en-GB', { hour: 'numeric', hourCycle: 'h23', timeZone: zone })));
  const hour = Number(hours.format(time));
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 18) return 'afternoon';
  if (hour >= 18 && hour < 23) return 'evening';
  return 'night';
}

/** The time of a Date of any realm; NaN for anything else (an object that only calls itself a Date). */
function dateTime(value: unknown): number {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return Number.NaN;
  }
}

/** One hour formatter per zone, by the zone's canonical name: as many as the runtime has zones. */
const hourFormats = new Map<string, Intl.DateTimeFormat>();

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

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// Any number of digits after the second: Python's isoformat() writes six.
const MOMENT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * A date written as text, the way the CLI and the tools for models take one: a calendar day
 * (`2026-12-01`, which becomes its midday in `timeZone`, or in UTC when none is given, so it is
 * that day wherever the reply is formatted for that zone) or a moment with its offset
 * (`2026-12-01T15:00+02:00`, `2026-12-01T13:00Z`). `Date` itself would read `2026-02-30` as
 * 2 March and `T24:00` as the next day; here they are refused, as is a moment without an offset
 * (it would be read in whatever zone the server runs in) and any other form (`01.12.2026`). A
 * refusal is returned as `{ problem }`, for the caller to raise as its own error.
 *
 * @example
 * ```ts
 * (parseDay('2026-12-01', 'Pacific/Auckland') as Date).toISOString(); // → '2026-11-30T23:00:00.000Z'
 * parseDay('2026-02-30'); // → { problem: '2026-02-30 is not a day of the calendar' }
 * ```
 */
export function parseDay(text: string, timeZone?: string): Date | { readonly problem: string } {
  const value = text.trim();
  const day = DAY.exec(value);
  const moment = day ? undefined : MOMENT.exec(value);
  const parts = day ?? moment;
  if (!parts) return { problem: `expected a day such as 2026-12-01 or a moment with its offset such as 2026-12-01T15:00+02:00, received "${text}"` };
  const [year, month, date] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const noon = new Date(Date.UTC(year, month - 1, date, 12));
  if (noon.getUTCFullYear() !== year || noon.getUTCMonth() !== month - 1 || noon.getUTCDate() !== date) return { problem: `${value} is not a day of the calendar` };
  if (day) return timeZone ? new Date(noon.getTime() - offsetAt(noon, timeZone)) : noon;
  const [hour, minute, second, offsetHours, offsetMinutes] = [4, 5, 6, 8, 9].map((i) => Number(moment![i] ?? 0));
  if (hour! > 23 || minute! > 59 || second! > 59 || offsetHours! > 23 || offsetMinutes! > 59) return { problem: `${value} is not a time of the day` };
  return new Date(value);
}

/** How far a time zone's clock is ahead of UTC at a moment, in milliseconds. */
function offsetAt(moment: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(moment);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(moment.getTime() / 1000) * 1000;
}
