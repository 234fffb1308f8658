import { describe, expect, it } from 'vitest';
import { REGISTERS } from '../src';
import { ALL_LOCALES, tactfulWithAllLocales } from './helpers';

/**
 * The library practises what it preaches: every built-in reply, in every locale, register and
 * phrasing, passes the tone linter of its own language and register with no diagnostics.
 */
const tactful = tactfulWithAllLocales();
const templates = tactful.templates();

/** Every built-in reply in a locale and register, each phrasing, with its example and the audience it is linted for. */
function* replies(locale: string, register: (typeof REGISTERS)[number]) {
  for (const template of templates) {
    for (let variant = 0; variant < template.variants; variant++) {
      const text = tactful.render(template.id as never, template.example as never, { locale, register, variant });
      // A post to everyone in a thread uses the plural "you", which is right in both registers
      // (Romanian "vă", Russian "вы", Latvian "jūs"): it is linted for a group audience.
      const audience: 'group' | 'one' = template.tags.includes('to-everyone') ? 'group' : 'one';
      yield { id: template.id, variant, text, audience };
    }
  }
}

describe.each(ALL_LOCALES.map((l) => [l.code] as const))('every built-in reply passes the linter (%s)', (locale) => {
  it.each(REGISTERS.map((r) => [r] as const))('%s', (register) => {
    const findings: string[] = [];
    for (const { id, variant, text, audience } of replies(locale, register)) {
      for (const d of tactful.lint(text, { locale, register, audience })) findings.push(`${id} v${variant}: ${d.ruleId} “${d.text}”`);
    }
    expect(findings).toEqual([]);
  });
});

/**
 * With the opt-in `commitment` rule on, a built-in reply promises only what its template is for:
 * each promise it makes (in any language) is declared here, so a new or reworded template that
 * promises more is a decision someone takes, not a slip. A bot that renders one of these has
 * chosen to make that promise.
 */
const DECLARED_COMMITMENTS: Readonly<Record<string, readonly string[]>> = {
  'apology.billing-mistake': ['refund'],
  'apology.defective-product': ['replacement'],
  'negative-feedback.damaged-product': ['refund', 'replacement', 'deadline'],
  'price-change.discount-inquiry': ['discount'],
  'price-change.dropped-after-purchase': ['refund'],
  'price-change.sale-ended': ['discount'],
  'resolution.options': ['discount'],
  'resolution.refund-confirmed': ['refund'],
};

describe.each(ALL_LOCALES.map((l) => [l.code] as const))('built-in replies promise only what their template declares (%s)', (locale) => {
  it.each(REGISTERS.map((r) => [r] as const))('%s', (register) => {
    const findings: string[] = [];
    for (const { id, variant, text, audience } of replies(locale, register)) {
      for (const d of tactful.lint(text, { locale, register, audience, rules: { commitment: 'warning' } })) {
        if (d.ruleId === 'commitment' && DECLARED_COMMITMENTS[id]?.includes(d.kind!)) continue;
        findings.push(`${id} v${variant}: ${d.ruleId}${d.kind ? ` (${d.kind})` : ''} “${d.text}”`);
      }
    }
    expect(findings).toEqual([]);
  });
});
