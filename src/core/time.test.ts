import { describe, expect, it } from 'vitest';
import { parseDay, partOfDay } from './time';

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

describe('parseDay', () => {
  it('reads a day as its midday in the zone given, else in UTC', () => {
    expect((parseDay('2026-12-01') as Date).toISOString()).toBe('2026-12-01T12:00:00.000Z');
    expect((parseDay(' 2026-12-01 ', 'Europe/Riga') as Date).toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect((parseDay('2026-07-01', 'Europe/Riga') as Date).toISOString()).toBe('2026-07-01T09:00:00.000Z');
    expect((parseDay('2026-12-01', 'Pacific/Kiritimati') as Date).toISOString()).toBe('2026-11-30T22:00:00.000Z');
  });

  it('reads a moment with its offset', () => {
    expect((parseDay('2026-12-01T15:00+02:00') as Date).toISOString()).toBe('2026-12-01T13:00:00.000Z');
    expect((parseDay('2026-12-01T13:00:05.5Z') as Date).toISOString()).toBe('2026-12-01T13:00:05.500Z');
  });

  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2026-12-01T24:00Z', '2026-12-01T23:60Z', '2026-12-01T23:59:60Z', '2026-12-01T10:00+24:00'])(
    'refuses %s, which Date would move to another day or time',
    (text) => {
      expect(parseDay(text)).toEqual({ problem: expect.stringMatching(/is not a (day of the calendar|time of the day)/) });
    },
  );

  it('reads a moment with microseconds, as Python writes it', () => {
    expect((parseDay('2026-12-01T15:00:00.123456Z') as Date).toISOString()).toBe('2026-12-01T15:00:00.123Z');
  });

  it.each(['01.12.2026', '2026-12-01T15:00', 'tomorrow', ''])('refuses %j, which is not a day or a moment with its offset', (text) => {
    expect(parseDay(text)).toEqual({ problem: expect.stringContaining('expected a day such as 2026-12-01') });
  });
});
