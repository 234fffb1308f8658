/**
 * `npm run bench:lint`: lint throughput on 1 MB of support chat, scaling with extra phrases, the
 * same megabyte through alex, write-good and retext-equality (bench/peers.ts), and hostile inputs.
 * Prints a table and writes bench/results/lint.json. Not a test: numbers vary by machine;
 * docs/performance.md records a run. The peers take about two minutes of it; `--no-peers`
 * skips them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintOptions } from '../src';
import { extraPhrases, supportCorpus } from './corpus';
import { PEERS, SENTINEL } from './peers';
// The built package, as users run it (run `npm run build` first; `npm run bench` does). Loaded by
// URL so type-checking does not need a build; the types come from the source.
const dist = new URL('../dist/', import.meta.url).href;
const { lint, fix } = (await import(`${dist}index.js`)) as typeof import('../src');
const en = ((await import(`${dist}locales/en.js`)) as { default: import('../src').LocaleDefinition }).default;

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
/** `ratio`: hostile inputs' time per byte relative to the chat; `tactfulSpeedup`: a peer's time over tactful's. */
const rows: Array<{ case: string; ms: number; mbPerSecond: number; diagnostics: number; ratio?: number; peer?: true; runs?: number; tactfulSpeedup?: number }> = [];
const mbPerSecond = (text: string, ms: number) => Math.round((Buffer.byteLength(text) / MB / (ms / 1000)) * 100) / 100;
const measure = (name: string, text: string, options: LintOptions, runs?: number) => {
  const ms = time(() => lint(text, options), runs);
  const row: (typeof rows)[number] = { case: name, ms: Math.round(ms * 10) / 10, mbPerSecond: mbPerSecond(text, ms), diagnostics: lint(text, options).length };
  rows.push(row);
  return row;
};

const base = measure('1 MB support chat, built-in English rules', corpus, { locale: en });
const phrases = (count: number) => ({ locale: en, extraPhrases: { 'policy-shield': { en: extraPhrases(count) } } });
const with100 = measure('… plus 100 extra phrases', corpus, phrases(100));
const with10k = measure('… plus 10 000 extra phrases', corpus, phrases(10_000));

// The peers on the same megabyte: slow (seconds per run), so one warm-up and three timed runs. The
// warm-up lints the corpus plus a last line every peer flags, and must report a message on that
// line: proof that the peer read the whole text (on the chat alone alex and retext-equality find
// nothing to say, so their message count cannot show it).
const peerRuns = 3;
const peers: Array<{ name: string; ms: number; mbPerSecond: number; messages: number; tactfulSpeedup: number; sentinelLine: number }> = [];
if (!process.argv.includes('--no-peers')) {
  const checkText = `${corpus}\n${SENTINEL}`;
  const checkLine = checkText.split('\n').length;
  if (!lint(SENTINEL, { locale: en }).length) throw new Error('tactful does not flag the sentinel line');
  for (const peer of PEERS) {
    const check = peer.summarize(peer.run(checkText), checkText);
    if (check.lastLine !== checkLine) throw new Error(`${peer.name}: no message on the last line (${checkLine}) of corpus + sentinel; last message on line ${check.lastLine}`);
    const samples: number[] = [];
    let result: unknown;
    for (let i = 0; i < peerRuns; i++) {
      const start = performance.now();
      result = peer.run(corpus);
      samples.push(performance.now() - start);
    }
    const ms = median(samples);
    const { messages } = peer.summarize(result, corpus);
    const tactfulSpeedup = Math.round((ms / base.ms) * 10) / 10;
    // Three significant digits: two decimals would show 0.05 MB/s for anything from 0.045 to 0.055.
    const throughput = Number((bytes / MB / (ms / 1000)).toPrecision(3));
    rows.push({ case: peer.name, ms: Math.round(ms), mbPerSecond: throughput, diagnostics: messages, peer: true, runs: peerRuns, tactfulSpeedup });
    peers.push({ name: peer.name, ms: Math.round(ms), mbPerSecond: throughput, messages, tactfulSpeedup, sentinelLine: checkLine });
  }
}

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
  ['1 MB of condition words ("if" guards)', "if if that's not possible ".repeat(MB / 27)],
  ['1 MB of dotted abbreviations', 'e.g. т. е. plkst. 15. decembrim '.repeat(MB / 34)],
  // Non-prose (links, codes, handles, paths, references) and the gap and name slots.
  ['1 MB of links and e-mail addresses', 'see https://example.com/a?b=c, www.x.org/y or me@x.com '.repeat(MB / 56)],
  ['1 MB of "a-" (code-like, never a code)', 'a-'.repeat(MB / 2)],
  ['1 MB of "a." (abbreviation-like)', 'a.'.repeat(MB / 2)],
  ['1 MB of "a/" (path-like)', 'a/'.repeat(MB / 2)],
  ['1 MB of @ and # runs', '@a#b@'.repeat(MB / 5)],
  ['1 MB of HTML references', 'it&#39;s &amp; &lt;b&gt; &#99999999; '.repeat(MB / 36)],
  ['1 MB of gap near-misses ("there\'s nothing")', "there's nothing at all here, ".repeat(MB / 29)],
  ['1 MB of name slots ("you need to contact")', 'you need to contact Big Red Dog Co Ltd '.repeat(MB / 39)],
];
for (const [name, text] of hostile) {
  const row = measure(name, text, { locale: en }, 3);
  row.ratio = Math.round((row.ms / Buffer.byteLength(text)) / (base.ms / bytes) * 10) / 10;
}
// Markdown mode and fix, on the same megabyte and on hostile Markdown.
const markdownBase = measure('1 MB support chat as Markdown', corpus, { locale: en, markdown: true }, 3);
for (const [name, text] of [
  ['1 MB of backticks (Markdown)', '`'.repeat(MB)],
  ['1 MB of "](" (Markdown)', ']('.repeat(MB / 2)],
  ['1 MB of "<!--" (Markdown)', '<!--'.repeat(MB / 4)],
] as const) {
  const row = measure(name, text, { locale: en, markdown: true }, 3);
  row.ratio = Math.round((row.ms / Buffer.byteLength(text)) / (markdownBase.ms / bytes) * 10) / 10;
}
const fixMs = time(() => fix(corpus, { locale: en }), 3);
rows.push({ case: 'fix: 1 MB support chat', ms: Math.round(fixMs * 10) / 10, mbPerSecond: mbPerSecond(corpus, fixMs), diagnostics: 0, ratio: Math.round((fixMs / base.ms) * 10) / 10 });
const slangMs = time(() => fix('pls u thx asap gonna '.repeat(MB / 21), { locale: en }), 3);
rows.push({ case: 'fix: 1 MB of slang (every word rewritten)', ms: Math.round(slangMs * 10) / 10, mbPerSecond: mbPerSecond(corpus, slangMs), diagnostics: 0, ratio: Math.round((slangMs / base.ms) * 10) / 10 });

console.log(`tactful lint benchmark — Node ${process.version}, ${bytes} bytes of chat\n`);
console.table(rows.map((r) => ({ case: r.case, 'ms (median)': r.ms, 'MB/s': r.mbPerSecond, 'diagnostics / messages': r.diagnostics, 'time per byte vs chat': r.ratio ?? '', 'tactful speed-up': r.tactfulSpeedup === undefined ? '' : `${r.tactfulSpeedup}×` })));
console.log(`10 000 phrases vs 100: ${(with10k.ms / with100.ms).toFixed(2)}× the time`);
for (const p of peers) console.log(`tactful vs ${p.name}: ${p.tactfulSpeedup}× the throughput (${base.mbPerSecond} vs ${p.mbPerSecond} MB/s; median of ${peerRuns} runs; it flagged the sentinel on line ${p.sentinelLine})`);
const alex = peers.find((p) => p.name.startsWith('alex'));
if (alex) console.log(`target, at least 20× the throughput of alex: ${alex.tactfulSpeedup}×, ${alex.tactfulSpeedup >= 20 ? 'met' : 'missed'}`);

const out = join(dirname(fileURLToPath(import.meta.url)), 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'lint.json'), `${JSON.stringify({ node: process.version, date: new Date().toISOString(), bytes, rows, peers }, null, 2)}\n`);
