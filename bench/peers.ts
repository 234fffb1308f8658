/**
 * The linters `bench/lint.ts` runs side by side with tactful, on the same text: alex (plain-text
 * mode), write-good, and a retext pipeline (English parser + retext-equality). `run` is what is
 * timed; `summarize` (not timed) counts the messages and finds the line of the last one, so the
 * bench can check that a peer read the whole text and not just its start.
 */
import { createRequire } from 'node:module';
import { text as alexText } from 'alex';
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import retextEquality from 'retext-equality';

interface WriteGoodSuggestion {
  index: number;
  offset: number;
  reason: string;
}
// CommonJS, without types.
const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => WriteGoodSuggestion[];

export interface PeerSummary {
  /** Messages (diagnostics, suggestions) reported. */
  messages: number;
  /** 1-based line of the last message, if any. */
  lastLine: number | undefined;
}

export interface Peer {
  name: string;
  run(text: string): unknown;
  summarize(result: unknown, text: string): PeerSummary;
}

interface Located {
  line?: number | null | undefined;
}
const fromMessages = (messages: readonly Located[]): PeerSummary => ({
  messages: messages.length,
  lastLine: messages.reduce<number | undefined>((last, m) => (m.line != null && (last === undefined || m.line > last) ? m.line : last), undefined),
});

// retext's own parser is retext-latin; retext-english, used after it, replaces it (as alex does).
const retextPipeline = retext().use(retextEnglish).use(retextEquality).freeze();

export const PEERS: readonly Peer[] = [
  {
    name: 'alex 11 (text mode)',
    run: (text) => alexText(text),
    summarize: (result) => fromMessages((result as ReturnType<typeof alexText>).messages),
  },
  {
    name: 'retext 9 + retext-english + retext-equality 7',
    run: (text) => retextPipeline.processSync(text),
    summarize: (result) => fromMessages((result as ReturnType<typeof retextPipeline.processSync>).messages),
  },
  {
    name: 'write-good 1',
    run: (text) => writeGood(text),
    summarize: (result, text) => {
      const suggestions = result as WriteGoodSuggestion[];
      const last = suggestions.reduce((max, s) => Math.max(max, s.index), -1);
      return { messages: suggestions.length, lastLine: last < 0 ? undefined : text.slice(0, last).split('\n').length };
    },
  },
];

/**
 * A line every peer (and tactful) flags. The warm-up run lints the corpus with this line appended
 * and must report a message on it, which shows the peer got through the whole megabyte.
 */
export const SENTINEL = 'Agent: Hey guys, calm down, the chairman is obviously busy.';
