import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import type { Plugin } from 'esbuild';
import { LOCALE_CODES } from './src/generated/locale-codes';
import { compactPattern } from './src/lint/pattern';

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
 * The tone rules' and the conversation signals' data files carry the texts their tests run and
 * their pages show (`examples`, `match`, `miss`): a third of each file, never read at run time.
 * The package ships the data without them, and its phrases compact; the sources, the tests and
 * the docs keep them as written.
 */
const withoutTestTexts: Plugin = {
  name: 'without-test-texts',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/](lint[\\/]rules[\\/][\w-]+|conversation[\\/]data)[\\/][\w-]+\.json$/ }, (args) => {
      const data = JSON.parse(readFileSync(args.path, 'utf8')) as ShippedData;
      delete data.examples;
      for (const signal of Object.values(data.signals ?? {})) {
        delete signal.match;
        delete signal.miss;
        signal.phrases = signal.phrases.map(compactPattern);
      }
      // Phrases ship compact (src/lint/pattern.ts, compactPattern): checked and normalised here,
      // so the first lint in a locale reads them without normalising some five thousand words.
      for (const side of [data, data.reverse, data.casual]) {
        if (side?.phrases) side.phrases = side.phrases.map((entry) => (typeof entry === 'string' ? compactPattern(entry) : { ...entry, match: compactPattern(entry.match) }));
      }
      if (data.notAfter) data.notAfter = data.notAfter.map(compactPattern);
      return { contents: JSON.stringify(data), loader: 'json' };
    });
  },
};

/** What the plugin reads of a tone rule's or the conversation checker's data file. */
interface ShippedData {
  examples?: unknown;
  phrases?: PhraseEntry[];
  reverse?: { phrases?: PhraseEntry[] };
  casual?: { phrases?: PhraseEntry[] };
  notAfter?: string[];
  signals?: Record<string, { phrases: string[]; match?: unknown; miss?: unknown }>;
}
type PhraseEntry = string | { match: string };

const library: Options = {
  // xliff is an entry of its own only so that it is a chunk of its own: with sideEffects: false a
  // bundler then drops it, and the XML parser it imports (saxes, CommonJS, which no bundler can
  // tree-shake), from an app that never calls fromXliff. It is exported from the core as before.
  entry: { index: 'src/index.ts', render: 'src/render/index.ts', lint: 'src/lint/index.ts', catalog: 'src/catalog/details.ts', templates: 'src/generated/templates.ts', define: 'src/define/index.ts', textlint: 'src/textlint/index.ts', i18next: 'src/i18next/index.ts', stream: 'src/guard/stream-entry.ts', tools: 'src/tools/index.ts', xliff: 'src/translate/xliff.ts', ...localeEntries },
  // Types for every entry take most of the build; a build that only runs the code (the translator
  // workflow test builds a copy of the repository with a new locale) leaves them out.
  dts: process.env.TACTFUL_BUILD_TYPES !== 'no',
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
  esbuildPlugins: [withoutTestTexts],
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
function fixCjsInterop(dir = 'dist'): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) fixCjsInterop(path);
    else if (entry.name.endsWith('.cjs')) {
      const code = readFileSync(path, 'utf8');
      if (/^module\.exports = (?!exports\.default)/m.test(code)) {
        writeFileSync(path, code.replace(/\nmodule\.exports = exports\.default;\n/, '\n'));
      }
    }
  }
}

/** The CLI's entry starts with a shebang (a banner would put one on every file of the build). */
function addShebang(path: string): void {
  const code = readFileSync(path, 'utf8');
  if (!code.startsWith('#!')) writeFileSync(path, `#!/usr/bin/env node\n${code}`);
}

export default defineConfig([
  // ESM shares chunks between entry points, so a locale and the core never load the same code
  // twice; the CLI is one more entry, sharing the library's chunks instead of bundling its own copy.
  // cli-worker is the thread `tactful check --jsonl` starts; the CLI finds it beside its chunks.
  {
    ...library,
    // tactful/export runs where a team exports (Node, CI), never in a chat widget: it shares chunks
    // too (a bundler follows only what a snippet imports, so the other entries stay as they were).
    entry: { ...(library.entry as Record<string, string>), export: 'src/export/index.ts', cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/check-worker.ts' },
    format: ['esm'],
    splitting: true,
    onSuccess: async () => addShebang('dist/cli.js'),
  },
  // CommonJS shares chunks too: each entry bundled on its own carried its own copy of the core
  // (3.6 MB of the package). `require('tactful/locales/lv')` returns the locale itself
  // (cjsInterop), as the types say.
  {
    ...library,
    entry: { ...(library.entry as Record<string, string>), export: 'src/export/index.ts' },
    format: ['cjs'],
    splitting: true,
    cjsInterop: true,
    onSuccess: async () => fixCjsInterop(),
  },
]);
