import type { DeriveFunction } from '../core/template';
import { partOfDay } from '../core/time';

/**
 * The flags built-in templates derive before rendering. They live here, not inside a
 * template's source, so the compiled catalog (`src/generated/catalog.ts`) can refer to them without
 * loading the sources: every `derive` of a built-in template must be one of these exports.
 */

/** `morning`, `afternoon` and `evening` from the hour in the customer's time zone (none at night or without a zone). */
export const partOfDayFlags: Readonly<Record<'morning' | 'afternoon' | 'evening', DeriveFunction<unknown>>> = {
  morning: (_vars, { now, timeZone }) => partOfDay(now, timeZone) === 'morning',
  afternoon: (_vars, { now, timeZone }) => partOfDay(now, timeZone) === 'afternoon',
  evening: (_vars, { now, timeZone }) => partOfDay(now, timeZone) === 'evening',
};
