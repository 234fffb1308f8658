// `npm run bench:startup`: the cold start, in every shipped locale, as fresh Node processes
// against a bare `node -e ''`: importing the core and the locale; then also creating an instance;
// then also rendering one reply; then also linting one line (the figure: import + create +
// first render + first lint). And `tactful lint` of one line through the built CLI, as a user
// types it (`echo "…" | tactful lint --locale xx`). And the lean entries: `tactful/render` with a
// locale's text part (import + create + render), `tactful/lint` with its lint part (import + lint). Medians of the runs, every case interleaved
// so machine noise hits them alike. Uses the build in dist/; TACTFUL_DIST names another build, or
// several separated by commas (a build before a change and after it, measured in the same run).
// `--runs n` (default 15). Writes bench/results/startup.json.
import { coldStarts, LINE } from './cold-start.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const dists = (process.env.TACTFUL_DIST ?? './dist').split(',');
const runsFlag = process.argv.indexOf('--runs');
const runs = runsFlag === -1 ? 15 : Number(process.argv[runsFlag + 1]);
const codes = JSON.parse(readFileSync(new URL('../locales/index.json', import.meta.url), 'utf8'));
const LOCALES = Object.keys(codes);

// The same reply as a customer gets it: a price, a link and a time, which the linter must read as
// non-prose (nothing in these is flagged either). The first of these in a process also compiles
// the link finder and the expressions for codes, paths and abbreviations.
const REPLY = {
  en: 'Your refund of €29.99 is on its way: track it at example.com/track after 10:30.',
  ro: 'Rambursarea de 29,99 € este pe drum: o puteți urmări pe example.com/track după ora 10:30.',
  ru: 'Возврат 29,99 € уже в пути: отследить его можно на example.com/track после 10:30.',
  lv: 'Atmaksa 29,99 € apmērā jau ir ceļā: to varat izsekot vietnē example.com/track pēc 10:30.',
  lt: 'Grąžinami 29,99 € jau pakeliui: juos galite sekti svetainėje example.com/track po 10:30.',
  uk: 'Повернення 29,99 € уже в дорозі: відстежити його можна на example.com/track після 10:30.',
};

const STEPS = ['import', '+ create', '+ render', '+ lint'];
const WITH_LINK = '+ lint of a reply with a price, a link and a time (instead)';
function script(dist, code, steps, line = LINE[code] ?? LINE.en) {
  const lines = [`const { createTactful } = await import('${dist}/index.js');`, `const locale = (await import('${dist}/locales/${code}.js')).default;`];
  if (steps > 1) lines.push(`const t = createTactful({ locales: [locale], defaultLocale: '${code}' });`);
  if (steps > 2) lines.push(`t.render('closing.anything-else', {}, { locale: '${code}' });`);
  if (steps > 3) lines.push(`if (t.lint(${JSON.stringify(line)}, { locale: '${code}' }).length > 0) throw new Error('flagged');`);
  return ['--input-type=module', '-e', lines.join(' ')];
}

// The lean entries, as a widget or a pre-send check uses them: `tactful/render` with the locale's
// text part, import + create + first render; `tactful/lint` with its lint part, import + first lint.
function leanScript(dist, code, kind) {
  const lines =
    kind === 'render'
      ? [`const { createRenderer } = await import('${dist}/render.js');`, `const text = (await import('${dist}/locales/${code}/text.js')).default;`, `createRenderer({ locales: [text] }).render('closing.anything-else', {});`]
      : [`const { lint } = await import('${dist}/lint.js');`, `const part = (await import('${dist}/locales/${code}/lint.js')).default;`, `lint(${JSON.stringify(LINE[code] ?? LINE.en)}, { locale: part });`];
  return ['--input-type=module', '-e', lines.join(' ')];
}
const LEAN = ['render entry', 'lint entry'];

const CASES = { 'bare node': ['-e', ''] };
for (const dist of dists) {
  for (const code of LOCALES) STEPS.forEach((step, i) => (CASES[`${dist} ${code} ${step}`] = script(dist, code, i + 1)));
  for (const code of LOCALES) CASES[`${dist} ${code} ${WITH_LINK}`] = script(dist, code, 4, REPLY[code] ?? REPLY.en);
  for (const code of LOCALES) for (const lean of LEAN) CASES[`${dist} ${code} ${lean}`] = leanScript(dist, code, lean.split(' ')[0]);
  for (const code of LOCALES) CASES[`${dist} ${code} cli lint`] = { args: [`${dist}/cli.js`, 'lint', '--locale', code], input: `${LINE[code] ?? LINE.en}\n` };
}

const results = coldStarts(CASES, runs);
const over = Object.fromEntries(results.map((r) => [r.case, r['ms over bare node']]));
const wall = Object.fromEntries(results.map((r) => [r.case, r['ms (median)']]));
const bare = wall['bare node'];
console.log(`tactful start-up — Node ${process.version}, medians of ${runs} runs; bare node ${bare} ms`);
const tables = {};
for (const dist of dists) {
  tables[dist] = LOCALES.map((code) => ({
    locale: code,
    ...Object.fromEntries([...STEPS, WITH_LINK].map((step) => [step, over[`${dist} ${code} ${step}`]])),
    ...Object.fromEntries(LEAN.map((lean) => [`${lean} (import + first use)`, over[`${dist} ${code} ${lean}`]])),
    'cli lint (wall ms)': wall[`${dist} ${code} cli lint`],
  }));
  console.log(`\n${dist}: ms over a bare node start (each column includes the ones before it); the CLI as wall time:`);
  console.table(tables[dist]);
}
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(new URL('results/startup.json', import.meta.url), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), runs, bare, tables, results }, null, 2)}\n`);
