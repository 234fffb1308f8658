import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../src';
import { LOCALE_CODES } from '../src/generated/locale-codes';

// These tests read the build in dist/: `npm test` builds before it runs them.
const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  bin: Record<string, string>;
  sideEffects: boolean;
  engines: { node: string };
};

describe('package.json', () => {
  it('exports the core, define, textlint, i18next, stream, tools, export, one entry per shipped locale and package.json, nothing else', () => {
    expect(Object.keys(pkg.exports).sort()).toEqual(
      ['.', './define', './export', './i18next', './package.json', './stream', './textlint', './tools', ...LOCALE_CODES.map((code) => `./locales/${code}`)].sort(),
    );
  });

  it('maps every subpath export for TypeScript on moduleResolution node10 (typesVersions)', () => {
    const versions = (pkg as unknown as { typesVersions: Record<string, Record<string, string[]>> }).typesVersions['*']!;
    for (const entry of Object.keys(pkg.exports).filter((e) => e !== '.' && e !== './package.json')) {
      const subpath = entry.slice(2);
      const target = versions[subpath] ?? versions[subpath.replace(/[^/]+$/, '*')];
      expect(target, entry).toBeDefined();
      const file = target![0]!.replace('*', subpath.split('/').at(-1)!);
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

  it.each(LOCALE_CODES.map((code) => [code] as const))('tactful/locales/%s loads from ESM and CommonJS', async (code) => {
    const esm = (await import(pathToFileURL(join(root, `dist/locales/${code}.js`)).href)) as { default: { code: string } };
    const cjs = require(join(root, `dist/locales/${code}.cjs`)) as { code: string };
    expect(esm.default.code).toBe(code);
    expect(cjs.code).toBe(code);
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

  /** The ESM files the core entry loads, following relative imports. */
  function coreFiles(): string[] {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/from\s*['"](\.[^'"]+)['"]/g)) visit(join(dirname(file), spec!));
    };
    visit(join(root, 'dist/index.js'));
    for (const code of LOCALE_CODES) visit(join(root, `dist/locales/${code}.js`));
    return [...seen];
  }

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
