import { InvalidOptionsError, InvalidTranscriptError } from '../core/errors';
import type { TranscriptMessage } from './check';
import { lazyRegExp } from '../core/lazy-regexp';

/** Speaker labels, in every shipped language, as help desks export them (lower case). */
const SPEAKERS: Readonly<Record<string, TranscriptMessage['from']>> = Object.fromEntries([
  ...['agent', 'operator', 'support', 'consultant', 'оператор', 'агент', 'консультант', 'поддержка', 'підтримка', 'operators', 'aģents', 'konsultants', 'operatorius', 'agentas', 'konsultantas'].map((label) => [label, 'agent'] as const),
  ...['bot', 'бот', 'bots', 'botas'].map((label) => [label, 'bot'] as const),
  ...['customer', 'client', 'user', 'клиент', 'пользователь', 'клієнт', 'користувач', 'klients', 'lietotājs', 'klientas', 'vartotojas', 'utilizator'].map((label) => [label, 'customer'] as const),
]);

/**
 * `[2026-12-01T10:00:00Z] Agent: …`: an optional time, a speaker, a colon, the text. The speaker
 * may carry a name as help desks write it, `Agent (Tom):`, or be a name with its role,
 * `Tom (Agent):`. Lines are split on every line break first, so `.` sees a single line.
 */
const LINE = lazyRegExp(String.raw`^\s*(?:\[([^\]]{1,64})\]\s*)?(\p{L}+)(?:\s*[([]\s*([^()[\]]{1,64}?)\s*[)\]])?\s*:\s*(.*)$`, 'su');

/** Every line break a chat export may hold: CR LF, CR, LF, NEL, U+2028, U+2029. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;

/** The speaker of a line: the label (`Agent (Tom)`), or the role in parentheses (`Tom (Agent)`). */
function speakerOf(label: string, inParentheses: string | undefined): TranscriptMessage['from'] | undefined {
  const byLabel = Object.hasOwn(SPEAKERS, label.toLowerCase()) ? SPEAKERS[label.toLowerCase()] : undefined;
  if (byLabel || inParentheses === undefined) return byLabel;
  const role = inParentheses.toLowerCase();
  return Object.hasOwn(SPEAKERS, role) ? SPEAKERS[role] : undefined;
}

/**
 * Reads a transcript as support tools export it: JSON (an array of messages, or
 * `{ "messages": [...] }`), or plain text with one message a line, `Agent: …`, `Bot: …` or
 * `Customer: …` (also `Client:`, `User:`, `Operator:`, and the same words in every shipped
 * language: `Клиент:`, `Оператор:`, `Klients:`, `Operatorius:`…), each optionally after an `[ISO time]`. A line with
 * no speaker continues the message before it. Throws `InvalidTranscriptError` with the line
 * (0 for JSON) when the text is neither, and `InvalidOptionsError` when it is not a string.
 *
 * @example
 * ```ts
 * parseTranscript('[2026-12-01T10:00:00Z] Customer: Hi!\nAgent: Hello, how can I help?');
 * // → [{ from: 'customer', text: 'Hi!', at: '2026-12-01T10:00:00Z' }, { from: 'agent', text: 'Hello, how can I help?' }]
 * ```
 */
export function parseTranscript(text: string): TranscriptMessage[] {
  if (typeof text !== 'string') throw new InvalidOptionsError('transcript', 'the transcript as a string (JSON or "Agent: …" lines)', text);
  const trimmed = text.trim();
  // A text transcript may open with "[time] Agent:", which also starts with "[".
  const json = trimmed.startsWith('{') || (trimmed.startsWith('[') && !LINE().test(trimmed.split(LINE_BREAK, 1)[0]!));
  if (json) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (error) {
      throw new InvalidTranscriptError(`not valid JSON (${(error as Error).message})`, 0);
    }
    const messages = Array.isArray(parsed) ? parsed : (parsed as { messages?: unknown } | null)?.messages;
    if (!Array.isArray(messages)) throw new InvalidTranscriptError('expected an array of messages or { "messages": [...] }', 0);
    return messages as TranscriptMessage[];
  }
  const messages: TranscriptMessage[] = [];
  trimmed.split(LINE_BREAK).forEach((line, index) => {
    if (line.trim() === '') return;
    const match = LINE().exec(line);
    const from = match ? speakerOf(match[2]!, match[3]) : undefined;
    if (!match || !from) {
      const last = messages[messages.length - 1];
      if (!last) throw new InvalidTranscriptError('expected "Agent: …", "Bot: …" or "Customer: …"', index + 1);
      messages[messages.length - 1] = { ...last, text: `${last.text}\n${line}` };
      return;
    }
    messages.push({ from, text: match[4]!, ...(match[1] ? { at: match[1] } : {}) });
  });
  return messages;
}
