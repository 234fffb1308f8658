// `npm run bench:startup-steps`: where the cold start goes, step by step, timed inside fresh Node
// processes (performance.now() between the steps): importing `tactful`, importing the locale,
// createTactful, the first render, the first lint of one line. It runs no bare `node` beside
// them, so it is steadier than bench:startup on a busy machine (a bare start there moved between
// 72 and 96 ms in one session) but leaves Node's own start-up out: read it beside bench:startup,
// not instead of it. Builds and processes take turns; medians. Writes bench/results/startup-steps.json.
//
//   TACTFUL_DIST=before/dist,dist npm run bench:startup-steps -- --runs 15 [--locale uk]
//
// The builds must sit at the same depth below the project (Node looks for i18next in each
// node_modules above a file, a few stats more for a deeper copy).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LINE, median } from './cold-start.mjs';

const dists = (process.env.TACTFUL_DIST ?? './dist').split(',').map((dist) => resolve(dist));
const flag = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(flag('--runs') ?? 15);
const locales = flag('--locale') ? [flag('--locale')] : Object.keys(JSON.parse(readFileSync(new URL('../locales/index.json', import.meta.url), 'utf8')));
const STEPS = ['import tactful', 'import locale', 'create', 'first render', 'first lint'];

const script = (dist, code) =>
  [
    'const t = [performance.now()];',
    `const { createTactful } = await import(${JSON.stringify(`file://${dist}/index.js`)}); t.push(performance.now());`,
    `const locale = (await import(${JSON.stringify(`file://${dist}/locales/${code}.js`)})).default; t.push(performance.now());`,
    `const tactful = createTactful({ locales: [locale], defaultLocale: '${code}' }); t.push(performance.now());`,
    `tactful.render('closing.anything-else', {}, { locale: '${code}' }); t.push(performance.now());`,
    `tactful.lint(${JSON.stringify(LINE[code] ?? LINE.en)}, { locale: '${code}' }); t.push(performance.now());`,
    'console.log(JSON.stringify(t));',
  ].join(' ');

const tables = {};
console.log(`tactful start-up, step by step — Node ${process.version}, medians of ${runs} runs, ms inside the process`);
for (const code of locales) {
  const samples = new Map(dists.map((dist) => [dist, []]));
  for (let run = 0; run < runs; run++) {
    for (const dist of dists) samples.get(dist).push(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script(dist, code)], { encoding: 'utf8' })));
  }
  console.log(`\n${code}:`);
  tables[code] = dists.map((dist) => {
    const times = samples.get(dist);
    const row = { build: dist.replace(`${process.cwd()}/`, '') };
    STEPS.forEach((step, i) => (row[step] = Math.round(median(times.map((t) => t[i + 1] - t[i])) * 10) / 10));
    row.total = Math.round(median(times.map((t) => t[5] - t[0])) * 10) / 10;
    return row;
  });
  console.table(tables[code]);
}
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(new URL('results/startup-steps.json', import.meta.url), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), runs, tables }, null, 2)}\n`);
