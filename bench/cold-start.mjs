// Shared by the cold-start benchmarks (bench/startup.mjs, bench/guard.mjs): each case is the
// arguments of a fresh `node` process (or `{ args, input }` to feed it standard input); the cases
// run interleaved, so machine noise hits them alike.
import { execFileSync } from 'node:child_process';

/** Runs every case `runs` times and returns each case's median, in ms and over the `bare node` case. */
export function coldStarts(cases, runs = 21) {
  const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let run = 0; run < runs; run++) {
    for (const [name, spec] of Object.entries(cases)) {
      const { args, input } = Array.isArray(spec) ? { args: spec, input: undefined } : spec;
      const start = process.hrtime.bigint();
      execFileSync(process.execPath, args, input === undefined ? { stdio: 'ignore' } : { input, stdio: ['pipe', 'ignore', 'ignore'] });
      samples[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const bare = median(samples['bare node']);
  return Object.keys(cases).map((name) => {
    const ms = median(samples[name]);
    return { case: name, 'ms (median)': Math.round(ms), 'ms over bare node': Math.round(ms - bare) };
  });
}

/** The median of some timings. */
export function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

// One ordinary line per locale (nothing in it is flagged), so the figure is the first lint's
// set-up, not the diagnostics' formatting.
export const LINE = {
  en: 'Thanks for waiting, your parcel arrives on Monday.',
  ro: 'Mulțumim pentru răbdare, coletul ajunge luni.',
  ru: 'Спасибо за ожидание, посылка придёт в понедельник.',
  lv: 'Paldies par pacietību, paka pienāks pirmdien.',
  lt: 'Ačiū už kantrybę, siuntinys atkeliaus pirmadienį.',
  uk: 'Дякуємо за очікування, посилка прийде в понеділок.',
};
