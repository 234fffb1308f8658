import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { LOCALE_CODES } from './src/generated/locale-codes';

const localeEntries = Object.fromEntries(LOCALE_CODES.map((code) => [`locales/${code}`, `src/generated/locales/${code}.ts`]));

const library: Options = {
  // xliff is an entry of its own only so that it is a chunk of its own: with sideEffects: false a
  // bundler then drops it, and the XML parser it imports (saxes, CommonJS, which no bundler can
  // tree-shake), from an app that never calls fromXliff. It is exported from the core as before.
  entry: { index: 'src/index.ts', define: 'src/define/index.ts', textlint: 'src/textlint/index.ts', i18next: 'src/i18next/index.ts', stream: 'src/guard/stream-entry.ts', tools: 'src/tools/index.ts', xliff: 'src/translate/xliff.ts', ...localeEntries },
  dts: true,
  sourcemap: true,
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
  // Cyrillic and Baltic letters as UTF-8, not six-byte escapes.
  esbuildOptions(options) {
    options.charset = 'utf8';
    // Maps point stack traces at src/ lines without carrying the sources: the package stays small.
    options.sourcesContent = false;
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
    entry: { ...(library.entry as Record<string, string>), cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/check-worker.ts' },
    format: ['esm'],
    splitting: true,
    onSuccess: async () => addShebang('dist/cli.js'),
  },
  // CommonJS: `require('tactful/locales/lv')` returns the locale itself (cjsInterop), as the types say.
  { ...library, format: ['cjs'], splitting: false, cjsInterop: true, onSuccess: async () => fixCjsInterop() },
  // tactful/export runs where a team exports (Node, CI), never in a chat widget: a bundle of its
  // own, so it shares no chunk with the core and the core's size (tests/size.test.ts) is unchanged.
  { ...library, entry: { export: 'src/export/index.ts' }, format: ['esm', 'cjs'], splitting: false },
]);
