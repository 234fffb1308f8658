import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createTactful, defineLocale, InvalidLocaleError } from '../src';
import en from '../src/generated/locales/en';
import { ALL_LOCALES } from './helpers';

// Regional formats: the text comes from `en`, `lv`, `ru`, `ro`; dates, numbers and money follow
// the caller's full tag.
const tactful = createTactful({ locales: ALL_LOCALES, defaultLocale: 'en', timeZone: 'UTC' });

const shipping = { customerName: 'Ann', deliveryDate: new Date('2026-12-05T07:00:00Z'), trackingUrl: 'https://example.com/t/1' };
const increase = {
  productName: 'Premium',
  oldPrice: { amount: 1234.5, currency: 'EUR' },
  newPrice: { amount: 1299, currency: 'EUR' },
  effectiveDate: new Date('2026-12-05T07:00:00Z'),
};

describe('English: British by default, American on request', () => {
  it('en-GB gives "5 December 2026" and British spelling', () => {
    const result = tactful.renderResult('update.shipping', shipping, { locale: 'en-GB' });
    expect(result.text).toContain('5 December 2026');
    expect(result.text).toContain('parcel');
    expect(result).toMatchObject({ locale: 'en', formatLocale: 'en-GB', fallback: false });
  });

  it('en-US gives "December 5, 2026" and American spelling', () => {
    const result = tactful.renderResult('update.shipping', shipping, { locale: 'en-US' });
    expect(result.text).toContain('December 5, 2026');
    expect(result.text).toContain('package');
    expect(result.text).not.toContain('parcel');
    expect(result).toMatchObject({ locale: 'en-US', formatLocale: 'en-US', fallback: false });
  });

  it('bare en is the British English it is written in', () => {
    const result = tactful.renderResult('update.shipping', shipping, { locale: 'en' });
    expect(result.text).toContain('5 December 2026');
    expect(result.formatLocale).toBe('en-GB');
  });

  it('the American overlay replaces only the messages that differ', () => {
    const refund = { amount: { amount: 20, currency: 'USD' }, refundDays: 3, paymentMethod: 'Visa card ending in 4242' };
    const us = tactful.render('resolution.refund-confirmed', refund, { locale: 'en-US' });
    const gb = tactful.render('resolution.refund-confirmed', refund, { locale: 'en-GB' });
    expect(us).toContain('3 business days');
    expect(gb).toContain('3 working days');
    expect(us).toContain('$20.00');
    expect(gb).toContain('US$20.00');
  });

  it('another English region keeps the British text and formats its own way', () => {
    const result = tactful.renderResult('update.shipping', shipping, { locale: 'en-AU' });
    expect(result).toMatchObject({ locale: 'en', formatLocale: 'en-AU' });
  });
});

describe('the full tag formats while the text comes from the language', () => {
  it.each([
    ['lv-LV', 'lv'],
    ['ru-UA', 'ru'],
    ['ro-MD', 'ro'],
    ['lt-LT', 'lt'],
    ['uk-UA', 'uk'],
  ])('%s formats with its own tag, text from %s', (tag, language) => {
    const result = tactful.renderResult('price-change.increase-notice', increase, { locale: tag });
    expect(result).toMatchObject({ locale: language, formatLocale: tag, fallback: false });
    const amount = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', currencyDisplay: 'narrowSymbol' }).format(1234.5);
    expect(result.text).toContain(amount);
  });

  it('ru-UA groups thousands as Ukraine does, ru as Russia does', () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    const ruUa = plain(tactful.render('price-change.increase-notice', increase, { locale: 'ru-UA' }));
    const ru = plain(tactful.render('price-change.increase-notice', increase, { locale: 'ru' }));
    expect(ruUa).toContain('1234,50 €');
    expect(ru).toContain('1 234,50 €');
  });

  it('a fallback to another language formats as that language does', () => {
    const result = tactful.renderResult('update.shipping', shipping, { locale: 'de-AT' });
    expect(result).toMatchObject({ locale: 'en', fallback: true, formatLocale: 'en-GB' });
  });
});

describe('money as customers read it', () => {
  it.each([
    ['en', 'EUR', 29.99, '€29.99'],
    ['lv', 'EUR', 29.99, '29,99 €'],
    ['ro', 'EUR', 29.99, '29,99 €'],
    ['uk', 'EUR', 29.99, '29,99 €'],
    ['ro', 'RON', 1234.5, '1.234,50 lei'],
    ['uk', 'UAH', 1234.5, '1 234,50 ₴'],
    ['en-US', 'USD', 29.99, '$29.99'],
    ['en-GB', 'USD', 29.99, 'US$29.99'],
    ['en-GB', 'CAD', 29.99, 'CA$29.99'],
  ])('%s %s %d → %s', (locale, currency, amount, expected) => {
    const text = tactful.render('price-change.increase-notice', { ...increase, newPrice: { amount, currency } }, { locale });
    // Intl writes a narrow no-break space in some locales: compare with plain spaces.
    expect(text.replace(/[\u00a0\u202f]/g, ' ')).toContain(expected);
  });
});

describe('list items in quotes', () => {
  it.each([
    ['en', '“Downloading invoices” and “Changing billing details”'],
    ['en-US', '“Downloading invoices” and “Changing billing details”'],
  ])('%s', (locale, expected) => {
    const text = tactful.render('resolution.extra-resources', { guideTitles: ['Downloading invoices', 'Changing billing details'] } as never, { locale });
    expect(text).toContain(expected);
  });

  it('quotes in the language’s own marks, escaped with the item on html', () => {
    const text = tactful.render('resolution.extra-resources', { guideTitles: ['<b>', 'Billing'] } as never, { locale: 'en', channel: 'html' });
    expect(text).toContain('“&lt;b&gt;” and “Billing”');
  });
});

describe('a locale carries regional overlays', () => {
  const pt = defineLocale({
    code: 'pt',
    name: 'português',
    registers: ['formal'],
    formatLocale: 'pt-PT',
    quotes: ['«', '»'],
    resources: {
      greeting: {
        welcome: {
          named: 'Olá, {{customerName}}!',
          anonymous: 'Olá!',
          agent: 'O meu nome é {{agentName}}.',
          offer: 'Obrigado pelo seu contacto. Em que posso ajudar?',
          offerShort: 'Em que posso ajudar?',
        },
      },
    },
    regions: { 'pt-BR': { greeting: { welcome: { anonymous: 'Oi!', offer: 'Obrigado pelo seu contato. Como posso ajudar?' } } } },
  });
  const app = createTactful({ locales: [en, pt] });

  it('a region gets its own messages and the language’s for the rest', () => {
    expect(app.renderResult('greeting.welcome', {}, { locale: 'pt-BR' })).toMatchObject({ locale: 'pt-BR', text: expect.stringContaining('Oi!') });
    expect(app.render('greeting.welcome', { customerName: 'Ana' }, { locale: 'pt-BR' })).toBe('Olá, Ana! Obrigado pelo seu contato. Como posso ajudar?');
    expect(app.render('greeting.welcome', {}, { locale: 'pt-PT' })).toBe('Olá! Obrigado pelo seu contacto. Em que posso ajudar?');
  });

  it('an overlay added with addLocale works the same', () => {
    const later = createTactful({ locales: [en] });
    later.addLocale(pt);
    expect(later.render('greeting.welcome', {}, { locale: 'pt-BR' })).toContain('Oi!');
  });

  it.each([
    [{ regions: { 'es-MX': {} } }, 'es-MX'],
    [{ regions: { pt: {} } }, 'pt'],
    [{ formatLocale: 'es-ES' }, undefined],
    [{ quotes: ['«'] }, undefined],
  ])('refuses a bad overlay or format setting: %j', (extra, key) => {
    let error: unknown;
    try {
      defineLocale({ code: 'pt', name: 'português', registers: ['formal'], resources: {}, ...(extra as object) });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidLocaleError);
    expect(error).toMatchObject({ code: 'INVALID_LOCALE', ...(key ? { key } : {}) });
  });
});

describe('Latvian dates as the standard writes them', () => {
  const app = createTactful({ locales: ALL_LOCALES, defaultLocale: 'en', timeZone: 'UTC' });
  app.overrideMessages('lv', { apology: { 'late-delivery': { newDate_formal: 'Pasūtījums pie Jums būs līdz {{newDeliveryDate, date(style: numeric)}}.' } } });
  const late = { delayDays: 2, newDeliveryDate: new Date('2026-12-03T09:30:00Z') };

  it.each(['lv', 'lv-LV'])('%s: a numeric date ends with a point, and the full stop after it is not doubled', (locale) => {
    const text = app.render('apology.late-delivery', late, { locale });
    expect(text).toContain('līdz 03.12.2026.');
    expect(text).not.toContain('2026..');
  });

  it('other languages keep their own numeric dates', () => {
    app.overrideMessages('ru', { apology: { 'late-delivery': { newDate_formal: 'Заказ будет у Вас до {{newDeliveryDate, date(style: numeric)}}.' } } });
    const text = app.render('apology.late-delivery', late, { locale: 'ru' });
    expect(text).toContain('до 03.12.2026.');
    expect(text).not.toContain('2026..');
  });
});

describe('examples in the language asked for', () => {
  const lvExamples = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'templates', 'examples', 'lv.json'), 'utf8')) as Record<string, Record<string, unknown>>;

  it.each(['lv', 'lv-LV'])('templates({ locale: %j }) fills each example with Latvian words', (locale) => {
    const [wrongItem] = tactful.templates({ locale, search: 'apology.wrong-item' });
    expect(wrongItem!.example).toMatchObject(lvExamples['apology.wrong-item']!);
    // Every Latvian example renders in Latvian without a variable problem.
    for (const t of tactful.templates({ locale })) expect(() => tactful.render(t.id as never, t.example as never, { locale })).not.toThrow();
  });

  it('keeps the English example for English and where no locale is asked for', () => {
    const english = tactful.templates({ search: 'apology.wrong-item' })[0]!.example;
    expect(tactful.templates({ locale: 'en', search: 'apology.wrong-item' })[0]!.example).toEqual(english);
    expect(english).not.toMatchObject(lvExamples['apology.wrong-item']!);
  });
});

describe('the en-US overlay', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales');
  const flatten = (tree: Record<string, unknown>, prefix = ''): Array<[string, string]> =>
    Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value as Record<string, unknown>, `${prefix}${key}.`)));
  const placeholders = (text: string) => [...text.matchAll(/\{\{[^}]+\}\}/g)].map((m) => m[0]).sort();

  it.each(readdirSync(join(root, 'en-US')).map((file) => [file]))('%s only replaces messages en has, with the same placeholders', (file) => {
    const base = new Map(flatten(JSON.parse(readFileSync(join(root, 'en', file), 'utf8')) as Record<string, unknown>));
    const overlay = flatten(JSON.parse(readFileSync(join(root, 'en-US', file), 'utf8')) as Record<string, unknown>);
    expect(overlay.length).toBeGreaterThan(0);
    for (const [key, text] of overlay) {
      expect(base.has(key), key).toBe(true);
      expect(placeholders(text), key).toEqual(placeholders(base.get(key)!));
      expect(text, key).not.toEqual(base.get(key));
    }
  });
});
