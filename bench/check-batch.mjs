// `npm run bench:check-batch`: `tactful check --jsonl` from the built CLI (`npm run build` first).
// Replicates the 250 real English conversations of bench/conversations/corpus/en.jsonl (each
// copy with its own id) to N lines, then times the whole command, output to /dev/null, with
// --jobs 1 and --jobs <cores>: transcripts per second of wall time, and per second of CPU time
// (user + sys, which a busy machine disturbs less). Peak RSS (GNU time's %M, threads included)
// at 1/5, 1 and 2 times the input shows whether memory grows with the input.
// Usage: node bench/check-batch.mjs [lines=20000] [runs=3]. Writes bench/results/check-batch.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const LINES = Number(process.argv[2] ?? 20_000);
const RUNS = Number(process.argv[3] ?? 3);
const CORES = availableParallelism();
const corpus = readFileSync('bench/conversations/corpus/en.jsonl', 'utf8').trim().split('\n');
const dir = mkdtempSync(join(tmpdir(), 'tactful-bench-jsonl-'));

function input(lines) {
  const path = join(dir, `${lines}.jsonl`);
  const text = Array.from({ length: lines }, (_, i) => JSON.stringify({ ...JSON.parse(corpus[i % corpus.length]), id: `b-${i + 1}` })).join('\n');
  writeFileSync(path, `${text}\n`);
  return path;
}

/** One run under GNU time: wall seconds, CPU seconds, peak RSS in MB. `node` takes `flags`. */
function measure(path, jobs, flags = []) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', process.execPath, ...flags, 'dist/cli.js', 'check', '--jsonl', path, '--jobs', String(jobs)], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(`tactful check --jsonl exited ${result.status}: ${result.stderr.slice(-500)}`);
  const [wall, user, sys, kb] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: user + sys, rssMB: kb / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const SIZES = [Math.round(LINES / 5), LINES, LINES * 2];
const files = Object.fromEntries(SIZES.map((n) => [n, input(n)]));
const rows = [];
for (const jobs of [...new Set([1, CORES])]) {
  const runs = Array.from({ length: RUNS }, () => measure(files[LINES], jobs));
  const wall = median(runs.map((r) => r.wall));
  const cpu = median(runs.map((r) => r.cpu));
  const rss = { [LINES]: Math.round(Math.max(...runs.map((r) => r.rssMB))) };
  for (const n of SIZES.filter((n) => n !== LINES)) rss[n] = Math.round(measure(files[n], jobs).rssMB);
  rows.push({ jobs, lines: LINES, seconds: wall, perSecond: Math.round(LINES / wall), perCpuSecond: Math.round(LINES / cpu), peakRssMB: rss });
}
// V8 lets a heap grow before it collects, so peak RSS rises with the run's length even when
// nothing is kept. With the old generation capped (every thread inherits the flag), the peak is
// the working set: flat if nothing is kept, a crash if something were.
const CAP = ['--max-old-space-size=96'];
const capped = { jobs: CORES, flags: CAP, peakRssMB: Object.fromEntries([SIZES[0], SIZES[2]].map((n) => [n, Math.round(measure(files[n], CORES, CAP).rssMB)])) };
const inputMB = statSync(files[LINES]).size / 1e6;
rmSync(dir, { recursive: true, force: true });

console.log(`tactful check --jsonl: ${LINES} transcripts (${inputMB.toFixed(1)} MB), ${CORES} cores, Node ${process.versions.node}, load average ${loadavg()[0].toFixed(1)}, median of ${RUNS}`);
console.log(`| --jobs | wall s | transcripts/s | per CPU-second | peak RSS at ${SIZES.join(' / ')} lines |`);
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(`| ${r.jobs} | ${r.seconds.toFixed(1)} | ${r.perSecond} | ${r.perCpuSecond} | ${SIZES.map((n) => r.peakRssMB[n]).join(' / ')} MB |`);
console.log(`node ${CAP.join(' ')}, --jobs ${CORES}: peak RSS at ${SIZES[0]} / ${SIZES[2]} lines: ${capped.peakRssMB[SIZES[0]]} / ${capped.peakRssMB[SIZES[2]]} MB`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/check-batch.json', `${JSON.stringify({ date: new Date().toISOString(), node: process.versions.node, cores: CORES, loadAverage: loadavg()[0], inputMB, rows, capped }, null, 2)}\n`);
