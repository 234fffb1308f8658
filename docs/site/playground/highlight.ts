/** A span of a text that a diagnostic flags: `offset` and `length` in UTF-16 code units. */
export interface Span {
  readonly offset: number;
  readonly length: number;
}

/** A piece of the text and the diagnostics (their indexes) that cover it. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly covers: readonly number[];
}

/**
 * Cuts a text into pieces at every start and end of a flagged span, so overlapping diagnostics
 * share a highlight instead of breaking it. Spans outside the text are clipped; empty ones skipped.
 */
export function segmentText(textLength: number, spans: readonly Span[]): Segment[] {
  const clipped = spans.map((s) => ({ start: Math.max(0, Math.min(textLength, s.offset)), end: Math.max(0, Math.min(textLength, s.offset + s.length)) }));
  const cuts = new Set<number>([0, textLength]);
  for (const s of clipped) if (s.end > s.start) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covers = clipped.flatMap((s, index) => (s.start <= start && s.end >= end && s.end > s.start ? [index] : []));
    const last = segments[segments.length - 1];
    // Neighbours with the same diagnostics are one piece: fewer, longer highlights.
    if (last && last.end === start && last.covers.join() === covers.join()) segments[segments.length - 1] = { start: last.start, end, covers };
    else segments.push({ start, end, covers });
  }
  return segments;
}

/** Applies one replacement to a text. */
export function applyEdit(text: string, edit: { readonly offset: number; readonly length: number; readonly text: string }): string {
  return text.slice(0, edit.offset) + edit.text + text.slice(edit.offset + edit.length);
}
