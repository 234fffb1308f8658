// `npm run bench:startup`: time to import the core and one locale in a fresh Node process,
// against a bare `node -e ''`; then the same plus creating an instance and rendering the first
// reply. Medians of 21 runs each, the three cases interleaved so machine noise hits them alike.
// Uses the build in dist/. Writes bench/results/startup.json.
import { coldStarts } from './cold-start.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';

const CASES = {
  'bare node': ['-e', ''],
  'import core + en': ['--input-type=module', '-e', "await import('./dist/index.js'); await import('./dist/locales/en.js');"],
  'import, create, render once': [
    '--input-type=module',
    '-e',
    "const { createTactful } = await import('./dist/index.js'); const en = (await import('./dist/locales/en.js')).default; createTactful({ locales: [en] }).render('closing.anything-else');",
  ],
};
const results = coldStarts(CASES);
console.log(`tactful start-up — Node ${process.version}\n`);
console.table(results);
mkdirSync(new URL('results/', import.meta.url), { recursive: true });
writeFileSync(new URL('results/startup.json', import.meta.url), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2)}\n`);
