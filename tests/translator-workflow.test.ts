import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Adding a locale from scratch, as docs/translators.md says, in a temporary copy of the project:
 * scaffold, translate a few messages, let the check report the rest, generate, build, render.
 */
const root = join(__dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'tactful-translator-'));
for (const entry of ['package.json', 'tsconfig.json', 'tsup.config.ts', 'src', 'templates', 'locales', 'scripts']) cpSync(join(root, entry), join(work, entry), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = (...args: string[]) => spawnSync(tsx, ['src/cli/bin.ts', ...args], { cwd: work, encoding: 'utf8' });

describe('adding Polish, following docs/translators.md', () => {
  it('scaffolds the locale, its registration and its data files', () => {
    const result = cli('locales', 'add', 'pl', '--name', 'polski');
    expect(result.status, result.stderr).toBe(0);
    const closing = JSON.parse(readFileSync(join(work, 'locales/pl/closing.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(closing['anything-else']!.plain).toMatch(/^\[untranslated\] Is there anything else/);
    const transfer = JSON.parse(readFileSync(join(work, 'locales/pl/escalation.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(Object.keys(transfer.transfer!).filter((k) => k.startsWith('wait_')).sort()).toEqual(['wait_few', 'wait_many', 'wait_one', 'wait_other']);
    const pkg = JSON.parse(readFileSync(join(work, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./locales/pl']).toBeDefined();
    for (const part of ['text', 'lint', 'categories']) expect(pkg.exports[`./locales/pl/${part}`], part).toBeDefined();
  });

  it('reports everything still to translate, with file, key and line', () => {
    const translated = {
      'anything-else': {
        plain: 'Czy mogę jeszcze w czymś pomóc?',
        named: '{{customerName}}, czy mogę jeszcze w czymś pomóc?',
        plainAlt: 'Czy jest jeszcze coś, w czym mogę dziś pomóc?',
        namedAlt: 'Czy jest jeszcze coś, w czym mogę dziś pomóc, {{customerName}}?',
      },
    };
    const path = join(work, 'locales/pl/closing.json');
    const closing = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, `${JSON.stringify({ ...closing, ...translated }, null, 2)}\n`);
    const result = cli('locales', 'check', 'pl', '--format', 'json', '--no-tone');
    expect(result.status).toBe(1);
    const problems = JSON.parse(result.stdout) as Array<{ code: string; file: string; key: string; line: number }>;
    expect(problems.filter((p) => p.file === 'locales/pl/closing.json' && p.key.startsWith('anything-else.'))).toEqual([]);
    const greeting = problems.find((p) => p.key === 'welcome.offer');
    expect(greeting).toMatchObject({ code: 'untranslated', file: 'locales/pl/greeting.json' });
    expect(greeting!.line).toBeGreaterThan(1);
    // The linter's and the conversation checker's data are part of the locale too.
    expect(problems).toContainEqual(expect.objectContaining({ code: 'untranslated', file: 'src/lint/rules/policy-shield/pl.json', key: 'message' }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'missing', file: 'src/lint/rules/policy-shield/pl.json', key: 'phrases' }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'missing', file: 'src/conversation/data/pl.json', key: 'signals.greeting.phrases' }));
  });

  it('builds, and renders the translated template in Polish while the rest falls back', async () => {
    execFileSync(tsx, ['scripts/generate/index.ts'], { cwd: work, stdio: 'pipe' });
    // The code alone: the types of some thirty entries would take most of the time.
    execFileSync(join(root, 'node_modules', '.bin', 'tsup'), [], { cwd: work, stdio: 'pipe', env: { ...process.env, TACTFUL_BUILD_TYPES: 'no' } });
    const { createTactful } = (await import(pathToFileURL(join(work, 'dist/index.js')).href)) as typeof import('../src');
    const pl = ((await import(pathToFileURL(join(work, 'dist/locales/pl.js')).href)) as { default: import('../src').LocaleDefinition }).default;
    const en = ((await import(pathToFileURL(join(work, 'dist/locales/en.js')).href)) as { default: import('../src').LocaleDefinition }).default;
    const tactful = createTactful({ locales: [en, pl], defaultLocale: 'en' });
    expect(tactful.render('closing.anything-else', { customerName: 'Anna' }, { locale: 'pl' })).toBe('Anna, czy mogę jeszcze w czymś pomóc?');
    const untranslated = tactful.renderResult('greeting.welcome', {}, { locale: 'pl' });
    expect(untranslated.locale).toBe('en');
    expect(untranslated.fallback).toBe(true);
    expect(() => tactful.render('greeting.welcome', {}, { locale: 'pl', strict: true })).toThrow(/not translated yet/);
  }, 240_000);
});

describe("a company's translator, in their own project (no checkout of tactful)", () => {
  const project = mkdtempSync(join(tmpdir(), 'tactful-project-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const run = (...args: string[]) => spawnSync(tsx, [join(root, 'src/cli/bin.ts'), ...args], { cwd: project, encoding: 'utf8' });

  it('adds a locale from the English that ships with tactful, into the folder the app loads', () => {
    const result = run('locales', 'add', 'de', '--name', 'Deutsch', '--registers', 'formal,informal', '--dir', 'i18n');
    expect(result.status, result.stderr).toBe(0);
    const closing = JSON.parse(readFileSync(join(project, 'i18n/de/closing.json'), 'utf8')) as Record<string, Record<string, string>>;
    expect(closing['anything-else']!.plain).toMatch(/^\[untranslated\] /);
    expect(JSON.parse(readFileSync(join(project, 'i18n/index.json'), 'utf8'))).toEqual({ de: { name: 'Deutsch', registers: ['formal', 'informal'] } });
    // Nothing of the tactful repository is written: no package export, no linter data.
    expect(() => readFileSync(join(project, 'package.json'))).toThrow();
  });

  it('checks it against that English, file by file, and the app loads what is translated', async () => {
    const path = join(project, 'i18n/de/closing.json');
    const closing = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    const translated = { plain: 'Kann ich Ihnen sonst noch helfen?', named: '{{customerName}}, kann ich Ihnen sonst noch helfen?', plainAlt: 'Gibt es noch etwas, wobei ich helfen kann?', namedAlt: 'Gibt es noch etwas, wobei ich helfen kann, {{customerName}}?' };
    writeFileSync(path, `${JSON.stringify({ ...closing, 'anything-else': translated }, null, 2)}\n`);
    const result = run('locales', 'check', '--dir', 'i18n', '--format', 'json', '--no-tone');
    expect(result.status).toBe(1);
    const problems = JSON.parse(result.stdout) as Array<{ code: string; file: string; key: string }>;
    expect(problems.filter((p) => p.key.startsWith('anything-else.'))).toEqual([]);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'untranslated', file: join('i18n', 'de', 'greeting.json'), key: 'welcome.offer' }));
    // tactful has no German tone rules: said, where the check used to skip them silently.
    expect(run('locales', 'check', 'de', '--dir', 'i18n', '--format', 'json').stderr).toMatch(/de: tone not checked/);

    const { createTactful, defineLocale } = await import('../src');
    const { default: en } = await import('../src/generated/locales/en');
    const resources = { closing: { 'anything-else': translated } };
    const tactful = createTactful({ locales: [en] });
    tactful.addLocale(defineLocale({ code: 'de', name: 'Deutsch', registers: ['formal', 'informal'], resources }));
    expect(tactful.render('closing.anything-else', { customerName: 'Anna' }, { locale: 'de' })).toBe('Anna, kann ich Ihnen sonst noch helfen?');
  });

  it('names a folder that is not a language tag instead of crashing', () => {
    mkdirSync(join(project, 'i18n/de_AT'), { recursive: true });
    writeFileSync(join(project, 'i18n/de_AT/closing.json'), '{}');
    const result = run('locales', 'check', '--dir', 'i18n', '--format', 'json', '--no-tone');
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout)).toContainEqual(expect.objectContaining({ locale: 'de_AT', message: expect.stringContaining('not named with a language tag') }));
    rmSync(join(project, 'i18n/de_AT'), { recursive: true });
  });

  it('lints a translation in a language tactful ships with that language\'s tone rules', () => {
    mkdirSync(join(project, 'i18n/lv'), { recursive: true });
    writeFileSync(join(project, 'i18n/lv/closing.json'), JSON.stringify({ 'anything-else': { plain_formal: 'Tāda ir uzņēmuma politika.' } }));
    const result = run('locales', 'check', 'lv', '--dir', 'i18n', '--format', 'json');
    const problems = JSON.parse(result.stdout) as Array<{ code: string; key: string; message: string }>;
    expect(problems).toContainEqual(expect.objectContaining({ code: 'tone', key: 'anything-else.plain_formal', message: expect.stringContaining('policy-shield') }));
    rmSync(join(project, 'i18n/lv'), { recursive: true });
  });

  // A translator's first hour (session 14): the CLI rendered only the shipped languages.
  it('previews a translation with tactful render --dir, falling back where it is not translated yet', () => {
    const named = run('render', 'closing.anything-else', '--locale', 'de', '--dir', 'i18n', '--var', 'customerName=Anna', '--variant', '0');
    expect(named.status, named.stderr).toBe(0);
    expect(named.stdout.trim()).toBe('Anna, kann ich Ihnen sonst noch helfen?');
    const untranslated = run('render', 'greeting.welcome', '--locale', 'de', '--dir', 'i18n');
    expect(untranslated.status).toBe(0);
    expect(untranslated.stderr).toMatch(/written in en, not de/);
    expect(run('render', 'greeting.welcome', '--locale', 'de', '--dir', 'nowhere').status).toBe(2);
    expect(run('render', 'greeting.welcome', '--locale', 'de', '--dir', 'i18n/index.json').status).toBe(2);
    // A folder of a shipped language would replace its registers and vocative: rendered as shipped, and said.
    mkdirSync(join(project, 'i18n/lv'), { recursive: true });
    writeFileSync(join(project, 'i18n/lv/closing.json'), JSON.stringify({ 'anything-else': { plain: 'Mans teksts?' } }));
    const latvian = run('render', 'greeting.welcome', '--locale', 'lv', '--register', 'informal', '--var', 'customerName=Jānis', '--dir', 'i18n');
    expect(latvian.stdout).toMatch(/^Sveiki, Jāni!/);
    expect(latvian.stderr).toMatch(/i18n\/lv\/ not loaded: tactful ships this language/);
    rmSync(join(project, 'i18n/lv'), { recursive: true });
  });

  // A translator's first hour (session 14): an import rewrote each file it touched with only the
  // XLIFF's translations, losing what was translated in the JSON since the export, and every
  // message still to translate, without a word.
  it('imports a CAT tool\'s XLIFF into the files, keeping every other message as it was', () => {
    const exported = run('locales', 'export', 'de', '--dir', 'i18n');
    expect(exported.status, exported.stderr).toBe(0);
    // Meanwhile, someone translates a message in the JSON itself.
    const path = join(project, 'i18n/de/closing.json');
    const before = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string>>;
    before['thank-you']!.patience = 'Danke für Ihre Geduld.';
    writeFileSync(path, `${JSON.stringify(before, null, 2)}\n`);
    // The CAT tool translates one unit and marks every other segment "initial", as many do.
    const unit = /(<unit id="thank-you\.plain">\s*<notes>[^]*?<\/notes>\s*<segment) state="initial">(\s*<source>[^<]*<\/source>)/;
    expect(exported.stdout).toMatch(unit);
    // Each unit says what its id only hints at: its template, register and plural numbers.
    expect(exported.stdout).toContain('<note category="context">template closing.thank-you</note>');
    const xliff = exported.stdout
      .replace(unit, '$1 state="translated">$2\n        <target>Danke!</target>')
      .replace(/<segment state="translated">/g, '<segment state="initial">')
      .replace(/<segment state="initial">(\s*<source>[^<]*<\/source>\s*<target>Danke!)/, '<segment state="translated">$1');
    writeFileSync(join(project, 'de.xlf'), xliff);
    const imported = run('locales', 'import', 'de.xlf', '--dir', 'i18n');
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/^Wrote 1 changed translation into 1 file of i18n\/de\//);
    const after = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, string>>;
    expect(after['thank-you']!.plain).toBe('Danke!');
    expect(after['thank-you']!.patience).toBe('Danke für Ihre Geduld.');
    expect(after['anything-else']!.plain).toBe('Kann ich Ihnen sonst noch helfen?');
    expect(after['thank-you']!.named).toMatch(/^\[untranslated\] /);
    expect(Object.keys(after)).toEqual(Object.keys(before));
  });

  it('says which file is broken instead of exporting or importing around it, and reads a byte-order mark as an editor wrote it', () => {
    const path = join(project, 'i18n/de/goodbye.json');
    writeFileSync(path, '{ "farewell": "Tschüss",, }');
    const exported = run('locales', 'export', 'de', '--dir', 'i18n');
    expect(exported.status).toBe(1);
    expect(exported.stderr).toMatch(/i18n\/de\/goodbye\.json:1:\d+ is not valid JSON/);
    expect(exported.stdout).toBe('');
    rmSync(path);
    const index = join(project, 'i18n/index.json');
    writeFileSync(index, `\uFEFF${readFileSync(index, 'utf8')}`);
    const closing = join(project, 'i18n/de/closing.json');
    writeFileSync(closing, `\uFEFF${readFileSync(closing, 'utf8').replace(/\n/g, '\r\n')}`);
    const checked = run('locales', 'check', 'de', '--dir', 'i18n', '--format', 'json', '--no-tone');
    expect(checked.status).toBe(1);
    const problems = JSON.parse(checked.stdout) as Array<{ code: string; file: string }>;
    expect(problems.filter((p) => p.code === 'json')).toEqual([]);
    expect(run('locales', 'export', 'de', '--dir', 'i18n').stdout).toContain('<target>Kann ich Ihnen sonst noch helfen?</target>');
  });

  // Session 14's own review of the merge: each of these lost a translation or exited 70.
  it('writes nothing it cannot merge, nothing where there is nothing to write, and only into the file\'s own language', () => {
    const unit = (id: string, target: string, lang = 'de') =>
      `<?xml version="1.0"?><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="${lang}"><file id="closing"><unit id="${id}"><segment state="translated"><source>x</source><target>${target}</target></segment></unit></file></xliff>`;
    const write = (name: string, xml: string) => writeFileSync(join(project, name), xml);
    const closing = join(project, 'i18n/de/closing.json');
    const kept = readFileSync(closing, 'utf8');
    // The same translation again changes nothing, and the file is left as it is.
    write('same.xlf', unit('anything-else.plain', 'Kann ich Ihnen sonst noch helfen?'));
    expect(run('locales', 'import', 'same.xlf', '--dir', 'i18n').stdout).toMatch(/^Wrote 0 changed translations into 0 files/);
    expect(readFileSync(closing, 'utf8')).toBe(kept);
    // A group where the XLIFF has a message, or a file that is no object of messages: exit 1, nothing written.
    write('group.xlf', unit('anything-else', 'Hallo'));
    const group = run('locales', 'import', 'group.xlf', '--dir', 'i18n');
    expect(group.status).toBe(1);
    expect(group.stderr).toMatch(/"anything-else" holds messages.*nothing was written/);
    writeFileSync(join(project, 'i18n/de/greeting.json'), '["not", "messages"]');
    const notObject = run('locales', 'import', 'group.xlf', '--dir', 'i18n');
    expect(notObject.status).toBe(1);
    rmSync(join(project, 'i18n/de/greeting.json'));
    expect(readFileSync(closing, 'utf8')).toBe(kept);
    // --locale must be a language tag of the file's own language.
    write('de.xlf', unit('thank-you.plain', 'Danke!'));
    for (const locale of ['index.json', 'ru', '../x']) expect(run('locales', 'import', 'de.xlf', '--dir', 'i18n', '--locale', locale).status, locale).toBe(2);
    // A file with no translated unit writes nothing and starts no folder.
    write('empty.xlf', unit('thank-you.plain', 'Danke!', 'fr').replace('state="translated"', 'state="initial"'));
    expect(run('locales', 'import', 'empty.xlf', '--dir', 'i18n').stdout).toMatch(/no translated unit yet: nothing was written/);
    expect(() => readFileSync(join(project, 'i18n/fr/closing.json'))).toThrow();
  });

  it('does not start a regional locale beside the one the app loads unless asked', () => {
    const exported = run('locales', 'export', 'de', '--dir', 'i18n').stdout.replace('trgLang="de"', 'trgLang="de-DE"');
    writeFileSync(join(project, 'de-DE.xlf'), exported);
    const refused = run('locales', 'import', 'de-DE.xlf', '--dir', 'i18n');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/"de-DE", which is not a locale of this project, and "de" is: import into it with --locale de/);
    expect(run('locales', 'import', 'de-DE.xlf', '--dir', 'i18n', '--locale', 'de').status).toBe(0);
  });
});
