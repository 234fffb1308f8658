import { describe, expect, it } from 'vitest';
import { partOfDay } from './time';

describe('partOfDay', () => {
  it.each([
    ['2026-12-01T07:30:00Z', 'Europe/Riga', 'morning'],
    ['2026-12-01T10:00:00Z', 'Europe/Riga', 'afternoon'],
    ['2026-12-01T17:00:00Z', 'Europe/Riga', 'evening'],
    ['2026-12-01T22:00:00Z', 'Europe/Riga', 'night'],
    ['2026-12-01T07:30:00Z', 'America/New_York', 'night'],
    ['2026-07-01T03:00:00Z', 'Europe/Vilnius', 'morning'],
  ] as const)('%s in %s is %s', (iso, zone, expected) => {
    expect(partOfDay(new Date(iso), zone)).toBe(expected);
  });

  it('is undefined when the time zone is unknown', () => {
    expect(partOfDay(new Date(), undefined)).toBeUndefined();
  });
});
