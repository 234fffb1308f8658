import { describe, expect, it } from 'vitest';
import { createTactful, InvalidLocaleError, InvalidOptionsError, LocaleNotAvailableError, TemplateNotFoundError } from '../src';
import { createRenderer, createRendererFor } from '../src/render';
import { catalogDetails } from '../src/generated/catalog-details';
import * as templates from '../src/generated/templates';
import enText from '../src/generated/locales/en/text';
import { apology as enApology } from '../src/generated/locales/en/categories';
import lvLint from '../src/generated/locales/lv/lint';
import lvText from '../src/generated/locales/lv/text';
import { apology as lvApology, closing as lvClosing } from '../src/generated/locales/lv/categories';
import { ALL_LOCALES, thrown } from './helpers';

/**
 * `createRendererFor` with one category of `tactful/templates` and the same category of a
 * locale's text (`tactful/locales/<lng>/categories`) is the chat widget that pays only
 * for what it sends (issue #20; tests/size.test.ts measures it). Here: it renders exactly what
 * `createRenderer` with the whole locale renders, parts of one locale join, and what was left out
 * is a clear error naming what to import.
 */
const categories = Object.keys(templates).filter((name) => Array.isArray((templates as Record<string, unknown>)[name]));
const textParts = await Promise.all(
  ALL_LOCALES.map(async (locale): Promise<readonly [string, Record<string, unknown>]> => [
    locale.code,
    { ...((await import(`../src/generated/locales/${locale.code}/categories.ts`)) as Record<string, unknown>), default: (await import(`../src/generated/locales/${locale.code}/text.ts`)).default as unknown },
  ]),
);

describe('tactful/templates and the text parts by category', () => {
  it('has every built-in template exactly once, by category', () => {
    const ids = categories.flatMap((name) => (templates as unknown as Record<string, readonly { id: string }[]>)[name]!.map((t) => t.id));
    expect(ids.sort()).toEqual(Object.keys(catalogDetails).sort());
    expect(categories.length).toBeGreaterThan(10);
  });

  it.each(textParts)('%s: each category part holds that category alone, and together they are the whole text', (_code, module) => {
    const whole = module.default as typeof lvText;
    const joined: Record<string, unknown> = {};
    for (const name of categories) {
      const part = module[name] as typeof lvText;
      expect(Object.keys(part.resources)).toHaveLength(1);
      Object.assign(joined, part.resources);
      const { resources: _r, regions: _g, ...meta } = part;
      const { resources: _wr, regions: _wg, ...wholeMeta } = whole;
      expect(meta).toEqual(wholeMeta);
    }
    expect(joined).toEqual(whole.resources);
  });

  it.each(textParts)('%s: a renderer of one category renders every template of it as the whole locale does, in each register', (code, module) => {
    const full = createRenderer({ locales: [module.default as typeof lvText] });
    for (const name of categories) {
      const only = createRendererFor({ templates: (templates as unknown as Record<string, typeof templates.apology>)[name]!, locales: [module[name] as typeof lvText] });
      for (const template of (templates as unknown as Record<string, typeof templates.apology>)[name]!) {
        const example = catalogDetails[template.id]!.example;
        for (const register of ['formal', 'informal'] as const) {
          const options = { register, timeZone: 'Europe/Riga', now: new Date('2026-12-03T10:00:00Z') };
          expect(only.render(template.id as never, example as never, options), `${code} ${template.id}`).toBe(full.render(template.id as never, example as never, options));
        }
      }
    }
  });
});

describe('createRendererFor', () => {
  const renderer = createRendererFor({ templates: [...templates.apology, ...templates.closing], locales: [lvApology, lvClosing] });

  it('renders the categories given, with parts of one locale joined', () => {
    expect(renderer.render('apology.wrong-item', { customerName: 'Jānis', ordered: 'zils krekls', received: 'sarkans krekls' })).toMatch(/^Jāni, man patiešām žēl/);
    expect(renderer.render('closing.anything-else', {})).toBe('Vai varu Jums vēl kaut kā palīdzēt?');
    expect(renderer.locales).toEqual(['lv']);
  });

  it('knows no template it was not given', () => {
    expect(renderer.has('greeting.welcome')).toBe(false);
    const error = thrown(() => renderer.render('greeting.welcome' as never, {} as never));
    expect(error).toBeInstanceOf(TemplateNotFoundError);
    expect((error as Error).message).toContain('this renderer was not given the greeting templates (add `greeting` from "tactful/templates"');
    // A misspelt id of a category it was given is a typo, with the nearest ids.
    expect((thrown(() => renderer.render('apology.wrong-itme' as never, {} as never)) as Error).message).toContain('did you mean "apology.wrong-item"');
    expect((thrown(() => createRenderer({ locales: [lvText] }).render('greeting.welcom' as never, {} as never)) as Error).message).not.toContain('not given');
    expect(renderer.templates().map((t) => t.id).every((id) => /^(apology|closing)\./.test(id))).toBe(true);
  });

  it('names the part to import when a category’s text was not given', () => {
    const error = thrown(() => createRendererFor({ templates: templates.closing, locales: [lvApology] }).render('closing.anything-else', {}));
    expect(error).toBeInstanceOf(LocaleNotAvailableError);
    expect((error as Error).message).toContain('import { closing } from "tactful/locales/lv/categories"');
    const feedback = thrown(() => createRenderer({ locales: [lvApology] }).render('negative-feedback.acknowledge-complaint', catalogDetails['negative-feedback.acknowledge-complaint']!.example as never));
    expect((feedback as Error).message).toContain('import { negativeFeedback } from "tactful/locales/lv/categories"');
  });

  it('keeps a category’s regional overlay with its part', () => {
    const us = createRendererFor({ templates: templates.apology, locales: [enApology] });
    const whole = createRenderer({ locales: [enText] });
    const variables = { amount: { amount: 20, currency: 'USD' }, refundDays: 5 };
    expect(us.render('apology.billing-mistake', variables, { locale: 'en-US' })).toBe(whole.render('apology.billing-mistake', variables, { locale: 'en-US' }));
  });

  it('refuses options without templates', () => {
    for (const options of [{ locales: [lvApology] }, { locales: [lvApology], templates: [] }, { locales: [lvApology], templates: 'apology' }]) {
      const error = thrown(() => createRendererFor(options as never));
      expect(error).toBeInstanceOf(InvalidOptionsError);
      expect((error as Error).message).toContain('tactful/templates');
    }
  });
});

describe('parts of one locale given separately', () => {
  it('join a text part and a lint part into one locale that renders and lints', () => {
    const tactful = createTactful({ locales: [lvText, lvLint] });
    expect(tactful.render('closing.anything-else', {})).toBe('Vai varu Jums vēl kaut kā palīdzēt?');
    expect(tactful.lint('Tā ir uzņēmuma politika.').map((d) => d.ruleId)).toContain('policy-shield');
  });

  it('refuse a category, a tone rule or an overlay given twice, and parts that disagree', () => {
    const cases: [unknown[], string][] = [
      [[lvText, lvApology], 'lv twice, with the category apology in both'],
      [[lvApology, lvLint, { ...lvLint, lint: { 'policy-shield': lvLint.lint['policy-shield'] } }], 'lv twice, with the tone rule policy-shield in both'],
      [[enText, { ...enApology, resources: { 'apology-extra': {} } }], 'en twice, with the en-US overlay of apology in both'],
      [[lvApology, { ...lvClosing, registers: ['formal'] }], 'lv twice, with different registers'],
      [[lvApology, { ...lvClosing, name: 'Latvian' }], 'lv twice, with different name'],
      [[lvApology, { ...lvClosing, vocative: (name: string) => name }], 'lv twice, with different vocative'],
    ];
    for (const [locales, message] of cases) {
      const error = thrown(() => createRenderer({ locales: locales as never }));
      expect(error, message).toBeInstanceOf(InvalidOptionsError);
      expect((error as Error).message).toContain(message);
    }
  });

  it('accept the same part twice', () => {
    expect(createRenderer({ locales: [lvApology, lvApology] }).locales).toEqual(['lv']);
  });

  it('join tags that differ only in case, as one locale', () => {
    const renderer = createRenderer({ locales: [lvApology, { ...lvClosing, code: 'LV' }] });
    expect(renderer.locales).toEqual(['lv']);
    expect(renderer.render('closing.anything-else', {})).toBe('Vai varu Jums vēl kaut kā palīdzēt?');
  });
});

describe('joining parts from outside', () => {
  it('keeps a __proto__ category a key, refused by the locale checks, never a prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"anything-else": {"plain": "Injected"}}}') as Record<string, never>;
    const error = thrown(() => createRenderer({ locales: [lvApology, { ...lvClosing, resources: hostile }] }));
    expect(error).toBeInstanceOf(InvalidLocaleError);
    expect((error as Error).message).toContain('__proto__');
  });

  it('reports a getter that throws while joining as the caller’s InvalidOptionsError', () => {
    const part = { ...lvClosing, get resources(): never { throw new Error('boom'); } };
    const error = thrown(() => createRenderer({ locales: [lvApology, part] }));
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});

describe('joining, from a hostile review (session 9)', () => {
  it('takes overlays by their canonical tag, so two spellings of one overlay clash', () => {
    const apologyUs = { ...lvApology, code: 'en', name: 'English', registers: ['formal'], vocative: undefined, quotes: enApology.quotes, formatLocale: enApology.formatLocale };
    const error = thrown(() => createRenderer({ locales: [enApology, { ...apologyUs, resources: {}, regions: { 'en-us': enApology.regions!['en-US']! } } as never] }));
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as Error).message).toContain('with the en-US overlay of apology in both');
  });

  it('treats a field given as undefined as absent, whichever part comes first', () => {
    const phrases = { ...lvLint, vocative: undefined };
    for (const locales of [[lvText, phrases], [phrases, lvText]]) {
      expect(createTactful({ locales: locales as never }).render('closing.anything-else', { customerName: 'Jānis' }, { locale: 'lv' })).toBe('Jāni, vai varu Jums vēl kaut kā palīdzēt?');
    }
  });

  it('refuses unreadable options to createRendererFor as an InvalidOptionsError', () => {
    const options = { get templates(): never { throw new Error('boom'); }, locales: [lvApology] };
    const error = thrown(() => createRendererFor(options as never));
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as Error).cause).toBeInstanceOf(Error);
  });
});

describe('addLocale over a loaded locale (a translation back from XLIFF)', () => {
  it('keeps what the update does not say: the vocative, and the messages it leaves out', () => {
    const tactful = createTactful({ locales: [enText, lvText] });
    tactful.addLocale({ code: 'lv', name: 'Latviešu', registers: ['formal', 'informal'], resources: { closing: { 'anything-else': { plain_formal: 'Vai vēl varu palīdzēt?', plain_informal: 'Vai vēl varu tev palīdzēt?' } } } });
    expect(tactful.render('closing.anything-else', {}, { locale: 'lv' })).toBe('Vai vēl varu palīdzēt?');
    expect(tactful.render('closing.anything-else', { customerName: 'Jānis' }, { locale: 'lv' })).toBe('Jāni, vai varu Jums vēl kaut kā palīdzēt?');
    expect(tactful.renderResult('greeting.welcome', { customerName: 'Jānis' }, { locale: 'lv' })).toMatchObject({ locale: 'lv', fallback: false });
  });
});
