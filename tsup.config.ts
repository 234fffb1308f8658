import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { build, type Plugin } from 'esbuild';
import { LOCALE_CODES } from './src/generated/locale-codes';
import { shippedData } from './src/lint/shipped-data';
import { joinSmallChunks } from './scripts/merge-chunks';

// Each locale three times: whole (`tactful/locales/lv`), its text (`…/lv/text`, for rendering) and
// its tone rules' phrases (`…/lv/lint`, for lint and guard). The whole one imports the two parts,
// so the three share their chunks.
const localeEntries = Object.fromEntries(
  LOCALE_CODES.flatMap((code) => [
    [`locales/${code}`, `src/generated/locales/${code}.ts`],
    [`locales/${code}/text`, `src/generated/locales/${code}/text.ts`],
    [`locales/${code}/lint`, `src/generated/locales/${code}/lint.ts`],
    [`locales/${code}/categories`, `src/generated/locales/${code}/categories.ts`],
  ]),
);

/**
 * The tone rules' and the conversation signals' data files as the package ships them
 * (src/lint/shipped-data.ts): without the texts only tests and docs read, phrases compact.
 */
const withoutTestTexts: Plugin = {
  name: 'without-test-texts',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/](lint[\\/]rules[\\/][\w-]+|conversation[\\/]data)[\\/][\w-]+\.json$/ }, (args) => {
      return { contents: JSON.stringify(shippedData(JSON.parse(readFileSync(args.path, 'utf8')) as object)), loader: 'json' };
    });
  },
};

/**
 * saxes (CommonJS, bundled) runs when the module importing it is evaluated: its set-up and
 * xmlchars' Unicode expressions cost about 2 ms of every `import 'tactful'`, though only
 * `fromXliff` parses XML. This gives src/translate/xml-parser.ts a body that requires saxes inside
 * the function, which esbuild bundles as a call of saxes' module wrapper at the first parse
 * (tests/package.test.ts parses XLIFF with the built code and looks for a call at the top level).
 */
const lazyXmlParser: Plugin = {
  name: 'lazy-xml-parser',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]translate[\\/]xml-parser\.ts$/ }, () => ({
      contents: "declare const require: (id: 'saxes') => typeof import('saxes');\nexport function xmlParser() { return require('saxes').SaxesParser; }\n",
      loader: 'ts',
    }));
  },
};

/** What every build of the package does to the sources: the data as shipped, saxes read when used. */
const sourcePlugins: Plugin[] = [withoutTestTexts, lazyXmlParser];

/**
 * The library's entries: the core and what a chat widget or a pre-send check imports alone. They
 * are built together, so they share their chunks and never load the same code twice.
 * xliff is an entry of its own only so that it is a chunk of its own: with sideEffects: false a
 * bundler then drops it, and the XML parser it imports (saxes, CommonJS, which no bundler can
 * tree-shake), from an app that never calls fromXliff. It is exported from the core as before.
 */
const LIBRARY: Record<string, string> = { index: 'src/index.ts', render: 'src/render/index.ts', lint: 'src/lint/index.ts', catalog: 'src/catalog/details.ts', templates: 'src/generated/templates.ts', xliff: 'src/translate/xliff.ts', ...localeEntries };

/**
 * The entries built on top of the library: each imports the library's modules from the library's
 * own files (through `internal`, below), never a copy, so there is one TactfulError whichever entry
 * throws. Built apart, they no longer cut the library's modules into more chunks: esbuild gives
 * every set of entries that shares a module a chunk of its own, and these, with the CLI, had cut
 * `tactful` + en into 35 files, 14 of them under 3 KB, each a file for Node to resolve, read and
 * compile at start-up (17 now; docs/performance.md, "Fewer files").
 */
const ON_TOP: Record<string, string> = { define: 'src/define/index.ts', textlint: 'src/textlint/index.ts', tools: 'src/tools/index.ts', export: 'src/export/index.ts' };
/**
 * Entries used without the core (an app's own i18next; a stream guard beside `tactful/lint`): they
 * carry their own copy of the few pure functions they need, and take the error classes from
 * `errors` (below) and `guard` from `tactful/lint`, so they stay small and still throw the core's
 * TactfulError. Through `internal` they had loaded the whole core, i18next included (a hostile
 * review: `tactful/i18next` 12 → 19 files, 5.9 → 21.9 KB in a browser bundle).
 */
const LEAN: Record<string, string> = { i18next: 'src/i18next/index.ts', stream: 'src/guard/stream-entry.ts' };
/** Besides the error classes (the `errors` entry), the library module the lean entries share, and the entry it comes from. */
const LEAN_SHARES: Record<string, string> = { 'src/guard/guard.ts': 'lint' };
/**
 * The CLI and the thread `tactful check --jsonl` starts (it finds dist/cli-worker.js beside its
 * chunks): ES modules only, a program rather than a library, so it carries its own copy of the code
 * it runs. Importing through `internal` instead loaded every module the CLI needs, i18next
 * included, for `tactful lint`; built with the library, it cut the core into 34 files again.
 */
const CLI: Record<string, string> = { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/check-worker.ts' };

const INTERNAL = '.tactful-tmp/internal.ts';
/**
 * The chunks of the library's ES modules that `tactful` loads and that are under 32 KB are joined
 * into one (scripts/merge-chunks.ts): `import 'tactful'` with a locale loaded 19–21 files and loads
 * 13–14, about 7 ms less of a cold start (docs/performance.md). The core's small chunks were
 * 0.2–16 KB, and the next ones, render's and the catalog's, are over 36 KB.
 * tests/package.test.ts fails if a core chunk outgrows the limit (a file more for every import).
 */
const JOINS = { from: 'index', maxBytes: 32 * 1024 };
/** The error classes alone, for the lean entries: one TactfulError, without loading the core. Not a public entry. */
const ERRORS: Record<string, string> = { errors: 'src/core/errors.ts' };

/**
 * An esbuild plugin that resolves each relative import as esbuild would (TypeScript paths
 * included) and lets `onModule` make the file it leads to an external import instead.
 */
function resolver(pluginName: string, onModule: (file: string) => { path: string; external: true } | undefined): Plugin {
  return {
    name: pluginName,
    setup(b) {
      b.onResolve({ filter: /^\./ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === pluginName) return undefined;
        const found = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: pluginName });
        return found.errors.length > 0 ? undefined : onModule(found.path);
      });
    },
  };
}

/** How a build on top of the library reaches a library module that is not an entry of its own. */
interface Links {
  /** The entry to import these modules from (path from the project root → entry name). */
  readonly shared?: Readonly<Record<string, string>>;
  /** Any other module: from `internal`, or (left out) bundled as the build's own copy. */
  readonly rest?: 'internal';
}

/**
 * What the entries on top import from the library, found before the build: the library's module
 * graph (from its entries), then every library module the entries on top import directly. Writes
 * `internal`, a library entry that re-exports the core and each of those modules, so the entries
 * on top can import any of them from one file. Returns the plugin for a build on top of the
 * library: an import of a library entry (a locale, `tactful/lint`) becomes an import of that
 * entry's file, any other library module goes as `links` says.
 */
async function libraryLinks(): Promise<(format: 'js' | 'cjs', links: Links) => Plugin> {
  const root = process.cwd();
  const graph = await build({ entryPoints: Object.values(LIBRARY), bundle: true, splitting: true, format: 'esm', outdir: '.tactful-tmp/graph', write: false, metafile: true, packages: 'external', logLevel: 'silent', plugins: sourcePlugins });
  const libraryModules = new Set(Object.keys(graph.metafile.inputs).map((input) => resolve(root, input)));
  const entryOf = new Map(Object.entries({ ...LIBRARY, ...ERRORS }).map(([name, file]) => [resolve(root, file), name]));
  const imported = new Set<string>();
  const record = resolver('record-library-imports', (file) => {
    if (!libraryModules.has(file)) return undefined;
    if (!entryOf.has(file)) imported.add(file);
    return { path: file, external: true };
  });
  await build({ entryPoints: Object.values(ON_TOP), bundle: true, splitting: true, format: 'esm', outdir: '.tactful-tmp/graph', write: false, packages: 'external', logLevel: 'silent', plugins: [record, ...sourcePlugins] });
  const from = (file: string) => `'${relative(join(root, '.tactful-tmp'), file).replace(/\\/g, '/').replace(/\.ts$/, '')}'`;
  mkdirSync(join(root, '.tactful-tmp'), { recursive: true });
  writeFileSync(
    join(root, INTERNAL),
    [
      '// Written by tsup.config.ts at each build: what the entries on top of the library',
      '// (tactful/export, …/define, …/textlint, …/tools) import from it. Re-exporting the core too',
      '// keeps this entry from cutting the core into more chunks. Not a public entry.',
      `export * from ${from(resolve(root, 'src/index.ts'))};`,
      ...[...imported].sort().map((file) => `export * from ${from(file)};`),
      '',
    ].join('\n'),
  );
  return (format, links) => {
    const shared = new Map(Object.entries(links.shared ?? {}).map(([file, entry]) => [resolve(root, file), entry]));
    return resolver('library-links', (file) => {
      if (!libraryModules.has(file)) return undefined;
      const entry = entryOf.get(file) ?? shared.get(file) ?? links.rest;
      return entry === undefined ? undefined : { path: `./${entry}.${format}`, external: true };
    });
  };
}

const library: Options = {
  entry: LIBRARY,
  // Types for every entry take most of the build; a build that only runs the code (the translator
  // workflow test builds a copy of the repository with a new locale) leaves them out (below).
  // No source maps: the build is not minified, so a stack trace already reads as the code, and
  // the maps (without the sources they pointed at) were a sixth of the unpacked package.
  sourcemap: false,
  target: 'node20',
  treeshake: true,
  // zod is bundled (tree-shaken): importing the zod package loads every one of its files and
  // locales, about 90 ms of a cold start; the bundled part takes a few. Types still come from
  // the zod dependency, and the caller's own zod schemas work alongside (zod 4 keeps its
  // registry on globalThis; tests/package.test.ts mixes the two).
  // saxes (CommonJS, fromXliff's XML parser) is bundled into the xliff chunk for the same reason:
  // the core imports that chunk, and Node resolving, reading and wrapping saxes and xmlchars as
  // CommonJS cost 30–45 ms of every import; bundled, it is a few kilobytes of ESM evaluated lazily.
  noExternal: ['zod', 'saxes', 'xmlchars'],
  esbuildPlugins: sourcePlugins,
  // Cyrillic and Baltic letters as UTF-8, not six-byte escapes.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
};

/**
 * tsup 8.5's cjsInterop appends `module.exports = exports.default;` even where esbuild has already
 * written `module.exports = <default>;`, which would replace the locale with `undefined`. Drop
 * the redundant line. (Checked by tests/package.test.ts, which requires every built entry.)
 */
function fixCjsInterop(entries: readonly string[]): void {
  for (const entry of entries) {
    const path = join('dist', `${entry}.cjs`);
    const code = readFileSync(path, 'utf8');
    if (/^module\.exports = (?!exports\.default)/m.test(code)) writeFileSync(path, code.replace(/\nmodule\.exports = exports\.default;\n/, '\n'));
  }
}

/** The CLI's entry starts with a shebang (a banner would put one on every file of the build). */
/** Makes the CLI runnable as it is: its shebang, and the execute bits (npm sets them on install, but `npx tactful` in a checkout runs the file as built). */
function addShebang(path: string): void {
  const code = readFileSync(path, 'utf8');
  if (!code.startsWith('#!')) writeFileSync(path, `#!/usr/bin/env node\n${code}`);
  chmodSync(path, 0o755);
}

export default defineConfig(async () => {
  const linksTo = await libraryLinks();
  const types = process.env.TACTFUL_BUILD_TYPES !== 'no';
  return [
    // The library, as ES modules and as CommonJS (each entry bundled alone carried its own copy of
    // the core, 3.6 MB of the package). `require('tactful/locales/lv')` returns the locale itself
    // (cjsInterop), as the types say. The types of every entry come from here, in one pass, so
    // the entries on top share the library's declarations too.
    // Its small chunks joined (scripts/merge-chunks.ts): Node loads each file apart.
    { ...library, entry: { ...LIBRARY, internal: INTERNAL, ...ERRORS }, dts: types && { entry: { ...LIBRARY, ...ON_TOP, ...LEAN, ...CLI } }, format: ['esm'], splitting: true, onSuccess: async () => void (await joinSmallChunks('dist', Object.keys({ ...LIBRARY, internal: INTERNAL, ...ERRORS }), JOINS)) },
    { ...library, entry: { ...LIBRARY, internal: INTERNAL, ...ERRORS }, dts: types && { entry: { ...LIBRARY, ...ON_TOP, ...LEAN } }, format: ['cjs'], splitting: true, cjsInterop: true, onSuccess: async () => fixCjsInterop(Object.keys(LIBRARY)) },
    // On top of it: tactful/export runs where a team exports (Node, CI), never in a chat widget;
    // the CLI and its worker are ES modules only.
    { ...library, entry: ON_TOP, dts: false, format: ['esm'], splitting: true, esbuildPlugins: [...sourcePlugins, linksTo('js', { rest: 'internal' })] },
    { ...library, entry: LEAN, dts: false, format: ['esm'], splitting: true, esbuildPlugins: [...sourcePlugins, linksTo('js', { shared: LEAN_SHARES })] },
    { ...library, entry: LEAN, dts: false, format: ['cjs'], splitting: true, cjsInterop: true, esbuildPlugins: [...sourcePlugins, linksTo('cjs', { shared: LEAN_SHARES })], onSuccess: async () => fixCjsInterop(Object.keys(LEAN)) },
    // The CLI is a program, not a library: it carries its own copy of the code it runs (its
    // commands load lazily, in chunks of its own), and loads the shipped locales from their entries.
    { ...library, entry: CLI, dts: false, format: ['esm'], splitting: true, minify: true, keepNames: true, esbuildPlugins: [...sourcePlugins, linksTo('js', {})], onSuccess: async () => addShebang('dist/cli.js') },
    { ...library, entry: ON_TOP, dts: false, format: ['cjs'], splitting: true, cjsInterop: true, esbuildPlugins: [...sourcePlugins, linksTo('cjs', { rest: 'internal' })], onSuccess: async () => fixCjsInterop(Object.keys(ON_TOP)) },
  ];
});
