import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../src';
import { LOCALE_CODES } from '../src/generated/locale-codes';
import { thrown } from './helpers';

// These tests read the build in dist/: `npm test` builds before it runs them.
const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  bin: Record<string, string>;
  sideEffects: boolean;
  engines: { node: string };
};

describe('package.json', () => {
  it('exports the core, render, lint, catalog, templates, define, textlint, i18next, stream, tools, export, each shipped locale whole, in its two parts and by category, and package.json, nothing else', () => {
    expect(Object.keys(pkg.exports).sort()).toEqual(
      [
        '.',
        './render',
        './lint',
        './catalog',
        './define',
        './export',
        './i18next',
        './package.json',
        './stream',
        './textlint',
        './tools',
        './templates',
        ...LOCALE_CODES.flatMap((code) => [`./locales/${code}`, `./locales/${code}/text`, `./locales/${code}/lint`, `./locales/${code}/categories`]),
      ].sort(),
    );
  });

  it('maps every subpath export for TypeScript on moduleResolution node10 (typesVersions)', () => {
    const versions = (pkg as unknown as { typesVersions: Record<string, Record<string, string[]>> }).typesVersions['*']!;
    for (const entry of Object.keys(pkg.exports).filter((e) => e !== '.' && e !== './package.json')) {
      const subpath = entry.slice(2);
      // TypeScript matches `locales/*` with the longest prefix, so `*` may span `lv/text`.
      const pattern = Object.keys(versions).find((key) => key === subpath) ?? Object.keys(versions).find((key) => key.endsWith('*') && subpath.startsWith(key.slice(0, -1)));
      expect(pattern, entry).toBeDefined();
      const file = versions[pattern!]![0]!.replace('*', subpath.slice(pattern!.length - 1));
      expect(existsSync(join(root, file)), file).toBe(true);
    }
  });

  it('points every export condition at a built file, types first', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') {
        expect(existsSync(join(root, target)), entry).toBe(true);
        continue;
      }
      for (const [condition, files] of Object.entries(target as Record<string, Record<string, string>>)) {
        expect(Object.keys(files)[0], `${entry} ${condition}`).toBe('types');
        for (const file of Object.values(files)) expect(existsSync(join(root, file)), file).toBe(true);
      }
    }
    expect(existsSync(join(root, pkg.bin.tactful!))).toBe(true);
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines.node).toBe('>=20');
  });
});

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CHANNELS',
        'CHECKLIST_IDS',
        'COMMITMENT_KINDS',
        'DEFAULT_WEIGHTS',
        'InvalidLocaleError',
        'InvalidOptionsError',
        'InvalidTemplateError',
        'InvalidTranscriptError',
        'InvalidVariablesError',
        'LocaleNotAvailableError',
        'MEDIUM_PROFILES',
        'MESSAGE_FORMATS',
        'MissingMessageError',
        'RULES',
        'RULE_IDS',
        'SIGNAL_IDS',
        'REGISTERS',
        'TactfulError',
        'TemplateNotFoundError',
        'UNTRANSLATED',
        'checkConversation',
        'checkLocale',
        'createTactful',
        'defineLocale',
        'describeVariable',
        'detectLocale',
        'escapeHtml',
        'escapeMarkdown',
        'findSignals',
        'fromXliff',
        'guard',
        'fix',
        'fixResult',
        'lint',
        'localeChain',
        'parseMessage',
        'parseTranscript',
        'partOfDay',
        'pseudoLocale',
        'templateSource',
        'toXliff',
        'v',
      ].sort(),
    );
  });
});

describe('built entry points', () => {
  const require = createRequire(import.meta.url);

  // `npx tactful` in a checkout ran dist/cli.js as built: "Permission denied" after a rebuild (session 13).
  it('the CLI is built runnable: a shebang and the execute bits', () => {
    const cli = join(root, 'dist/cli.js');
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(cli).mode & 0o111).toBe(0o111);
  });

  it.each(LOCALE_CODES.flatMap((code) => [`${code}`, `${code}/text`, `${code}/lint`]).map((entry) => [entry] as const))('tactful/locales/%s loads from ESM and CommonJS', async (entry) => {
    const esm = (await import(pathToFileURL(join(root, `dist/locales/${entry}.js`)).href)) as { default: api.LocaleDefinition };
    const cjs = require(join(root, `dist/locales/${entry}.cjs`)) as api.LocaleDefinition;
    const [code, part] = entry.split('/');
    for (const locale of [esm.default, cjs]) {
      expect(locale.code).toBe(code);
      expect(locale.resources !== undefined).toBe(part !== 'lint');
      expect(locale.lint !== undefined).toBe(part !== 'text');
      expect(locale.conversation !== undefined).toBe(part === undefined);
    }
  });

  it('renders with tactful/render and lints with tactful/lint, from ESM and CommonJS, each with its part of a locale', async () => {
    for (const load of [(file: string) => import(pathToFileURL(join(root, `dist/${file}.js`)).href), async (file: string) => require(join(root, `dist/${file}.cjs`)) as unknown]) {
      const { createRenderer } = (await load('render')) as typeof import('../src/render');
      const { lint, guard } = (await load('lint')) as typeof import('../src/lint');
      const text = ((await load('locales/lv/text')) as { default?: api.LocaleDefinition }).default ?? ((await load('locales/lv/text')) as api.LocaleDefinition);
      const phrases = ((await load('locales/lv/lint')) as { default?: api.LocaleDefinition }).default ?? ((await load('locales/lv/lint')) as api.LocaleDefinition);
      expect(createRenderer({ locales: [text] }).render('closing.anything-else', { customerName: 'Jānis' })).toBe('Jāni, vai varu Jums vēl kaut kā palīdzēt?');
      expect(lint('Tā ir uzņēmuma politika.', { locale: phrases }).map((d) => d.ruleId)).toEqual(['policy-shield']);
      expect(guard('Tā ir uzņēmuma politika.', { locale: phrases }).verdict).not.toBe('send');
    }
  });

  it('renders one category with createRendererFor, tactful/templates and tactful/locales/<lng>/categories, from ESM and CommonJS', async () => {
    for (const load of [(file: string) => import(pathToFileURL(join(root, `dist/${file}.js`)).href), async (file: string) => require(join(root, `dist/${file}.cjs`)) as unknown]) {
      const { createRendererFor } = (await load('render')) as typeof import('../src/render');
      const { closing } = (await load('templates')) as typeof import('../src/generated/templates');
      const { closing: lvClosing } = (await load('locales/lv/categories')) as typeof import('../src/generated/locales/lv/categories');
      const widget = createRendererFor({ templates: closing, locales: [lvClosing] });
      expect(widget.render('closing.anything-else', { customerName: 'Jānis' })).toBe('Jāni, vai varu Jums vēl kaut kā palīdzēt?');
      expect(widget.has('greeting.welcome')).toBe(false);
    }
  });

  it('the shipped data leaves out the texts only the tests and the docs read', async () => {
    const lv = ((await import(pathToFileURL(join(root, 'dist/locales/lv.js')).href)) as { default: api.LocaleDefinition }).default;
    expect(lv.lint!['policy-shield']!.phrases.length).toBeGreaterThan(0);
    expect(lv.lint!['policy-shield']!.examples).toBeUndefined();
    expect(lv.conversation!.signals.greeting!.phrases.length).toBeGreaterThan(0);
    expect(lv.conversation!.signals.greeting!.match).toBeUndefined();
  });

  it('the textlint rule loads with require, as textlint loads rules', () => {
    const rule = require(join(root, 'dist/textlint.cjs')) as { linter: unknown; fixer: unknown };
    expect(typeof rule.linter).toBe('function');
    expect(typeof rule.fixer).toBe('function');
  });

  it('tactful/export loads from ESM and CommonJS and exports a locale', async () => {
    const esm = (await import(pathToFileURL(join(root, 'dist/export.js')).href)) as typeof import('../src/export');
    const cjs = require(join(root, 'dist/export.cjs')) as typeof import('../src/export');
    const en = require(join(root, 'dist/locales/en.cjs')) as api.LocaleDefinition;
    expect(Object.keys(esm.EXPORT_FORMATS)).toEqual(['chatwoot', 'zendesk', 'freshdesk', 'gorgias', 'rasa', 'lg']);
    expect(cjs.exportCatalog('chatwoot', { locales: [en] }).files.map((f) => f.path)).toEqual(['chatwoot/en.json']);
  });

  it('renders from the CommonJS build', () => {
    const { createTactful } = require(join(root, 'dist/index.cjs')) as typeof api;
    const en = require(join(root, 'dist/locales/en.cjs')) as api.LocaleDefinition;
    expect(createTactful({ locales: [en] }).render('closing.anything-else')).toMatch(/anything else/);
  });

  /** The ESM files the core entries and the locales load, following relative imports. */
  const coreFiles = () => [...loads('index', 'render', 'lint', 'catalog', ...LOCALE_CODES.flatMap((code) => ['', '/text', '/lint'].map((part) => `locales/${code}${part}`))).files];

  // The entries on top of the library (tsup.config.ts) import its modules from the library's own
  // files: one TactfulError, one registry, whichever entry threw.
  it('the entries on top throw the core’s own error classes, from ES modules and from CommonJS', async () => {
    const load = async (entry: string, cjs: boolean) => (cjs ? createRequire(import.meta.url)(join(root, `dist/${entry}.cjs`)) : await import(pathToFileURL(join(root, `dist/${entry}.js`)).href)) as Record<string, (...args: unknown[]) => unknown>;
    for (const cjs of [false, true]) {
      const core = (await load('index', cjs)) as unknown as typeof api;
      const calls: Array<[string, string, unknown[]]> = [['export', 'exportCatalog', ['nope', { locales: [] }]], ['define', 'defineTemplate', [{}]]];
      for (const [entry, name, args] of calls) {
        const call = (await load(entry, cjs))[name]!;
        const error = thrown(() => call(...args));
        expect(error, `${entry} (${cjs ? 'cjs' : 'esm'})`).toBeInstanceOf(core.TactfulError);
      }
    }
  });

  /** The files an ES module entry loads, following relative imports, and the packages it imports. */
  function loads(...entries: string[]): { files: Set<string>; packages: Set<string> } {
    const files = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      // Import statements only: a JSDoc example kept in the build may show one in a comment.
      for (const [, from, bare] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;'"]*?from\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm)) {
        const spec = from ?? bare!;
        if (spec.startsWith('.')) visit(join(dirname(file), spec));
        else packages.add(spec);
      }
    };
    for (const entry of entries) visit(join(root, `dist/${entry}.js`));
    return { files, packages };
  }

  it('`tactful` with a locale loads few files (each costs Node a resolve, a read and a compile)', () => {
    // 35 before the entries on top were built apart (session 10); 19–21 before the core's small
    // chunks were joined (scripts/merge-chunks.ts); 13–14 after.
    for (const code of LOCALE_CODES) expect(loads('index', `locales/${code}`).files.size, code).toBeLessThanOrEqual(14);
    // The join: of the chunks `tactful` loads, at most one is under 32 KB (8 were before).
    const small = [...loads('index').files].filter((file) => basename(file).startsWith('chunk-') && statSync(file).size <= 32 * 1024);
    expect(small.length).toBeLessThanOrEqual(1);
  });

  it('reads XLIFF with the built code, and runs the XML parser only then', async () => {
    const xliff = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="lv"><file id="closing"><unit id="anything-else.question"><segment><source>Anything else?</source><target>Vēl kaut kas?</target></segment></unit></file></xliff>';
    const esm = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as typeof api;
    const cjs = require(join(root, 'dist/index.cjs')) as typeof api;
    for (const { fromXliff } of [esm, cjs]) expect(fromXliff(xliff)).toEqual({ target: 'lv', resources: { closing: { 'anything-else': { question: 'Vēl kaut kas?' } } } });
    // saxes is bundled as CommonJS: its module wrapper is called inside fromXliff, never at the
    // top level of a file (where every `import 'tactful'` would run it).
    const built = readdirSync(join(root, 'dist')).filter((file) => /\.c?js$/.test(file) && readFileSync(join(root, 'dist', file), 'utf8').includes('SaxesParser'));
    expect(built.length).toBeGreaterThan(0);
    for (const file of built) expect(readFileSync(join(root, 'dist', file), 'utf8'), file).not.toMatch(/^(?:var|let|const) [\w$]+ = (?:__toESM\()?require_saxes\(\)/m);
  });

  it('tactful/i18next and tactful/stream stay small: neither the core nor the i18next package', async () => {
    const i18next = loads('i18next');
    expect(i18next.files.size).toBeLessThanOrEqual(6);
    expect([...i18next.packages]).not.toContain('i18next');
    expect(loads('stream').files.size).toBeLessThanOrEqual(loads('lint').files.size + 2);
    // …and throw the core's own TactfulError (a value tactful refuses to format).
    const { TactfulFormatter } = (await import(pathToFileURL(join(root, 'dist/i18next.js')).href)) as typeof import('../src/i18next');
    const core = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as typeof api;
    const { default: i18n } = await import('i18next');
    const app = i18n.createInstance();
    await app.use(new TactfulFormatter()).init({ lng: 'en', resources: { en: { t: { price: 'It costs {{amount, currency(EUR)}}.' } } } });
    expect(thrown(() => app.t('t:price', { amount: Number.NaN }))).toBeInstanceOf(core.TactfulError);
  });

  // V8 checks the classes of a regular-expression literal when it compiles the module, at about
  // 0.4 ms for each `\p{…}`, whether or not the expression is ever used; `new RegExp(…)` waits for
  // its first use. Written as literals, the linter's chunk took 9–12 ms to compile instead of 3
  // (docs/performance.md, "The first lint of a real reply").
  it('the source writes Unicode classes with new RegExp, not as regular-expression literals', () => {
    // A regular-expression literal (its body: escapes, classes, anything but a slash or a line end).
    const literals = /(?<![\w)\]])\/((?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\[\n])+)\/[dgimsuvy]*/g;
    const unicodeLiteral = (line: string) => [...line.matchAll(literals)].some((m) => m[1]!.includes('\\p{'));
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name)) {
          readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
            if (!/^\s*(\/\/|\*)/.test(line) && unicodeLiteral(line)) offenders.push(`${path.slice(root.length + 1)}:${i + 1}`);
          });
        }
      }
    };
    walk(join(root, 'src'));
    expect(offenders).toEqual([]);
    // The check can see one.
    expect(unicodeLiteral('const X = /[\\p{L}]/u;')).toBe(true);
    expect(unicodeLiteral("const X = new RegExp(String.raw`[\\p{L}]`, 'u');")).toBe(false);
  });

  it('the core and the locales never load Handlebars: structures are compiled to data at build time', () => {
    for (const file of coreFiles()) expect(readFileSync(file, 'utf8'), file).not.toMatch(/from\s*['"]handlebars/);
    expect(readFileSync(join(root, 'dist/define.js'), 'utf8')).toMatch(/from\s*['"]handlebars['"]/);
  });

  it('the core and the locales need no eval (strict Content-Security-Policy)', () => {
    // zod is bundled into these files (tree-shaken: zod/mini's objects never compile parsers).
    for (const file of coreFiles()) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bFunction\b\s*[(;,]|\beval\(/);
    expect(readFileSync(join(root, 'node_modules/i18next/dist/esm/i18next.js'), 'utf8')).not.toMatch(/\bnew Function\b|\beval\(/);
  });

  it("validates the caller's own zod schemas (mini and classic) alongside the bundled copy", async () => {
    const { createTactful: create, v: builders, InvalidVariablesError: BuiltError } = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as typeof api;
    const { defineTemplate } = (await import(pathToFileURL(join(root, 'dist/define.js')).href)) as typeof import('../src/define');
    const en = ((await import(pathToFileURL(join(root, 'dist/locales/en.js')).href)) as { default: api.LocaleDefinition }).default;
    const mini = await import('zod/mini');
    const classic = await import('zod');
    const template = defineTemplate({
      id: 'shop.order-ready',
      description: 'Tell the customer their order can be collected.',
      variables: { orderId: builders.text('The order number'), shelf: mini.optional(mini.number()), pickupBy: classic.z.string().min(3).optional() },
      structure: '{{t "body"}}{{#if pickupBy}} {{t "pickup"}}{{/if}}',
      example: { orderId: 'A-1' },
      messages: { en: { body: 'Order {{orderId}} is ready.', pickup: 'Please collect it by {{pickupBy}}.' } },
    });
    const tactful = create({ locales: [en], templates: [template] });
    expect(tactful.render('shop.order-ready', { orderId: ' A-1 ', shelf: 4, pickupBy: 'Friday' })).toBe('Order A-1 is ready. Please collect it by Friday.');
    for (const [variables, name] of [[{ orderId: 'A-1', pickupBy: 'Fr' }, 'pickupBy'], [{ orderId: 'A-1', shelf: 'four' }, 'shelf'], [{ orderId: '' }, 'orderId']] as const) {
      expect(() => tactful.render('shop.order-ready', variables as never)).toThrow(BuiltError);
      try {
        tactful.render('shop.order-ready', variables as never);
      } catch (error) {
        expect((error as api.InvalidVariablesError).issues.map((issue) => issue.variable)).toEqual([name]);
      }
    }
    expect(tactful.templates({ category: 'shop' })[0]!.variables.map((variable) => [variable.name, variable.kind, variable.required])).toEqual([
      ['orderId', 'text', true],
      ['shelf', 'number', false],
      ['pickupBy', 'text', false],
    ]);
  });
});

describe('errors across the CommonJS and ES module builds in one process', () => {
  it('tactful/render and tactful/lint throw the same classes as tactful, in each build', async () => {
    for (const ext of ['js', 'cjs'] as const) {
      const load = async (file: string) => (ext === 'js' ? await import(pathToFileURL(join(root, `dist/${file}.js`)).href) : createRequire(import.meta.url)(join(root, `dist/${file}.cjs`))) as Record<string, unknown>;
      const core = (await load('index')) as unknown as typeof api;
      const render = (await load('render')) as unknown as typeof import('../src/render');
      const lintEntry = (await load('lint')) as unknown as typeof import('../src/lint');
      expect(render.TactfulError).toBe(core.TactfulError);
      expect(lintEntry.InvalidOptionsError).toBe(core.InvalidOptionsError);
      const text = (await load('locales/lv/text')) as unknown as { default?: api.LocaleDefinition } & api.LocaleDefinition;
      let caught: unknown;
      try {
        lintEntry.lint('Sveiki!', { locale: text.default ?? text });
      } catch (error) {
        caught = error;
      }
      // A text-only locale given to lint says which part to import.
      expect(caught).toBeInstanceOf(core.InvalidOptionsError);
      expect((caught as Error).message).toContain('tactful/locales/lv/lint');
    }
  });

  it('an error from one build is instanceof the classes of the other, and only the right ones', async () => {
    const cjs = createRequire(import.meta.url)(join(root, 'dist/index.cjs')) as typeof api;
    const esm = (await import(pathToFileURL(join(root, 'dist/index.js')).href)) as typeof api;
    expect(cjs.TactfulError).not.toBe(esm.TactfulError);
    for (const [thrower, other] of [[cjs, esm], [esm, cjs]] as const) {
      let caught: unknown;
      try {
        thrower.createTactful({ locales: [] });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(other.TactfulError);
      expect(caught).toBeInstanceOf(other.InvalidOptionsError);
      expect(caught).not.toBeInstanceOf(other.InvalidVariablesError);
      expect(caught).toBeInstanceOf(Error);
    }
    expect(new Error('plain')).not.toBeInstanceOf(esm.TactfulError);
    expect({ code: 'INVALID_OPTIONS' }).not.toBeInstanceOf(esm.TactfulError);
  });
});
