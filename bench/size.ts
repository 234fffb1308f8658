/**
 * `npm run bench:size`: what an application downloads. Each snippet of `bench/size-entries.json`
 * (the code a user writes: render one Latvian reply, lint one Latvian reply, `tactful` with
 * English) is bundled from the build in dist/ the way a web app bundles it (esbuild, minified,
 * browser, ESM) and gzipped, then run with Node to check it prints what it claims; its size is
 * set against the budget of issue #20. Then each locale entry alone, the whole package, where the
 * bytes of `tactful` + en come from, and the package as npm packs it. Checks that no snippet
 * carries another locale's text or the Handlebars compiler. Writes bench/results/size.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_CODES } from '../src/generated/locale-codes';
import { RULE_IDS } from '../src/lint/types';
import { BUDGETS, bundle, checkOutput, isWholeCatalog, kindOf, localeMarkers, localeOf, ROOT, run, SNIPPETS } from './size-entries';

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const problems: string[] = [];

// Handlebars' compiler announces itself in its parser tables and its error messages.
const compilerMarkers = [/Parse error on line/, /Expecting '/, /precompile/];
const markers = new Map(LOCALE_CODES.map((code) => [code, localeMarkers(code)]));

const snippets: { snippet: string; 'KB min': number; 'KB min+gz': number; budget: number; status: string; prints: string }[] = [];
for (const [name, code] of Object.entries(SNIPPETS)) {
  const result = await bundle(code);
  const budget = BUDGETS[kindOf(name)];
  const output = run(name, result.code);
  const problem = checkOutput(name, output, RULE_IDS);
  if (problem) problems.push(problem);
  for (const [other, texts] of markers) {
    if (other !== localeOf(name) && texts.some((text) => result.code.includes(text))) problems.push(`${name} carries ${other} text`);
  }
  if (compilerMarkers.some((marker) => marker.test(result.code))) problems.push(`${name} carries the Handlebars compiler`);
  const gz = kb(result.gzipped);
  snippets.push({ snippet: name, 'KB min': kb(result.minified), 'KB min+gz': gz, budget, status: isWholeCatalog(name) ? `${gz <= budget ? 'under' : 'over'} (every template; the widget is render-${localeOf(name)})` : gz <= budget ? 'met' : 'missed', prints: output.split('\n').map((line) => (line.length > 50 ? `${line.slice(0, 49)}…` : line)).join(' / ') });
}

const rows: { bundle: string; 'KB min': number; 'KB min+gz': number }[] = [];
const add = async (name: string, contents: string) => {
  const b = await bundle(contents);
  rows.push({ bundle: name, 'KB min': kb(b.minified), 'KB min+gz': kb(b.gzipped) });
};
for (const code of LOCALE_CODES) await add(`tactful + ${code}`, `import { createTactful } from 'tactful'; import locale from 'tactful/locales/${code}'; console.log(createTactful({ locales: [locale] }));`);
for (const code of LOCALE_CODES) {
  for (const part of ['', '/text', '/lint']) await add(`tactful/locales/${code}${part} alone`, `import locale from 'tactful/locales/${code}${part}'; console.log(locale);`);
}
await add('tactful/catalog alone', "import { describeTemplates } from 'tactful/catalog'; console.log(describeTemplates());");
await add(
  'whole package (core, define, every locale)',
  ["export * from 'tactful';", "export * as define from 'tactful/define';", ...LOCALE_CODES.map((code) => `export { default as ${code} } from 'tactful/locales/${code}';`)].join('\n'),
);

// Where the bytes of `tactful` + en come from: the same bundle made from the sources, so each
// byte has a file to belong to.
const PARTS: readonly [string, RegExp][] = [
  ['i18next (runtime dependency)', /node_modules\/i18next\//],
  ['zod/mini (runtime dependency, bundled into dist)', /node_modules\/zod\//],
  ['English text of the templates (locales/en)', /^locales\/en(-US)?\//],
  ['English tone-rule phrases', /^src\/lint\/rules\/.*\.json$/],
  ['English conversation signals', /^src\/conversation\/data\//],
  ['catalog: what renders (ids, tags, variable kinds, compiled structures)', /^src\/generated\/catalog\.ts$/],
  ['catalog: descriptions and examples', /^src\/generated\/catalog-details\.ts$/],
  ['tone linter and guard code', /^src\/(lint|guard)\//],
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

// The package as npm would publish it.
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as { unpackedSize: number; size: number; entryCount: number }[];
// Megabytes of 10^6 bytes, as npm and tests/tarball.test.ts count them.
const pkg = { 'MB unpacked': Math.round(packed!.unpackedSize / 1e4) / 100, 'MB packed': Math.round(packed!.size / 1e4) / 100, files: packed!.entryCount, budget: '5 MB unpacked', status: packed!.unpackedSize <= 5e6 ? 'met' : 'missed' };

console.log(`tactful size — bundled with esbuild ${(await import('esbuild')).version} from dist/ (minified, browser, ESM), gzip level 6\n`);
console.log('the snippets of bench/size-entries.json, each run with Node:');
console.table(snippets);
console.table(rows);
console.log('\ntactful + en, by source (minified bytes before gzip, bundled from src/):');
console.table(breakdown);
console.log('\nthe package (npm pack --dry-run):');
console.table([pkg]);
for (const problem of problems) console.error(`problem: ${problem}`);

const out = join(ROOT, 'bench', 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'size.json'), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), snippets, rows, breakdown, package: pkg, problems }, null, 2)}\n`);
if (problems.length > 0) process.exitCode = 1;
