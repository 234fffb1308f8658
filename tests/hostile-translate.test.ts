import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import { createTactful, defineLocale, fromXliff, InvalidLocaleError, InvalidTemplateError, MissingMessageError, TactfulError, toXliff, v } from '../src';
import { defineTemplate } from '../src/define';
import { runCli } from '../src/cli/main';
import type { CliIo } from '../src/cli/io';
import type { LocaleResources } from '../src';
import en from '../src/generated/locales/en';
import lv from '../src/generated/locales/lv';

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

const xliff = (units: string, options: { lang?: string; file?: string } = {}) =>
  `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="${options.lang ?? 'lv'}"><file id="${options.file ?? 'closing'}">${units}</file></xliff>`;
const unit = (id: string, target: string) => `<unit id="${id}"><segment><source>x</source><target>${target}</target></segment></unit>`;

/** The error a call throws, or undefined. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('fromXliff: keys never walk into the prototype (audit 1)', () => {
  it.each(['__proto__.customerName', 'constructor.prototype.isAdmin', 'a.__proto__', 'prototype', 'a..b', '.a'])('refuses the unit id %j, naming it', (id) => {
    const error = thrown(() => fromXliff(xliff(unit(id, 'Mallory'))));
    expect(error).toBeInstanceOf(InvalidLocaleError);
    expect((error as InvalidLocaleError).key).toBe(`closing:${id}`);
    expect(({} as Record<string, unknown>).customerName).toBeUndefined();
  });

  it('builds trees without a prototype', () => {
    const { resources } = fromXliff(xliff(unit('anything-else.plain_formal', 'Vai varu vēl palīdzēt?')));
    expect(Object.getPrototypeOf(resources)).toBeNull();
    expect(Object.getPrototypeOf(resources.closing)).toBeNull();
    expect(resources).toEqual({ closing: { 'anything-else': { plain_formal: 'Vai varu vēl palīdzēt?' } } });
  });
});

describe('message lookups read own properties only (render-misc)', () => {
  // Refused when the instance is made (session 14), where it used to fail at the first render.
  it.each(['constructor:name', 'closing:constructor', 'closing:__proto__'])('{{t "%s"}} is a message no locale has, never "Object"', (key) => {
    const template = defineTemplate({ id: 'shop.proto', description: 'd', variables: {}, structure: `{{t "${key}"}}`, example: {} });
    const error = thrown(() => createTactful({ locales: [en], templates: [template] }));
    expect(error).toBeInstanceOf(TactfulError);
    expect((error as Error).message).toMatch(/no loaded locale \(en\) has/);
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

  it('fromXliff refuses an empty <target>, naming the unit; a unit without a target is left out', () => {
    for (const target of ['<target></target>', '<target/>', '<target>  </target>']) {
      const error = thrown(() => fromXliff(xliff(`<unit id="a.b"><segment><source>x</source>${target}</segment></unit>`)));
      expect(error).toBeInstanceOf(InvalidLocaleError);
      expect((error as InvalidLocaleError).key).toBe('closing:a.b');
    }
    expect(fromXliff(xliff('<unit id="a.b"><segment><source>x</source></segment></unit>')).resources).toEqual({});
  });

  it('defineTemplate refuses an empty message', () => {
    const error = thrown(() => defineTemplate({ id: 'shop.e', description: 'd', variables: {}, structure: '{{t "body"}}', example: {}, messages: { en: { body: ' ' } } }));
    expect(error).toBeInstanceOf(InvalidTemplateError);
  });
});

describe('what is checked is what is sent (hostile review, session 7)', () => {
  const plain = 'Is there anything else I can help you with?';

  it.each([['&amp;'], ['&nbsp;'], ['&#39;'], ['&#x27;']])('refuses the HTML entity %s in an override, a locale and a template, naming the key', (entity) => {
    const tactful = createTactful({ locales: [en] });
    const error = thrown(() => tactful.overrideMessages('en', { closing: { 'anything-else': { plain: `Anything else ${entity} more?` } } }));
    expect(error).toBeInstanceOf(InvalidLocaleError);
    expect((error as InvalidLocaleError).key).toBe('closing:anything-else.plain');
    expect((error as Error).message).toContain(entity);
    expect(tactful.render('closing.anything-else', {})).toBe(plain);
    const resources = { closing: { 'anything-else': { plain: `A ${entity} B` } } } as unknown as LocaleResources;
    expect(thrown(() => defineLocale({ code: 'de', name: 'Deutsch', registers: ['formal'], resources }))).toBeInstanceOf(InvalidLocaleError);
    expect(thrown(() => defineTemplate({ id: 'shop.e', description: 'd', variables: {}, structure: '{{t "body"}}', example: {}, messages: { en: { body: `A ${entity} B` } } }))).toBeInstanceOf(InvalidTemplateError);
  });

  it('lets a bare ampersand through: "Q&A", "R & D"', () => {
    const tactful = createTactful({ locales: [en] });
    tactful.overrideMessages('en', { closing: { 'anything-else': { plain: 'Any other Q&A or R & D question?' } } });
    expect(tactful.render('closing.anything-else', {}, { channel: 'html' })).toBe('<p>Any other Q&amp;A or R &amp; D question?</p>');
    expect(tactful.render('closing.anything-else', {})).toBe('Any other Q&A or R & D question?');
  });

  it('stores the override it checked: a getter that answers differently the second time changes nothing', () => {
    const tactful = createTactful({ locales: [en] });
    let reads = 0;
    const message = {
      get plain() {
        reads++;
        return reads === 1 ? 'Anything else today?' : '{{#each x}}{{/each}}';
      },
    };
    tactful.overrideMessages('en', { closing: { 'anything-else': message } } as unknown as LocaleResources);
    expect(reads).toBe(1);
    expect(tactful.render('closing.anything-else', {})).toBe('Anything else today?');
  });

  it('reads a Proxy as plain data, never a DOMException', () => {
    const tactful = createTactful({ locales: [en] });
    const proxied = new Proxy({ plain: 'Anything else today?' }, {});
    tactful.overrideMessages('en', { closing: { 'anything-else': proxied } } as unknown as LocaleResources);
    expect(tactful.render('closing.anything-else', {})).toBe('Anything else today?');
  });

  it('a locale changed after defineLocale, or a shipped one changed after its import, cannot bring an empty message into a reply', () => {
    const message = { plain: 'Sonst noch etwas?', named: '{{customerName}}, sonst noch etwas?', plainAlt: 'Kann ich sonst noch helfen?', namedAlt: 'Kann ich sonst noch helfen, {{customerName}}?' };
    const de = defineLocale({ code: 'de', name: 'Deutsch', registers: ['formal'], resources: { closing: { 'anything-else': message } } });
    message.plain = '';
    const tactful = createTactful({ locales: [en, de] });
    expect(tactful.render('closing.anything-else', {}, { locale: 'de', strict: true })).toBe('Sonst noch etwas?');

    const closing = (lv.resources.closing as Record<string, Record<string, string>>)['anything-else']!;
    const before = Object.getOwnPropertyDescriptor(closing, Object.keys(closing)[0]!)!;
    const key = Object.keys(closing)[0]!;
    if (Object.isFrozen(closing)) {
      // Frozen all the way down: nothing to change.
      expect(() => {
        'use strict';
        closing[key] = '';
      }).toThrow(TypeError);
    } else {
      closing[key] = '';
      try {
        const error = thrown(() => createTactful({ locales: [lv] }));
        expect(error).toBeInstanceOf(InvalidLocaleError);
        expect((error as InvalidLocaleError).key).toBe(`closing:anything-else.${key}`);
      } finally {
        Object.defineProperty(closing, key, before);
      }
    }
  });
});

describe('a second hostile review (session 7)', () => {
  const good = { plain: 'Noch etwas?', plainAlt: 'Sonst noch etwas?', named: '{{customerName}}, noch etwas?', namedAlt: 'Sonst noch etwas, {{customerName}}?' };

  it('a template’s messages changed after defineTemplate never reach a reply', () => {
    const source = { id: 'shop.note', description: 'A note.', variables: { note: v.text('The note') }, structure: '{{t "body"}}', example: { note: 'hi' }, messages: { en: { body: 'Your note: {{note}}' } } };
    const template = defineTemplate(source);
    source.messages.en.body = 'Your note: {{note, url}}';
    expect(() => {
      'use strict';
      (template.messages as unknown as { en: { body: string } }).en.body = '{{note, url}}';
    }).toThrow(TypeError);
    const html = createTactful({ locales: [en], templates: [template] }).render('shop.note', { note: 'https://phish.example/login' }, { channel: 'html' });
    expect(html).toBe('<p>Your note: https://phish.example/login</p>');
  });

  it('a locale read through getters is read once: addLocale checks what it stores', () => {
    const tactful = createTactful({ locales: [en] });
    let reads = 0;
    const sneaky = {
      code: 'de',
      name: 'Deutsch',
      registers: ['formal'],
      lint: {},
      get resources() {
        return reads++ === 0 ? { closing: { 'anything-else': good } } : { closing: { 'anything-else': { ...good, named: '{{customerName, url}} noch etwas?' } } };
      },
    };
    tactful.addLocale(sneaky as unknown as Parameters<typeof defineLocale>[0]);
    expect(reads).toBe(1);
    expect(tactful.render('closing.anything-else', { customerName: 'https://phish.example' }, { locale: 'de', channel: 'html', variant: 0 })).toBe('<p>https://phish.example, noch etwas?</p>');
  });

  it('addLocale checks regional overlays like the locale: no placeholder may change its kind', () => {
    const tactful = createTactful({ locales: [en] });
    const locale = defineLocale({ code: 'de', name: 'Deutsch', registers: ['formal'], resources: { closing: { 'anything-else': good } }, regions: { 'de-AT': { closing: { 'anything-else': { named: '{{customerName, url}}, noch etwas?' } } } } });
    const error = thrown(() => tactful.addLocale(locale));
    expect(error).toBeInstanceOf(InvalidLocaleError);
    expect((error as Error).message).toContain('de-AT');
  });

  it('refuses a circular, a too deep or an unreadable tree with a TactfulError naming the key', () => {
    const circular: Record<string, unknown> = { a: 'x' };
    circular.self = circular;
    let deep: Record<string, unknown> = { leaf: 'x' };
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    const { proxy, revoke } = Proxy.revocable({ plain: 'x' }, {});
    revoke();
    const duplicates = new Proxy({ plain: 'x' }, { ownKeys: () => ['plain', 'plain'] });
    for (const tree of [circular, deep, proxy, duplicates]) {
      const error = thrown(() => defineLocale({ code: 'xx', name: 'X', registers: ['formal'], resources: { closing: tree } as unknown as LocaleResources }));
      expect(error).toBeInstanceOf(TactfulError);
      expect((error as InvalidLocaleError).key).toMatch(/^closing/);
      expect(thrown(() => createTactful({ locales: [en] }).overrideMessages('en', { closing: { 'anything-else': tree } } as unknown as LocaleResources))).toBeInstanceOf(TactfulError);
    }
  });

  it('refuses a locale whose fields cannot be read with a TactfulError', () => {
    const { proxy, revoke } = Proxy.revocable(['formal'], {});
    revoke();
    expect(thrown(() => defineLocale({ code: 'xx', name: 'X', registers: proxy as never, resources: { a: { b: 'c' } } }))).toBeInstanceOf(InvalidLocaleError);
  });

  it('refuses input whose getter throws its own error with a TactfulError, keeping that error as the cause', () => {
    class Custom extends Error {}
    const messageTrap = Object.defineProperty(new Error('x'), 'message', { get: () => { throw new TypeError('no'); } });
    const symbolMessage = Object.defineProperty(new Error('x'), 'message', { value: Symbol('m') });
    const prototypeTrap = new Proxy({}, { getPrototypeOf: () => { throw new RangeError('trap'); } });
    for (const thrownByGetter of [new SyntaxError('bad'), new Custom('own'), 'a string', messageTrap, symbolMessage, prototypeTrap, new Error('x'.repeat(1_000_000))]) {
      const trap = { get plain(): string { throw thrownByGetter; } };
      expect(thrown(() => defineLocale({ code: 'xx', name: 'X', registers: ['formal'], resources: { closing: trap } as unknown as LocaleResources }))).toBeInstanceOf(InvalidLocaleError);
      const fields = { code: 'xx', name: 'X', get registers(): never { throw thrownByGetter; }, resources: { a: { b: 'c' } } };
      const fromField = thrown(() => defineLocale(fields));
      expect(fromField).toBeInstanceOf(InvalidLocaleError);
      expect((fromField as Error).cause).toBe(thrownByGetter);
      expect((fromField as Error).message.length).toBeLessThan(1000);
      const base = { id: 'shop.x', description: 'd', structure: '{{t "body"}}', example: {}, messages: { en: { get body(): string { throw thrownByGetter; } } } };
      expect(thrown(() => defineTemplate(base as never))).toBeInstanceOf(InvalidTemplateError);
      expect(thrown(() => createTactful({ locales: [en] }).overrideMessages('en', { closing: { 'anything-else': trap } } as unknown as LocaleResources))).toBeInstanceOf(TactfulError);
    }
  });

  it.each([['&#x0000041;'], ['&#00000065;'], ['&amp'], ['&AMP;'], ['&#X41'], ['&nbsp']])('refuses the HTML reference %s as HTML reads it', (entity) => {
    expect(thrown(() => createTactful({ locales: [en] }).overrideMessages('en', { closing: { 'anything-else': { plain: `A ${entity} B` } } }))).toBeInstanceOf(InvalidLocaleError);
  });
});

describe('a third hostile review (session 7): a link is only ever a url variable’s, on every path', () => {
  const evil = 'https://evil.example';
  const noLink = (html: string) => expect(html).not.toContain('<a ');

  it('a locale given to createTactful, or its overlay, cannot show a text variable as a link', () => {
    const welcome = (text: string) => ({ greeting: { welcome: { named_formal: text, named: text } } });
    const raw = { ...en, regions: { 'en-US': welcome('Hello {{customerName, url}}') } };
    const tactful = createTactful({ locales: [raw] });
    noLink(tactful.render('greeting.welcome', { customerName: evil }, { locale: 'en-US', channel: 'html' }));
    const second = { ...lv, resources: { ...lv.resources, ...welcome('Sveiki, {{customerName, url}}') } };
    const withSecond = createTactful({ locales: [en, second] });
    expect(() => withSecond.render('greeting.welcome', { customerName: evil }, { locale: 'lv', channel: 'html', strict: true })).toThrow(TactfulError);
  });

  it('a copied template object, or a built-in’s message overwritten by a template, cannot either', () => {
    const template = defineTemplate({ id: 'shop.s', description: 'd', variables: { name: v.text('n') }, structure: '{{t "body"}}', example: { name: 'x' }, messages: { en: { body: 'Hi {{name}}' } } });
    const copied = { ...template, messages: { en: { body: 'Hi {{name, url}}' } } };
    expect(() => createTactful({ locales: [en], templates: [copied] }).render('shop.s', { name: evil }, { channel: 'html' })).toThrow(TactfulError);
  });

  it('a variable swapped after defineTemplate changes nothing', () => {
    const variables: Record<string, ReturnType<typeof v.url> | ReturnType<typeof v.text>> = { site: v.url('The site') };
    const template = defineTemplate({ id: 'shop.a', description: 'd', variables, structure: '{{t "body"}}', example: { site: 'https://shop.example' }, messages: { en: { body: 'Order {{site, url}}' } } });
    variables.site = v.text('The site');
    const html = createTactful({ locales: [en], templates: [template] }).render('shop.a', { site: 'https://shop.example' }, { channel: 'html' });
    expect(html).toContain('<a href="https://shop.example"');
    expect(() => createTactful({ locales: [en], templates: [template] }).render('shop.a', { site: 'not a url' }, { channel: 'html' })).toThrow(TactfulError);
  });

  it('refuses what cannot be read, and a variable that is no zod schema, with a TactfulError', () => {
    const { proxy, revoke } = Proxy.revocable({ name: v.text('n') }, {});
    revoke();
    const base = { id: 'shop.x', description: 'd', structure: '{{t "body"}}', example: { name: 'x' }, messages: { en: { body: 'Hi {{name}}' } } };
    expect(thrown(() => defineTemplate({ ...base, variables: proxy }))).toBeInstanceOf(InvalidTemplateError);
    expect(thrown(() => defineTemplate({ ...base, variables: { name: 42 } } as never))).toBeInstanceOf(InvalidTemplateError);
    const registerless = { code: 'de', name: 'D', resources: { a: { b: 'c' } } } as unknown as Parameters<typeof createTactful>[0]['locales'][number];
    expect(thrown(() => createTactful({ locales: [registerless] }))).toBeInstanceOf(TactfulError);
  });

  it('refuses a tree that shares its branches in time linear in what it reads', () => {
    let node: Record<string, unknown> = { leaf: 'x' };
    for (let i = 0; i < 24; i++) node = { a: node, b: node };
    const started = performance.now();
    expect(thrown(() => defineLocale({ code: 'de', name: 'D', registers: ['formal'], resources: { closing: node as never } }))).toBeInstanceOf(InvalidLocaleError);
    const cyclic: Record<string, unknown> = {};
    cyclic.a = cyclic;
    cyclic.b = cyclic;
    expect(thrown(() => createTactful({ locales: [en] }).overrideMessages('en', { closing: cyclic as never }))).toBeInstanceOf(InvalidLocaleError);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it.each([['Read our Q&As; they help.'], ['Marks&Spencer; Tesco'], ['you&me;'], ['AT&T;']])('lets %j through: HTML reads no unknown name', (text) => {
    const tactful = createTactful({ locales: [en] });
    tactful.overrideMessages('en', { closing: { 'anything-else': { plain: text } } });
    expect(tactful.render('closing.anything-else', {})).toBe(text);
  });
});

describe('fromXliff reads XML as XML (audit 19)', () => {
  const read = (xml: string) => fromXliff(xml).resources as unknown as Record<string, Record<string, Record<string, string>>>;

  it('joins a unit’s segments, with the ignorable whitespace between them', () => {
    const two = '<unit id="a.b"><segment><source>Sorry.</source><target>Atvainojiet.</target></segment><ignorable><source> </source></ignorable><segment><source>We will write.</source><target>Mēs atbildēsim.</target></segment></unit>';
    expect(read(xliff(two)).closing!.a!.b).toBe('Atvainojiet. Mēs atbildēsim.');
    const partly = '<unit id="a.b"><segment><source>Sorry.</source><target>Atvainojiet.</target></segment><segment><source>We will write.</source></segment></unit>';
    expect(read(xliff(partly))).toEqual({});
  });

  it('reads CDATA, character references, single quotes, and inline codes by their text', () => {
    expect(read(xliff(unit('a.b', '<![CDATA[Tom & Jerry]]>'))).closing!.a!.b).toBe('Tom & Jerry');
    expect(read(xliff(unit('a.b', '&#x4C;&#105;ga &amp; co'))).closing!.a!.b).toBe('Liga & co');
    expect(read(xliff("<unit id='a.b'><segment><target>x</target></segment></unit>")).closing!.a!.b).toBe('x');
    expect(read(xliff(unit('a.b', 'Hello, <ph id="1" equiv="{{customerName}}"/>!'))).closing!.a!.b).toBe('Hello, {{customerName}}!');
    expect(read(xliff(unit('a.b', 'Hello, <pc id="1">dear</pc> <mrk id="m">friend</mrk>!'))).closing!.a!.b).toBe('Hello, dear friend!');
  });

  it('refuses an inline code it cannot turn into text', () => {
    expect(thrown(() => fromXliff(xliff(unit('a.b', 'Hello <ph id="1"/>!'))))).toBeInstanceOf(InvalidLocaleError);
  });

  it('leaves commented-out units and translation matches out', () => {
    expect(read(xliff(`<!-- ${unit('old.key', 'removed')} -->${unit('a.b', 'kept')}`))).toEqual({ closing: { a: { b: 'kept' } } });
    const match = '<unit id="a.b"><mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#1"><source>x</source><target>suggested</target></mtc:match></mtc:matches><segment id="1"><source>x</source><target>chosen</target></segment></unit>';
    expect(read(xliff(match)).closing!.a!.b).toBe('chosen');
  });

  it.each([
    ['an out-of-range character reference', unit('a.b', '&#99999999;')],
    ['an undefined entity', unit('a.b', '&nbsp;')],
    ['a key that is also a prefix', unit('a', 'x') + unit('a.b', 'y')],
    ['a repeated key', unit('a.b', 'x') + unit('a.b', 'y')],
    ['unclosed markup', '<unit id="a.b"><segment><target>x'],
  ])('refuses %s with an InvalidLocaleError', (_, units) => {
    expect(thrown(() => fromXliff(xliff(units)))).toBeInstanceOf(InvalidLocaleError);
  });

  it.each([['../../escaped'], ['lv/../../x'], [''], ['lv\u0000']])('refuses the trgLang %j', (lang) => {
    expect(thrown(() => fromXliff(xliff(unit('a.b', 'x'), { lang })))).toBeInstanceOf(InvalidLocaleError);
  });

  it.each([['../proj/locales/index'], ['a/b'], ['..'], ['__proto__'], ['']])('refuses the file id %j', (file) => {
    expect(thrown(() => fromXliff(xliff(unit('a.b', 'x'), { file })))).toBeInstanceOf(InvalidLocaleError);
  });

  it('keeps every text through toXliff and back: markup, line breaks, control characters, lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), fc.string({ unit: 'binary', minLength: 1 }).filter((s) => s.trim() !== ''), { minKeys: 1, maxKeys: 5 }),
        (messages) => {
          const resources = { closing: { group: messages } };
          const back = fromXliff(toXliff(resources, { closing: {} }, { source: 'en', target: 'lv' }));
          expect(back.target).toBe('lv');
          expect(back.resources).toEqual(resources);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('tactful locales import stays inside --root (audit 2)', () => {
  const project = () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-import-'));
    mkdirSync(join(dir, 'proj', 'locales'), { recursive: true });
    writeFileSync(join(dir, 'proj', 'locales', 'index.json'), '{"en":{"name":"English","registers":["formal"]}}');
    return dir;
  };
  const importFile = async (dir: string, xml: string, extra: readonly string[] = []) => {
    writeFileSync(join(dir, 'evil.xlf'), xml);
    let err = '';
    let out = '';
    const io: CliIo = {
      stdout: (text) => (out += text),
      stderr: (text) => (err += text),
      readFile: (path) => readFileSync(path, 'utf8'),
      writeFile: (path, text) => writeFileSync(path, text),
      exists: (path) => existsSync(path),
      color: false,
      readStdin: async () => '',
      isDirectory: () => false,
      glob: () => [],
      stdinIsTTY: false,
      cwd: dir,
    };
    return { code: await runCli(['locales', 'import', 'evil.xlf', '--root', 'proj', ...extra], io), err, out };
  };

  it('refuses a trgLang that is a path', async () => {
    const dir = project();
    const { code } = await importFile(dir, xliff(unit('x', 'written outside the project'), { lang: '../../escaped', file: 'pwned' }));
    expect(code).not.toBe(0);
    expect(existsSync(join(dir, 'escaped'))).toBe(false);
  });

  it('refuses a file id that is a path, and writes nothing', async () => {
    const dir = project();
    const { code } = await importFile(dir, xliff(unit('y', 'index.json clobbered'), { file: '../proj/locales/index' }));
    expect(code).not.toBe(0);
    expect(readFileSync(join(dir, 'proj', 'locales', 'index.json'), 'utf8')).toBe('{"en":{"name":"English","registers":["formal"]}}');
    expect(existsSync(join(dir, 'proj', 'locales', 'lv'))).toBe(false);
  });

  it('writes a good file into locales/<lng>/', async () => {
    const dir = project();
    const { code } = await importFile(dir, xliff(unit('anything-else.plain_formal', 'Vai varu vēl palīdzēt?')));
    expect(code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'proj', 'locales', 'lv', 'closing.json'), 'utf8'))).toEqual({ 'anything-else': { plain_formal: 'Vai varu vēl palīdzēt?' } });
  });

  it('names the --dir it wrote to in the check it suggests', async () => {
    const dir = project();
    const { code, out } = await importFile(dir, xliff(unit('anything-else.plain_formal', 'Vai varu vēl palīdzēt?')), ['--dir', 'i18n']);
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'proj', 'i18n', 'lv', 'closing.json'))).toBe(true);
    expect(out).toContain('npx tactful locales check lv --root proj --dir i18n');
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

describe('fuzz: hostile XLIFF, overrides and locales', () => {
  it('fromXliff: any ids, targets, markup and garbage', () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const markup = fc.constantFrom('<![CDATA[x]]>', '<ph id="1"/>', '<ph id="1" equiv="{{customerName}}"/>', '<pc id="1">x</pc>', '<!-- c -->', '&#0;', '&#x110000;', '&nbsp;', '&amp;', '<target>', '</segment>', '<?pi x?>', '<!DOCTYPE x [<!ENTITY e "boom">]>');
    const target = fc.oneof(fc.string().map(escape), fc.string(), markup, fc.array(fc.oneof(fc.string().map(escape), markup), { maxLength: 4 }).map((parts) => parts.join('')));
    const units = fc.array(fc.tuple(fc.oneof(hostileKey.map(escape), hostileKey), target), { maxLength: 6 }).map((list) => list.map(([id, text]) => unit(id, text)).join(''));
    fc.assert(
      fc.property(units, fc.oneof(fc.constant('lv'), hostileKey), fc.oneof(fc.constant('closing'), hostileKey), fc.string(), (body, lang, file, garbage) => {
        failsOnlyWithTactfulError(() => fromXliff(xliff(body, { lang, file })));
        failsOnlyWithTactfulError(() => fromXliff(garbage));
        failsOnlyWithTactfulError(() => fromXliff(xliff(body, { lang, file }).slice(0, garbage.length * 7)));
      }),
      { numRuns: 400 },
    );
  });

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
