import { readFileSync } from 'node:fs';
import type { TemplateDescriptor } from '../../src';
import type { FixedDecisions } from '../../src/export';
import { pluralSamples } from '../helpers';

/** The localized example values (names, products) of a locale, by template id. */
function localizedExamples(locale: string): Record<string, Record<string, unknown>> {
  if (locale === 'en') return {};
  return JSON.parse(readFileSync(new URL(`../../templates/examples/${locale}.json`, import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;
}
const examplesByLocale = new Map<string, Record<string, Record<string, unknown>>>();

/** Counts that cover every plural category of the shipped languages, fractions included. */
export const SAMPLE_COUNTS = [0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 101, 111, 1.5, 0.1, 2.25];

/**
 * The variable sets a comparison renders for one template in one locale: the example in the
 * locale's own words, the same with every optional variable left out, and each count set to a
 * number of each plural category of the language, and to 0 (which leaves an optional count out). Variables the export fixed as absent (a name it cannot decline) are left out,
 * so both sides render the same wording.
 */
export function variableSets(template: TemplateDescriptor, locale: string, fixed: FixedDecisions = {}): Array<Record<string, unknown>> {
  let localized = examplesByLocale.get(locale);
  if (!localized) examplesByLocale.set(locale, (localized = localizedExamples(locale)));
  const example: Record<string, unknown> = { ...template.example, ...(localized[template.id] ?? {}) };
  for (const [name, decision] of Object.entries(fixed)) if (decision === false) delete example[name];
  const required = Object.fromEntries(Object.entries(example).filter(([name]) => template.variables.find((v) => v.name === name)?.required));
  const sets: Array<Record<string, unknown>> = [example, required];
  for (const variable of template.variables) {
    if (variable.kind !== 'count' || fixed[variable.name] === false) continue;
    for (const count of new Set([0, ...pluralSamples(locale).values()])) sets.push({ ...example, [variable.name]: count });
  }
  return sets;
}
