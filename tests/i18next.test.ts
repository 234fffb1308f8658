import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createTactful, TactfulError } from '../src';
import { parseMessage, renderSegments, type MessageEnvironment } from '../src/core/message';
import { TactfulFormatter } from '../src/i18next';
import { vocativeLt } from '../src/locales/vocative/lt';
import { vocativeLv } from '../src/locales/vocative/lv';
import { vocativeUk } from '../src/locales/vocative/uk';
import { ALL_LOCALES, pluralSamples } from './helpers';

// An app's own i18next, loaded with our JSON and `tactful/i18next`, must say every message
// exactly as tactful does.
const tactful = createTactful({ locales: ALL_LOCALES, defaultLocale: 'en', timeZone: 'UTC' });
const VOCATIVES: Record<string, ((name: string) => string) | undefined> = { lv: vocativeLv, lt: vocativeLt, uk: vocativeUk };
const CONTEXTS = new Set(['formal', 'informal']);
const PLURALS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

function leaves(tree: unknown, path: string[] = []): Array<[string[], string]> {
  if (typeof tree === 'string') return [[path, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => leaves(value, [...path, key]));
}

function valueAt(variables: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, part) => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined), variables);
}

describe.each(ALL_LOCALES.map((locale) => [locale.code, locale] as const))('%s: i18next with tactful/i18next says what tactful says', (code, locale) => {
  const app = i18next.createInstance();
  void app.use(new TactfulFormatter({ timeZone: 'UTC' })).init({ lng: code, resources: { [code]: structuredClone(locale.resources) as never }, interpolation: { escapeValue: false }, initAsync: false, showSupportNotice: false } as never);
  const env: MessageEnvironment = {
    locale: locale.formatLocale ?? code,
    quotes: locale.quotes ?? ['“', '”'],
    channel: 'text',
    vocative: VOCATIVES[code],
    timeZone: 'UTC',
    fail: () => {
      throw new Error('unrenderable');
    },
  };
  // Each message of each template, with the template's example in this language (and a count of
  // the message's plural form); messages for a variable the example leaves out are not rendered
  // by tactful with it either, and are left out here.
  const cases = tactful.templates({ locale: code }).flatMap((template) => {
    const [ns, name] = template.id.split('.') as [string, string];
    const tree = (locale.resources[ns] as Record<string, unknown> | undefined)?.[name];
    return leaves(tree ?? {}).flatMap(([path, text]) => {
      const parts = path.at(-1)!.split('_');
      const plural = parts.length > 1 && PLURALS.has(parts.at(-1)!) ? parts.pop() : undefined;
      const context = parts.length > 1 && CONTEXTS.has(parts.at(-1)!) ? parts.pop() : undefined;
      const count = plural === undefined ? undefined : pluralSamples(code).get(plural);
      if (plural !== undefined && count === undefined) return [];
      const variables = { ...(template.example as Record<string, unknown>), ...(count === undefined ? {} : { count }) };
      const parsed = parseMessage(text);
      if (!parsed.ok) throw new Error(`${template.id} ${path.join('.')}: ${parsed.problem}`);
      let expected: string;
      try {
        expected = renderSegments(parsed.segments, (n) => valueAt(variables, n), env);
      } catch {
        return [];
      }
      const key = `${ns}:${[name, ...path.slice(0, -1), parts.join('_')].join('.')}`;
      return [{ label: `${template.id} ${path.join('.')}`, key, expected, options: { ...variables, ...(context ? { context } : {}) } }];
    });
  });

  it('covers the messages of every template', () => {
    expect(cases.length).toBeGreaterThan(300);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    expect(String(app.t(c.key, c.options as never))).toBe(c.expected);
  });
});

describe('tactful/i18next on its own', () => {
  it('declines a Latvian name, formats money, dates and quoted lists', async () => {
    const app = i18next.createInstance();
    await app.use(TactfulFormatter).init({
      lng: 'lv',
      resources: { lv: { t: { hi: 'Labdien, {{name, vocative}}!', price: 'Cena: {{price}}.', when: 'Līdz {{day, date(style: numeric)}}', guides: 'Skatiet {{titles, list(quote: true)}}.' } } },
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    } as never);
    expect(app.t('t:hi', { name: 'Jānis' })).toBe('Labdien, Jāni!');
    expect(app.t('t:price', { price: { amount: 29.99, currency: 'EUR' } }).replace(/\u00a0/g, ' ')).toBe('Cena: 29,99 €.');
    expect(app.t('t:when', { day: new Date('2026-12-03T09:30:00Z'), timeZone: 'UTC' })).toBe('Līdz 03.12.2026.');
    expect(app.t('t:guides', { titles: ['Rēķini', 'Piegāde'] })).toBe('Skatiet „Rēķini” un „Piegāde”.');
  });

  it('keeps the app’s own formats', async () => {
    const app = i18next.createInstance();
    await app.use(TactfulFormatter).init({ lng: 'en', resources: { en: { t: { shout: '{{word, upper}}!', hi: 'Hello, {{name}}!' } } }, interpolation: { escapeValue: false }, showSupportNotice: false } as never);
    app.services.formatter!.add('upper', (value) => String(value).toUpperCase());
    expect(app.t('t:shout', { word: 'hey' })).toBe('HEY!');
    expect(app.t('t:hi', { name: 'Sam' })).toBe('Hello, Sam!');
  });

  it('refuses what tactful refuses: a value that cannot be shown, a link that is not http(s)', async () => {
    const app = i18next.createInstance();
    await app.use(TactfulFormatter).init({ lng: 'en', resources: { en: { t: { price: '{{price, currency}}', link: '{{url, url}}' } } }, interpolation: { escapeValue: false }, showSupportNotice: false } as never);
    expect(() => app.t('t:price', { price: { amount: Number.NaN, currency: 'EUR' } })).toThrow(TactfulError);
    expect(() => app.t('t:link', { url: 'javascript:alert(1)' })).toThrow(TactfulError);
  });

  // Each reached the text before (a hostile review, session 13): "līdz 1 700 000 000 000",
  // "līdz tomorrow", "Labdien, !", "kavējas jau -1 dienu".
  it('refuses a value of the wrong kind for its format, a missing value and a negative count', async () => {
    const app = i18next.createInstance();
    await app.use(TactfulFormatter).init({
      lng: 'lv',
      resources: { lv: { t: { when: 'līdz {{day, date}}', hi: 'Labdien, {{name, vocative}}!', plain: 'Labdien, {{name}}!', late: 'kavējas jau {{count}} dienu', late_other: 'kavējas jau {{count}} dienas', n: '{{n, number}}', list: '{{items, list}}' } } },
      interpolation: { escapeValue: false },
      showSupportNotice: false,
    } as never);
    for (const [key, values, pattern] of [
      ['t:when', { day: 1_700_000_000_000 }, /must be a Date/],
      ['t:when', { day: 'tomorrow' }, /must be a Date/],
      ['t:when', { day: null }, /is missing/],
      ['t:hi', { name: null }, /is missing/],
      ['t:hi', {}, /is missing/],
      ['t:plain', {}, /is missing/],
      ['t:hi', { name: 42 }, /must be a name/],
      ['t:hi', { name: '' }, /is missing/],
      ['t:plain', { name: '   ' }, /is missing/],
      ['t:late', { count: -1 }, /a count is 0 or more/],
      ['t:n', { n: '5' }, /must be a number/],
      ['t:list', { items: 'a, b' }, /must be a list/],
    ] as const) {
      expect(() => app.t(key, values as never), `${key} ${JSON.stringify(values)}`).toThrow(pattern);
    }
    expect(app.t('t:hi', { name: 'Jānis' })).toBe('Labdien, Jāni!');
    expect(app.t('t:late', { count: 3 })).toBe('kavējas jau 3 dienas');
  });
});
