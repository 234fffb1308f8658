import { parentPort, workerData } from 'node:worker_threads';
import { checkBatch, type CheckDefaults, type LineBatch } from './check-line';

// A thread of `tactful check --jsonl`: it loads the library once, then scores the batches of
// lines it is sent and returns their records (built as JSON text here, so only strings cross back).
// Built as its own entry, dist/cli-worker.js, next to the CLI's chunks (tsup.config.ts).
const defaults = workerData as CheckDefaults;
parentPort?.on('message', (batch: LineBatch) => {
  parentPort!.postMessage({ seq: batch.seq, results: checkBatch(batch, defaults) });
});
