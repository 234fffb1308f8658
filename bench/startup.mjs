// `npm run bench:startup`: time to import the core and one locale in a fresh Node process,
// against a bare `node -e ''`. Medians of 15 runs each. Uses the build in dist/.
import { execFileSync } from 'node:child_process';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function time(args) {
  const samples = [];
  for (let i = 0; i < 15; i++) {
    const start = process.hrtime.bigint();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}
const bare = time(['-e', '']);
const core = time(['--input-type=module', '-e', "const { createTactful } = await import('./dist/index.js'); const en = (await import('./dist/locales/en.js')).default; createTactful({ locales: [en] }).render('closing.anything-else');"]);
console.log(`bare node: ${bare.toFixed(0)} ms; import core + en and render once: ${core.toFixed(0)} ms (+${(core - bare).toFixed(0)} ms)`);
