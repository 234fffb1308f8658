import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_RENDER, readLocalizedExamples, ROOT } from '../scripts/generate';
import { ALL_LOCALES, tactfulWithAllLocales } from './helpers';

/**
 * The catalog pages render every template in every language with its example values; the
 * English ones come from the sources, the others from `templates/examples/<lng>.json`. These
 * tests keep a language's examples complete (no English words inside a Latvian reply), valid
 * and renderable.
 */
const tactful = tactfulWithAllLocales();
const templates = tactful.templates();
const byId = new Map(templates.map((t) => [t.id, t]));

/** Identifiers look the same in every language: an order number, an e-mail address, a code. */
const IDENTIFIERS = new Set(['orderId', 'ticketId', 'invoiceId', 'code', 'contactEmail']);

const WORDED = (kind: string) => kind === 'text' || kind === 'list';
const asWord = (text: string) => new RegExp(`(?<!\\p{L})${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u');

it('templates/examples/ holds a file for every shipped language but English, and nothing else', () => {
  const files = readdirSync(join(ROOT, 'templates', 'examples')).sort();
  expect(files).toEqual(ALL_LOCALES.filter((l) => l.code !== 'en').map((l) => `${l.code}.json`).sort());
});

describe.each(ALL_LOCALES.filter((l) => l.code !== 'en').map((l) => [l.code, l] as const))('templates/examples/%s.json', (code, locale) => {
  const examples = readLocalizedExamples(code);

  it('names only built-in templates and their worded variables', () => {
    for (const [id, values] of Object.entries(examples)) {
      const template = byId.get(id);
      expect(template, id).toBeDefined();
      for (const name of Object.keys(values)) {
        const variable = template!.variables.find((v) => v.name === name);
        expect(variable && WORDED(variable.kind) && !IDENTIFIERS.has(name), `${id}: ${name}`).toBe(true);
      }
    }
  });

  it('gives every worded example in the language', () => {
    const missing = templates.flatMap((t) =>
      t.variables.filter((v) => WORDED(v.kind) && !IDENTIFIERS.has(v.name) && t.example[v.name] !== undefined && examples[t.id]?.[v.name] === undefined).map((v) => `${t.id}: ${v.name}`),
    );
    expect(missing).toEqual([]);
  });

  it('copies no English: a value the same as the English example is a name or a single word ("Premium")', () => {
    const copied = Object.entries(examples).flatMap(([id, values]) =>
      Object.entries(values)
        .filter(([name, value]) => JSON.stringify(value) === JSON.stringify(byId.get(id)?.example[name]) && (JSON.stringify(value).match(/\p{L}+/gu) ?? []).length > 1)
        .map(([name]) => `${id}: ${name}`),
    );
    expect(copied).toEqual([]);
  });

  it.each(templates.map((t) => [t.id, t] as const))('%s renders with them in every register and phrasing', (id, template) => {
    const values = examples[id] ?? {};
    for (const register of locale.registers) {
      for (let variant = 0; variant < template.variants; variant++) {
        const text = tactful.render(id as never, { ...template.example, ...values } as never, { locale: code, register, variant, strict: true, ...CATALOG_RENDER });
        for (const [name, value] of Object.entries(values)) {
          // The English value appears nowhere, not even as a whole word ("Tom" inside "Toms" is Latvian).
          const english = template.example[name];
          if (typeof english === 'string' && english !== value) expect(text, `${id} ${register} ${variant}`).not.toMatch(asWord(english));
        }
      }
    }
  });
});
