// `npm run bench:guard`: the cold start of `guard` for one locale — a fresh Node process that
// imports the core and English and guards one reply — against a bare `node -e ''` and against
// importing alone; then, in this process, the first `guard` call (phrase sets compiled) and the
// warm cost of a call and of a streamed reply. Medians of 21 runs, cases interleaved. Uses the
// build in dist/ (`npm run build` first). Writes bench/results/guard.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const REPLY = 'Thanks for waiting, Sarah! Pls allow 2 days for the courier; I’ll refund the shipping fee.';
const CASES = {
  'bare node': ['-e', ''],
  'import core + en': ['--input-type=module', '-e', "await import('./dist/index.js'); await import('./dist/locales/en.js');"],
  'import, guard one reply': [
    '--input-type=module',
    '-e',
    `const { guard } = await import('./dist/index.js'); const en = (await import('./dist/locales/en.js')).default; guard(${JSON.stringify(REPLY)}, { locale: en });`,
  ],
};
const samples = Object.fromEntries(Object.keys(CASES).map((name) => [name, []]));
for (let run = 0; run < 21; run++) {
  for (const [name, args] of Object.entries(CASES)) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    samples[name].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const bare = median(samples['bare node']);
const results = Object.keys(CASES).map((name) => ({ case: name, 'ms (median)': Math.round(median(samples[name])), 'ms over bare node': Math.round(median(samples[name]) - bare) }));

// In process: the first call compiles the locale's phrase sets; later calls reuse them.
const { guard } = await import('../dist/index.js');
const { guardStream } = await import('../dist/stream.js');
const en = (await import('../dist/locales/en.js')).default;
let start = process.hrtime.bigint();
guard(REPLY, { locale: en });
const first = Number(process.hrtime.bigint() - start) / 1e6;
const warm = [];
for (let i = 0; i < 200; i++) {
  start = process.hrtime.bigint();
  guard(REPLY, { locale: en });
  warm.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const streamed = [];
const chunks = REPLY.match(/.{1,7}/gsu);
for (let i = 0; i < 50; i++) {
  start = process.hrtime.bigint();
  const guarded = guardStream(chunks, { locale: en });
  for await (const _ of guarded);
  await guarded.result;
  streamed.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const inProcess = { 'first guard call (ms)': +first.toFixed(2), 'warm guard call (ms, median)': +median(warm).toFixed(3), 'streamed in 7-character chunks (ms, median)': +median(streamed).toFixed(3) };
console.log(`tactful guard cold start — Node ${process.version}\n`);
console.table(results);
console.table([inProcess]);
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(new URL('results/guard.json', import.meta.url), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), results, inProcess }, null, 2)}\n`);
