import * as z from 'zod/mini';
import { describe, expect, it, vi } from 'vitest';
import { templateSources } from '../generated/template-sources';
import { compileStructure } from '../define/analyze';
import { structureNames, structuresOf, type VariableShape } from '../core/template';
import { describeVariable } from '../core/variables';
import { builtinTemplates } from '.';

/**
 * The catalog ships as data (src/generated/catalog.ts) and builds each template's schemas on first
 * use. These tests hold every built-in template equal to its source in templates/: the same
 * description, tags, example, flags and structures, and variables that describe and validate alike.
 */
const byId = new Map(builtinTemplates.map((template) => [template.id, template]));

/** Values that probe each kind of variable: good ones, and ones each check must refuse. */
const PROBES: readonly unknown[] = [
  undefined, null, '', '  ', 'Sarah', ' Sarah ', 'two\n\nparagraphs', 'x'.repeat(2001), 0, -1, 1.5, 101, 3, Number.NaN,
  new Date('2026-12-01T10:00:00Z'), new Date(Number.NaN), [], [''], ['a', 'b'], { amount: 5, currency: 'EUR' }, { amount: 5, currency: 'eur' },
  { amount: 5 }, 'https://example.com/a', 'ftp://example.com', 'https://localhost', true,
];

describe('the built-in catalog data matches templates/', () => {
  it('has every source once, and nothing else', () => {
    expect([...byId.keys()].sort()).toEqual(templateSources.map((source) => source.id).sort());
  });

  it.each(templateSources.map((source) => [source.id, source] as const))('%s', (id, source) => {
    const template = byId.get(id)!;
    expect(template.description).toBe(source.description);
    expect(template.tags).toEqual(source.tags ?? []);
    expect(template.example).toEqual(source.example);
    expect(template.derive).toBe(source.derive);
    const names = structureNames(source);
    expect(template.variants).toEqual(structuresOf(source).map((structure) => compileStructure(id, structure, names).nodes));

    const variables = source.variables as VariableShape;
    const describe = (shape: VariableShape) => Object.entries(shape).map(([name, schema]) => describeVariable(name, schema));
    expect(describe(template.variables)).toEqual(describe(variables));
    const sourceSchema = z.strictObject(variables);
    const verdict = (schema: z.ZodMiniType, value: unknown) => {
      const result = schema.safeParse(value);
      return result.success ? { ok: result.data } : { issues: result.error.issues.map((issue) => [issue.path.join('.'), issue.code, issue.message]) };
    };
    expect(verdict(template.schema, source.example)).toEqual(verdict(sourceSchema, source.example));
    for (const name of Object.keys(variables)) {
      for (const probe of PROBES) {
        const input = { ...source.example, [name]: probe };
        expect(verdict(template.schema, input), `${name} = ${String(probe)}`).toEqual(verdict(sourceSchema, input));
      }
    }
    expect(verdict(template.schema, { ...source.example, unknownName: 'x' })).toEqual(verdict(sourceSchema, { ...source.example, unknownName: 'x' }));
  });

  it('builds no variable at import, createTactful or a render, then only the template\'s zod must check, once', async () => {
    vi.resetModules();
    const variables = await import('../core/variables');
    const calls: string[] = [];
    for (const kind of Object.keys(variables.v) as (keyof typeof variables.v)[]) {
      const build = variables.v[kind] as (description: string) => unknown;
      (variables.v as Record<string, unknown>)[kind] = (description: string) => {
        calls.push(kind);
        return build(description);
      };
    }
    const { createTactful } = await import('../index');
    const { default: en } = await import('../generated/locales/en');
    const tactful = createTactful({ locales: [en] });
    expect(calls).toEqual([]);
    tactful.render('apology.wrong-item', { ordered: 'a blue shirt', received: 'a red shirt' });
    // Checked by their declared kinds: no schema is built while the variables are right.
    expect(calls).toEqual([]);
    // Wrong variables go to zod, which names the problem: the template's schemas are built then, once.
    expect(() => tactful.render('apology.wrong-item', { ordered: ' ', received: 'a red shirt' })).toThrow(/ordered/);
    expect(() => tactful.render('apology.wrong-item', { ordered: 'a blue shirt' } as never)).toThrow(/received/);
    expect(calls.length).toBe(Object.keys(byId.get('apology.wrong-item')!.variables).length);
    vi.resetModules();
  });

  it('freezes what a caller could change', () => {
    const template = byId.get('apology.wrong-item')!;
    expect(Object.isFrozen(template)).toBe(true);
    expect(Object.isFrozen(template.tags)).toBe(true);
    expect(Object.isFrozen(template.variants)).toBe(true);
    expect(template.schema).toBe(template.schema);
  });
});
