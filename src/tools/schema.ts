import { InvalidOptionsError, InvalidVariablesError } from '../core/errors';
import { parseDay } from '../core/time';
import type { VariableDescriptor } from '../core/variables';

/** A JSON Schema (draft 2020-12 and draft-07 alike: only keywords both read). */
export type JsonSchema = { readonly [key: string]: unknown };

const DAY_OR_MOMENT = '^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))?$';

/**
 * One variable as JSON Schema. A model writes JSON, so a date is an ISO 8601 string (a day,
 * `2026-12-01`, or a moment with its offset, `2026-12-01T15:00+02:00`: never a local time that
 * could be read in the wrong zone) and money an object with its ISO 4217 currency.
 */
export function variableJsonSchema(variable: VariableDescriptor): JsonSchema {
  if (typeof variable !== 'object' || variable === null || typeof variable.name !== 'string') {
    throw new InvalidOptionsError('variable', "a variable as templates() describes it ({ name, kind, required, description })", variable);
  }
  const description = variable.description || undefined;
  const described = (schema: JsonSchema): JsonSchema => (description ? { ...schema, description } : schema);
  switch (variable.kind) {
    case 'text':
      return described({ type: 'string', minLength: 1, maxLength: 2000, pattern: '\\S' });
    case 'count':
      return described({ type: 'number', minimum: 0 });
    case 'percent':
      return described({ type: 'number', minimum: 0, maximum: 100 });
    case 'number':
      return described({ type: 'number' });
    case 'money':
      return described({
        type: 'object',
        properties: { amount: { type: 'number', minimum: 0 }, currency: { type: 'string', pattern: '^[A-Z]{3}$', description: 'ISO 4217 code, e.g. EUR' } },
        required: ['amount', 'currency'],
        additionalProperties: false,
      });
    case 'date':
      return described({ type: 'string', pattern: DAY_OR_MOMENT, description: `${description ? `${description}. ` : ''}ISO 8601: a day (2026-12-01) or a moment with its offset (2026-12-01T15:00+02:00)` });
    case 'list':
      return described({ type: 'array', items: { type: 'string', minLength: 1, pattern: '\\S' }, minItems: 1 });
    case 'url':
      return described({ type: 'string', pattern: '^https?://[^\\s/$.?#][^\\s]*$' });
    case 'boolean':
      return described({ type: 'boolean' });
    default:
      return described({});
  }
}

/**
 * A template's variables as one JSON Schema object: each variable by its kind, the required ones
 * required, nothing else allowed (an unknown name is usually a typo).
 *
 * @example
 * ```ts
 * variablesJsonSchema(tactful.templates({ search: 'wrong item' })[0]!.variables).required;
 * // ['ordered', 'received']
 * ```
 */
export function variablesJsonSchema(variables: readonly VariableDescriptor[]): JsonSchema {
  requireVariableList(variables);
  return {
    type: 'object',
    properties: Object.fromEntries(variables.map((variable) => [variable.name, variableJsonSchema(variable)])),
    required: variables.filter((variable) => variable.required).map((variable) => variable.name),
    additionalProperties: false,
  };
}

/** A value as JSON, the way a model would send it: dates as ISO strings. */
export function toJsonValue(value: unknown): unknown {
  // As JSON.stringify writes it: an invalid Date is null.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJsonValue(item)]));
  return value;
}

function requireVariableList(variables: readonly VariableDescriptor[]): void {
  if (!Array.isArray(variables)) throw new InvalidOptionsError('variables', "a template's variables as templates() describes them", variables);
  for (let i = 0; i < variables.length; i++) {
    const variable: unknown = variables[i];
    if (typeof variable !== 'object' || variable === null || typeof (variable as { name?: unknown }).name !== 'string') {
      throw new InvalidOptionsError(`variables[${i}]`, 'a variable as templates() describes it ({ name, kind, required, description })', variable);
    }
  }
}

/**
 * Variables from JSON, as `render` takes them: ISO strings of date variables become `Date`s. A day
 * alone (`2026-12-01`) is its midday in `timeZone` (the zone the reply is written for; UTC when
 * none), so it is that day in the reply. A day that is not in the calendar (`2026-02-30`) or a
 * time that is not on the clock (`T24:00`) is refused with `InvalidVariablesError`, where `Date`
 * would have moved it to another day.
 */
export function fromJsonVariables(
  values: Readonly<Record<string, unknown>>,
  variables: readonly VariableDescriptor[],
  options: { readonly timeZone?: string; readonly templateId?: string } = {},
): Record<string, unknown> {
  requireVariableList(variables);
  // A model's arguments: anything but an object of variables is the call's mistake, said so it can correct it.
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new InvalidVariablesError(options.templateId ?? '(from JSON)', [{ variable: '', problem: `expected an object of variables, received ${Array.isArray(values) ? 'an array' : values === null ? 'null' : typeof values}` }]);
  }
  const kinds = new Map(variables.map((variable) => [variable.name, variable.kind]));
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => {
      if (kinds.get(name) !== 'date' || typeof value !== 'string' || !new RegExp(DAY_OR_MOMENT).test(value)) return [name, value];
      const date = parseDay(value, options.timeZone);
      if (date instanceof Date) return [name, date];
      throw new InvalidVariablesError(options.templateId ?? '(from JSON)', [{ variable: name, problem: date.problem }]);
    }),
  );
}
