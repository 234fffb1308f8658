import { checkConversation, CHECKLIST_IDS, type CheckOptions, type ConversationFacts, type Medium, type TranscriptMessage } from '../conversation/check';
import { parseTranscript } from '../conversation/transcript';
import { InvalidTranscriptError, TactfulError } from '../core/errors';
import type { Register } from '../core/types';
import { SHIPPED_LOCALES } from '../generated/shipped-locales';
import { LINE_NOT_UTF8, LINE_TOO_LONG, MAX_LINE_LENGTH } from './io';

/**
 * The options `tactful check` takes from its command line, as plain data: what a worker thread
 * receives (locale objects do not cross threads; each thread loads the shipped ones).
 */
export interface CheckDefaults {
  readonly locale?: string;
  readonly register?: Register;
  readonly medium?: Medium;
  readonly facts?: ConversationFacts;
  readonly expectFeedback?: boolean;
  readonly maxGapSeconds?: number;
}

/**
 * The per-conversation options a JSON line may carry, by the names of `CheckOptions`; they win
 * over the command line's. Every other field of the line (`items`, `overall`, `note`, `source`…)
 * is the caller's own and is ignored.
 */
export const LINE_OPTIONS = ['medium', 'locale', 'register', 'facts', 'maxGapSeconds', 'expectFeedback', 'expectClosing', 'expectThanks'] as const;

/** One checked line: the record to print, and what the summary counts. */
export interface LineResult {
  /** The line's number in the input, from 1. */
  readonly line: number;
  /** The JSON record, without a line break. */
  readonly record: string;
  /** The score, when the line was scored. */
  readonly score?: number;
  /** One letter per checklist item in `CHECKLIST_IDS` order: `p` pass, `f` fail, `n` not applicable. */
  readonly statuses?: string;
  /** The error code, when the line could not be scored. */
  readonly error?: string;
}

const STATUS_LETTER = { pass: 'p', fail: 'f', 'not-applicable': 'n' } as const;

/** The line as JSON, or an `InvalidTranscriptError`. */
function parseLine(text: string): unknown {
  if (text.startsWith(LINE_TOO_LONG)) {
    throw new InvalidTranscriptError(`the line is ${text.slice(LINE_TOO_LONG.length)} bytes long; the most a line may hold is ${MAX_LINE_LENGTH}`, 0);
  }
  if (text === LINE_NOT_UTF8) throw new InvalidTranscriptError('the line is not UTF-8 text (convert the file first, e.g. iconv -f latin1 -t utf-8)', 0);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidTranscriptError(`not valid JSON (${(error as Error).message})`, 0);
  }
}

/** The messages and options of one parsed line, or an `InvalidTranscriptError` saying what the line lacks. */
function readLine(parsed: unknown, defaults: CheckDefaults): { transcript: TranscriptMessage[]; options: CheckOptions } {
  if (Array.isArray(parsed)) return { transcript: parsed as TranscriptMessage[], options: { locales: SHIPPED_LOCALES, ...defaults } };
  if (typeof parsed !== 'object' || parsed === null) throw new InvalidTranscriptError('expected an array of messages or an object with "transcript"', 0);
  const line = parsed as Record<string, unknown>;
  const messages = line.transcript ?? line.messages;
  // A help desk's text export may sit in the line as one string, "Agent: …\nCustomer: …".
  const transcript = typeof messages === 'string' ? parseTranscript(messages) : messages;
  if (!Array.isArray(transcript)) throw new InvalidTranscriptError('expected "transcript": an array of messages or a text transcript', 0);
  const own: Record<string, unknown> = {};
  // An export writes an unknown value as null ("locale": null): that is no option, not a wrong one.
  for (const name of LINE_OPTIONS) if (line[name] !== undefined && line[name] !== null) own[name] = line[name];
  // The line's facts add to the command line's (--name, --escalated) instead of replacing them.
  if (defaults.facts && typeof own.facts === 'object' && own.facts !== null && !Array.isArray(own.facts)) own.facts = { ...defaults.facts, ...own.facts };
  return { transcript: transcript as TranscriptMessage[], options: { locales: SHIPPED_LOCALES, ...defaults, ...own } };
}

/**
 * Scores one line of `tactful check --jsonl` input. A line the library refuses (not JSON, no
 * transcript, a bad message or option) becomes an error record with its `TactfulError` code;
 * any other exception is a bug and is thrown.
 *
 * @example
 * ```ts
 * JSON.parse(checkLine('{"id":"c1","transcript":[{"from":"agent","text":"Hello!"}]}', 1, { locale: 'en' }).record).id;
 * // → 'c1'
 * checkLine('{"id":"c2","transcript":"hello there"}', 2, {}).error;
 * // → 'INVALID_TRANSCRIPT'
 * ```
 */
export function checkLine(text: string, lineNumber: number, defaults: CheckDefaults): LineResult {
  let id: unknown;
  try {
    const parsed = parseLine(text);
    id = (parsed as { id?: unknown } | null)?.id;
    const read = readLine(parsed, defaults);
    const scorecard = checkConversation(read.transcript, read.options);
    const statuses = STATUS_ORDER.map((item) => STATUS_LETTER[scorecard.items.find((i) => i.id === item)?.status ?? 'not-applicable']).join('');
    return { line: lineNumber, record: JSON.stringify({ id: idOf(id, lineNumber), line: lineNumber, scorecard }), score: scorecard.score, statuses };
  } catch (error) {
    if (!(error instanceof TactfulError)) throw error;
    return { line: lineNumber, record: JSON.stringify({ id: idOf(id, lineNumber), line: lineNumber, error: { code: error.code, message: error.message } }), error: error.code };
  }
}

/** The line's own id (a string or a number), else its line number. */
function idOf(id: unknown, lineNumber: number): string | number {
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : lineNumber;
}

/** A run of input lines, numbered from 1; blank lines are left out but keep their numbers. */
export interface LineBatch {
  readonly seq: number;
  readonly numbers: number[];
  readonly texts: string[];
}

/** Checks every line of a batch, in order. */
export function checkBatch(batch: LineBatch, defaults: CheckDefaults): LineResult[] {
  return batch.texts.map((text, i) => checkLine(text, batch.numbers[i]!, defaults));
}

/** The checklist items in the order of `LineResult.statuses`. */
export const STATUS_ORDER = CHECKLIST_IDS;
