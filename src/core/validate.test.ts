import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { builtinTemplate } from '../catalog/builtin';
import { apology } from '../generated/catalog';
import { catalogDetails } from '../generated/catalog-details';
import * as builtins from '../generated/templates';
import { InvalidVariablesError } from './errors';
import type { AnyTemplate } from './template';
import { plainParse, validateVariables } from './validate';
import { v } from './variables';

// Every kind the plain path knows, required and optional, beside one it leaves to zod.
const variables = {
  name: v.optional(v.text('a name')),
  order: v.text('an order'),
  days: v.count('days'),
  share: v.optional(v.percent('a share')),
  delta: v.number('a difference'),
  when: v.optional(v.date('a date')),
  price: v.money('a price'),
  items: v.optional(v.list('items')),
};
const template = { id: 'test.plain', variables, schema: z.strictObject(variables) } as unknown as AnyTemplate;
const valid = { name: 'Sarah', order: 'A-1', days: 2, share: 15, delta: -3.5, when: new Date(0), price: { amount: 12.5, currency: 'EUR' }, items: ['a shirt', 'a hat'] };

const VALUES: readonly unknown[] = [
  'Sarah', '  Sarah  ', '', '   ', '\u00a0Sarah\u2003', 'Sarah\u200b', 'a'.repeat(2000), ` ${'a'.repeat(2000)} `, 'a'.repeat(2001),
  'one\ntwo', 'one\n\ntwo', 'one\r\rtwo', 'one\r\n\r\ntwo', 'one\n \t\ntwo', 'one\u2029two', 'one\u2028two', 'one\u2028\u2028two', 'trailing\n\n',
  0, -0, 1.5, -1, 100, 100.5, Number.NaN, Infinity, -Infinity, 1e308, 2n, true, null, undefined, {}, [], () => 'x', Symbol('x'),
  ['a'], [' a ', 'b'], [''], ['a\n\nb'], ['a', 1], [, 'a'], new Array(2),
  new Date(0), new Date(Number.NaN),
  { amount: 1, currency: 'EUR' }, { amount: 0, currency: 'USD' }, { amount: -1, currency: 'EUR' }, { amount: 1, currency: 'eur' }, { amount: 1, currency: 'EURO' },
  { amount: Number.NaN, currency: 'EUR' }, { amount: 1 }, { currency: 'EUR' }, { amount: 1, currency: 'EUR', note: 'x' }, { amount: '1', currency: 'EUR' },
  Object.create({ amount: 1, currency: 'EUR' }), Object.assign(Object.create(null), { amount: 1, currency: 'EUR' }), Object.assign(Object.create({ note: 'x' }), { amount: 1, currency: 'EUR' }),
];

/** Inputs made from the valid one: each variable set to each value, left out, and the object itself in other shapes. */
function* inputs(): Generator<readonly [string, object]> {
  yield ['the valid input', valid];
  for (const name of Object.keys(valid)) {
    for (const [i, value] of VALUES.entries()) yield [`${name} set to value #${i}`, { ...valid, [name]: value }];
    const { [name as keyof typeof valid]: _left, ...rest } = valid;
    yield [`${name} left out`, rest];
  }
  yield ['an unknown key', { ...valid, extra: 'x' }];
  yield ['a key of Object.prototype', { ...valid, toString: 'x' }];
  yield ['every variable inherited', Object.create(valid)];
  yield ['no prototype', Object.assign(Object.create(null), valid)];
  yield ['an unknown key inherited', Object.assign(Object.create({ extra: 'x' }), valid)];
  const hidden = { ...valid };
  Object.defineProperty(hidden, 'order', { value: 'A-2', enumerable: false });
  yield ['a variable not enumerable', hidden];
  yield ['a variable not enumerable and an unknown key', Object.defineProperty({ ...hidden }, 'extra', { value: 'x', enumerable: true })];
  yield ['a getter', Object.defineProperty({ ...valid }, 'order', { get: () => ' A-3 ', enumerable: true })];
}

describe('variables checked in plain code', () => {
  it('accepts only what zod accepts, and gives what zod gives, keys in the same order', () => {
    let accepted = 0;
    let zodAccepted = 0;
    for (const [label, input] of inputs()) {
      const plain = plainParse(template, input);
      const parsed = z.safeParse(template.schema, input);
      if (parsed.success) zodAccepted++;
      if (plain === undefined) continue;
      accepted++;
      expect(parsed.success, `zod refused what the plain path accepted: ${label}`).toBe(true);
      expect(plain, label).toStrictEqual(parsed.data);
      expect(Object.keys(plain), label).toEqual(Object.keys(parsed.data!));
    }
    // It is the path rendering takes: it accepts whatever zod accepts but the four optional
    // variables set to undefined (zod keeps the key; the plain path leaves those to zod).
    expect(zodAccepted).toBeGreaterThan(40);
    expect(accepted).toBe(zodAccepted - 4);
  });

  it("gives zod's result for every built-in template's example", () => {
    let plain = 0;
    for (const builtin of Object.values(builtins).flat() as AnyTemplate[]) {
      const example = catalogDetails[builtin.id]!.example;
      const parsed = z.safeParse(builtin.schema, example);
      expect(parsed.success, builtin.id).toBe(true);
      expect(validateVariables(builtin, example), builtin.id).toStrictEqual(parsed.data);
      if (plainParse(builtin, example)) plain++;
    }
    // Those without a web address (54 of 72 today) take the plain path.
    expect(plain).toBeGreaterThan(40);
  });

  it("checks a built-in template by its declared kinds as by its schemas, and builds no schema until zod is needed", () => {
    for (const builtin of Object.values(builtins).flat() as AnyTemplate[]) {
      const bySchemas = { variables: builtin.variables, schema: z.strictObject(builtin.variables) } as unknown as AnyTemplate;
      const example = catalogDetails[builtin.id]!.example;
      for (const name of Object.keys(builtin.variables)) {
        for (const [i, value] of VALUES.entries()) {
          const input = { ...example, [name]: value };
          expect(plainParse(builtin, input), `${builtin.id}: ${name} set to value #${i}`).toStrictEqual(plainParse(bySchemas, input));
        }
        const { [name]: _left, ...rest } = { ...example };
        expect(plainParse(builtin, rest), `${builtin.id}: ${name} left out`).toStrictEqual(plainParse(bySchemas, rest));
      }
    }
    let built = 0;
    const entry = apology.find((candidate) => candidate.id === 'apology.wrong-item')!;
    const { example } = catalogDetails[entry.id]!;
    // The variables' descriptions are read when their schemas are built.
    const template = builtinTemplate(entry, { description: '', example, get variables() { built++; return {}; } });
    expect(validateVariables(template, example)).toEqual(example);
    expect(built).toBe(0);
    expect(() => validateVariables(template, { ...example, ordered: ' ' })).toThrow(InvalidVariablesError);
    expect(built).toBeGreaterThan(0);
  });

  it('leaves to zod a template with a url or a schema of its own, and a builder schema with checks added', () => {
    const own = { ...variables, link: v.url('a link') };
    expect(plainParse({ variables: own, schema: z.strictObject(own) } as unknown as AnyTemplate, { ...valid, link: 'https://example.com' })).toBeUndefined();
    const short = { code: v.text('a code').check(z.maxLength(5)) };
    const strict = { id: 'test.short', variables: short, schema: z.strictObject(short) } as unknown as AnyTemplate;
    expect(plainParse(strict, { code: 'ABCDEF' })).toBeUndefined();
    expect(() => validateVariables(strict, { code: 'ABCDEF' })).toThrow(InvalidVariablesError);
    expect(validateVariables(strict, { code: ' ABC ' })).toEqual({ code: 'ABC' });
  });

  // Found by a hostile review (session 12): each of these was accepted by the plain path and refused by zod.
  it('leaves to zod an optional wrapper with checks of its own', () => {
    const shape = { ref: v.optional(v.text('a reference')).check(z.maxLength(8) as never, z.regex(/^[A-Z0-9-]+$/) as never) };
    const checked = { id: 'test.ref', variables: shape, schema: z.strictObject(shape) } as unknown as AnyTemplate;
    expect(plainParse(checked, { ref: 'not a reference at all' })).toBeUndefined();
    expect(() => validateVariables(checked, { ref: 'not a reference at all' })).toThrow(InvalidVariablesError);
    expect(validateVariables(checked, { ref: 'A-1' })).toEqual({ ref: 'A-1' });
  });

  it('checks what the schema zod runs declares, when a template holds variables apart from it', () => {
    // A spread copy keeps the schema its getter gave, whatever `variables` it is given.
    const spread = { ...template, variables: { ...variables, order: v.number('an order number') } } as AnyTemplate;
    expect(plainParse(spread, { ...valid, order: -7 })).toBeUndefined();
    expect(() => validateVariables(spread, { ...valid, order: -7 })).toThrow(InvalidVariablesError);
    // A declared variable zod's shape does not hold (not enumerable, so not copied into it) is unknown to zod.
    const hidden = Object.defineProperty({ ...variables }, 'secret', { value: v.optional(v.text('a secret')), enumerable: false });
    const withHidden = { id: 'test.hidden', variables: hidden, schema: z.strictObject(hidden) } as unknown as AnyTemplate;
    expect(plainParse(withHidden, { ...valid, secret: 'x' })).toBeUndefined();
    expect(() => validateVariables(withHidden, { ...valid, secret: 'x' })).toThrow(InvalidVariablesError);
  });

  it('reads a list\'s length once, so every item it returns was checked', () => {
    let reads = 0;
    const shifty = new Proxy(['a shirt'], { get: (target, key) => (key === 'length' ? (reads++ === 0 ? 1 : 0) : Reflect.get(target, key)) });
    expect(plainParse(template, { ...valid, items: shifty })?.items).toEqual(['a shirt']);
    expect(reads).toBe(1);
  });

  it('still names every problem, through zod', () => {
    const error = (() => {
      try {
        validateVariables(template, { ...valid, order: ' ', days: -1, extra: 1 });
      } catch (caught) {
        return caught as InvalidVariablesError;
      }
    })();
    expect(error?.issues.map((issue) => issue.variable).sort()).toEqual(['days', 'extra', 'order']);
  });
});
