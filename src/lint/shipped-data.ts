import type { LocaleDefinition } from '../core/types';
import { compactPattern } from './pattern';

/**
 * What the package ships of a tone rule's or the conversation checker's data file
 * (`src/lint/rules/<rule>/<lng>.json`, `src/conversation/data/<lng>.json`): the build
 * (tsup.config.ts) writes each file so, and the tests lint with the data in both forms.
 *
 * - The texts the tests run and the docs show (`examples`, a signal's `match` and `miss`): a
 *   third of each file, never read at run time.
 * - Phrases in compact form (`compactPattern`): checked and normalised at build time, so the
 *   first lint in a locale reads them without normalising some five thousand words, and reads
 *   only those a text may hold (`PhraseMatcher#addWhenReached`).
 *
 * @example
 * ```ts
 * shippedData({ message: 'm', suggestions: [], phrases: ['it is company polic*'], examples: { flag: [], pass: [] } });
 * // → { message: 'm', suggestions: [], phrases: ['\uE000it is company polic*'] }
 * ```
 */
export function shippedData<T extends object>(source: T): T {
  const data = structuredClone(source) as DataFile;
  delete data.examples;
  for (const signal of Object.values(data.signals ?? {})) {
    delete signal.match;
    delete signal.miss;
    signal.phrases = signal.phrases.map(compactPattern);
  }
  for (const side of [data, data.reverse, data.casual]) {
    if (side?.phrases) side.phrases = side.phrases.map((entry) => (typeof entry === 'string' ? compactPattern(entry) : { ...entry, match: compactPattern(entry.match) }));
  }
  if (data.notAfter) data.notAfter = data.notAfter.map(compactPattern);
  return data as T;
}

/**
 * A locale with its tone rules' and conversation signals' data as the package ships them: what
 * `tactful/locales/<lng>` gives a user, made from the sources (`src/generated/locales/<lng>.ts`).
 */
export function shippedLocale(locale: LocaleDefinition): LocaleDefinition {
  const lint = Object.fromEntries(Object.entries(locale.lint ?? {}).map(([rule, data]) => [rule, data && shippedData(data)]));
  return { ...locale, lint, conversation: locale.conversation && shippedData(locale.conversation) };
}

/** What `shippedData` reads and writes of a data file. */
interface DataFile {
  examples?: unknown;
  phrases?: PhraseEntry[];
  reverse?: { phrases?: PhraseEntry[] };
  casual?: { phrases?: PhraseEntry[] };
  notAfter?: string[];
  signals?: Record<string, { phrases: string[]; match?: unknown; miss?: unknown }>;
}
type PhraseEntry = string | { match: string };
