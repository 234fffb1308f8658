import { InvalidOptionsError } from '../core/errors';
import { languageOf } from '../core/locale';
import { resolveTextLocale } from '../core/locale-resolver';
import { checkKnownOptions } from '../core/options';
import { readable } from '../core/untranslated';
import type { LocaleDefinition, Register } from '../core/types';
import { lint } from '../lint/linter';
import type { LintOptions } from '../lint/options';
import { nonProse } from '../lint/non-prose';
import { isPronoun } from '../lint/names';
import { findRegions } from '../lint/regions';
import { normalizeWord } from '../lint/tokenize';
import type { Diagnostic } from '../lint/types';
import { detectLocale } from './language';
import { findSignals, introducedName, mentionsName, type SignalHit, type SignalId } from './signals';
import { lazyRegExp } from '../core/lazy-regexp';

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
  /**
   * The weighted share of applicable items that passed, from 0 to 1 (1 when nothing applies); 0
   * when a critical item failed.
   */
  readonly score: number;
  /** The critical items that failed (by default `no-blame` and `tone`): each sets the score to 0. */
  readonly criticalFailures: readonly ChecklistId[];
  /** The medium the conversation was judged for. */
  readonly medium: Medium;
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

/** Where the conversation happened: each medium has the defaults a QA lead would set for it. */
export type Medium = 'chat' | 'email' | 'social' | 'phone';

/** A medium's defaults, each overridable by the option of the same name. */
export interface MediumProfile {
  /** The longest a customer may wait for an agent message, in seconds. */
  readonly maxGapSeconds: number;
  /** Whether the agent should ask for feedback at the end. */
  readonly expectFeedback: boolean;
  /** Whether a finished conversation should end with an offer of more help ("anything else?"). */
  readonly expectClosing: boolean;
  /** Whether a finished conversation should thank the customer. */
  readonly expectThanks: boolean;
  /** The longest reply the medium takes, in characters (`polish` keeps to it). */
  readonly maxLength: number | undefined;
  /**
   * Whether `polish` opens a first reply with a greeting when it does not know the customer's
   * name. Not on social: a public reply opens with the @handle, and a bare "Hello!" before it reads
   * canned (a support lead judged it no better on any of 60 real replies, and worse on 13).
   */
  readonly greetWithoutName: boolean;
}

/**
 * What a QA lead expects on each medium. A live chat answers within minutes and ends with
 * "anything else?" and a rating; an e-mail within a working day, with no rating (surveys go out
 * separately); a public social reply within about an hour (QA leads let an hour and a half pass), in 280 characters, often handing the
 * conversation to private messages, with neither a closing question nor a rating expected; a phone
 * call at once.
 */
export const MEDIUM_PROFILES: Readonly<Record<Medium, MediumProfile>> = Object.freeze({
  chat: Object.freeze({ maxGapSeconds: 120, expectFeedback: true, expectClosing: true, expectThanks: true, maxLength: undefined, greetWithoutName: true }),
  email: Object.freeze({ maxGapSeconds: 24 * 3600, expectFeedback: false, expectClosing: true, expectThanks: true, maxLength: undefined, greetWithoutName: true }),
  social: Object.freeze({ maxGapSeconds: 5400, expectFeedback: false, expectClosing: false, expectThanks: false, maxLength: 280, greetWithoutName: false }),
  phone: Object.freeze({ maxGapSeconds: 60, expectFeedback: false, expectClosing: true, expectThanks: true, maxLength: undefined, greetWithoutName: true }),
});

/**
 * How much each item counts in the score. Explaining what happens next and keeping a good tone
 * weigh most; the opening (a greeting, and acknowledging the problem) 1.5 each; courtesy words
 * least. Set on 424 real conversations, where a QA lead's overall verdict leaned on the opening
 * as much as on acknowledging the problem. `no-blame` and `tone` are critical by default: failing one
 * sets the score to 0, as a QA scorecard's auto-fail does.
 */
export const DEFAULT_WEIGHTS: Readonly<Record<ChecklistId, number>> = Object.freeze({
  greets: 1.5,
  'uses-name': 1,
  'acknowledges-problem': 1.5,
  'explains-next-steps': 3,
  'gives-time-estimate': 2,
  'timely-updates': 2,
  'offers-more-help': 1,
  'thanks-customer': 1,
  'asks-feedback': 1,
  'no-blame': 3,
  tone: 3,
});

const DEFAULT_CRITICAL: readonly ChecklistId[] = ['no-blame', 'tone'];

/** Options of `checkConversation`. */
export interface CheckOptions {
  /** Where the conversation happened; sets the defaults below (see `MEDIUM_PROFILES`). Default: `chat`. */
  readonly medium?: Medium;
  /** How much each item counts; missing items keep `DEFAULT_WEIGHTS`; 0 leaves an item out of the score. */
  readonly weights?: Readonly<Partial<Record<ChecklistId, number>>>;
  /** Items whose failure sets the score to 0. Default: `['no-blame', 'tone']`; `[]` for none. */
  readonly critical?: readonly ChecklistId[];
  /** The conversation's language; when left out, each message's language is detected among `locales`. */
  readonly locale?: string | LocaleDefinition;
  /** The loaded locales (an instance passes its own). */
  readonly locales?: readonly LocaleDefinition[];
  readonly facts?: ConversationFacts;
  /** The register the agent should keep, for the tone check. Default: `formal`. */
  readonly register?: Register;
  /** The longest a customer may wait for an agent message, in seconds. Default: the medium's (chat: 120). */
  readonly maxGapSeconds?: number;
  /** Whether the agent is expected to ask for feedback at the end. Default: the medium's (chat: true). */
  readonly expectFeedback?: boolean;
  /** Whether a finished conversation should end with an offer of more help. Default: the medium's (chat: true). */
  readonly expectClosing?: boolean;
  /** Whether a finished conversation should thank the customer. Default: the medium's (chat: true, social: false). */
  readonly expectThanks?: boolean;
  /** Options for the tone linter on agent messages (rules, allow, extraPhrases, glossary). */
  readonly lint?: Omit<LintOptions, 'locale' | 'locales' | 'register'>;
}

/** Part of a reply split over several posts, at its start or end: "1/2 …", "… (2/3)". A date ("on 5/6 we…") is not. */
export const SPLIT = /^\s*\(?\d\s?\/\s?\d\)?\s|\s\(?\d\s?\/\s?\d\)?\s*$/;

/**
 * A later part of a reply split over several posts ("@anna 3/4 …", "(2/2) …"): the parts before
 * it, where a greeting and an acknowledgement would be, are not in the transcript.
 */
const LATER_PART = /^\s*(?:@\w+\s+)*\(?([2-9])\s?\/\s?([2-9])\)?\s/;
function isLaterPart(text: string): boolean {
  const match = LATER_PART.exec(text);
  return match !== null && Number(match[1]) <= Number(match[2]);
}

/** Rules whose finding means a message brushes the customer off rather than hands over or asks (slang does not). */
const BRUSH_OFFS: ReadonlySet<string> = new Set(['not-my-department', 'self-service-deflection', 'dismissive', 'policy-shield', 'blame', 'flat-refusal', 'profanity']);

/**
 * Whether a message asks the other side something: a question mark outside links and quotes
 * (non-prose and quoted text are masked first).
 */
export function asksSomething(text: string): boolean {
  return firstQuestion(text) !== -1;
}

/** Where the first question mark of the prose is (not one in a link or a quote), or -1. */
function firstQuestion(text: string): number {
  if (!text.includes('?')) return -1;
  const regions = findRegions(text, false).excluded;
  for (let at = text.indexOf('?'); at !== -1; at = text.indexOf('?', at + 1)) {
    const position = at;
    if (!regions.some((r) => position >= r.start && position < r.end)) return position;
  }
  return -1;
}

/**
 * Whether an agent message greets someone by name: a greeting followed by a capitalised word
 * ("Hi Joshua!", "Labdien, Anna!"), not "Hi there" or the polite "you".
 */
function addressesByName(m: Analysed): boolean {
  const greeting = first(m, 'greeting');
  if (!greeting) return false;
  const after = NAME_AFTER_GREETING().exec(m.text.slice(greeting.end, greeting.end + 40))?.[1];
  return after !== undefined && !NOT_NAMES.has(after.toLowerCase()) && !isPronoun(normalizeWord(after));
}

const NAME_AFTER_GREETING = lazyRegExp(String.raw`^[\s,]*(\p{Lu}\p{Ll}+)(?=[\s,.!?:;]|$)`, 'u');
// Words a greeting is followed by that are no one's name ("Hi there", "Hello again"); pronouns too.
const NOT_NAMES = new Set(['there', 'again', 'all', 'everyone', 'team', 'folks']);

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

function parseTime(at: TranscriptMessage['at'], index: number): number | undefined {
  if (at === undefined) return undefined;
  const time = at instanceof Date ? at.getTime() : Date.parse(at);
  if (Number.isNaN(time)) throw new InvalidOptionsError(`transcript[${index}].at`, 'a Date or an ISO 8601 date-time', at);
  return time;
}

const CHECK_OPTIONS: ReadonlySet<string> = new Set(['medium', 'weights', 'critical', 'locale', 'locales', 'facts', 'register', 'maxGapSeconds', 'expectFeedback', 'expectClosing', 'expectThanks', 'lint']);
const MEDIA = Object.keys(MEDIUM_PROFILES) as Medium[];
const FACTS: ReadonlySet<string> = new Set(['customerName', 'escalated']);

/** Options that would silently change the score (a NaN gap never fails, a misspelt option is ignored) are refused, by name. */
function checkOptions(options: unknown): asserts options is CheckOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new InvalidOptionsError('options', 'an object of options', options);
  checkKnownOptions(options, CHECK_OPTIONS);
  const { maxGapSeconds, expectFeedback, expectClosing, register, medium, weights, critical, facts, locales } = options as CheckOptions;
  if (locales !== undefined && !Array.isArray(locales)) throw new InvalidOptionsError('locales', 'a list of locale objects', locales);
  if (facts !== undefined) {
    if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) throw new InvalidOptionsError('facts', 'an object such as { customerName: "Anna", escalated: true }', facts);
    checkKnownOptions(facts, FACTS);
    if (facts.customerName !== undefined && typeof facts.customerName !== 'string') throw new InvalidOptionsError('facts.customerName', 'a string', facts.customerName);
    if (facts.escalated !== undefined && typeof facts.escalated !== 'boolean') throw new InvalidOptionsError('facts.escalated', 'true or false', facts.escalated);
  }
  if (medium !== undefined && !MEDIA.includes(medium)) throw new InvalidOptionsError('medium', MEDIA.map((m) => `"${m}"`).join(', '), medium);
  for (const [name, value] of [['expectClosing', expectClosing], ['expectThanks', (options as CheckOptions).expectThanks]] as const) {
    if (value !== undefined && typeof value !== 'boolean') throw new InvalidOptionsError(name, 'true or false', value);
  }
  if (weights !== undefined) {
    if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) throw new InvalidOptionsError('weights', 'weights by item, e.g. { tone: 3, greets: 0.5 }', weights);
    for (const [id, weight] of Object.entries(weights)) {
      if (!(CHECKLIST_IDS as readonly string[]).includes(id)) throw new InvalidOptionsError(`weights.${id}`, `a checklist item (${CHECKLIST_IDS.join(', ')})`, id);
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) throw new InvalidOptionsError(`weights.${id}`, 'a number, 0 or more', weight);
    }
  }
  if (critical !== undefined && (!Array.isArray(critical) || !critical.every((id) => (CHECKLIST_IDS as readonly string[]).includes(id)))) {
    throw new InvalidOptionsError('critical', `a list of checklist items (${CHECKLIST_IDS.join(', ')})`, critical);
  }
  if (maxGapSeconds !== undefined && (typeof maxGapSeconds !== 'number' || !Number.isFinite(maxGapSeconds) || maxGapSeconds < 0)) {
    throw new InvalidOptionsError('maxGapSeconds', 'a number of seconds, 0 or more', maxGapSeconds);
  }
  if (expectFeedback !== undefined && typeof expectFeedback !== 'boolean') throw new InvalidOptionsError('expectFeedback', 'true or false', expectFeedback);
  if (register !== undefined && register !== 'formal' && register !== 'informal') throw new InvalidOptionsError('register', '"formal" or "informal"', register);
}

/** Checks a transcript's shape: an array (without holes) of `{ from, text, at? }` messages. */
export function checkTranscript(transcript: unknown, path = 'transcript'): asserts transcript is readonly TranscriptMessage[] {
  if (!Array.isArray(transcript)) throw new InvalidOptionsError(path, 'an array of { from, text, at? } messages', transcript);
  // An index loop, not forEach: a hole in a sparse array is a missing message, not one to skip.
  for (let i = 0; i < transcript.length; i++) {
    const m: unknown = transcript[i];
    const message = m as Partial<TranscriptMessage> | null;
    if (typeof message !== 'object' || message === null) throw new InvalidOptionsError(`${path}[${i}]`, 'a message object { from, text }', m);
    if (message.from !== 'agent' && message.from !== 'customer' && message.from !== 'bot') {
      throw new InvalidOptionsError(`${path}[${i}].from`, '"agent", "customer" or "bot"', message.from);
    }
    if (typeof message.text !== 'string') throw new InvalidOptionsError(`${path}[${i}].text`, 'a string', message.text);
  }
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
 * card.score; // → 1
 * ```
 */
export function checkConversation(transcript: readonly TranscriptMessage[], options: CheckOptions = {}): Scorecard {
  checkTranscript(transcript);
  // Nothing to judge is not a perfect conversation: an empty or truncated export would pass a CI gate.
  if (transcript.length === 0) throw new InvalidOptionsError('transcript', 'at least one message', transcript);
  checkOptions(options);
  const locales = options.locales ?? [];
  const fixed = resolveTextLocale(options.locale, locales);
  if (!fixed && locales.length === 0) {
    throw new InvalidOptionsError('locale', 'the conversation’s locale, or `locales` to detect it from, e.g. { locale: lv } with `import lv from "tactful/locales/lv"`', options.locale);
  }
  const fallback = fixed ?? locales[0]!;
  const messages: Analysed[] = transcript.map((m, index) => {
    const locale = fixed ?? resolveTextLocale(undefined, locales, { detect: () => detectLocale(m.text, locales.filter((l) => l.conversation)), fallback })!;
    return { index, from: m.from, text: m.text, locale, at: parseTime(m.at, index), hits: locale.conversation ? findSignals(m.text, locale) : [] };
  });

  // The scorecard speaks the language the customer wrote in most (or the given locale).
  const votes = new Map<LocaleDefinition, number>();
  for (const m of messages) if (m.from === 'customer') votes.set(m.locale, (votes.get(m.locale) ?? 0) + 1);
  const main = fixed ?? [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? messages.find(isAgent)?.locale ?? fallback;
  const texts = main.conversation;
  if (!texts) {
    // A shipped locale's text and lint parts have none: only the whole locale does.
    const language = languageOf(main.code);
    throw new InvalidOptionsError('locale', `a locale with conversation-checker data: the whole locale, \`import ${language} from "tactful/locales/${language}"\`, or defineLocale() with conversation`, main.code);
  }

  const profile = MEDIUM_PROFILES[options.medium ?? 'chat'];
  const agent = messages.filter(isAgent);
  const customer = messages.filter((m) => !isAgent(m));
  // The tone linter on every agent message: it decides no-blame and tone, and tells a brush-off
  // from a hand-off or a question.
  const diagnostics: ConversationDiagnostic[] = [];
  for (const m of agent) {
    if (!m.locale.lint) continue;
    for (const d of lint(m.text, { ...options.lint, locale: m.locale, register: options.register ?? 'formal' })) diagnostics.push({ ...d, messageIndex: m.index });
  }
  // A message the linter faults ("that's not my department, ask another team", "Have you checked
  // our website?") brushes the customer off: it neither hands the conversation over nor leaves it open.
  const faulted = (m: Analysed) => diagnostics.some((d) => d.messageIndex === m.index && BRUSH_OFFS.has(d.ruleId));
  // How the conversation ends: handed elsewhere (private messages, e-mail, phone, another team),
  // still open (the agent's last message asks the customer something, or is part "1/2" of a split
  // reply), or finished. Only a finished conversation owes a closing, thanks and a feedback request.
  const last = agent.at(-1);
  const handedOff = last !== undefined && has(last, 'handoff') && !faulted(last);
  const open = last !== undefined && last.index === messages.length - 1 && !has(last, 'anythingElse') && !faulted(last) && (asksSomething(last.text) || SPLIT.test(last.text));
  const finished = last !== undefined && !handedOff && !open;
  const items: ChecklistItem[] = [];
  const result = (id: ChecklistId, status: ChecklistItem['status'], messageIndex?: number) => {
    const text = texts.items[id];
    const explanation = status === 'not-applicable' ? texts.notApplicable : status === 'pass' ? (text?.pass ?? '') : (text?.fail ?? '');
    items.push({ id, status, ...(messageIndex === undefined ? {} : { messageIndex }), explanation: readable(explanation), suggestion: readable(text?.suggestion ?? '') });
  };
  const lastAgent = agent.slice(-2);

  // greets: the first agent message greets.
  // A transcript that starts in the middle of a split reply cannot show the greeting.
  const opening = agent[0];
  const openingMissing = opening !== undefined && isLaterPart(opening.text);
  result('greets', !opening || openingMissing ? 'not-applicable' : has(opening, 'greeting') ? 'pass' : 'fail', opening?.index);

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
  if (!name) {
    // The system may not know the name, but the agent did: "Hi Joshua!", "Hey Anna," count.
    const addressed = agent.find((m) => addressesByName(m));
    result('uses-name', addressed ? 'pass' : 'not-applicable', addressed?.index);
  } else {
    const used = agent.find((m) => m.index > knownAt && mentionsName(m.text, name!));
    result('uses-name', used ? 'pass' : 'fail', used?.index);
  }

  // acknowledges-problem: the agent's first reply after the first complaint apologises or
  // empathises, before any question it asks. A complaint is a message with a problem phrase, or a
  // statement with a negation ("It still won't let me in", "Nobody got back to me"): a customer
  // who says something did not happen has usually run into a problem, while a question with one
  // ("Can't I pay by card?") usually asks how. Phrases alone caught two complaints in three in
  // conversations they were not grown from; the negated statement brought that to about three in four. Where no complaint is recognised but the agent's
  // first reply apologises anyway ("Sorry for the trouble!"), the agent saw a problem, and
  // acknowledged it; warm words alone ("we appreciate your concern") do not show there was one.
  // An apology for the wait ("Sorry for the delayed response") answers the delay, not the problem.
  const acknowledges = (reply: Analysed, signals: readonly SignalId[] = ['apology', 'empathy']) => {
    const delays = reply.hits.filter((h) => h.signal === 'delayApology');
    const care = reply.hits.find((h) => signals.includes(h.signal) && !delays.some((d) => h.offset < d.end && d.offset < h.end));
    const question = firstQuestion(reply.text);
    return care !== undefined && (question === -1 || care.offset < question);
  };
  const complaint = customer.find((m) => has(m, 'problem') || (has(m, 'negation') && !asksSomething(m.text)));
  const reply = complaint && agent.find((m) => m.index > complaint.index);
  const firstReply = customer[0] && agent.find((m) => m.index > customer[0]!.index);
  if (complaint && reply) result('acknowledges-problem', acknowledges(reply) ? 'pass' : reply === opening && openingMissing ? 'not-applicable' : 'fail', reply.index);
  else if (!complaint && firstReply && acknowledges(firstReply, ['apology'])) result('acknowledges-problem', 'pass', firstReply.index);
  else result('acknowledges-problem', 'not-applicable', complaint?.index);

  // explains-next-steps: before the end, the agent says what happens next; a hand-off tells the
  // customer where to go. Praise, banter or thanks that ask for nothing need no next step.
  // A link to the steps (a help article, a form) points the way too.
  const steps = agent.find((m) => has(m, 'nextSteps', 'followUpPromise') || nonProse(m.text).some((r) => r.kind === 'link') || (has(m, 'handoff') && !faulted(m)));
  const needsSteps = customer.some((m) => has(m, 'problem') || asksSomething(m.text) || !has(m, 'thanks'));
  // A customer who needed something and got no reply at all is left without a way forward: the
  // unanswered conversation fails here rather than scoring a perfect "nothing applies".
  result('explains-next-steps', customer.length === 0 || !needsSteps ? 'not-applicable' : steps ? 'pass' : 'fail', steps?.index);

  // gives-time-estimate: a transfer, escalation or promise to investigate comes with a time frame.
  const promise = agent.find((m) => has(m, 'followUpPromise'));
  if (!promise && !options.facts?.escalated) result('gives-time-estimate', 'not-applicable');
  else {
    const from = promise?.index ?? 0;
    const estimate = agent.find((m) => m.index >= from && has(m, 'timeEstimate'));
    result('gives-time-estimate', estimate ? 'pass' : 'fail', estimate?.index ?? promise?.index);
  }

  // timely-updates: with timestamps, no customer waits longer than the gap for an agent message.
  const gap = (options.maxGapSeconds ?? profile.maxGapSeconds) * 1000;
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

  // offers-more-help, thanks-customer, asks-feedback: in the agent's last two messages, owed by a
  // finished conversation where the medium expects them; one that was given anyway still passes.
  const closing = (id: ChecklistId, signal: SignalId, expected: boolean) => {
    const found = lastAgent.find((m) => has(m, signal));
    if (found) result(id, 'pass', found.index);
    else result(id, lastAgent.length === 0 || !finished || !expected ? 'not-applicable' : 'fail', lastAgent.at(-1)?.index);
  };
  closing('offers-more-help', 'anythingElse', options.expectClosing ?? profile.expectClosing);
  closing('thanks-customer', 'thanks', options.expectThanks ?? profile.expectThanks);
  closing('asks-feedback', 'feedbackRequest', options.expectFeedback ?? profile.expectFeedback);

  // no-blame and tone: the tone linter's verdict on every agent message (read above).
  const blame = diagnostics.find((d) => d.ruleId === 'blame' && d.severity === 'error');
  const harsh = diagnostics.find((d) => d.severity === 'error');
  result('no-blame', agent.length === 0 ? 'not-applicable' : blame ? 'fail' : 'pass', blame?.messageIndex);
  result('tone', agent.length === 0 ? 'not-applicable' : harsh ? 'fail' : 'pass', harsh?.messageIndex);

  const weightOf = (id: ChecklistId) => options.weights?.[id] ?? DEFAULT_WEIGHTS[id];
  const applicable = items.filter((i) => i.status !== 'not-applicable' && weightOf(i.id) > 0);
  const total = applicable.reduce((sum, i) => sum + weightOf(i.id), 0);
  const passed = applicable.filter((i) => i.status === 'pass').reduce((sum, i) => sum + weightOf(i.id), 0);
  // An item weighed 0 is left out of the score, critical or not.
  const criticalFailures = (options.critical ?? DEFAULT_CRITICAL).filter((id) => weightOf(id) > 0 && items.some((i) => i.id === id && i.status === 'fail'));
  const score = criticalFailures.length > 0 ? 0 : total === 0 ? 1 : passed / total;
  return { score: Math.round(score * 1000) / 1000, criticalFailures, medium: options.medium ?? 'chat', items, diagnostics, locale: main.code };
}
