import { describe, expect, it } from 'vitest';
import {
  createTactful,
  InvalidOptionsError,
  InvalidVariablesError,
  LocaleNotAvailableError,
  MissingMessageError,
  TactfulError,
  TemplateNotFoundError,
} from '../src';
import en from '../src/generated/locales/en';
import { thrown } from './helpers';
import lt from '../src/generated/locales/lt';
import lv from '../src/generated/locales/lv';
import ru from '../src/generated/locales/ru';
import { tactfulWithAllLocales } from './helpers';

const tactful = tactfulWithAllLocales();

describe('render', () => {
  it('renders a template with its variables', () => {
    const text = tactful.render('greeting.welcome', { customerName: 'Sarah', agentName: 'Tom' });
    expect(text).toContain('Sarah');
    expect(text).toContain('Tom');
  });

  it('reads naturally without optional variables', () => {
    const text = tactful.render('greeting.welcome', {});
    expect(text).toMatch(/^Hello!/);
    expect(text).not.toMatch(/Hello ,|Hello undefined|, !/);
  });

  it('lets callers leave out the variables object when all variables are optional', () => {
    expect(tactful.render('closing.anything-else')).toBe(tactful.render('closing.anything-else', {}));
  });

  it('renders in the requested locale', () => {
    expect(tactful.render('closing.anything-else', {}, { locale: 'ru' })).toMatch(/[а-я]/);
    expect(tactful.render('closing.anything-else', {}, { locale: 'lv' })).toMatch(/Jums/);
  });
});

describe('variables are validated at run time', () => {
  it('rejects a missing required variable, naming the template and the variable', () => {
    const error = thrown(() => tactful.render('apology.wrong-item', { ordered: 'Blue shirt' } as never));
    expect(error).toBeInstanceOf(InvalidVariablesError);
    expect(error).toMatchObject({ code: 'INVALID_VARIABLES', templateId: 'apology.wrong-item', issues: [{ variable: 'received', problem: 'required' }] });
  });

  it('rejects unknown variables such as typos instead of ignoring them', () => {
    const typo = thrown(() => tactful.render('greeting.welcome', { customername: 'Sarah' } as never));
    expect(typo).toBeInstanceOf(InvalidVariablesError);
    expect(typo).toMatchObject({ code: 'INVALID_VARIABLES', issues: [{ variable: 'customername' }] });
    // The issue names the nearest variable, whatever its wording.
    expect((typo as InvalidVariablesError).issues[0]!.problem).toContain('customerName');
    expect(thrown(() => tactful.render('greeting.welcome', { xyzzy: 1 } as never))).toMatchObject({ code: 'INVALID_VARIABLES', issues: [{ variable: 'xyzzy' }] });
  });

  it('rejects a negative amount of money', () => {
    const refund = { amount: { amount: 49.9, currency: 'EUR' }, refundDays: 5, paymentMethod: 'Visa card ending in 4242' };
    expect(() => tactful.render('resolution.refund-confirmed', refund)).not.toThrow();
    expect(thrown(() => tactful.render('resolution.refund-confirmed', { ...refund, amount: { amount: -5, currency: 'EUR' } }))).toMatchObject({ code: 'INVALID_VARIABLES', issues: [{ variable: 'amount.amount' }] });
    // Three capitals that name no currency ("EUT 49.90") are refused (a new user's first hour, session 13).
    for (const currency of ['XXQ', 'EUT']) expect(thrown(() => tactful.render('resolution.refund-confirmed', { ...refund, amount: { amount: 49.9, currency } })), currency).toMatchObject({ code: 'INVALID_VARIABLES', issues: [{ variable: 'amount.currency' }] });
    expect(tactful.render('resolution.refund-confirmed', { ...refund, amount: { amount: 49.9, currency: 'BYN' } })).toMatch(/49[.,]90/);
  });

  it('rejects a wrong type and an empty name', () => {
    expect(thrown(() => tactful.render('greeting.welcome', { customerName: 42 } as never))).toMatchObject({ code: 'INVALID_VARIABLES', issues: [{ variable: 'customerName' }] });
    expect(() => tactful.render('greeting.welcome', { customerName: '   ' })).toThrow(InvalidVariablesError);
  });

  it('rejects a money value without a valid currency code', () => {
    const example = tactful.templates({ search: 'price-change.increase-notice' })[0]!.example;
    expect(thrown(() => tactful.render('price-change.increase-notice', { ...example, newPrice: { amount: 10, currency: 'euro' } } as never))).toMatchObject({
      code: 'INVALID_VARIABLES',
      issues: [{ variable: 'newPrice.currency' }],
    });
  });

  it('rejects text with a blank line, which would become a paragraph break', () => {
    expect(thrown(() => tactful.render('closing.anything-else', { customerName: 'Sarah\n\nHello' }))).toMatchObject({ code: 'INVALID_VARIABLES', issues: [{ variable: 'customerName' }] });
  });

  it('rejects variables that are not an object', () => {
    expect(() => tactful.render('greeting.welcome', 'Sarah' as never)).toThrow(InvalidVariablesError);
  });

  it('all errors are TactfulErrors with a code', () => {
    try {
      tactful.render('greeting.welcome', { nope: 1 } as never);
    } catch (error) {
      expect(error).toBeInstanceOf(TactfulError);
      expect((error as TactfulError).code).toBe('INVALID_VARIABLES');
    }
  });
});

describe('unknown template ids', () => {
  it('throws TemplateNotFoundError with the nearest ids', () => {
    try {
      tactful.render('greeting.welcom' as never, {} as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateNotFoundError);
      expect((error as TemplateNotFoundError).suggestions).toContain('greeting.welcome');
    }
  });

  it('suggests by the name part alone', () => {
    try {
      tactful.render('wrong-item' as never, {} as never);
    } catch (error) {
      expect((error as TemplateNotFoundError).suggestions).toContain('apology.wrong-item');
    }
  });
});

describe('locale resolution', () => {
  it('follows the fallback chain lt-LT → lt and reports the locale used', () => {
    const result = tactful.renderResult('closing.anything-else', {}, { locale: 'lt-LT' });
    expect(result.locale).toBe('lt');
    expect(result.requestedLocale).toBe('lt-LT');
    expect(result.fallback).toBe(false);
  });

  it('refuses misspelt options instead of rendering with the defaults', () => {
    const misspelt = thrown(() => tactful.render('closing.anything-else', {}, { stict: true } as never));
    expect(misspelt).toMatchObject({ code: 'INVALID_OPTIONS', option: 'stict' });
    expect((misspelt as Error).message).toContain('"strict"');
    const misspeltOption = thrown(() => createTactful({ locales: [en], defaultLocal: 'en' } as never));
    expect(misspeltOption).toMatchObject({ code: 'INVALID_OPTIONS', option: 'defaultLocal' });
    expect((misspeltOption as Error).message).toContain('"defaultLocale"');
  });

  it('canonicalises tags in any case', () => {
    expect(tactful.renderResult('closing.anything-else', {}, { locale: 'LT-lt' }).locale).toBe('lt');
  });

  it('reads POSIX-style tags such as lv_LV', () => {
    const result = tactful.renderResult('closing.anything-else', {}, { locale: 'lv_LV' });
    expect(result.locale).toBe('lv');
    expect(result.requestedLocale).toBe('lv-LV');
  });

  it('falls back to the default locale and says so', () => {
    const result = tactful.renderResult('closing.anything-else', {}, { locale: 'de-AT' });
    expect(result.locale).toBe('en');
    expect(result.fallback).toBe(true);
  });

  it('says "an object", not "a object", of a value of the wrong kind', () => {
    expect(() => tactful.render('greeting.welcome', { customerName: { first: 'x' } } as never)).toThrow(/expected string, received an object/);
  });

  it('refuses a strict that is not true or false, rather than falling back', () => {
    // Each rendered English for 'de' before (a hostile review, session 13).
    expect(() => createTactful({ locales: [en], strict: 'true' as never })).toThrow(/option "strict"/);
    for (const strict of ['yes', 0, 1]) expect(() => tactful.renderResult('closing.anything-else', {}, { locale: 'de', strict: strict as never }), String(strict)).toThrow(/option "strict"/);
  });

  it('throws instead of falling back when strict', () => {
    expect(() => tactful.render('closing.anything-else', {}, { locale: 'de', strict: true })).toThrow(LocaleNotAvailableError);
    const strict = createTactful({ locales: [en, lv], strict: true });
    expect(() => strict.render('closing.anything-else', {}, { locale: 'ru' })).toThrow(LocaleNotAvailableError);
    expect(strict.renderResult('closing.anything-else', {}, { locale: 'lv-LV' }).locale).toBe('lv');
  });

  it('falls back when the locale lacks a message, and refuses in strict mode', () => {
    const partial = { ...lv, code: 'lv', resources: { closing: {} } };
    const instance = createTactful({ locales: [en, partial], defaultLocale: 'en' });
    const result = instance.renderResult('closing.anything-else', {}, { locale: 'lv' });
    expect(result.locale).toBe('en');
    expect(result.fallback).toBe(true);
    const refused = thrown(() => instance.render('closing.anything-else', {}, { locale: 'lv', strict: true }));
    expect(refused).toMatchObject({ code: 'LOCALE_NOT_AVAILABLE', locale: 'lv', templateId: 'closing.anything-else' });
    expect((refused as Error).message).toContain('closing:anything-else.');
  });

  it('rejects a string that is not a language tag', () => {
    expect(() => tactful.render('closing.anything-else', {}, { locale: 'not a tag!' })).toThrow(InvalidOptionsError);
  });
});

describe('register', () => {
  it('uses informal address when asked', () => {
    expect(tactful.render('closing.anything-else', {}, { locale: 'ru', register: 'informal' })).toMatch(/тебе/);
    expect(tactful.render('closing.anything-else', {}, { locale: 'ru', register: 'formal' })).toMatch(/Вам/);
  });

  it('falls back to formal where the locale has no informal register', () => {
    const result = tactful.renderResult('closing.anything-else', {}, { register: 'informal' });
    expect(result.register).toBe('formal');
    expect(result.text).toBe(tactful.render('closing.anything-else'));
  });

  it('falls back to the formal message where one informal message is missing', () => {
    const resources = structuredClone(lv.resources) as Record<string, Record<string, Record<string, string>>>;
    delete resources.closing!['anything-else']!.plain_informal;
    const instance = createTactful({ locales: [{ ...lv, resources }] });
    expect(instance.render('closing.anything-else', {}, { register: 'informal' })).toBe(
      instance.render('closing.anything-else', {}, { register: 'formal' }),
    );
  });

  it('uses the instance default register', () => {
    const informal = createTactful({ locales: [ru], register: 'informal' });
    expect(informal.render('closing.anything-else')).toMatch(/тебе/);
  });
});

describe('plurals follow CLDR rules', () => {
  const wait = (locale: string, waitMinutes: number) => tactful.render('escalation.transfer', { waitMinutes }, { locale });

  it.each([
    ['ru', 1, '1 минуты'],
    ['ru', 2, '2 минут'],
    ['ru', 5, '5 минут'],
    ['ru', 21, '21 минуты'],
    ['uk', 1, '1 хвилину'],
    ['uk', 3, '3 хвилини'],
    ['uk', 11, '11 хвилин'],
    ['lt', 1, '1 minutę'],
    ['lt', 2, '2 minutes'],
    ['lt', 10, '10 minučių'],
    ['lt', 21, '21 minutę'],
    ['lv', 1, '1 minūti'],
    ['lv', 10, '10 minūtes'],
    ['lv', 21, '21 minūti'],
    ['ro', 1, '1 minut'],
    ['ro', 5, '5 minute'],
    ['ro', 20, '20 de minute'],
    ['en', 1, '1 minute.'],
    ['en', 2, '2 minutes'],
  ])('%s %d → "%s"', (locale, count, expected) => {
    expect(wait(locale, count)).toContain(expected);
  });
});

describe('numbers, money and dates use the reply locale', () => {
  const example = tactful.templates({ search: 'price-change.increase-notice' })[0]!.example;
  it.each([
    ['en', '€11.99', '1 December 2026'],
    ['en-US', '€11.99', 'December 1, 2026'],
    ['ru', '11,99 €', '1 декабря 2026'],
    ['lt', '11,99 €', '2026 m. gruodžio 1 d.'],
    ['lv', '11,99 €', '01.12.2026.'],
  ])('%s', (locale, money, date) => {
    const text = tactful.render('price-change.increase-notice', example as never, { locale });
    expect(text.replace(/\u00a0/g, ' ')).toContain(money);
    expect(text).toContain(date);
  });
});

describe('channels', () => {
  const hostile = { ordered: 'Tom & Jerry <b>mug</b>', received: '*bold* [link](http://x) `code`' };

  it('text leaves variables exactly as given, with no entities', () => {
    const text = tactful.render('apology.wrong-item', hostile, { channel: 'text' });
    expect(text).toContain('Tom & Jerry <b>mug</b>');
    expect(text).toContain('*bold* [link](http://x) `code`');
    expect(text).not.toMatch(/&amp;|&lt;/);
  });

  it('html escapes every variable and wraps paragraphs', () => {
    const html = tactful.render('apology.wrong-item', hostile, { channel: 'html' });
    expect(html).toContain('Tom &amp; Jerry &lt;b&gt;mug&lt;/b&gt;');
    expect(html).not.toContain('<b>');
    expect(html.startsWith('<p>')).toBe(true);
    const notice = tactful.render('price-change.increase-notice', tactful.templates({ search: 'price-change.increase-notice' })[0]!.example as never, {
      channel: 'html',
    });
    expect(notice.match(/<p>/g)).toHaveLength(3);
  });

  it('markdown escapes control characters in variables only', () => {
    const md = tactful.render('apology.wrong-item', hostile, { channel: 'markdown' });
    expect(md).toContain('\\*bold\\* \\[link\\](http:\\/\\/x) \\`code\\`');
    expect(md).toContain('Tom \\& Jerry \\<b\\>mug\\</b\\>');
  });

  it('never compiles a variable as template source', () => {
    const text = tactful.render('closing.anything-else', { customerName: '{{customerName}} {{#if x}}' });
    expect(text).toContain('{{customerName}} {{#if x}}');
  });

  it('rejects an unknown channel', () => {
    expect(() => tactful.render('closing.anything-else', {}, { channel: 'pdf' as never })).toThrow(InvalidOptionsError);
  });
});

describe('variants', () => {
  it('picks a phrasing by index', () => {
    const first = tactful.render('closing.anything-else', {}, { variant: 0 });
    const second = tactful.render('closing.anything-else', {}, { variant: 1 });
    expect(first).not.toBe(second);
    expect(tactful.renderResult('closing.anything-else', {}, { variant: 1 }).variant).toBe(1);
  });

  it('picks the same phrasing for the same seed, and spreads seeds over all phrasings', () => {
    const seeded = (seed: string) => tactful.renderResult('closing.anything-else', {}, { variant: seed }).variant;
    expect(seeded('conversation-42')).toBe(seeded('conversation-42'));
    const seen = new Set(Array.from({ length: 40 }, (_, i) => seeded(`conversation-${i}`)));
    expect(seen).toEqual(new Set([0, 1]));
  });

  it('rejects an index out of range', () => {
    expect(() => tactful.render('closing.anything-else', {}, { variant: 7 })).toThrow(InvalidOptionsError);
  });
});

describe('instances are isolated', () => {
  it('two instances with different defaults do not see each other', () => {
    const a = createTactful({ locales: [en, ru], defaultLocale: 'ru', register: 'informal' });
    const b = createTactful({ locales: [en, ru], defaultLocale: 'en' });
    expect(a.render('closing.anything-else')).toMatch(/тебе/);
    expect(b.render('closing.anything-else')).toMatch(/anything else/);
    expect(a.render('closing.anything-else')).toMatch(/тебе/);
  });

  it('does not change the locale objects it is given', () => {
    const before = JSON.stringify(lt);
    createTactful({ locales: [lt] }).render('greeting.welcome', { customerName: 'Jonas' });
    expect(JSON.stringify(lt)).toBe(before);
  });
});

describe('createTactful options', () => {
  it('rejects missing locales and an unknown default locale', () => {
    expect(() => createTactful({ locales: [] })).toThrow(InvalidOptionsError);
    expect(thrown(() => createTactful({ locales: [en], defaultLocale: 'lv' }))).toMatchObject({ code: 'INVALID_OPTIONS', option: 'defaultLocale' });
    expect(thrown(() => createTactful({ locales: [en], register: 'casual' as never }))).toMatchObject({ code: 'INVALID_OPTIONS', option: 'register' });
  });

  it('lists its locales with the default first', () => {
    expect(createTactful({ locales: [en, lv], defaultLocale: 'lv' }).locales).toEqual(['lv', 'en']);
  });
});

describe('a message that cannot be shown stops the render', () => {
  it('throws MissingMessageError rather than sending "undefined"', () => {
    const broken = { ...en, resources: { ...en.resources, closing: { 'anything-else': { plain: 'Hi {{customerName}}', plainAlt: 'x', named: 'x', namedAlt: 'x' } } } };
    const instance = createTactful({ locales: [broken] });
    expect(() => instance.render('closing.anything-else')).toThrow(MissingMessageError);
  });
});
