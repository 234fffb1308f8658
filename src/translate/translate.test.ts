import { describe, expect, it } from 'vitest';
import { createTactful, defineLocale, InvalidLocaleError, InvalidOptionsError } from '../index';
import en from '../generated/locales/en';
import lv from '../generated/locales/lv';
import ru from '../generated/locales/ru';
import { ALL_LOCALES, thrown } from '../../tests/helpers';
import { checkLocale, UNTRANSLATED } from './check';
import { checkProjectLocale, openLocaleProject, projectLocales } from './project';
import { pseudoLocale } from './pseudo';
import { fromXliff, toXliff } from './xliff';
import { join } from 'node:path';

const project = openLocaleProject(join(__dirname, '..', '..'), { shippedEnglish: en.resources });

describe('every shipped locale passes the locale check', () => {
  it('the repository is opened as the repository', () => {
    expect(project.repository).toBe(true);
  });

  it.each(projectLocales(project).map((code) => [code]))('%s', (code) => {
    expect(checkProjectLocale(project, code).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('a corrupted locale is reported with the exact key and line', () => {
  const source = { closing: en.resources.closing!, escalation: en.resources.escalation! };
  const text = `{
  "anything-else": {
    "plain_formal": "Vai varu Jums vēl palīdzēt?",
    "plain_informal": "Vai varu tev vēl palīdzēt?",
    "named_formal": "{{name}}, vai varu Jums vēl palīdzēt?",
    "namedAlt_formal": "{{customerName, vocative}} vai vēl kas?",
    "plainAlt": "${UNTRANSLATED}Can I help you with anything else today?",
    "extraKey": "Lieks",
    "broken": "Sveiki {{customerName"
  }
}`;
  const problems = checkLocale(
    { code: 'lv', registers: ['formal', 'informal'], resources: { closing: JSON.parse(text) as never, escalation: { transfer: { wait_one: 'x {{count}}', wait_few: 'y {{count}}' } } } },
    { source, files: { closing: { path: 'locales/lv/closing.json', text } }, tone: false },
  );
  const find = (code: string, key: string) => problems.find((p) => p.code === code && p.key === key);

  it.each([
    ['placeholder', 'anything-else.named_formal', 5],
    ['register', 'anything-else.named_informal', 5],
    ['untranslated', 'anything-else.plainAlt', 7],
    ['extra', 'anything-else.extraKey', 8],
    ['extra', 'anything-else.broken', 9],
  ])('%s at %s, line %d', (code, key, line) => {
    expect(find(code, key)).toMatchObject({ severity: 'error', line, file: 'locales/lv/closing.json' });
  });

  it('reports plural forms that do not match the language', () => {
    expect(problems.filter((p) => p.code === 'plural' && p.namespace === 'escalation')).not.toEqual([]);
    expect(problems.find((p) => p.code === 'plural' && p.namespace === 'escalation')).toMatchObject({ severity: 'error', locale: 'lv', key: expect.stringContaining('transfer.wait') });
  });

  it('reports missing messages', () => {
    expect(find('missing', 'transfer.intro')).toBeDefined();
  });
});

// What a translator's first hour found the check let through to the customer (session 14).
describe('mistakes the check catches before a customer sees them', () => {
  const check = (code: string, closing: Record<string, string>, registers: Array<'formal' | 'informal'> = ['formal']) =>
    checkLocale({ code, registers, resources: { closing: { 'anything-else': closing } } }, { source: { closing: { 'anything-else': en.resources.closing!['anything-else'] as never } }, tone: false }).filter((p) => p.key.startsWith('anything-else.plain.') || p.key === 'anything-else.plain');
  const polish = (plain: string) => check('pl', { plain, named: '{{customerName}}, czy mogę jeszcze w czymś pomóc?', plainAlt: 'Czy mogę pomóc w czymś jeszcze?', namedAlt: 'Czy mogę pomóc w czymś jeszcze, {{customerName}}?' });

  it.each([
    ['the [untranslated] marker left at the end', 'Czy mogę jeszcze w czymś pomóc? [untranslated]', 'error', 'untranslated'],
    ['the marker in capitals', '[Untranslated] Czy mogę jeszcze w czymś pomóc?', 'error', 'untranslated'],
    ['an HTML entity, which addLocale refuses', 'Czy mog&#281; jeszcze w czym&#347; pom&oacute;c?', 'error', 'syntax'],
    ['&nbsp;', 'Czy mogę&nbsp;jeszcze w czymś pomóc?', 'error', 'syntax'],
    ['a stray brace', 'Czy mogę jeszcze w czymś pomóc?}', 'warning', 'syntax'],
    ['an HTML tag', 'Czy mogę <b>jeszcze</b> w czymś pomóc?', 'warning', 'syntax'],
  ] as const)('%s', (_name, plain, severity, code) => {
    expect(polish(plain)).toContainEqual(expect.objectContaining({ severity, code, key: 'anything-else.plain' }));
    expect(polish('Czy mogę jeszcze w czymś pomóc?')).toEqual([]);
  });

  it('reports a message written twice, as a dotted key and a nested one', () => {
    const closing = { 'anything-else': { plain: 'Czy mogę jeszcze w czymś pomóc?', named: '{{customerName}}, czy mogę pomóc?', plainAlt: 'Czy mogę pomóc?', namedAlt: 'Czy mogę pomóc, {{customerName}}?' }, 'anything-else.plain': 'stary tekst' };
    const problems = checkLocale({ code: 'pl', registers: ['formal'], resources: { closing } }, { source: { closing: { 'anything-else': en.resources.closing!['anything-else'] as never } }, tone: false });
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', code: 'syntax', key: 'anything-else.plain', message: expect.stringContaining('written twice') }));
  });

  it('warns where a plural form that stands for several numbers leaves {{count}} out', () => {
    const wait = (forms: Record<string, string>, code = 'pl') =>
      checkLocale({ code, registers: ['formal'], resources: { escalation: { transfer: forms } } }, { source: { escalation: { transfer: { wait_one: 'about {{count}} hour', wait_other: 'about {{count}} hours' } } }, tone: false }).filter((p) => p.code === 'placeholder');
    // Polish "one" is 1 alone: "godzinę" is right there; "few" is 2–4, 22–24…: the number is needed.
    expect(wait({ wait_one: 'około godziny', wait_few: 'kilka godzin', wait_many: 'około {{count}} godzin', wait_other: 'około {{count}} godziny' })).toEqual([
      expect.objectContaining({ severity: 'warning', key: 'transfer.wait_few', message: expect.stringContaining('{{count}} is left out') }),
    ]);
    // Russian "one" is also 21, 31…: "час" would answer 21 hours.
    expect(wait({ wait_one: 'около часа', wait_few: 'около {{count}} часов', wait_many: 'около {{count}} часов', wait_other: 'около {{count}} часа' }, 'ru')).toEqual([expect.objectContaining({ key: 'transfer.wait_one' })]);
  });
});

describe('a broken locale never stops the others from rendering', () => {
  it('renders the healthy locales and falls back per template for the broken one', () => {
    const broken = { ...lv, resources: { ...lv.resources, closing: { 'anything-else': { plain_formal: 'Sveiki {{customerName' } } } };
    const tactful = createTactful({ locales: [en, broken, ru] });
    expect(tactful.render('closing.anything-else', {}, { locale: 'ru' })).toMatch(/Вам/);
    expect(tactful.renderResult('closing.anything-else', {}, { locale: 'lv' }).locale).toBe('en');
    expect(tactful.render('apology.wrong-item', { ordered: 'a', received: 'b' }, { locale: 'lv' })).toMatch(/pasūtījums/);
  });
});

describe('locales at run time', () => {
  const de = defineLocale({
    code: 'de',
    name: 'Deutsch',
    registers: ['formal'],
    resources: { closing: { 'anything-else': { plain: 'Kann ich sonst noch helfen?', named: '{{customerName}}, kann ich sonst noch helfen?', plainAlt: 'Noch etwas?', namedAlt: 'Noch etwas, {{customerName}}?' } } },
  });

  it('adds a locale without rebuilding; missing templates fall back', () => {
    const tactful = createTactful({ locales: [en] });
    tactful.addLocale(de);
    expect(tactful.locales).toEqual(['en', 'de']);
    expect(tactful.render('closing.anything-else', { customerName: 'Anna' }, { locale: 'de' })).toBe('Anna, kann ich sonst noch helfen?');
    expect(tactful.renderResult('greeting.welcome', {}, { locale: 'de' }).fallback).toBe(true);
  });

  it('rejects a locale with broken placeholders, naming the key', () => {
    const tactful = createTactful({ locales: [en] });
    const bad = { ...de, resources: { closing: { 'anything-else': { ...de.resources.closing!['anything-else'] as object, named: '{{name}}, noch etwas?' } } } };
    const broken = thrown(() => tactful.addLocale(bad));
    expect(broken).toMatchObject({ code: 'INVALID_LOCALE', locale: 'de' });
    expect((broken as Error).message).toContain('anything-else.named');
    expect(broken).toBeInstanceOf(InvalidLocaleError);
  });

  it('says what a locale of its own needs to lint, not an import that does not exist', () => {
    const tactful = createTactful({ locales: [en] });
    tactful.addLocale(de);
    const error = thrown(() => tactful.lint('Das ist Firmenpolitik.', { locale: 'de' }));
    expect(error).toBeInstanceOf(InvalidOptionsError);
    expect((error as Error).message).toContain('a locale of your own needs `lint` in defineLocale()');
    expect((error as Error).message).not.toContain('tactful/locales/de');
  });

  // `tactful locales add` scaffolds every message marked untranslated and says to load the folder:
  // that threw on the first of 520 markers (a new user's first hour, session 13). A message still
  // marked is never sent; its template falls back, as the translators' guide says.
  it('never sends a message marked in any letter case or spacing', () => {
    for (const plain of [' [untranslated] Is there anything else?', '[untranslated]Is there anything else?', '[Untranslated] Is there anything else?']) {
      const tactful = createTactful({ locales: [en] });
      const named = `${plain.replace(/\?$/, '')}, {{customerName}}?`;
      tactful.addLocale(defineLocale({ code: 'pl', name: 'polski', registers: ['formal'], resources: { closing: { 'anything-else': { plain, named, plainAlt: plain, namedAlt: named } } } }));
      expect(tactful.renderResult('closing.anything-else', {}, { locale: 'pl' })).toMatchObject({ locale: 'en', fallback: true });
    }
  });

  it('loads a half-translated scaffold, and never sends what is still marked', () => {
    const tactful = createTactful({ locales: [en] });
    const half = { ...de, resources: { closing: { 'anything-else': { ...(de.resources.closing!['anything-else'] as object), namedAlt: `${UNTRANSLATED}Anything else, {{customerName}}?` } } } };
    tactful.addLocale(half);
    const fallback = tactful.renderResult('closing.anything-else', { customerName: 'Anna' }, { locale: 'de', variant: 1 });
    expect(fallback).toMatchObject({ locale: 'en', fallback: true, fallbackReason: expect.stringContaining('not translated yet') });
    expect(fallback.text).not.toContain(UNTRANSLATED.trim());
    expect(() => tactful.render('closing.anything-else', { customerName: 'Anna' }, { locale: 'de', strict: true })).toThrow(/not translated yet/);
    // Translated later (from XLIFF, say), the template is served in German.
    tactful.addLocale(de);
    expect(tactful.render('closing.anything-else', { customerName: 'Anna' }, { locale: 'de', variant: 1 })).toBe('Noch etwas, Anna?');
  });

  it('overrides single messages for a brand voice, keeping placeholders', () => {
    const tactful = createTactful({ locales: [en] });
    tactful.overrideMessages('en', { closing: { 'anything-else': { named: '{{customerName}}, anything else on your mind?' } } });
    expect(tactful.render('closing.anything-else', { customerName: 'Sam' })).toBe('Sam, anything else on your mind?');
    expect(thrown(() => tactful.overrideMessages('en', { closing: { 'anything-else': { named: 'Anything else?' } } }))).toMatchObject({ code: 'INVALID_LOCALE', locale: 'en', key: 'closing:anything-else.named' });
    expect(thrown(() => tactful.overrideMessages('en', { closing: { 'anything-else': { nmed: 'x' } } }))).toMatchObject({ code: 'INVALID_LOCALE', locale: 'en', key: 'closing:anything-else.nmed' });
    expect(createTactful({ locales: [en] }).render('closing.anything-else', { customerName: 'Sam' })).toBe('Sam, is there anything else I can help you with?');
  });
});

describe('XLIFF 2.0', () => {
  it.each(ALL_LOCALES.filter((l) => l.code !== 'en').map((l) => [l.code, l] as const))('round-trips %s without loss', (_code, locale) => {
    const xliff = toXliff(locale.resources, en.resources, { source: 'en', target: locale.code });
    expect(xliff).toMatch(/<xliff [^>]*version="2\.0"/);
    const back = fromXliff(xliff);
    expect(back.target).toBe(locale.code);
    expect(back.resources).toEqual(JSON.parse(JSON.stringify(locale.resources)));
  });

  it('escapes markup and keeps the English source beside each target', () => {
    const xliff = toXliff({ x: { a_formal: 'A & <b> "c"' } }, { x: { a: 'Source' } }, { source: 'en', target: 'lv' });
    expect(xliff).toContain('<source>Source</source>');
    expect(xliff).toContain('<target>A &amp; &lt;b&gt; &quot;c&quot;</target>');
    expect(fromXliff(xliff).resources).toEqual({ x: { a_formal: 'A & <b> "c"' } });
  });

  // A hostile review and a new user's first hour, session 13: each came back as a translation.
  const unit = (segment: string) =>
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="lv"><file id="closing"><unit id="a.plain_formal">${segment}</unit><unit id="b.plain_formal"><segment><source>B</source><target>Bē</target></segment></unit></file></xliff>`;

  it('leaves out a segment in state "initial", whatever its target holds', () => {
    expect(fromXliff(unit('<segment state="initial"><source>Is there anything else?</source><target>Is there anything else?</target></segment>')).resources).toEqual({ closing: { b: { plain_formal: 'Bē' } } });
    expect(fromXliff(unit('<segment state="translated"><source>A</source><target>Ā</target></segment>')).resources).toEqual({ closing: { a: { plain_formal: 'Ā' }, b: { plain_formal: 'Bē' } } });
  });

  it('refuses a segment with two targets, and markup that is not XLIFF inline content', () => {
    expect(thrown(() => fromXliff(unit('<segment><source>A</source><target>one</target><target>two</target></segment>')))).toMatchObject({ code: 'INVALID_LOCALE', key: 'closing:a.plain_formal' });
    expect(thrown(() => fromXliff(unit('<segment><source>A</source><target>Ā <script>alert(1)</script></target></segment>')))).toMatchObject({ code: 'INVALID_LOCALE', key: 'closing:a.plain_formal' });
    expect(fromXliff(unit('<segment><source>A</source><target><mrk id="m1">Ā</mrk> <pc id="p1">un</pc></target></segment>')).resources.closing).toEqual({ a: { plain_formal: 'Ā un' }, b: { plain_formal: 'Bē' } });
  });

  it('notes each unit\'s template, register and the numbers of its plural form', () => {
    const xml = toXliff({ escalation: { transfer: { wait_formal_many: 'x {{count}}', intro_informal: 'y' } } }, en.resources, { source: 'en', target: 'fr' });
    expect(xml).toContain('template escalation.transfer; formal register (the polite form of address); plural form many: 1000000');
    expect(xml).toContain('template escalation.transfer; informal register');
  });

  it('exports a text still to translate without a target', () => {
    const xliff = toXliff({ x: { a_formal: `${UNTRANSLATED}Source`, b_formal: 'Tulkots' } }, { x: { a: 'Source', b: 'Translated' } }, { source: 'en', target: 'lv' });
    expect(xliff).toContain('<segment state="initial">\n        <source>Source</source>\n      </segment>');
    expect(xliff).not.toContain(UNTRANSLATED.trim());
    expect(fromXliff(xliff).resources).toEqual({ x: { b_formal: 'Tulkots' } });
  });
});

describe('the pseudo-locale', () => {
  it('renders every template accented and bracketed, placeholders intact', () => {
    const tactful = createTactful({ locales: [pseudoLocale(en)] });
    for (const template of tactful.templates()) {
      const text = tactful.render(template.id as never, template.example as never, { strict: true });
      expect(text, template.id).toMatch(/⟦/);
      expect(text, template.id).not.toMatch(/\{\{/);
    }
    expect(tactful.render('closing.anything-else', { customerName: 'Sarah' })).toMatch(/^⟦Sarah, /);
  });
});

describe('checkLocale given the wrong things', () => {
  it('names the import a lint-only part lacks, and the source it needs', () => {
    const lvLint = lv.lint!;
    expect(() => checkLocale({ code: 'lv', registers: ['formal'], lint: lvLint } as never, { source: en.resources })).toThrow(/tactful\/locales\/lv\/text/);
    expect(() => checkLocale(en as never, undefined as never)).toThrow(InvalidOptionsError);
  });
});
