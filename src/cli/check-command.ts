import { availableParallelism } from 'node:os';
import { checkConversation, type Scorecard, type TranscriptMessage } from '../conversation/check';
import { parseTranscript } from '../conversation/transcript';
import { InvalidTranscriptError } from '../core/errors';
import { REGISTERS, type Register } from '../core/types';
import { choice, painter, parseCommandLine, readInput, refuseUnshippedLocale, UsageError, type CliIo, type Command } from './io';
import { EXIT, exitWhen } from './exit-codes';
import { expandInputs } from './inputs';
import { SHIPPED_LOCALES } from '../generated/shipped-locales';
import { checkJsonLines } from './check-batch';
import type { CheckDefaults } from './check-line';
import { BatchTally, formatSummary } from './check-summary';

/** The transcript, or a usage error naming the file and the line that cannot be read. */
function readTranscript(text: string, source: string): TranscriptMessage[] {
  let messages: TranscriptMessage[];
  try {
    messages = parseTranscript(text);
  } catch (error) {
    if (error instanceof InvalidTranscriptError) throw new UsageError(`${source}${error.line > 0 ? `:${error.line}` : ''}: ${error.problem}`);
    throw error;
  }
  // A time the checker cannot read is the file's to fix (exit 2), said with the message it is on.
  // (Only where a message is an object: its shape is checkConversation's to judge, by name.)
  messages.forEach((message: unknown, index) => {
    const { at, text } = (typeof message === 'object' && message !== null ? message : {}) as { at?: unknown; text?: unknown };
    if (typeof at === 'string' && Number.isNaN(Date.parse(at))) {
      throw new UsageError(`${source}: message ${index + 1}${typeof text === 'string' ? ` ("${text.slice(0, 30)}")` : ''}: "${at}" is not a date and time (ISO 8601, such as 2026-12-01T10:30:00Z)`);
    }
  });
  return messages;
}

function stylish(card: Scorecard, color: boolean): string {
  const paint = painter(color);
  const marks = { pass: paint('32', '✓'), fail: paint('31', '✗'), 'not-applicable': paint('2', '–') };
  const lines = card.items.map((item) => {
    const at = item.messageIndex === undefined ? '' : paint('2', ` (message ${item.messageIndex + 1})`);
    const advice = item.status === 'fail' ? `\n      ${paint('2', `→ ${item.suggestion}`)}` : '';
    return `  ${marks[item.status]} ${item.id.padEnd(22)}${item.explanation}${at}${advice}`;
  });
  const diagnostics = card.diagnostics.map((d) => `  message ${d.messageIndex + 1}, ${d.line}:${d.column}  ${d.severity}  “${d.text}” — ${d.ruleId}`);
  return [`Score: ${Math.round(card.score * 100)}% (${card.locale})`, '', ...lines, ...(diagnostics.length ? ['', 'Tone:', ...diagnostics] : [])].join('\n');
}

/**
 * `--min-score` on the scale of `Scorecard.score` (0–1). A value above 1 can only be the
 * percentage earlier versions took: read as one, with a deprecation note on stderr, so existing
 * CI jobs keep their meaning while they move to the new form.
 */
function minScore(value: string | undefined, io: CliIo): number | undefined {
  if (value === undefined) return undefined;
  const n = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new UsageError(`--min-score must be a score from 0 to 1 (e.g. 0.8), received "${value}"`);
  if (n <= 1) return n;
  io.stderr(`tactful: --min-score ${value} read as ${n / 100}; percentages are deprecated, write --min-score ${n / 100}`);
  return n / 100;
}

/** `--jobs`: a whole number of threads; by default one per core. */
function jobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs must be a whole number of threads from 1 to 256, received "${value}"`);
  return n;
}

/** Options that only mean something with --jsonl, and those that mean nothing with it. */
function checkJsonlOptions(jsonl: boolean, values: { jobs?: string; summary?: string; format?: string; 'ignore-pattern'?: string[] }, positionals: readonly string[], io: CliIo): void {
  if (!jsonl) {
    for (const option of ['jobs', 'summary'] as const) if (values[option] !== undefined) throw new UsageError(`--${option} goes with --jsonl (one transcript per line)`);
    return;
  }
  if (values.format !== undefined && values.format !== 'json') throw new UsageError(`--jsonl writes one JSON scorecard per line; --format ${values.format} does not apply`);
  if (values['ignore-pattern'] !== undefined) throw new UsageError('--jsonl reads one file or standard input; --ignore-pattern does not apply');
  if (positionals.length > 1) throw new UsageError(`--jsonl reads one file (or - for standard input), received ${positionals.length}: ${positionals.join(' ')}`);
  // A summary that cannot be written would otherwise fail only after every line was checked.
  if (values.summary !== undefined && io.isDirectory(values.summary)) throw new UsageError(`--summary ${values.summary}: is a directory; name a file to write the summary to`);
  const [path] = positionals;
  if (path !== undefined && path !== '-') {
    if (!io.exists(path)) throw new UsageError(`${path}: no such file`);
    if (io.isDirectory(path)) throw new UsageError(`${path}: is a directory; --jsonl reads one file of JSON lines`);
  }
}

/**
 * `tactful check --jsonl`: one record per input line on stdout, the summary on stderr (and as
 * JSON in `--summary <file>`); exit 1 when a line is refused or scores under --min-score.
 */
async function checkJsonlCommand(path: string | undefined, defaults: CheckDefaults, threads: number, minimum: number | undefined, summaryFile: string | undefined, io: CliIo) {
  const fromStdin = path === undefined || path === '-';
  if (fromStdin && io.stdinIsTTY) io.stderr('Reading transcripts, one JSON a line, from standard input; end with Ctrl-D, or pass a file.');
  const lines = io.readLines ? io.readLines(fromStdin ? undefined : path) : (fromStdin ? await io.readStdin() : io.readFile(path)).split(/\r?\n/);
  const tally = new BatchTally(minimum);
  // Without a stream (tests), each batch's records go through `stdout`, which adds the last line break.
  const write = io.writeOut ?? ((text: string) => io.stdout(text.slice(0, -1)));
  await checkJsonLines(lines, { jobs: threads, defaults, tally, write });
  const summary = tally.summary();
  io.stderr(formatSummary(summary, io.color));
  if (summaryFile !== undefined) {
    try {
      io.writeFile(summaryFile, `${JSON.stringify(summary, null, 2)}\n`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (typeof code !== 'string') throw error;
      io.stderr(`tactful: --summary ${summaryFile}: cannot be written (${code}); the records above are complete`);
      return EXIT.usage;
    }
  }
  return exitWhen(tally.failed);
}

/** The transcript formats a directory is searched for: plain-text lines and JSON. */
const TRANSCRIPT_EXTENSIONS = ['txt', 'json'] as const;

/** `tactful check`: score a transcript; exit 1 under --min-score. */
export const checkCommand: Command = {
  summary: 'score a conversation transcript against the support checklist',
  help: `Usage: tactful check [transcripts, directories or globs…] [options]

Scores a conversation (a file, or standard input: none, or -) against the support-quality checklist:
greeting, the customer's name, empathy, next steps, time estimates, timely updates, "anything
else?", thanks, feedback, and tone. The transcript is JSON ([{ "from": "agent", "text": "…",
"at": "…" }]) or plain text, one message a line: "Agent: …", "Bot: …", "Customer: …"
(optionally "[2026-12-01T10:00:00Z] Agent: …").

A directory is checked recursively: its .txt and .json files, one transcript each. A quoted
glob ('chats/*.json') is expanded as ESLint does. Directories and globs skip node_modules and
.git. With one file (or standard input) the output is its scorecard; with a directory, a glob
or several files, each scorecard under its file's name (JSON: [{ "path", "scorecard" }]).

Options:
  --locale <tag>         the conversation's language (default: detected per message)
  --register <r>         formal (default) or informal
  --name <name>          the customer's name, when the transcript does not say it
  --escalated            the conversation was escalated (a time estimate is expected)
  --medium <m>           chat (default), email, social or phone: what a QA lead expects there
                         (reply gaps, closing, thanks, feedback request)
  --no-feedback          do not expect a feedback request at the end
  --max-gap <seconds>    the longest acceptable wait for an agent reply (default: the medium's)
  --min-score <0-1>      exit with 1 when the score is lower, on the scale of the JSON score
                         and the API (0.8 for 80%); the old percentage (80) still works, with a
                         deprecation note, when it is above 1
  --format <f>           stylish (default) or json
  --ignore-pattern <g>   skip the files this glob matches in directories and globs; repeatable
  -h, --help             show this help

Many transcripts, one per line (JSON Lines):
  tactful check --jsonl [file|-] [options]

  Each line is a JSON array of messages, or an object with "transcript" (an array of messages,
  or a text transcript as one string) and, optionally, "id" and the conversation's own options
  under their API names: "medium", "locale", "register", "facts" ({ "customerName",
  "escalated" }), "maxGapSeconds", "expectFeedback", "expectClosing", "expectThanks"; they win
  over the command line's (null: not given). Other fields (your export's "items", "note",
  "source"…) are ignored. Blank lines are skipped.

  Standard output gets one JSON record per line, in input order:
    {"id":…,"line":n,"scorecard":{…}}        a scored line ("id": the line's, else n)
    {"id":…,"line":n,"error":{"code","message"}}   a line the checker refused
  A summary (pass / fail / n/a and pass rate per item, score quartiles and histogram, errors)
  goes to standard error. Exit code 1 when a line was refused or scored under --min-score.

  --jsonl                read one transcript per line from the file, or standard input
  --jobs <n>             threads to score with (default: one per core; 1: none)
  --summary <file>       also write the summary as JSON to this file

Example:
  tactful check --jsonl chats.jsonl --min-score 0.8 --summary summary.json | jq 'select(.error)'`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { strings: ['locale', 'register', 'name', 'medium', 'max-gap', 'min-score', 'format', 'jobs', 'summary'], flags: ['escalated', 'no-feedback', 'jsonl'], lists: ['ignore-pattern'] });
    const jsonl = values.jsonl === true;
    checkJsonlOptions(jsonl, values, positionals, io);
    const format = choice('format', values.format, ['stylish', 'json'] as const) ?? 'stylish';
    const number = (option: string, value: string | undefined, max: number) => {
      if (value === undefined) return undefined;
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0 || n > max) throw new UsageError(`--${option} must be a number from 0 to ${max}, received "${value}"`);
      return n;
    };
    const minimum = minScore(values['min-score'], io);
    const defaults: CheckDefaults = {
      ...(values.locale ? { locale: values.locale } : {}),
      ...(values.register ? { register: choice<Register>('register', values.register, REGISTERS) } : {}),
      facts: { ...(values.name ? { customerName: values.name } : {}), ...(values.escalated ? { escalated: true } : {}) },
      ...(values.medium ? { medium: choice('medium', values.medium, ['chat', 'email', 'social', 'phone'] as const) } : {}),
      ...(values['no-feedback'] ? { expectFeedback: false } : {}),
      ...(values['max-gap'] !== undefined ? { maxGapSeconds: number('max-gap', values['max-gap'], 7 * 86_400) } : {}),
    };
    // A wrong --locale would otherwise come back as an error record on every line.
    if (jsonl) refuseUnshippedLocale(values.locale);
    if (jsonl) return checkJsonlCommand(positionals[0], defaults, jobs(values.jobs), minimum, values.summary, io);
    // `-` is standard input, as with --jsonl.
    const named = positionals.length === 1 && positionals[0] === '-' ? [] : positionals;
    const paths = expandInputs(named, io, { extensions: TRANSCRIPT_EXTENSIONS, ignore: values['ignore-pattern'] ?? [] });
    // One file named as such keeps the single scorecard scripts already read.
    const single = named.length === 0 || (named.length === 1 && paths.length === 1 && paths[0] === named[0]);
    const inputs = paths.length === 0 ? [{ path: '<stdin>', text: await readInput(io, 'the transcript') }] : paths.map((path) => ({ path, text: io.readFile(path) }));
    const options = { locales: SHIPPED_LOCALES, ...defaults };
    const cards = inputs.map(({ path, text }) => ({ path, scorecard: checkConversation(readTranscript(text, path), options) }));
    if (single) {
      const card = cards[0]!.scorecard;
      io.stdout(format === 'json' ? JSON.stringify(card, null, 2) : stylish(card, io.color));
    } else {
      io.stdout(format === 'json' ? JSON.stringify(cards, null, 2) : cards.map(({ path, scorecard }) => `${painter(io.color)('4', path)}\n${stylish(scorecard, io.color)}`).join('\n\n'));
    }
    return exitWhen(minimum !== undefined && cards.some(({ scorecard }) => scorecard.score < minimum));
  },
};
