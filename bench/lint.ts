/**
 * `npm run bench:lint`: lint throughput on 1 MB of support chat, scaling with extra phrases, and
 * hostile inputs. Prints a table and writes bench/results/lint.json. Not a test: numbers vary by
 * machine; docs/performance.md records a run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type LintOptions } from '../src/lint/linter';
import en from '../src/locales/en';
import { extraPhrases, supportCorpus } from './corpus';

const MB = 1024 * 1024;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median wall time of `runs` calls, after one warm-up call (which also compiles the phrases). */
function time(fn: () => unknown, runs = 5): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const corpus = supportCorpus(MB);
const bytes = Buffer.byteLength(corpus);
const rows: Array<{ case: string; ms: number; mbPerSecond: number; diagnostics: number; ratio?: number }> = [];
const measure = (name: string, text: string, options: LintOptions, runs?: number) => {
  const ms = time(() => lint(text, options), runs);
  const row: (typeof rows)[number] = { case: name, ms: Math.round(ms * 10) / 10, mbPerSecond: Math.round((Buffer.byteLength(text) / MB / (ms / 1000)) * 100) / 100, diagnostics: lint(text, options).length };
  rows.push(row);
  return row;
};

const base = measure('1 MB support chat, built-in English rules', corpus, { locale: en });
const phrases = (count: number) => ({ locale: en, extraPhrases: { 'policy-shield': { en: extraPhrases(count) } } });
const with100 = measure('… plus 100 extra phrases', corpus, phrases(100));
const with10k = measure('… plus 10 000 extra phrases', corpus, phrases(10_000));

const hostile: Array<[string, string]> = [
  ['near-matches: "it is company polic" × 1 MB', 'it is company polic, '.repeat(MB / 21)],
  ['100 000 apostrophes, then a word', `${"'".repeat(100_000)}word`],
  ['1 MB of apostrophes and letters', "a'".repeat(MB / 2)],
  ['1 MB of "!?" runs', '!?'.repeat(MB / 2)],
  ['one 1 MB word', 'a'.repeat(MB)],
  ['1 MB of unclosed quotes', '“ "« „ '.repeat(MB / 8)],
  ['1 MB of capitals', 'PLEASE READ THIS NOW '.repeat(MB / 21)],
  ['1 MB of mixed scripts and marks', 'Тā ir ụzņēmuma политика 政策 😀 '.repeat(MB / 40)],
  ['1 MB of directives', 'tactful-ignore '.repeat(MB / 15)],
  ['1 MB with lone surrogates', '\ud800 policy \udfff '.repeat(MB / 12)],
];
for (const [name, text] of hostile) {
  const row = measure(name, text, { locale: en }, 3);
  row.ratio = Math.round((row.ms / Buffer.byteLength(text)) / (base.ms / bytes) * 10) / 10;
}

console.log(`tactful lint benchmark — Node ${process.version}, ${bytes} bytes of chat\n`);
console.table(rows.map((r) => ({ case: r.case, 'ms (median)': r.ms, 'MB/s': r.mbPerSecond, diagnostics: r.diagnostics, 'time per byte vs chat': r.ratio ?? '' })));
console.log(`10 000 phrases vs 100: ${(with10k.ms / with100.ms).toFixed(2)}× the time`);

const out = join(dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'lint.json'), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), bytes, rows }, null, 2)}\n`);
