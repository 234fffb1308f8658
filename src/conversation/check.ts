import { InvalidOptionsError } from '../core/errors';
import { canonicalLocale, localeChain } from '../core/locale';
import { readable } from '../core/untranslated';
import type { LocaleDefinition, Register } from '../core/types';
import { lint, type LintOptions } from '../lint/linter';
import type { Diagnostic } from '../lint/types';
import { detectLocale } from './language';
import { findSignals, introducedName, mentionsName, type SignalHit, type SignalId } from './signals';

/** One message of a transcript. */
export interface TranscriptMessage {
  readonly from: 'agent' | 'customer' | 'bot';
  readonly text: string;
  /** When it was sent; needed for `timely-updates`. */
  readonly at?: Date | string;
}

/** The checklist's stable item ids, in the order of the scorecard. */
export const CHECKLIST_IDS = [
  'greets',
  'uses-name',
  'acknowledges-problem',
  'explains-next-steps',
  'gives-time-estimate',
  'timely-updates',
  'offers-more-help',
  'thanks-customer',
  'asks-feedback',
  'no-blame',
  'tone',
] as const;

/** One of {@link CHECKLIST_IDS}. */
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

/** The result of one checklist item. */
export interface ChecklistItem {
  readonly id: ChecklistId;
  readonly status: 'pass' | 'fail' | 'not-applicable';
  /** The message that decided it, when one did (index in the transcript). */
  readonly messageIndex?: number;
  /** Why it passed or failed, in the conversation's language. */
  readonly explanation: string;
  /** What to do to pass it, in the conversation's language. */
  readonly suggestion: string;
}

/** A tone-linter diagnostic of an agent's (or bot's) message. */
export interface ConversationDiagnostic extends Diagnostic {
  readonly messageIndex: number;
}

/** What `checkConversation` returns. */
export interface Scorecard {
  /** The share of applicable items that passed, from 0 to 1 (1 when nothing applies). */
  readonly score: number;
  readonly items: readonly ChecklistItem[];
  readonly diagnostics: readonly ConversationDiagnostic[];
  /** The locale the explanations are written in. */
  readonly locale: string;
}

/** Facts the transcript may not show. */
export interface ConversationFacts {
  /** The customer's name, when the system knows it. */
  readonly customerName?: string;
  /** The conversation was escalated or transferred (so a time estimate is expected). */
  readonly escalated?: boolean;
}

/** Options of `checkConversation`. */
export interface CheckOptions {
  /** The conversation's language; when left out, each message's language is detected among `locales`. */
  readonly locale?: string | LocaleDefinition;
  /** The loaded locales (an instance passes its own). */
  readonly locales?: readonly LocaleDefinition[];
  readonly facts?: ConversationFacts;
  /** The register the agent should keep, for the tone check. Default: `formal`. */
  readonly register?: Register;
  /** The longest a customer may wait for an agent message, in seconds. Default: 120 (chat). */
  readonly maxGapSeconds?: number;
  /** Whether the agent is expected to ask for feedback at the end. Default: true. */
  readonly expectFeedback?: boolean;
  /** Options for the tone linter on agent messages (rules, allow, extraPhrases, glossary). */
  readonly lint?: Omit<LintOptions, 'locale' | 'locales' | 'register'>;
}

interface Analysed {
  readonly index: number;
  readonly from: TranscriptMessage['from'];
  readonly text: string;
  readonly locale: LocaleDefinition;
  readonly at: number | undefined;
  readonly hits: readonly SignalHit[];
}

const isAgent = (m: Analysed) => m.from !== 'customer';
const has = (m: Analysed, ...signals: SignalId[]) => m.hits.some((h) => signals.includes(h.signal));
const first = (m: Analysed, ...signals: SignalId[]) => m.hits.find((h) => signals.includes(h.signal));

function resolveLocale(tag: string | LocaleDefinition | undefined, locales: readonly LocaleDefinition[]): LocaleDefinition | undefined {
  if (tag === undefined) return undefined;
  if (typeof tag === 'object') return tag;
  const canonical = canonicalLocale(tag);
  for (const code of localeChain(canonical, canonical)) {
    const found = locales.find((l) => l.code === code);
    if (found) return found;
  }
  throw new InvalidOptionsError('locale', `a loaded locale (${locales.map((l) => l.code).join(', ') || 'none given'}) or a locale object`, tag);
}

function parseTime(at: TranscriptMessage['at'], index: number): number | undefined {
  if (at === undefined) return undefined;
  const time = at instanceof Date ? at.getTime() : Date.parse(at);
  if (Number.isNaN(time)) throw new InvalidOptionsError(`transcript[${index}].at`, 'a Date or an ISO 8601 date-time', at);
  return time;
}

/** Options that would silently change the score (a NaN gap never fails) are refused, by name. */
function checkOptions(options: unknown): asserts options is CheckOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new InvalidOptionsError('options', 'an object of options', options);
  const { maxGapSeconds, expectFeedback, register } = options as CheckOptions;
  if (maxGapSeconds !== undefined && (typeof maxGapSeconds !== 'number' || !Number.isFinite(maxGapSeconds) || maxGapSeconds < 0)) {
    throw new InvalidOptionsError('maxGapSeconds', 'a number of seconds, 0 or more', maxGapSeconds);
  }
  if (expectFeedback !== undefined && typeof expectFeedback !== 'boolean') throw new InvalidOptionsError('expectFeedback', 'true or false', expectFeedback);
  if (register !== undefined && register !== 'formal' && register !== 'informal') throw new InvalidOptionsError('register', '"formal" or "informal"', register);
}

function checkTranscript(transcript: unknown): asserts transcript is readonly TranscriptMessage[] {
  if (!Array.isArray(transcript)) throw new InvalidOptionsError('transcript', 'an array of { from, text, at? } messages', transcript);
  transcript.forEach((m: unknown, i) => {
    const message = m as Partial<TranscriptMessage> | null;
    if (typeof message !== 'object' || message === null) throw new InvalidOptionsError(`transcript[${i}]`, 'a message object { from, text }', m);
    if (message.from !== 'agent' && message.from !== 'customer' && message.from !== 'bot') {
      throw new InvalidOptionsError(`transcript[${i}].from`, '"agent", "customer" or "bot"', message.from);
    }
    if (typeof message.text !== 'string') throw new InvalidOptionsError(`transcript[${i}].text`, 'a string', message.text);
  });
}

/**
 * Scores a conversation against the support-quality checklist: greeted, used the name, showed
 * empathy before asking questions, explained next steps, gave a time estimate when escalating,
 * kept the customer updated, offered more help, thanked, asked for feedback, no blame, good tone.
 * Explanations and suggestions are in the conversation's language.
 *
 * @example
 * ```ts
 * import { checkConversation } from 'tactful';
 * import en from 'tactful/locales/en';
 *
 * const card = checkConversation(
 *   [
 *     { from: 'customer', text: 'Hi, my parcel has not arrived.' },
 *     { from: 'agent', text: 'Hello! I’m sorry it is late. I’ll check with the courier and write back within 2 hours. Thank you for your patience. Is there anything else I can help with?' },
 *   ],
 *   { locale: en, expectFeedback: false },
 * );
 * card.score; // 1
 * ```
 */
export function checkConversation(transcript: readonly TranscriptMessage[], options: CheckOptions = {}): Scorecard {
  checkTranscript(transcript);
  checkOptions(options);
  const locales = options.locales ?? [];
  const fixed = resolveLocale(options.locale, locales);
  if (!fixed && locales.length === 0) {
    throw new InvalidOptionsError('locale', 'the conversation’s locale, or `locales` to detect it from, e.g. { locale: lv } with `import lv from "tactful/locales/lv"`', options.locale);
  }
  const fallback = fixed ?? locales[0]!;
  const messages: Analysed[] = transcript.map((m, index) => {
    const locale = fixed ?? detectLocale(m.text, locales.filter((l) => l.conversation)) ?? fallback;
    return { index, from: m.from, text: m.text, locale, at: parseTime(m.at, index), hits: locale.conversation ? findSignals(m.text, locale) : [] };
  });

  // The scorecard speaks the language the customer wrote in most (or the given locale).
  const votes = new Map<LocaleDefinition, number>();
  for (const m of messages) if (m.from === 'customer') votes.set(m.locale, (votes.get(m.locale) ?? 0) + 1);
  const main = fixed ?? [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? messages.find(isAgent)?.locale ?? fallback;
  const texts = main.conversation;
  if (!texts) throw new InvalidOptionsError('locale', 'a locale with conversation-checker data', main.code);

  const agent = messages.filter(isAgent);
  const customer = messages.filter((m) => !isAgent(m));
  const items: ChecklistItem[] = [];
  const result = (id: ChecklistId, status: ChecklistItem['status'], messageIndex?: number) => {
    const text = texts.items[id];
    const explanation = status === 'not-applicable' ? texts.notApplicable : status === 'pass' ? (text?.pass ?? '') : (text?.fail ?? '');
    items.push({ id, status, ...(messageIndex === undefined ? {} : { messageIndex }), explanation: readable(explanation), suggestion: readable(text?.suggestion ?? '') });
  };
  const lastAgent = agent.slice(-2);

  // greets: the first agent message greets.
  const opening = agent[0];
  result('greets', !opening ? 'not-applicable' : has(opening, 'greeting') ? 'pass' : 'fail', opening?.index);

  // uses-name: once the name is known, an agent message uses it.
  let name = options.facts?.customerName;
  let knownAt = -1;
  if (!name) {
    for (const m of customer) {
      const introduced = introducedName(m.text, m.locale);
      if (introduced) {
        name = introduced;
        knownAt = m.index;
        break;
      }
    }
  }
  if (!name) result('uses-name', 'not-applicable');
  else {
    const used = agent.find((m) => m.index > knownAt && mentionsName(m.text, name!));
    result('uses-name', used ? 'pass' : 'fail', used?.index);
  }

  // acknowledges-problem: the agent's first reply after the first complaint apologises or
  // empathises, before any question it asks.
  const complaint = customer.find((m) => has(m, 'problem'));
  const reply = complaint && agent.find((m) => m.index > complaint.index);
  if (!complaint || !reply) result('acknowledges-problem', 'not-applicable', complaint?.index);
  else {
    const care = first(reply, 'apology', 'empathy');
    const question = reply.text.indexOf('?');
    result('acknowledges-problem', care && (question === -1 || care.offset < question) ? 'pass' : 'fail', reply.index);
  }

  // explains-next-steps: before the end, the agent says what happens next.
  const steps = agent.find((m) => has(m, 'nextSteps', 'followUpPromise'));
  result('explains-next-steps', agent.length === 0 || customer.length === 0 ? 'not-applicable' : steps ? 'pass' : 'fail', steps?.index);

  // gives-time-estimate: a transfer, escalation or promise to investigate comes with a time frame.
  const promise = agent.find((m) => has(m, 'followUpPromise'));
  if (!promise && !options.facts?.escalated) result('gives-time-estimate', 'not-applicable');
  else {
    const from = promise?.index ?? 0;
    const estimate = agent.find((m) => m.index >= from && has(m, 'timeEstimate'));
    result('gives-time-estimate', estimate ? 'pass' : 'fail', estimate?.index ?? promise?.index);
  }

  // timely-updates: with timestamps, no customer waits longer than the gap for an agent message.
  const gap = (options.maxGapSeconds ?? 120) * 1000;
  const timed = messages.filter((m) => m.at !== undefined);
  if (timed.length < 2) result('timely-updates', 'not-applicable');
  else {
    let late: Analysed | undefined;
    let waitingSince: number | undefined;
    for (const m of timed) {
      if (!isAgent(m)) waitingSince ??= m.at;
      else {
        if (waitingSince !== undefined && m.at! - waitingSince > gap) late ??= m;
        waitingSince = undefined;
      }
    }
    result('timely-updates', late ? 'fail' : 'pass', late?.index);
  }

  // offers-more-help, thanks-customer, asks-feedback: in the agent's last two messages.
  const closing = (id: ChecklistId, signal: SignalId) => {
    const found = lastAgent.find((m) => has(m, signal));
    result(id, lastAgent.length === 0 ? 'not-applicable' : found ? 'pass' : 'fail', found?.index ?? lastAgent.at(-1)?.index);
  };
  closing('offers-more-help', 'anythingElse');
  closing('thanks-customer', 'thanks');
  if (options.expectFeedback === false) result('asks-feedback', 'not-applicable');
  else closing('asks-feedback', 'feedbackRequest');

  // no-blame and tone: the tone linter on every agent message.
  const diagnostics: ConversationDiagnostic[] = [];
  for (const m of agent) {
    if (!m.locale.lint) continue;
    for (const d of lint(m.text, { ...options.lint, locale: m.locale, register: options.register ?? 'formal' })) diagnostics.push({ ...d, messageIndex: m.index });
  }
  const blame = diagnostics.find((d) => d.ruleId === 'blame' && d.severity === 'error');
  const harsh = diagnostics.find((d) => d.severity === 'error');
  result('no-blame', agent.length === 0 ? 'not-applicable' : blame ? 'fail' : 'pass', blame?.messageIndex);
  result('tone', agent.length === 0 ? 'not-applicable' : harsh ? 'fail' : 'pass', harsh?.messageIndex);

  const applicable = items.filter((i) => i.status !== 'not-applicable');
  const score = applicable.length === 0 ? 1 : applicable.filter((i) => i.status === 'pass').length / applicable.length;
  return { score: Math.round(score * 1000) / 1000, items, diagnostics, locale: main.code };
}
