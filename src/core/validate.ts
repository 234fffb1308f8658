import * as z from 'zod/mini';
import type { $ZodIssue } from 'zod/v4/core';
import { describeValue, InvalidVariablesError, type VariableIssue } from './errors';
import { nearest } from './nearest';
import type { AnyTemplate } from './template';
import { builtinVariableKinds, plainCheckOf, plainCheckOfKind, type PlainCheck, type ZodInternals } from './variables';

/**
 * Validates a caller's variables against a template's schema and returns the parsed copy (only
 * declared variables, own properties, trimmed text). Throws `InvalidVariablesError` naming every
 * variable that was wrong.
 */
export function validateVariables(template: AnyTemplate, variables: unknown): Record<string, unknown> {
  if (variables === undefined) variables = {};
  if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) {
    throw new InvalidVariablesError(template.id, [{ variable: '', problem: `expected an object of variables, received ${describeValue(variables)}` }]);
  }
  // Only the caller's own properties count: an inherited (or poisoned) prototype never supplies a
  // variable, and the getters of such an object are read once, here. On a plain object a getter
  // whose value the plain check refuses is read again by zod, which names the problem: a value is
  // only ever used after the check that read it accepted it.
  const proto: unknown = Object.getPrototypeOf(variables);
  const own: object = proto !== Object.prototype && proto !== null ? Object.fromEntries(Object.entries(variables)) : variables;
  const plain = plainParse(template, own);
  if (plain) return plain;
  const result = z.safeParse(template.schema, own);
  if (result.success) return result.data as Record<string, unknown>;
  throw new InvalidVariablesError(template.id, result.error.issues.flatMap((issue) => toVariableIssues(issue, own, Object.keys(template.variables))));
}

function toVariableIssues(issue: $ZodIssue, input: object, names: readonly string[]): VariableIssue[] {
  const path = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const [guess] = path ? [] : nearest(key, names, 1);
        return { variable: path ? `${path}.${key}` : key, problem: guess ? `unknown variable: did you mean "${guess}"?` : 'unknown variable (check the spelling)' };
      });
    case 'invalid_type': {
      const received = valueAt(input, issue.path);
      if (received === undefined) return [{ variable: path, problem: 'required' }];
      return [{ variable: path, problem: `expected ${issue.expected}, received ${describeValue(received)}` }];
    }
    default:
      return [{ variable: path, problem: issue.message !== 'Invalid input' ? issue.message : describeIssue(issue, valueAt(input, issue.path)) }];
  }
}

function describeIssue(issue: $ZodIssue, received: unknown): string {
  const got = `, received ${describeValue(received)}`;
  switch (issue.code) {
    case 'too_small':
      return `must be ${issue.origin === 'number' ? `at least ${issue.minimum}` : `at least ${issue.minimum} long`}${got}`;
    case 'too_big':
      return `must be ${issue.origin === 'number' ? `at most ${issue.maximum}` : `at most ${issue.maximum} long`}${got}`;
    case 'invalid_format':
      return `must be a valid ${issue.format}${got}`;
    default:
      return `${issue.code.replace(/_/g, ' ')}${got}`;
  }
}

function valueAt(input: object, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

interface PlainVariable {
  readonly name: string;
  readonly check: PlainCheck;
  readonly optional: boolean;
}

interface PlainShape {
  readonly variables: readonly PlainVariable[];
  readonly names: ReadonlySet<string>;
}

// A built-in template's shape, from the kinds its catalog entry declares; any other template's,
// from the object schema zod runs (`template.schema`, which a hand-made or spread template may
// hold apart from its `variables`). null: zod checks every call.
const builtinShapes = new WeakMap<AnyTemplate, PlainShape | null>();
const schemaShapes = new WeakMap<object, PlainShape | null>();

function plainShapeOf(template: AnyTemplate): PlainShape | null {
  const kinds = builtinVariableKinds.get(template);
  if (kinds) {
    let shape = builtinShapes.get(template);
    if (shape === undefined) builtinShapes.set(template, (shape = shapeFrom(Object.keys(kinds), (name) => {
      const check = plainCheckOfKind(kinds[name]![0]);
      return check && { check, optional: kinds[name]![1] === 'optional' };
    })));
    return shape;
  }
  const schema: unknown = template.schema;
  if (typeof schema !== 'object' || schema === null) return null;
  let shape = schemaShapes.get(schema);
  if (shape === undefined) schemaShapes.set(schema, (shape = shapeOfSchema(schema as Partial<ZodInternals>)));
  return shape;
}

// Only a strict object with no checks of its own: anything else (a catchall, a refinement of the
// whole object) only zod runs.
function shapeOfSchema(schema: Partial<ZodInternals>): PlainShape | null {
  const def = schema._zod?.def;
  if (def?.type !== 'object' || def.checks?.length || def.catchall?._zod?.def.type !== 'never' || typeof def.shape !== 'object' || def.shape === null) return null;
  const shape = def.shape;
  return shapeFrom(Reflect.ownKeys(shape), (name) => plainCheckOf(shape[name]));
}

function shapeFrom(declared: readonly (string | symbol)[], plainOf: (name: string) => Omit<PlainVariable, 'name'> | undefined): PlainShape | null {
  const variables: PlainVariable[] = [];
  for (const name of declared) {
    // A symbol key (zod checks those too) or `__proto__` leaves the template to zod.
    if (typeof name !== 'string' || name === '__proto__') return null;
    const plain = plainOf(name);
    if (!plain) return null;
    variables.push({ name, ...plain });
  }
  return { variables, names: new Set(variables.map((variable) => variable.name)) };
}

/**
 * What `z.safeParse(template.schema, input)` returns for input it accepts, for templates whose
 * variables are all made with `v`'s builders (but `url`), read the way zod reads them (`key in input`, then
 * `input[key]`; every enumerable key must be declared). Anything it does not accept, it leaves to
 * zod, which names the problem: this path only ever says yes to what zod says yes to. Exported
 * for its test, which compares the two.
 */
export function plainParse(template: AnyTemplate, input: object): Record<string, unknown> | undefined {
  const shape = plainShapeOf(template);
  if (!shape) return undefined;
  const values = input as Record<string, unknown>;
  const parsed: Record<string, unknown> = {};
  for (const variable of shape.variables) {
    if (!(variable.name in values)) {
      if (variable.optional) continue;
      return undefined;
    }
    const value = variable.check(values[variable.name]);
    if (value === undefined) return undefined;
    parsed[variable.name] = value;
  }
  for (const key in values) if (!shape.names.has(key)) return undefined;
  return parsed;
}
