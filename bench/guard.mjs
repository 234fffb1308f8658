// `npm run bench:guard`: the cold start of `guard` for one locale — a fresh Node process that
// imports the core and English and guards one reply — against a bare `node -e ''` and against
// importing alone; then, in this process, the first `guard` call (phrase sets compiled) and the
// warm cost of a call and of a streamed reply. Medians of 21 runs, cases interleaved. Uses the
// build in dist/ (`npm run build` first). Writes bench/results/guard.json.
import { coldStarts, median } from './cold-start.mjs';
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
const results = coldStarts(CASES);

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
