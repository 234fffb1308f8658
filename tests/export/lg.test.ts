import { Templates } from 'botbuilder-lg';
import { describe, expect, it } from 'vitest';
import { createTactful } from '../../src';
import { builtinTemplates } from '../../src/catalog';
import { botVariables, exportCatalog } from '../../src/export';
import { ALL_LOCALES } from '../helpers';
import { SAMPLE_COUNTS, variableSets } from './variable-sets';

/**
 * Every exported .lg file is parsed and evaluated by Microsoft's botbuilder-lg, and every template
 * in every locale and register gives exactly the replies tactful renders for the same variables:
 * all of them (expandTemplate lists every variation), for the example, without the optional
 * variables, and for counts in every plural category.
 */
const result = exportCatalog('lg', { locales: ALL_LOCALES });
// Parsing a file takes botbuilder-lg seconds: once per locale.
const parsed = new Map<string, Templates>();
const parse = (code: string): Templates => {
  let lg = parsed.get(code);
  if (!lg) {
    const file = result.files.find((f) => f.locale === code)!;
    parsed.set(code, (lg = Templates.parseText(file.content, file.path)));
  }
  return lg;
};
const tactful = createTactful({ locales: ALL_LOCALES, defaultLocale: 'en' });
const descriptors = new Map(tactful.templates().map((t) => [t.id, t]));
const templates = new Map(builtinTemplates.map((t) => [t.id, t]));
const TIME_ZONE = 'Europe/Riga';
// 03:00 in Riga: no part of the day, as an exported template (which cannot tell the time) writes.
const NIGHT = new Date('2026-12-03T01:00:00Z');

describe('lg export', () => {
  it('exports every template in every locale and register, refusing none', () => {
    expect(result.report.refused).toEqual([]);
    const expected = ALL_LOCALES.reduce((sum, l) => sum + l.registers.length, 0) * builtinTemplates.length;
    expect(result.entries).toHaveLength(expected);
    expect(result.files.map((f) => f.path)).toEqual(ALL_LOCALES.map((l) => `lg/tactful.${l.code}.lg`));
  });

  it.each(ALL_LOCALES.map((l) => [l.code] as const))('%s: botbuilder-lg gives what tactful renders', { timeout: 120_000 }, (code) => {
    const lg = parse(code);
    expect(lg.diagnostics.map(String)).toEqual([]);
    const locale = ALL_LOCALES.find((l) => l.code === code)!;
    let compared = 0;
    const mismatches: string[] = [];
    for (const entry of result.entries.filter((e) => e.locale === code)) {
      const descriptor = descriptors.get(entry.templateId)!;
      const template = templates.get(entry.templateId)!;
      for (const variables of variableSets(descriptor, code, entry.fixed)) {
        const scope = botVariables(template, variables, { locale, register: entry.register, timeZone: TIME_ZONE });
        for (let variant = 0; variant < descriptor.variants; variant++) {
          const ours = tactful.render(entry.templateId as never, variables as never, { locale: code, register: entry.register, variant, timeZone: TIME_ZONE, now: NIGHT });
          // A template with several phrasings has one LG template per phrasing, `<name>_v1`…
          const theirs = String(lg.evaluate(descriptor.variants > 1 ? `${entry.name}_v${variant + 1}` : entry.name, scope));
          compared++;
          if (ours !== theirs) mismatches.push(`${entry.name} v${variant + 1} ${JSON.stringify(variables)}\n  tactful: ${ours}\n  lg:      ${theirs}`);
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(descriptors.size);
    // The main template offers exactly the phrasings.
    for (const entry of result.entries.filter((e) => e.locale === code && descriptors.get(e.templateId)!.variants > 1)) {
      expect(lg.toArray().find((t) => t.name === entry.name)!.body.trim().split('\n').length).toBe(descriptors.get(entry.templateId)!.variants);
    }
    console.log(`lg ${code}: ${compared} renders compared`);
  });

  it.each(ALL_LOCALES.map((l) => [l.code] as const))('%s: tactfulPlural matches Intl.PluralRules', (code) => {
    const lg = parse(code);
    const numbers = [...Array.from({ length: 230 }, (_, i) => i), 1000, 1001, 1011, ...SAMPLE_COUNTS, 0.5, 1.1, 2.1, 10.1, 11.11, 0.21, 1.01, 3.5];
    const rules = new Intl.PluralRules(code);
    for (const n of numbers) expect([n, lg.evaluate('tactfulPlural', { n })]).toEqual([n, rules.select(n)]);
  });
});
