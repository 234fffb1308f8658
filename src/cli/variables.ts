import type { VariableDescriptor } from '../core/variables';
import { UsageError } from './io';

/**
 * Turns command-line text into typed variables, guided by each variable's kind:
 * `--var waitMinutes=5` is a number, `--var effectiveDate=2026-12-01` a Date (that day, in the
 * reply's time zone),
 * `--var newPrice="11.99 EUR"` money, `--var items=a,b` a list. Values from `--vars file.json`
 * keep their JSON types, except dates, which JSON can only carry as text.
 */
export function coerceVariables(
  raw: Record<string, unknown>,
  descriptors: readonly VariableDescriptor[],
  timeZone?: string,
): Record<string, unknown> {
  const kinds = new Map(descriptors.map((d) => [d.name, d.kind]));
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const kind = kinds.get(name);
    out[name] = typeof value === 'string' && kind ? coerce(name, value, kind, timeZone) : value;
  }
  return out;
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A moment must say its offset: "15:00" alone would be read in the time zone of whatever machine
// runs the command, not the customer's.
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * A date from the command line: a calendar day (`2026-12-01`, shown as that day wherever the
 * reply is read: midday in the reply's time zone, or UTC) or a moment with its offset
 * (`2026-12-01T15:00+02:00`, `2026-12-01T13:00Z`). Anything else, such as `01.12.2026`, which
 * `Date` would read month first, is refused.
 */
function parseDate(name: string, value: string, timeZone: string | undefined): Date {
  const day = CALENDAR_DAY.exec(value.trim());
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const noon = new Date(Date.UTC(year, month - 1, date, 12));
    if (noon.getUTCMonth() !== month - 1 || noon.getUTCDate() !== date) throw new UsageError(`--var ${name}: ${value} is not a day of the calendar`);
    return timeZone ? new Date(noon.getTime() - offsetAt(noon, timeZone)) : noon;
  }
  const moment = MOMENT.test(value.trim()) ? new Date(value.trim()) : undefined;
  if (!moment || Number.isNaN(moment.getTime())) {
    throw new UsageError(`--var ${name}: expected a day such as 2026-12-01 or a moment with its offset such as 2026-12-01T15:00+02:00, received "${value}"`);
  }
  return moment;
}

/** How far a time zone's clock is ahead of UTC at a moment, in milliseconds. */
function offsetAt(moment: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(moment);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(moment.getTime() / 1000) * 1000;
}

function coerce(name: string, value: string, kind: VariableDescriptor['kind'], timeZone: string | undefined): unknown {
  switch (kind) {
    case 'number':
    case 'count': {
      // Decimal only: Number() would also read "0x10" as 16, "1e3" as 1000 and "" as 0.
      const number = DECIMAL.test(value) ? Number(value.trim().replace(',', '.')) : Number.NaN;
      if (!Number.isFinite(number)) throw new UsageError(`--var ${name}: expected a number, received "${value}"`);
      return number;
    }
    case 'date':
      return parseDate(name, value, timeZone);
    case 'money': {
      const match = /^\s*(?:([A-Z]{3})\s*([\d.,]+)|([\d.,]+)\s*([A-Z]{3}))\s*$/.exec(value);
      const digits = match?.[2] ?? match?.[3] ?? '';
      const amount = DECIMAL.test(digits) ? Number(digits.replace(',', '.')) : Number.NaN;
      if (!match || !Number.isFinite(amount)) throw new UsageError(`--var ${name}: expected an amount and a currency such as "11.99 EUR", received "${value}"`);
      return { amount, currency: match[1] ?? match[4] };
    }
    case 'list':
      return value.split(',').map((item) => item.trim()).filter(Boolean);
    case 'boolean':
      if (value !== 'true' && value !== 'false') throw new UsageError(`--var ${name}: expected true or false, received "${value}"`);
      return value === 'true';
    default:
      return value;
  }
}

const DECIMAL = /^\s*[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)\s*$/;
/** A variable's name as templates declare them; `__proto__` and `constructor` are no variable's name. */
const VARIABLE_NAME = new RegExp(String.raw`^[\p{L}_$][\p{L}\p{N}_$]*$`, 'u');
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses `name=value` pairs from repeated `--var` options. */
export function parseVarPairs(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--var expects name=value, received "${pair}"`);
    const name = pair.slice(0, eq);
    if (!VARIABLE_NAME.test(name) || RESERVED.has(name)) throw new UsageError(`--var ${name}: not a variable name (letters, digits, _ and $, e.g. customerName)`);
    Object.defineProperty(out, name, { value: pair.slice(eq + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
