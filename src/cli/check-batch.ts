import { Worker } from 'node:worker_threads';
import { checkBatch, type CheckDefaults, type LineBatch, type LineResult } from './check-line';
import type { BatchTally } from './check-summary';

/** Lines sent to a thread in one message: enough to make the cost of `postMessage` small beside the checks. */
const BATCH_LINES = 64;
/** …or fewer, when the lines are long. */
const BATCH_CHARS = 1 << 20;
/** Input that ends within this many batches is checked on the main thread: starting threads would cost more. */
const IN_PROCESS_BATCHES = 2;
/** Batches sent but not yet written, per thread: keeps every thread busy while the oldest batch holds up the output. */
const IN_FLIGHT_PER_THREAD = 4;

/** Groups non-blank lines into numbered batches. */
async function* batchesOf(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<LineBatch> {
  let seq = 0;
  let number = 0;
  let batch: LineBatch = { seq, numbers: [], texts: [] };
  let chars = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    batch.numbers.push(number);
    batch.texts.push(line);
    chars += line.length;
    if (batch.texts.length >= BATCH_LINES || chars >= BATCH_CHARS) {
      yield batch;
      batch = { seq: ++seq, numbers: [], texts: [] };
      chars = 0;
    }
  }
  if (batch.texts.length > 0) yield batch;
}

/** Where a thread finds its code: dist/cli-worker.js beside the built CLI, or the source under tsx and vitest. */
function startWorker(defaults: CheckDefaults): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // Tests run the CLI from its TypeScript source; the thread loads that source through tsx too.
    const entry = new URL('./check-worker.ts', here).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    return new Worker(`import(${JSON.stringify(tsx)}).then((api) => api.register()).then(() => import(${JSON.stringify(entry)}))`, { eval: true, workerData: defaults });
  }
  return new Worker(new URL('./cli-worker.js', here), { workerData: defaults });
}

/** Threads that score batches; results come back through `onResult`, in whatever order they finish. */
class CheckPool {
  readonly #workers: Array<{ worker: Worker; busy: number }>;
  #closing = false;

  constructor(size: number, defaults: CheckDefaults, onResult: (seq: number, results: LineResult[]) => void, onFailure: (error: unknown) => void) {
    this.#workers = Array.from({ length: size }, () => {
      const entry = { worker: startWorker(defaults), busy: 0 };
      entry.worker.on('message', (message: { seq: number; results: LineResult[] }) => {
        entry.busy--;
        onResult(message.seq, message.results);
      });
      entry.worker.on('error', onFailure);
      entry.worker.on('exit', (code) => {
        if (!this.#closing) onFailure(new Error(`a check thread stopped (exit code ${code})`));
      });
      return entry;
    });
  }

  /** Sends a batch to the least busy thread. */
  submit(batch: LineBatch): void {
    const entry = this.#workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    entry.busy++;
    entry.worker.postMessage(batch);
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map(({ worker }) => worker.terminate()));
  }
}

/** How `checkJsonLines` runs. */
export interface JsonLinesRun {
  /** Threads to use; 1 checks every line on the calling thread. */
  readonly jobs: number;
  readonly defaults: CheckDefaults;
  /** Counts every result for the summary. */
  readonly tally: BatchTally;
  /** Writes records (lines ending in `\n`); the returned promise holds back reading until the output can take more. */
  readonly write: (text: string) => Promise<void> | void;
}

/**
 * `tactful check --jsonl`: scores one transcript per line and writes one record per line, in the
 * order of the input, as the results come in. Memory stays bounded whatever the input's length:
 * lines are read only as fast as they are written, at most `jobs × 4` batches of 64 lines are
 * between reading and writing, and `write` holds the reading back while the output is full.
 */
export async function checkJsonLines(lines: AsyncIterable<string> | Iterable<string>, run: JsonLinesRun): Promise<void> {
  const source = batchesOf(lines);
  const emit = async (results: readonly LineResult[]) => {
    let text = '';
    for (const result of results) {
      run.tally.add(result);
      text += `${result.record}\n`;
    }
    await run.write(text);
  };
  // Read a little ahead: a short input is done here before a thread would have started.
  const head: LineBatch[] = [];
  let ended = false;
  while (head.length < (run.jobs === 1 ? 1 : IN_PROCESS_BATCHES + 1)) {
    const next = await source.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  const rest: AsyncIterable<LineBatch> = { [Symbol.asyncIterator]: () => source };
  if (run.jobs === 1 || ended) {
    for (const batch of head) await emit(checkBatch(batch, run.defaults));
    for await (const batch of rest) await emit(checkBatch(batch, run.defaults));
    return;
  }

  // Results wait here until every batch before them is written: at most `limit` of them.
  const ready = new Map<number, LineResult[]>();
  // Set by a thread's error; read after each wait (an object, as the callbacks set it).
  const state: { failure?: { error: unknown } } = {};
  let wake: (() => void) | undefined;
  const pool = new CheckPool(
    run.jobs,
    run.defaults,
    (seq, results) => {
      ready.set(seq, results);
      wake?.();
    },
    (error) => {
      state.failure ??= { error };
      wake?.();
    },
  );
  const limit = run.jobs * IN_FLIGHT_PER_THREAD;
  let sent = 0;
  let written = 0;
  const flush = async () => {
    for (let results = ready.get(written); results !== undefined; results = ready.get(written)) {
      ready.delete(written);
      written++;
      await emit(results);
    }
  };
  const check = () => {
    if (state.failure) throw state.failure.error;
  };
  const progress = async () => {
    check();
    if (!ready.has(written)) await new Promise<void>((resolve) => (wake = resolve));
    check();
    await flush();
  };
  try {
    const send = async (batch: LineBatch) => {
      while (sent - written >= limit) await progress();
      pool.submit(batch);
      sent++;
      await flush();
    };
    for (const batch of head) await send(batch);
    for await (const batch of rest) await send(batch);
    while (written < sent) await progress();
  } finally {
    await pool.close();
  }
}
