import type { ChecklistId } from '../conversation/check';
import { STATUS_ORDER, type LineResult } from './check-line';
import { painter } from './io';

/** One checklist item across a batch. `passRate` is pass / (pass + fail), `null` when it never applied. */
export interface ItemSummary {
  readonly pass: number;
  readonly fail: number;
  readonly notApplicable: number;
  readonly passRate: number | null;
}

/** The distribution of the scores; every field `null` when nothing was scored. */
export interface ScoreSummary {
  readonly min: number | null;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
  readonly max: number | null;
  readonly mean: number | null;
  /** Ten bins of width 0.1: `[0, 0.1)`, … `[0.9, 1]` (the last one holds 1). */
  readonly histogram: ReadonlyArray<{ readonly from: number; readonly to: number; readonly count: number }>;
}

/** What `tactful check --jsonl` found over all its lines (`--summary <file>` writes it as JSON). */
export interface BatchSummary {
  /** Non-blank input lines. */
  readonly transcripts: number;
  readonly scored: number;
  readonly errors: number;
  /** Errors by `TactfulError` code. */
  readonly errorCodes: Readonly<Record<string, number>>;
  /** The first line numbers with an error (at most 20). */
  readonly errorLines: readonly number[];
  /** Scored lines under `--min-score`; `null` without it. */
  readonly belowMinScore: number | null;
  readonly score: ScoreSummary;
  readonly items: Readonly<Record<ChecklistId, ItemSummary>>;
}

const MAX_ERROR_LINES = 20;
/** Scores are rounded to thousandths, so counting each thousandth keeps exact quartiles in constant memory. */
const STEPS = 1000;

/**
 * Counts line results as they stream past, in constant memory, and sums them up at the end.
 *
 * @example
 * ```ts
 * const tally = new BatchTally(undefined);
 * tally.add({ line: 1, record: '{"id":1,"line":1,"scorecard":{}}', score: 0.75, statuses: 'pfnnnnnnnpp' });
 * tally.summary().items.greets.pass;
 * // → 1
 * ```
 */
export class BatchTally {
  readonly #minScore: number | undefined;
  readonly #counts = new Uint32Array(STEPS + 1);
  readonly #items = STATUS_ORDER.map(() => ({ pass: 0, fail: 0, notApplicable: 0 }));
  readonly #errorCodes: Record<string, number> = {};
  readonly #errorLines: number[] = [];
  #transcripts = 0;
  #scored = 0;
  #errors = 0;
  #below = 0;
  #sum = 0;

  constructor(minScore: number | undefined) {
    this.#minScore = minScore;
  }

  add(result: LineResult): void {
    this.#transcripts++;
    if (result.error !== undefined) {
      this.#errors++;
      this.#errorCodes[result.error] = (this.#errorCodes[result.error] ?? 0) + 1;
      if (this.#errorLines.length < MAX_ERROR_LINES) this.#errorLines.push(result.line);
      return;
    }
    const score = result.score!;
    this.#scored++;
    this.#sum += score;
    this.#counts[Math.round(Math.min(1, Math.max(0, score)) * STEPS)]!++;
    if (this.#minScore !== undefined && score < this.#minScore) this.#below++;
    const statuses = result.statuses ?? '';
    for (let i = 0; i < this.#items.length; i++) {
      const item = this.#items[i]!;
      const status = statuses[i];
      if (status === 'p') item.pass++;
      else if (status === 'f') item.fail++;
      else item.notApplicable++;
    }
  }

  /** Whether the run fails: a line could not be scored, or one scored under `--min-score`. */
  get failed(): boolean {
    return this.#errors > 0 || this.#below > 0;
  }

  summary(): BatchSummary {
    const items = Object.fromEntries(
      STATUS_ORDER.map((id, i) => {
        const { pass, fail, notApplicable } = this.#items[i]!;
        return [id, { pass, fail, notApplicable, passRate: pass + fail === 0 ? null : round(pass / (pass + fail)) }];
      }),
    ) as Record<ChecklistId, ItemSummary>;
    return {
      transcripts: this.#transcripts,
      scored: this.#scored,
      errors: this.#errors,
      errorCodes: { ...this.#errorCodes },
      errorLines: [...this.#errorLines],
      belowMinScore: this.#minScore === undefined ? null : this.#below,
      score: this.#scoreSummary(),
      items,
    };
  }

  #scoreSummary(): ScoreSummary {
    const histogram = Array.from({ length: 10 }, (_, bin) => ({ from: bin / 10, to: (bin + 1) / 10, count: 0 }));
    for (let step = 0; step <= STEPS; step++) histogram[Math.min(9, Math.floor(step / 100))]!.count += this.#counts[step]!;
    const n = this.#scored;
    if (n === 0) return { min: null, q1: null, median: null, q3: null, max: null, mean: null, histogram };
    return { min: this.#at(0), q1: this.#quantile(0.25), median: this.#quantile(0.5), q3: this.#quantile(0.75), max: this.#at(n - 1), mean: round(this.#sum / n), histogram };
  }

  /** The score at a 0-based rank of the sorted scores. */
  #at(rank: number): number {
    let seen = 0;
    for (let step = 0; step <= STEPS; step++) {
      seen += this.#counts[step]!;
      if (seen > rank) return step / STEPS;
    }
    return 1;
  }

  /** Linear interpolation between the closest ranks (numpy's and R's default, "type 7"). */
  #quantile(p: number): number {
    const position = (this.#scored - 1) * p;
    const below = Math.floor(position);
    const low = this.#at(below);
    const high = this.#at(Math.min(this.#scored - 1, below + 1));
    return round(low + (high - low) * (position - below));
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

const percent = (n: number | null) => (n === null ? '–' : `${Math.round(n * 100)}%`);
const score = (n: number | null) => (n === null ? '–' : n.toFixed(2));

/** The summary for a person, on stderr: counts, the score distribution, then each item's pass rate. */
export function formatSummary(summary: BatchSummary, color: boolean): string {
  const paint = painter(color);
  const { score: s } = summary;
  const head = [
    `${summary.transcripts} transcript${summary.transcripts === 1 ? '' : 's'}: ${summary.scored} scored, ${summary.errors} error${summary.errors === 1 ? '' : 's'}` +
      (summary.belowMinScore === null ? '' : `, ${summary.belowMinScore} under --min-score`),
  ];
  if (summary.errors > 0) {
    const codes = Object.entries(summary.errorCodes).map(([code, n]) => `${code} ${n}`).join(', ');
    head.push(paint('31', `errors: ${codes}; lines ${summary.errorLines.join(', ')}${summary.errors > summary.errorLines.length ? ', …' : ''}`));
  }
  if (summary.scored === 0) return head.join('\n');
  const widest = Math.max(...s.histogram.map((bin) => bin.count));
  const bars = s.histogram.map((bin) => `  ${bin.from.toFixed(1)}–${bin.to.toFixed(1)} ${String(bin.count).padStart(7)} ${'█'.repeat(widest === 0 ? 0 : Math.round((bin.count / widest) * 30))}`);
  const width = Math.max(...STATUS_ORDER.map((id) => id.length));
  const rows = STATUS_ORDER.map((id) => {
    const item = summary.items[id];
    return `  ${id.padEnd(width)} ${String(item.pass).padStart(7)} ${String(item.fail).padStart(7)} ${String(item.notApplicable).padStart(7)} ${percent(item.passRate).padStart(9)}`;
  });
  return [
    ...head,
    `score: min ${score(s.min)}  Q1 ${score(s.q1)}  median ${score(s.median)}  Q3 ${score(s.q3)}  max ${score(s.max)}  mean ${score(s.mean)}`,
    ...bars,
    '',
    paint('2', `  ${'item'.padEnd(width)} ${'pass'.padStart(7)} ${'fail'.padStart(7)} ${'n/a'.padStart(7)} ${'pass rate'.padStart(9)}`),
    ...rows,
  ].join('\n');
}
