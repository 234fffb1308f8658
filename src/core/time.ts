/** The part of the day a greeting refers to: "Good morning", "Labrīt", "Доброе утро". */
export type PartOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/**
 * The part of the day at `now` in a time zone: morning 5–11, afternoon 12–17, evening 18–22,
 * night 23–4. Undefined when the time zone is unknown, so a template can fall back to a greeting
 * that fits any hour.
 *
 * @example
 * ```ts
 * partOfDay(new Date('2026-12-01T07:30:00Z'), 'Europe/Riga'); // 'morning' (09:30 in Riga)
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

/** Whether the runtime knows an IANA time zone by this name (`Europe/Riga`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}
