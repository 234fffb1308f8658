/**
 * `npm run bench:size`: what an application downloads, bundled from the build in dist/ the way a
 * web app bundles it (esbuild, minified, browser, ESM) and gzipped: the core with each locale,
 * each locale entry alone, the whole package, and where the bytes of core + en come from.
 * Checks that no core bundle contains the Handlebars compiler. Writes bench/results/size.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { LOCALE_CODES } from '../src/generated/locale-codes';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Bundle {
  readonly minified: number;
  readonly gzipped: number;
  readonly code: string;
  readonly metafile: Metafile;
}

async function bundle(contents: string, loader: 'js' | 'ts' = 'js'): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader },
    // Letters as UTF-8, as application bundlers write them (esbuild's default escapes every
    // Cyrillic letter to six bytes).
    charset: 'utf8',
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]!.contents;
  return { minified: output.length, gzipped: gzipSync(output).length, code: result.outputFiles[0]!.text, metafile: result.metafile };
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const core = (code: string) => `import { createTactful } from './dist/index.js'; import locale from './dist/locales/${code}.js'; console.log(createTactful({ locales: [locale] }));`;

const rows: { bundle: string; 'KB min': number; 'KB min+gz': number }[] = [];
const add = (name: string, b: Bundle) => rows.push({ bundle: name, 'KB min': kb(b.minified), 'KB min+gz': kb(b.gzipped) });

const coreEn = await bundle(core('en'));
add('core + en', coreEn);
for (const code of LOCALE_CODES.filter((c) => c !== 'en')) add(`core + ${code}`, await bundle(core(code)));
for (const code of LOCALE_CODES) add(`locale entry ${code} alone`, await bundle(`import locale from './dist/locales/${code}.js'; console.log(locale);`));
const everything = [
  "export * from './dist/index.js';",
  "export * as define from './dist/define.js';",
  ...LOCALE_CODES.map((code) => `export { default as ${code.replace(/-/g, '_')} } from './dist/locales/${code}.js';`),
].join('\n');
add('whole package (core, define, every locale)', await bundle(everything));

// Handlebars' compiler announces itself in its parser tables and its error messages.
const compilerMarkers = [/Parse error on line/, /Expecting '/, /precompile/];
const coreHasCompiler = compilerMarkers.some((marker) => marker.test(coreEn.code));
const coreHasHandlebars = Object.keys(coreEn.metafile.inputs).some((input) => input.includes('node_modules/handlebars/'));

// Where the bytes of core + en come from: the same bundle made from the sources, so each byte
// has a file to belong to.
const PARTS: readonly [string, RegExp][] = [
  ['i18next (runtime dependency)', /node_modules\/i18next\//],
  ['zod/mini (runtime dependency, bundled into dist)', /node_modules\/zod\//],
  ['English text of the templates (locales/en)', /^locales\/en\//],
  ['English tone-rule phrases', /^src\/lint\/rules\/.*\.json$/],
  ['English conversation signals', /^src\/conversation\/data\//],
  ['catalog: the templates as data (ids, descriptions, variables, examples, compiled structures)', /^(src\/catalog|templates)\//],
  ['tone linter code', /^src\/lint\//],
  ['conversation checker code', /^src\/conversation\//],
  ['locale checks (addLocale)', /^src\/translate\//],
  ['render and core code', /^src\//],
];
const fromSources = await bundle("import { createTactful } from './src/index.ts'; import en from './src/generated/locales/en.ts'; console.log(createTactful({ locales: [en] }));", 'ts');
const parts = new Map<string, number>();
for (const [input, { bytesInOutput }] of Object.entries(Object.values(fromSources.metafile.outputs)[0]!.inputs)) {
  const part = PARTS.find(([, pattern]) => pattern.test(input))?.[0] ?? 'other';
  parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
}
const breakdown = [...parts]
  .sort((a, b) => b[1] - a[1])
  .map(([part, bytes]) => ({ part, 'KB min': kb(bytes), share: `${Math.round((bytes / fromSources.minified) * 100)} %` }));

console.log(`tactful size — bundled with esbuild ${(await import('esbuild')).version} from dist/ (minified, browser, ESM), gzip level 6\n`);
console.table(rows);
console.log('\ncore + en, by source (minified bytes before gzip, bundled from src/):');
console.table(breakdown);
console.log(`\nHandlebars in the core bundle: ${coreHasHandlebars ? 'YES' : 'no'}; its compiler: ${coreHasCompiler ? 'YES' : 'no'}`);

const out = join(root, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'size.json'), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), rows, breakdown, coreHasHandlebars, coreHasCompiler }, null, 2)}\n`);
if (coreHasCompiler) process.exitCode = 1;
