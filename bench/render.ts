/**
 * `npm run bench:render`: replies per second for a short apology, against a template literal
 * (the floor), a precompiled Handlebars template, i18next.t with interpolation, and Handlebars
 * compiled on every call; validation measured separately. The cases take turns in nine rounds of
 * 0.15 s and each keeps its median round. Writes bench/results/render.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import i18next from 'i18next';
import * as z from 'zod/mini';
// The built package, as users run it (run `npm run build` first; `npm run bench` does). Loaded by
// URL so type-checking does not need a build; the types come from the source.
const dist = new URL('../dist/', import.meta.url).href;
const { createTactful } = (await import(`${dist}index.js`)) as typeof import('../src');
const en = ((await import(`${dist}locales/en.js`)) as { default: import('../src').LocaleDefinition }).default;

// Three customers in turn, so no engine can fold a call into a constant.
const customers = [
  { customerName: 'Sarah', ordered: 'Blue linen shirt', received: 'Red linen shirt' },
  { customerName: 'Tom', ordered: 'Oak side table', received: 'Pine side table' },
  { customerName: 'Ana', ordered: 'Green raincoat, size M', received: 'Green raincoat, size L' },
];
const vars = customers[0]!;
const tactful = createTactful({ locales: [en] });
const source = '{{customerName}}, I’m really sorry: you ordered “{{ordered}}”, but we sent you “{{received}}”. The mistake is ours.';
const precompiled = Handlebars.compile(source, { noEscape: true });
precompiled(vars);
const i18n = i18next.createInstance();
void i18n.init({ lng: 'en', initAsync: false, resources: { en: { translation: { apology: source } } }, interpolation: { escapeValue: false }, showSupportNotice: false } as never);
const schema = z.strictObject({ customerName: z.optional(z.string()), ordered: z.string(), received: z.string() });

let sink = 0;
/** Calls per second over `ms` of calls (after a first warm-up), every result used. */
function perSecond(fn: (v: Customer) => unknown, ms: number): number {
  let n = 0;
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // Every result is used, so the floor measures building a string, not an empty loop.
    for (let i = 0; i < 300; i++) sink += String(fn(customers[i % 3]!)).length;
    n += 300;
  }
  return n / (ms / 1000);
}

type Customer = (typeof customers)[number];
const rows: readonly (readonly [string, (v: Customer) => unknown])[] = [
  ['template literal (the floor)', (v) => `${v.customerName}, I’m really sorry: you ordered “${v.ordered}”, but we sent you “${v.received}”. The mistake is ours.`],
  ['tactful.render (validation included)', (v) => tactful.render('apology.wrong-item', v)],
  ['Handlebars, precompiled', (v) => precompiled(v)],
  ['i18next.t with interpolation', (v) => i18n.t('apology', v)],
  ['Handlebars compiled on every call', (v) => Handlebars.compile(source, { noEscape: true })(v)],
  ['zod/mini validation alone', (v) => z.parse(schema, v).ordered],
];
// The cases take turns, round after round, and each keeps its median round: on a shared machine
// a burst of load then slows every case a little, instead of one case a lot.
const ROUNDS = 9;
for (const [, fn] of rows) for (let i = 0; i < 2000; i++) sink += String(fn(customers[i % 3]!)).length;
const rounds = rows.map((): number[] => []);
for (let round = 0; round < ROUNDS; round++) rows.forEach(([, fn], i) => rounds[i]!.push(perSecond(fn, 150)));
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const opsOf = rounds.map(median);
const floor = opsOf[0]!;
const results = rows.map(([name], i) => {
  const ops = opsOf[i]!;
  return { case: name, 'replies/s': Math.round(ops), 'µs each': Math.round((1e6 / ops) * 1000) / 1000, '× the floor': Math.round((floor / ops) * 10) / 10 };
});
if (sink === 0) throw new Error('no output was produced');
console.log(`tactful render benchmark — Node ${process.version}\n`);
console.table(results);
const byName = Object.fromEntries(results.map((r) => [r.case, r['µs each']]));
console.log(`render vs precompiled Handlebars: ${(byName['tactful.render (validation included)']! / byName['Handlebars, precompiled']!).toFixed(2)}×; compile-per-call vs render: ${(byName['Handlebars compiled on every call']! / byName['tactful.render (validation included)']!).toFixed(1)}×`);
const out = join(dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'render.json'), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2)}\n`);
