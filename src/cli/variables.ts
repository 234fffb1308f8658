import type { VariableDescriptor } from '../core/variables';
import { UsageError } from './io';

/**
 * Turns command-line text into typed variables, guided by each variable's kind:
 * `--var waitMinutes=5` is a number, `--var effectiveDate=2026-12-01` a Date,
 * `--var newPrice="11.99 EUR"` money, `--var items=a,b` a list. Values from `--vars file.json`
 * keep their JSON types, except dates, which JSON can only carry as text.
 */
export function coerceVariables(
  raw: Record<string, unknown>,
  descriptors: readonly VariableDescriptor[],
): Record<string, unknown> {
  const kinds = new Map(descriptors.map((d) => [d.name, d.kind]));
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const kind = kinds.get(name);
    out[name] = typeof value === 'string' && kind ? coerce(name, value, kind) : value;
  }
  return out;
}

function coerce(name: string, value: string, kind: VariableDescriptor['kind']): unknown {
  switch (kind) {
    case 'number':
    case 'count': {
      const number = Number(value.replace(',', '.'));
      if (value.trim() === '' || !Number.isFinite(number)) throw new UsageError(`--var ${name}: expected a number, received "${value}"`);
      return number;
    }
    case 'date': {
      const date = new Date(value);
      if (Number.isNaN(date.getTime())) throw new UsageError(`--var ${name}: expected a date such as 2026-12-01, received "${value}"`);
      return date;
    }
    case 'money': {
      const match = /^\s*(?:([A-Z]{3})\s*([\d.,]+)|([\d.,]+)\s*([A-Z]{3}))\s*$/.exec(value);
      const amount = Number((match?.[2] ?? match?.[3] ?? '').replace(',', '.'));
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

/** Parses `name=value` pairs from repeated `--var` options. */
export function parseVarPairs(pairs: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--var expects name=value, received "${pair}"`);
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}
