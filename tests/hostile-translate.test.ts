import fc from 'fast-check';
import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import { createTactful, defineLocale, InvalidLocaleError, InvalidTemplateError, MissingMessageError, TactfulError, v } from '../src';
import { defineTemplate } from '../src/define';
import type { LocaleResources } from '../src';
import en from '../src/locales/en';
import lv from '../src/locales/lv';

/**
 * Hostile input to the translator's side: XLIFF files, overrides and locales from outside.
 * Whatever comes in, `Object.prototype` stays as it was, and every refusal is a `TactfulError`
 * that names the key (never a raw TypeError or RangeError).
 */

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort().join();
const prototypeIsClean = () => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(PROTOTYPE_NAMES);
  expect(Object.getOwnPropertyNames(Array.prototype)).not.toContain('polluted');
  for (const key in {}) throw new Error(`Object.prototype gained "${key}"`);
};
afterEach(prototypeIsClean);

/** The error a call throws, or undefined. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('message lookups read own properties only (render-misc)', () => {
  it('{{t "constructor:name"}} is a missing message, never "Object"', () => {
    const template = defineTemplate({ id: 'shop.proto', description: 'd', variables: {}, structure: '{{t "constructor:name"}}', example: {} });
    const tactful = createTactful({ locales: [en], templates: [template] });
    const error = thrown(() => tactful.render('shop.proto', {}));
    expect(error).toBeInstanceOf(TactfulError);
    expect(tactful.templates({ search: 'shop.proto' })[0]!.locales).toEqual([]);
  });
});

describe('a message may not change a variable’s kind (audit 3)', () => {
  const evil = { customerName: 'javascript:alert(document.cookie)' };

  it('overrideMessages refuses {{customerName, url}}', () => {
    const tactful = createTactful({ locales: [en] });
    const error = thrown(() => tactful.overrideMessages('en', { closing: { 'anything-else': { named: '{{customerName, url}}, anything else?' } } }));
    expect(error).toBeInstanceOf(InvalidLocaleError);
    expect((error as InvalidLocaleError).key).toBe('closing:anything-else.named');
    expect(tactful.render('closing.anything-else', evil, { channel: 'html' })).not.toContain('<a ');
  });

  it('overrideMessages still lets a format of the same kind through', () => {
    const tactful = createTactful({ locales: [en] });
    tactful.overrideMessages('en', { closing: { 'anything-else': { named: 'Anything else, {{customerName, vocative}}?' } } });
    expect(tactful.render('closing.anything-else', { customerName: 'Sarah' })).toBe('Anything else, Sarah?');
  });

  it('addLocale refuses a translation that turns a text variable into a link', () => {
    const resources = structuredClone(en.resources) as Record<string, Record<string, Record<string, string>>>;
    resources.closing!['anything-else']!.named = '{{customerName, url}}, kann ich sonst noch helfen?';
    const tactful = createTactful({ locales: [en] });
    const error = thrown(() => tactful.addLocale(defineLocale({ code: 'de', name: 'Deutsch', registers: ['formal'], resources })));
    expect(error).toBeInstanceOf(InvalidLocaleError);
    expect((error as InvalidLocaleError).message).toContain('anything-else.named');
  });

  it('defineTemplate refuses a url format on a text variable', () => {
    const error = thrown(() =>
      defineTemplate({ id: 'shop.site', description: 'd', variables: { site: v.text('shop site') }, structure: '{{t "body"}}', example: { site: 'https://a.example' }, messages: { en: { body: 'See {{site, url}}' } } }),
    );
    expect(error).toBeInstanceOf(InvalidTemplateError);
  });

  it('a link is only ever http(s) or mailto, on every path', () => {
    const site = defineTemplate({ id: 'shop.link', description: 'd', variables: { site: v.url('shop site') }, structure: '{{t "body"}}', example: { site: 'https://a.example' }, messages: { en: { body: 'See {{site, url}}' } } });
    const tactful = createTactful({ locales: [en], templates: [site] });
    expect(tactful.render('shop.link', { site: 'https://a.example/x' }, { channel: 'html' })).toContain('See <a href="https://a.example/x">https://a.example/x</a>');
    // A caller's own url schema that takes any scheme still never makes a javascript: link.
    const loose = defineTemplate({ id: 'shop.loose', description: 'd', variables: { site: z.url() }, structure: '{{t "body"}}', example: { site: 'https://a.example' }, messages: { en: { body: 'See {{site, url}}' } } });
    const t2 = createTactful({ locales: [en], templates: [loose] });
    expect(t2.render('shop.loose', { site: 'mailto:help@a.example' }, { channel: 'html' })).toContain('href="mailto:help@a.example"');
    for (const site of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x']) {
      expect(thrown(() => t2.render('shop.loose', { site }, { channel: 'html' }))).toBeInstanceOf(MissingMessageError);
    }
  });
});

describe('messages must be non-empty text (audits 11, 12)', () => {
  it.each([[['a', 'b']], [{}], [null], [42], [''], [' '], ['\n\t']])('overrideMessages refuses %j, naming the key', (value) => {
    const tactful = createTactful({ locales: [en] });
    const error = thrown(() => tactful.overrideMessages('en', { closing: { 'anything-else': { plain: value as never } } }));
    expect(error).toBeInstanceOf(InvalidLocaleError);
    expect((error as InvalidLocaleError).key).toBe('closing:anything-else.plain');
    expect(tactful.render('closing.anything-else', {})).toBe('Is there anything else I can help you with?');
  });

  it.each([[''], [' '], [null], [['x']]])('addLocale refuses %j, naming the key', (value) => {
    const resources = { closing: { 'anything-else': { plain: value } } } as unknown as LocaleResources;
    const error = thrown(() => createTactful({ locales: [en] }).addLocale(defineLocale({ code: 'de', name: 'Deutsch', registers: ['formal'], resources })));
    expect(error).toBeInstanceOf(InvalidLocaleError);
    expect((error as InvalidLocaleError).key).toBe('closing:anything-else.plain');
  });

  it('defineTemplate refuses an empty message', () => {
    const error = thrown(() => defineTemplate({ id: 'shop.e', description: 'd', variables: {}, structure: '{{t "body"}}', example: {}, messages: { en: { body: ' ' } } }));
    expect(error).toBeInstanceOf(InvalidTemplateError);
  });
});

/** Keys an attacker would try, and ordinary ones. */
const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'polluted', '', ' ', '.', 'a..b', '__proto__.polluted', 'constructor.prototype.polluted'),
  fc.stringMatching(/^[a-z_][a-z0-9_-]{0,6}(\.[a-z_][a-z0-9_-]{0,6}){0,2}$/),
  fc.string({ maxLength: 12 }),
);
/** Values a message should never be, and texts with markup and template syntax. */
const hostileValue = fc.oneof(
  fc.constantFrom<unknown>('', ' ', null, [], ['a'], {}, 42, true, '{{customerName, url}}', '{{customerName}}', '{{', '}}', '$t(x)', '<script>x</script>', ']]>', '&#99999999;', '\u202E', 'Is there anything else?'),
  fc.string(),
);
const hostileTree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, hostileValue, fc.dictionary(hostileKey, tie('tree'), { maxKeys: 4 })),
})).tree;

/** Builds an object with own `__proto__` keys, as JSON.parse does. */
const fromJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value) ?? 'null');

const failsOnlyWithTactfulError = (fn: () => unknown) => {
  const error = thrown(fn);
  if (error !== undefined) expect(error).toBeInstanceOf(TactfulError);
  prototypeIsClean();
};

describe('fuzz: hostile overrides and locales', () => {
  it('overrideMessages and addLocale: any keys and values, as objects and as parsed JSON', () => {
    const tactful = createTactful({ locales: [en, lv] });
    fc.assert(
      fc.property(fc.dictionary(hostileKey, hostileTree, { maxKeys: 3 }), fc.constantFrom('en', 'lv'), (tree, code) => {
        for (const messages of [tree, fromJson(tree), { closing: tree }, fromJson({ closing: { 'anything-else': tree } })]) {
          failsOnlyWithTactfulError(() => tactful.overrideMessages(code, messages as LocaleResources));
          failsOnlyWithTactfulError(() => createTactful({ locales: [en] }).addLocale(defineLocale({ code: 'de', name: 'Deutsch', registers: ['formal'], resources: messages as LocaleResources })));
        }
        // Whatever was accepted, a reply is still a reply.
        for (const channel of ['text', 'html', 'markdown'] as const) {
          const text = tactful.render('closing.anything-else', { customerName: 'javascript:alert(1)' }, { locale: code, channel });
          expect(text.trim()).not.toBe('');
          expect(text).not.toContain('href="javascript:');
        }
      }),
      { numRuns: 300 },
    );
  });
});
