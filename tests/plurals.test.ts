import { describe, expect, it } from 'vitest';
import { ALL_LOCALES, tactfulWithAllLocales } from './helpers';

/**
 * Plural forms are right for every count: for each template with a count, in every locale, the
 * reply for n uses the message of the CLDR category `Intl.PluralRules` gives n — it is the same
 * reply as for the locale's sample number of that category, apart from the number itself.
 */
const tactful = tactfulWithAllLocales();
const COUNTS = [...Array.from({ length: 31 }, (_, i) => i), 101, 111, 1.5];
const counted = tactful
  .templates()
  .flatMap((t) => t.variables.filter((v) => v.kind === 'count').map((v) => ({ template: t, variable: v.name })));

describe.each(ALL_LOCALES.map((l) => [l.code] as const))('plurals (%s)', (locale) => {
  const rules = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  // The first count of each category is its reference reply.
  const reference = new Map<string, number>();
  for (const n of COUNTS) if (!reference.has(rules.select(n))) reference.set(rules.select(n), n);

  it('covers templates with counts', () => {
    expect(counted.length).toBeGreaterThan(5);
  });

  it.each(counted.map((c) => [`${c.template.id} ${c.variable}`, c] as const))('%s', (_name, { template, variable }) => {
    const render = (n: number) =>
      tactful.render(template.id as never, { ...template.example, [variable]: n } as never, { locale, strict: true });
    // Both numbers as standalone tokens ("2" in "2 дня", never the 2 inside "A-1042" or "2026"),
    // masked in both replies so other numbers that happen to be equal (dates, steps) match too.
    const mask = (text: string, numbers: number[]) =>
      numbers.reduce((out, n) => {
        const escaped = number.format(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return out.replace(new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`, 'g'), '#');
      }, text);
    for (const n of COUNTS.filter((c) => c > 0)) {
      const text = render(n);
      expect(text, `${n}`).toContain(number.format(n));
      const category = rules.select(n);
      const sample = reference.get(category)!;
      if (sample === 0) continue; // a zero count may leave its sentence out
      expect(mask(text, [n, sample]), `${n} (${category}) reads like ${sample}`).toBe(mask(render(sample), [n, sample]));
    }
  });
});
