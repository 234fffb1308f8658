import type { VariableDescriptor } from '../core/variables';
import { parseDay } from '../core/time';
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

/**
 * A date from the command line: a calendar day (`2026-12-01`, shown as that day wherever the
 * reply is read: midday in the reply's time zone, or UTC) or a moment with its offset
 * (`2026-12-01T15:00+02:00`, `2026-12-01T13:00Z`); anything else is refused (`parseDay`).
 */
function parseDate(name: string, value: string, timeZone: string | undefined): Date {
  const date = parseDay(value, timeZone);
  if (date instanceof Date) return date;
  throw new UsageError(`--var ${name}: ${date.problem}`);
}

function coerce(name: string, value: string, kind: VariableDescriptor['kind'], timeZone: string | undefined): unknown {
  switch (kind) {
    case 'number':
    case 'count': {
      // Decimal only: Number() would also read "0x10" as 16, "1e3" as 1000 and "" as 0.
      if (THOUSANDS_COMMA.test(value)) throw new UsageError(`--var ${name}: "${value}" could be a thousand or a decimal; write ${value.trim().replace(',', '')} or ${value.trim().replace(',', '.')}`);
      const number = DECIMAL.test(value) ? Number(value.trim().replace(',', '.')) : Number.NaN;
      if (!Number.isFinite(number)) throw new UsageError(`--var ${name}: expected a number, received "${value}"`);
      return number;
    }
    case 'date':
      return parseDate(name, value, timeZone);
    case 'money': {
      const match = /^\s*(?:([A-Z]{3})\s*([\d.,]+)|([\d.,]+)\s*([A-Z]{3}))\s*$/.exec(value);
      const digits = match?.[2] ?? match?.[3] ?? '';
      // "1,234 EUR" is €1,234 to one reader and €1.234 (then €1.23) to another: a separator before
      // three digits is refused, never rounded away.
      if (THREE_DECIMALS.test(digits)) throw new UsageError(`--var ${name}: "${value}" could be a thousand or a decimal; write the amount without a thousands separator and with at most two decimals, such as "1234.00 EUR"`);
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
const THOUSANDS_COMMA = /^\s*[+-]?\d{1,3},\d{3}\s*$/;
const THREE_DECIMALS = /[.,]\d{3,}$/;
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
