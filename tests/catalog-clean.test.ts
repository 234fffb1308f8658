import { describe, expect, it } from 'vitest';
import { CHANNELS, REGISTERS, type TemplateDescriptor } from '../src';
import { ALL_LOCALES, tactfulWithAllLocales } from './helpers';

/**
 * Never send a broken message: every template × locale × register × channel × variant renders
 * completely, with its example variables and with every optional variable left out.
 */
const tactful = tactfulWithAllLocales();
const BROKEN = [/undefined/, /\bnull\b/, /\bNaN\b/, /\[object Object\]/, /\{\{/, /\}\}/, / {2}/, / [,.!?:;]/, /\$t\(/];

function withoutOptional(template: TemplateDescriptor): Record<string, unknown> {
  const required = new Set(template.variables.filter((v) => v.required).map((v) => v.name));
  return Object.fromEntries(Object.entries(template.example).filter(([name]) => required.has(name)));
}

const templates = tactful.templates();
const cases = templates.flatMap((template) =>
  ALL_LOCALES.flatMap((locale) =>
    REGISTERS.flatMap((register) =>
      CHANNELS.flatMap((channel) =>
        Array.from({ length: template.variants }, (_, variant) =>
          (['example', 'required only'] as const).map((set) => ({ template, locale: locale.code, register, channel, variant, set })),
        ).flat(),
      ),
    ),
  ),
);

describe('every rendered reply is complete and clean', () => {
  it('covers the whole catalog', () => {
    expect(templates.length).toBeGreaterThanOrEqual(5);
    expect(cases.length).toBe(templates.reduce((n, t) => n + t.variants, 0) * ALL_LOCALES.length * 2 * 3 * 2);
  });

  it.each(cases.map((c) => [`${c.template.id} ${c.locale} ${c.register} ${c.channel} v${c.variant} (${c.set})`, c] as const))('%s', (_name, c) => {
    const variables = c.set === 'example' ? c.template.example : withoutOptional(c.template);
    const result = tactful.renderResult(c.template.id as never, variables as never, {
      locale: c.locale,
      register: c.register,
      channel: c.channel,
      variant: c.variant,
      strict: true,
    });
    expect(result.locale).toBe(c.locale);
    const text = c.channel === 'html' ? result.text.replace(/<\/?p>|<br>/g, '') : result.text;
    for (const pattern of BROKEN) expect(text, `${pattern} in: ${text}`).not.toMatch(pattern);
    expect(text.trim()).toMatch(/[.!?…:,]$/u);
  });
});

describe('the example variables are a complete set', () => {
  it.each(templates.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    for (const variable of template.variables) expect(template.example, variable.name).toHaveProperty(variable.name);
    expect(template.description.length).toBeGreaterThan(10);
    expect(template.variables.every((v) => v.description.length > 0)).toBe(true);
  });
});

describe('registers differ where the language distinguishes them', () => {
  it.each(ALL_LOCALES.filter((l) => l.registers.includes('informal')).map((l) => [l.code] as const))('%s', (locale) => {
    for (const template of templates) {
      const formal = tactful.render(template.id as never, template.example as never, { locale, register: 'formal' });
      const informal = tactful.render(template.id as never, template.example as never, { locale, register: 'informal' });
      expect(informal, template.id).not.toBe(formal);
    }
  });
});
