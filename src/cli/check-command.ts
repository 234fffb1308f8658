import { checkConversation, type Scorecard, type TranscriptMessage } from '../conversation/check';
import { parseTranscript } from '../conversation/transcript';
import { InvalidTranscriptError } from '../core/errors';
import { REGISTERS, type Register } from '../core/types';
import { choice, painter, parseCommandLine, readInput, UsageError, type CliIo, type Command } from './io';
import { exitWhen } from './exit-codes';
import { expandInputs } from './inputs';
import { SHIPPED_LOCALES } from '../generated/shipped-locales';

/** The transcript, or a usage error naming the file and the line that cannot be read. */
function readTranscript(text: string, source: string): TranscriptMessage[] {
  try {
    return parseTranscript(text);
  } catch (error) {
    if (error instanceof InvalidTranscriptError) throw new UsageError(`${source}${error.line > 0 ? `:${error.line}` : ''}: ${error.problem}`);
    throw error;
  }
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

/** The transcript formats a directory is searched for: plain-text lines and JSON. */
const TRANSCRIPT_EXTENSIONS = ['txt', 'json'] as const;

/** `tactful check`: score a transcript; exit 1 under --min-score. */
export const checkCommand: Command = {
  summary: 'score a conversation transcript against the support checklist',
  help: `Usage: tactful check [transcripts, directories or globs…] [options]

Scores a conversation (a file, or standard input) against the support-quality checklist:
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
  -h, --help             show this help`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { strings: ['locale', 'register', 'name', 'medium', 'max-gap', 'min-score', 'format'], flags: ['escalated', 'no-feedback'], lists: ['ignore-pattern'] });
    const format = choice('format', values.format, ['stylish', 'json'] as const) ?? 'stylish';
    const number = (option: string, value: string | undefined, max: number) => {
      if (value === undefined) return undefined;
      const n = Number(value);
      if (!Number.isFinite(n) || n < 0 || n > max) throw new UsageError(`--${option} must be a number from 0 to ${max}, received "${value}"`);
      return n;
    };
    const minimum = minScore(values['min-score'], io);
    const paths = expandInputs(positionals, io, { extensions: TRANSCRIPT_EXTENSIONS, ignore: values['ignore-pattern'] ?? [] });
    // One file named as such keeps the single scorecard scripts already read.
    const single = positionals.length === 0 || (positionals.length === 1 && paths.length === 1 && paths[0] === positionals[0]);
    const inputs = paths.length === 0 ? [{ path: '<stdin>', text: await readInput(io, 'the transcript') }] : paths.map((path) => ({ path, text: io.readFile(path) }));
    const options = {
      locales: SHIPPED_LOCALES,
      ...(values.locale ? { locale: values.locale } : {}),
      register: choice<Register>('register', values.register, REGISTERS),
      facts: { ...(values.name ? { customerName: values.name } : {}), ...(values.escalated ? { escalated: true } : {}) },
      medium: choice('medium', values.medium, ['chat', 'email', 'social', 'phone'] as const),
      ...(values['no-feedback'] ? { expectFeedback: false } : {}),
      maxGapSeconds: number('max-gap', values['max-gap'], 7 * 86_400),
    };
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
