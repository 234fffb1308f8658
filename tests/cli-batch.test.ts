import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConversation, CHECKLIST_IDS, type ChecklistId, type Medium, type TranscriptMessage } from '../src/conversation/check';
import { SHIPPED_LOCALES } from '../src/generated/shipped-locales';
import { runWith as runCliWith } from './cli-io';
import { BatchTally, type BatchSummary } from '../src/cli/check-summary';
import { checkJsonLines } from '../src/cli/check-batch';
import { LINE_NOT_UTF8, LINE_TOO_LONG, splitLines } from '../src/cli/io';
import { checkLine } from '../src/cli/check-line';

/** `tactful check --jsonl`, issue #19. */

const root = join(__dirname, '..');
const bin = join(root, 'dist', 'cli.js');
const corpus = readFileSync(join(root, 'bench/conversations/corpus/en.jsonl'), 'utf8').trim().split('\n');

/** The CLI in-process (the whole-text fallback), with its standard output read as records. */
async function runWith(files: Record<string, string>, stdin: string, argv: string[]) {
  const result = await runCliWith(files, stdin, argv);
  return { ...result, records: result.out.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown> & { id: unknown; line: number }) };
}

/** The corpus' lines, each given a fresh id, repeated to `n` lines. */
function lines(n: number): string[] {
  return Array.from({ length: n }, (_, i) => JSON.stringify({ ...(JSON.parse(corpus[i % corpus.length]!) as object), id: `t-${i + 1}` }));
}

const good = { id: 'good', medium: 'chat', note: 'a QA lead’s own field', items: { greets: 'pass' }, transcript: [
  { from: 'customer', text: 'Hi, I’m Sarah. My parcel hasn’t arrived.', at: '2026-12-01T10:00:00Z' },
  { from: 'agent', text: 'Hello Sarah, I’m sorry it is late. I’ll check with the courier and write back within 2 hours.', at: '2026-12-01T10:01:00Z' },
  { from: 'agent', text: 'Thank you for your patience. Is there anything else I can help you with? How did we do today?', at: '2026-12-01T10:02:00Z' },
] };
const rude = { id: 7, medium: 'email', transcript: [{ from: 'customer', text: 'Where is my order?' }, { from: 'agent', text: 'No idea. It’s company policy.' }] };
const bare = [{ from: 'customer', text: 'The app does not work.' }, { from: 'agent', text: 'Reinstall it.' }];
const small = [JSON.stringify(good), '{oops', '', JSON.stringify(bare), JSON.stringify({ id: 'no-transcript', messages: 'nope' }), JSON.stringify(rude), JSON.stringify({ id: 'bad-from', transcript: [{ from: 'robot', text: 'hi' }] })].join('\n');

describe('tactful check --jsonl', () => {
  it('writes one record per non-blank line, in order, with the line’s id or its number', async () => {
    const { code, records } = await runWith({ 'chats.jsonl': small }, '', ['check', '--jsonl', 'chats.jsonl', '--locale', 'en']);
    expect(records.map((r) => [r.id, r.line, 'scorecard' in r ? 'scorecard' : (r.error as { code: string }).code])).toEqual([
      ['good', 1, 'scorecard'],
      [2, 2, 'INVALID_TRANSCRIPT'],
      [4, 4, 'scorecard'],
      ['no-transcript', 5, 'INVALID_TRANSCRIPT'],
      [7, 6, 'scorecard'],
      ['bad-from', 7, 'INVALID_OPTIONS'],
    ]);
    // A refused line fails the run, as a refused file does in `tactful check`.
    expect(code).toBe(1);
  });

  it('applies the line’s own options over the command line’s, and ignores fields it does not know', async () => {
    const unset = { id: 'unset', medium: null, locale: null, transcript: bare };
    const { code, records } = await runWith({ 'chats.jsonl': [JSON.stringify(good), JSON.stringify(rude), JSON.stringify(bare), JSON.stringify(unset)].join('\n') }, '', ['check', '--jsonl', 'chats.jsonl', '--locale', 'en', '--medium', 'social']);
    expect(code).toBe(0);
    const cards = records.map((r) => r.scorecard as { medium: Medium; score: number });
    // null is no option: the command line's --medium holds.
    expect(cards.map((c) => c.medium)).toEqual(['chat', 'email', 'social', 'social']);
    expect(cards[0]).toEqual(checkConversation(good.transcript as TranscriptMessage[], { locales: SHIPPED_LOCALES, locale: 'en', medium: 'chat' }));
  });

  it('exits 1 when a line scores under --min-score, 0 when none does', async () => {
    const input = [JSON.stringify(good), JSON.stringify(rude)].join('\n');
    const rudeScore = checkConversation(rude.transcript as TranscriptMessage[], { locales: SHIPPED_LOCALES, locale: 'en', medium: 'email' }).score;
    expect((await runWith({ 'c.jsonl': input }, '', ['check', '--jsonl', 'c.jsonl', '--locale', 'en', '--min-score', String(rudeScore + 0.01)])).code).toBe(1);
    expect((await runWith({ 'c.jsonl': input }, '', ['check', '--jsonl', 'c.jsonl', '--locale', 'en', '--min-score', String(rudeScore)])).code).toBe(0);
  });

  it('reads standard input, with or without -', async () => {
    const input = `${JSON.stringify(good)}\r\n${JSON.stringify(bare)}\n`;
    for (const argv of [['check', '--jsonl', '--locale', 'en'], ['check', '--jsonl', '-', '--locale', 'en']]) {
      const { code, records } = await runWith({}, input, argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(records.map((r) => r.id)).toEqual(['good', 2]);
    }
  });

  it('sums up the run: each item’s pass, fail and n/a counts, the score distribution, the errors', async () => {
    const files: Record<string, string> = { 'chats.jsonl': small };
    const { err } = await runWith(files, '', ['check', '--jsonl', 'chats.jsonl', '--locale', 'en', '--min-score', '0.5', '--summary', 'summary.json']);
    const summary = JSON.parse(files['summary.json']!) as BatchSummary;
    // The same transcripts, scored directly.
    const cards = [good, { transcript: bare, medium: undefined }, rude].map((line) => checkConversation(line.transcript as TranscriptMessage[], { locales: SHIPPED_LOCALES, locale: 'en', ...(line.medium ? { medium: line.medium as Medium } : {}) }));
    const scores = cards.map((c) => c.score).sort((a, b) => a - b);
    const quantile = (p: number) => {
      const at = (scores.length - 1) * p;
      const low = scores[Math.floor(at)]!;
      return Math.round((low + (scores[Math.ceil(at)]! - low) * (at - Math.floor(at))) * 1000) / 1000;
    };
    expect(summary).toMatchObject({ transcripts: 6, scored: 3, errors: 3, errorCodes: { INVALID_TRANSCRIPT: 2, INVALID_OPTIONS: 1 }, errorLines: [2, 5, 7] });
    expect(summary.belowMinScore).toBe(scores.filter((s) => s < 0.5).length);
    expect(summary.score).toMatchObject({ min: scores[0], max: scores.at(-1), median: quantile(0.5), q1: quantile(0.25), q3: quantile(0.75) });
    expect(summary.score.mean).toBeCloseTo(scores.reduce((a, b) => a + b) / scores.length, 3);
    expect(summary.score.histogram.map((bin) => bin.count)).toEqual(Array.from({ length: 10 }, (_, bin) => scores.filter((s) => Math.min(9, Math.floor(s * 10)) === bin).length));
    for (const id of CHECKLIST_IDS) {
      const count = (status: string) => cards.filter((c) => c.items.find((i) => i.id === id)!.status === status).length;
      const [pass, fail] = [count('pass'), count('fail')];
      expect(summary.items[id as ChecklistId], id).toEqual({ pass, fail, notApplicable: count('not-applicable'), passRate: pass + fail === 0 ? null : Math.round((pass / (pass + fail)) * 1000) / 1000 });
    }
    // The summary for people goes to stderr, so stdout stays JSON lines.
    expect(err).toMatch(/6 transcripts: 3 scored, 3 errors/);
    expect(err).toMatch(/greets/);
  });

  it.each([
    [['--jobs', '0']],
    [['--jobs', 'many']],
    [['--jobs', '1.5']],
    [['--jobs', '-2']],
    [['--jobs', '1000']],
    [['--format', 'stylish']],
    [['--ignore-pattern', '*.txt']],
    [['a.jsonl', 'b.jsonl']],
    [['missing.jsonl']],
  ])('refuses %j with exit code 2', async (extra) => {
    const { code, err } = await runWith({ 'a.jsonl': small, 'b.jsonl': small }, '', ['check', '--jsonl', ...extra]);
    expect(code).toBe(2);
    expect(err).toMatch(/--jobs|--format|--ignore-pattern|one file|no such file/);
  });

  it('refuses --jobs and --summary without --jsonl', async () => {
    expect((await runWith({}, 'Agent: Hello.', ['check', '--jobs', '2'])).code).toBe(2);
    expect((await runWith({}, 'Agent: Hello.', ['check', '--summary', 's.json'])).code).toBe(2);
  });

  it('keeps the input order across several threads (from the TypeScript source, as here)', async () => {
    const input = lines(300).join('\n');
    const threaded = await runWith({ 'many.jsonl': input }, '', ['check', '--jsonl', 'many.jsonl', '--jobs', '3']);
    const single = await runWith({ 'many.jsonl': input }, '', ['check', '--jsonl', 'many.jsonl', '--jobs', '1']);
    expect(threaded.records.map((r) => r.id)).toEqual(Array.from({ length: 300 }, (_, i) => `t-${i + 1}`));
    expect(threaded.out).toBe(single.out);
    expect(threaded.err).toBe(single.err);
  });
});

describe('checkJsonLines holds memory bounded', () => {
  /** An endless input whose output is never taken: how many lines does the run read before it waits? */
  async function linesReadWhileOutputIsStuck(jobs: number): Promise<number> {
    const sample = lines(50);
    let read = 0;
    let released = false;
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    async function* endless() {
      while (!released) yield sample[read++ % sample.length]!;
    }
    let writes = 0;
    const run = checkJsonLines(endless(), { jobs, defaults: { locale: 'en' }, tally: new BatchTally(undefined), write: () => (++writes > 2 ? stuck : undefined) });
    // Wait until reading stops: the run holds back behind the stuck output.
    for (let last = -1; last !== read; ) {
      last = read;
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    const atRest = read;
    released = true;
    release();
    await run;
    return atRest;
  }

  it.each([[1], [2]])('--jobs %i reads a bounded number of lines ahead of a reader that stopped', async (jobs) => {
    // Two batches written, then: the main thread holds one batch; threads hold up to jobs × 4 and the read-ahead 3.
    expect(await linesReadWhileOutputIsStuck(jobs)).toBeLessThanOrEqual((2 + 1 + jobs * 4 + 3) * 64 + 1);
  });

  it('splits a stream into lines across chunk boundaries, in UTF-8 split mid-character', async () => {
    const bytes = new TextEncoder().encode('{"a":"Jānis"}\r\n\n{"b":"Ф"}');
    const chunks = Array.from(bytes, (byte) => Uint8Array.of(byte));
    const read: string[] = [];
    for await (const line of splitLines(chunks, 'x.jsonl')) read.push(line);
    expect(read).toEqual(['{"a":"Jānis"}', '', '{"b":"Ф"}']);
  });

  it('turns a line that is not UTF-8 into that line\'s error record, and reads on', async () => {
    const good = new TextEncoder().encode('{"id":"b"}\n');
    const read: string[] = [];
    for await (const line of splitLines([Uint8Array.of(0x7b, 0xff, 0x0a), good.subarray(0, 3), good.subarray(3)], 'latin1.jsonl')) read.push(line);
    expect(read).toEqual([LINE_NOT_UTF8, '{"id":"b"}']);
    // No line of input can pass for a marker: what looks like one is read as the text it is.
    const lookalike: string[] = [];
    for await (const line of splitLines(['\u0000line-not-utf8\n', '\u0000line-too-long:<b>x</b>\n'], 'x.jsonl')) lookalike.push(line);
    expect(lookalike.map((line) => JSON.parse(checkLine(line, 1, {}).record).error.message)).toEqual([expect.stringMatching(/not valid JSON/), expect.stringMatching(/not valid JSON/)]);
    expect(checkLine(read[0]!, 1, {})).toMatchObject({ line: 1, error: 'INVALID_TRANSCRIPT' });
    expect(JSON.parse(checkLine(read[0]!, 1, {}).record).error.message).toMatch(/not UTF-8/);

    const dir = mkdtempSync(join(tmpdir(), 'tactful-jsonl-'));
    const input = join(dir, 'mixed.jsonl');
    const transcript = JSON.stringify([{ from: 'customer', text: 'My parcel is late.' }, { from: 'agent', text: 'Hello! I am sorry to hear that.' }]);
    writeFileSync(input, Buffer.concat([Buffer.from(`${transcript}\n`), Buffer.from('[{"from":"customer","text":"caf'), Buffer.of(0xe9), Buffer.from('"}]\n'), Buffer.from(`${transcript}\n`)]));
    const result = spawnSync(process.execPath, [bin, 'check', '--jsonl', input, '--locale', 'en'], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; scorecard?: unknown; error?: { code: string } });
    expect(records.map((r) => [r.line, r.error?.code ?? 'scored'])).toEqual([[1, 'scored'], [2, 'INVALID_TRANSCRIPT'], [3, 'scored']]);
  });

  it('drops a line longer than the limit as it arrives, and turns it into that line\'s error record', async () => {
    const chunks = ['{"id":"a"}\n', 'x'.repeat(30), 'y'.repeat(30), '\n{"id":"b"}\n', 'z'.repeat(70)];
    const read: string[] = [];
    for await (const line of splitLines(chunks, 'x.jsonl', 50)) read.push(line);
    expect(read).toEqual(['{"id":"a"}', `${LINE_TOO_LONG}60`, '{"id":"b"}', `${LINE_TOO_LONG}70`]);
    expect(checkLine(read[1]!, 2, {})).toMatchObject({ line: 2, error: 'INVALID_TRANSCRIPT' });
    expect(JSON.parse(checkLine(read[1]!, 2, {}).record).error.message).toMatch(/60 bytes long/);
  });

  it('refuses a --summary that is a directory, and a --locale it does not ship, before reading a line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-jsonl-'));
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, `${lines(3).join('\n')}\n`);
    const directory = spawnSync(process.execPath, [bin, 'check', '--jsonl', input, '--summary', dir], { encoding: 'utf8' });
    expect(directory.status).toBe(2);
    expect(directory.stderr).toContain('is a directory');
    expect(directory.stdout).toBe('');
    const german = spawnSync(process.execPath, [bin, 'check', '--jsonl', input, '--locale', 'de'], { encoding: 'utf8' });
    expect(german.status).toBe(2);
    expect(german.stderr).toMatch(/--locale de: not a language tactful ships/);
    // A summary file that cannot be written is said plainly, after the records, without a stack trace.
    const unwritable = spawnSync(process.execPath, [bin, 'check', '--jsonl', input, '--summary', join(dir, 'no', 'such', 'summary.json')], { encoding: 'utf8' });
    expect(unwritable.status).toBe(2);
    expect(unwritable.stdout.trim().split('\n')).toHaveLength(3);
    expect(unwritable.stderr).toMatch(/cannot be written \(ENOENT\)/);
    expect(unwritable.stderr).not.toMatch(/at \w+ \(/);
  });
});

describe('tactful check --jsonl, the built executable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tactful-jsonl-'));
  const big = join(dir, 'big.jsonl');
  writeFileSync(big, `${lines(700).join('\n')}\n`);

  it('keeps the input order with several threads, and writes what one thread writes', () => {
    const threaded = spawnSync(process.execPath, [bin, 'check', '--jsonl', big, '--jobs', '3'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const single = spawnSync(process.execPath, [bin, 'check', '--jsonl', '--jobs', '1'], { encoding: 'utf8', input: readFileSync(big), maxBuffer: 1 << 28 });
    expect([threaded.status, single.status]).toEqual([0, 0]);
    const ids = threaded.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(Array.from({ length: 700 }, (_, i) => `t-${i + 1}`));
    expect(threaded.stdout).toBe(single.stdout);
  });

  it('a refused line gives an error record and exit 1, and the run goes on', () => {
    const input = `${lines(200).join('\n')}\n{"id":"broken","transcript":5}\n${lines(200).join('\n')}\n`;
    const result = spawnSync(process.execPath, [bin, 'check', '--jsonl', '-', '--jobs', '2'], { encoding: 'utf8', input, maxBuffer: 1 << 28 });
    expect(result.status).toBe(1);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; line: number; error?: { code: string } });
    expect(records).toHaveLength(401);
    expect(records[200]).toMatchObject({ id: 'broken', line: 201, error: { code: 'INVALID_TRANSCRIPT' } });
  });

  it('ends quietly with exit 0 when the reader goes away (| head -1)', () => {
    const script = `"${process.execPath}" "${bin}" check --jsonl "${big}" --jobs 2 | head -1 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('exit=0\n');
  });
});
