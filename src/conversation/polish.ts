import type { Channel, LocaleDefinition, Register } from '../core/types';
import { fixResult, lint } from '../lint/linter';
import type { LintOptions } from '../lint/options';
import type { Diagnostic } from '../lint/types';
import { InvalidOptionsError } from '../core/errors';
import { nonProse } from '../lint/non-prose';
import { checkKnownOptions } from '../core/options';
import { REGISTERS } from '../core/types';
import { asksSomething, checkTranscript, MEDIUM_PROFILES, SPLIT, type Medium, type TranscriptMessage } from './check';
import { findSignals, introducedName } from './signals';
import { lazyRegExp } from '../core/lazy-regexp';

// Unicode classes with `new RegExp`, not as literals: tests/package.test.ts says why.
const NOT_LETTERS_AT_ENDS = lazyRegExp(String.raw`^[^\p{L}]+|[^\p{L}]+$`, 'gu');
const ADDRESSED_FIRST = lazyRegExp(String.raw`^\s*[\p{L}\p{M}'’-]+\s?[,!]`, 'u');
const LOWER_CASE_START = lazyRegExp(String.raw`^\p{Ll}`, 'u');
const ENDS_A_SENTENCE = lazyRegExp(String.raw`[.!?…:;)\]"”»\p{Extended_Pictographic}]$`, 'u');

/** What a bot knows when it is about to send a reply. */
export interface PolishContext {
  /** The conversation so far (without the reply). */
  readonly transcript?: readonly TranscriptMessage[];
  /** The reply's language; detected from the reply and the transcript when left out. */
  readonly locale?: string;
  readonly register?: Register;
  /** The customer's name, if the system knows it; otherwise taken from "I'm Sarah" in the transcript. */
  readonly customerName?: string;
  /** True when this reply closes the conversation: the closing question is added if missing. */
  readonly ending?: boolean;
  /** A seed (such as the conversation id) to vary the added closing question between conversations. */
  readonly seed?: string;
  /** Options for the linter's safe fixes. */
  readonly lint?: Omit<LintOptions, 'locale' | 'locales' | 'register'>;
  /**
   * Where the reply goes: its length limit is kept (`social`: 280 characters), so a greeting or a
   * closing question that would pass it is left out, and the closing question is added only where
   * the medium expects one (not on `social`). Default: `chat`.
   */
  readonly medium?: Medium;
}

const CONTEXT_NAMES: ReadonlySet<string> = new Set<keyof PolishContext>(['transcript', 'locale', 'register', 'customerName', 'ending', 'seed', 'lint', 'medium']);

/**
 * Checks what a caller tells `polish`: a misspelt key (`transcrpt`) or a value of the wrong kind
 * would otherwise be read as "not given", and the reply polished as if it were the first of a
 * conversation (a greeting added) or not the last (no closing).
 */
export function checkPolishContext(context: unknown): asserts context is PolishContext {
  if (typeof context !== 'object' || context === null || Array.isArray(context)) throw new InvalidOptionsError('context', 'an object such as { transcript, ending: true }', context);
  checkKnownOptions(context, CONTEXT_NAMES);
  const { transcript, locale, register, customerName, ending, seed, lint: lintOptions } = context as PolishContext;
  if (transcript !== undefined) checkTranscript(transcript);
  if (locale !== undefined && typeof locale !== 'string') throw new InvalidOptionsError('locale', 'a language tag such as "lv"', locale);
  if (register !== undefined && !REGISTERS.includes(register)) throw new InvalidOptionsError('register', '"formal" or "informal"', register);
  if (customerName !== undefined && typeof customerName !== 'string') throw new InvalidOptionsError('customerName', 'a string', customerName);
  if (ending !== undefined && typeof ending !== 'boolean') throw new InvalidOptionsError('ending', 'true or false', ending);
  if (seed !== undefined && typeof seed !== 'string') throw new InvalidOptionsError('seed', 'a string', seed);
  if (lintOptions !== undefined && (typeof lintOptions !== 'object' || lintOptions === null || Array.isArray(lintOptions))) throw new InvalidOptionsError('lint', 'an object of lint options', lintOptions);
}

/** One change `polish` made. */
export interface PolishChange {
  /** `fix`: a safe rewrite of a flagged phrase; `greeting`: a greeting added; `closing`: a closing question added. */
  readonly kind: 'fix' | 'greeting' | 'closing';
  /** What was added or what replaced what. */
  readonly text: string;
  /** For a fix, the diagnostic it resolves. */
  readonly diagnostic?: Diagnostic;
}

/** The polished reply and every change made to it. */
export interface PolishResult {
  readonly text: string;
  readonly locale: string;
  readonly changes: readonly PolishChange[];
  /**
   * What the linter still flags in `text`: what polish could not rewrite without changing what
   * the reply says ("It is company policy"). Empty when the reply is ready to send.
   */
  readonly remaining: readonly Diagnostic[];
}

/** What `polish` needs from an instance: its locales and a renderer for two built-in templates. */
export interface PolishServices {
  readonly locale: LocaleDefinition;
  /** The channel the reply is written for; what is added is rendered for it, as a fragment. */
  readonly channel?: Channel;
  readonly render: (id: 'greeting.salutation' | 'closing.anything-else', variables: Record<string, string>, variant: number | string | undefined) => string;
  /**
   * The reply's own words did not say its language (it was taken from the conversation): nothing
   * is added then, as a greeting in the customer's language around a reply in another would be
   * one message in two languages.
   */
  readonly languageUnsure?: boolean;
}

/**
 * Improves a reply a bot is about to send, without changing what it says: applies the linter's
 * safe rewrites, opens the first reply of a conversation with a greeting (with the customer's name
 * in the vocative where the language needs it), and ends a closing reply with the "anything else?"
 * question. Every change is reported.
 */
export function polishReply(reply: string, context: PolishContext, services: PolishServices): PolishResult {
  const { locale } = services;
  // Nothing to polish: a greeting or a closing question alone is not a reply.
  if (reply.trim() === '') return { text: reply, locale: locale.code, changes: [], remaining: [] };
  const changes: PolishChange[] = [];
  const register = context.register ?? 'formal';

  const profile = MEDIUM_PROFILES[context.medium ?? 'chat'];
  if (!profile) throw new InvalidOptionsError('medium', Object.keys(MEDIUM_PROFILES).map((m) => `"${m}"`).join(', '), context.medium);
  // The medium's length limit: nothing polish adds or rewrites may take the reply past it (a reply
  // already past it may still be shortened).
  const fits = (candidate: string) => profile.maxLength === undefined || candidate.length <= profile.maxLength;
  const rewritten = fixResult(reply, { ...context.lint, locale, register });
  const fixed = fits(rewritten.text) || (!fits(reply) && rewritten.text.length <= reply.length) ? rewritten : { text: reply, applied: [], remaining: rewritten.remaining };
  for (const diagnostic of fixed.applied) changes.push({ kind: 'fix', text: `${diagnostic.text} → ${diagnostic.fix!.text}`, diagnostic });
  let text = fixed.text;

  const transcript = context.transcript ?? [];
  const hasSignals = Boolean(locale.conversation) && !services.languageUnsure;
  const replied = transcript.some((m) => m.from !== 'customer');
  if (hasSignals && !replied && !opensItself(text, locale) && !angry(transcript, locale)) {
    // A name starts and ends with a letter: "Hello, -!" or "Hello, Jean-!" would be a broken message.
    let name = context.customerName?.replace(NOT_LETTERS_AT_ENDS(), '') || undefined;
    for (const message of transcript) if (!name && message.from === 'customer') name = introducedName(message.text, locale);
    const greeting = name || profile.greetWithoutName ? services.render('greeting.salutation', name ? { customerName: name } : {}, undefined) : '';
    const greeted = greeting === '' ? text : prepend(greeting, text, services.channel);
    if (greeting !== '' && fits(greeted)) {
      text = greeted;
      changes.push({ kind: 'greeting', text: greeting });
    }
  }

  // A closing question only ends a reply that ends the conversation: not one that hands it
  // elsewhere ("DM us"), asks the customer something, or is part of a split reply ("1/2").
  const signals = hasSignals ? findSignals(text, locale) : [];
  const closes = context.ending && profile.expectClosing && !signals.some((h) => h.signal === 'anythingElse' || h.signal === 'handoff') && !asksSomething(text) && !SPLIT.test(text);
  if (hasSignals && closes) {
    const question = services.render('closing.anything-else', {}, context.seed);
    const closed = append(text, question, services.channel);
    if (fits(closed)) {
      text = closed;
      changes.push({ kind: 'closing', text: question });
    }
  }
  // Linted again when something was added: offsets and lines then refer to the final text.
  const remaining = text === fixed.text ? fixed.remaining : lint(text, { ...context.lint, locale, register });
  return { text, locale: locale.code, changes, remaining };
}


/**
 * Whether a reply already has an opening of its own, which a greeting in front would stack on or
 * interrupt: it starts with a greeting ("Hi there,"); a word of its own before a
 * comma or an exclamation mark ("Hmm,", "Correct,", "Sorry, but", "Yikes!", "Hallo!" in a language the
 * instance does not know); or a part marker of a split reply ("2/2"), which must stay first.
 */
function opensItself(text: string, locale: LocaleDefinition): boolean {
  const body = text.slice(LEADING_HANDLES().exec(text)?.[1]?.length ?? 0).replace(/^\s*<p(?:\s[^>]*)?>/i, '');
  if (SPLIT.test(body) || /^\s*\(?\d\s?\/\s?\d\)?/.test(body)) return true;
  if (ADDRESSED_FIRST().test(body)) return true;
  const start = body.length - body.trimStart().length;
  return findSignals(body, locale).some((h) => h.offset === start && h.signal === 'greeting');
}

/**
 * Whether the customer's last message swears or shouts: a cheerful "Hello!" in answer reads
 * tone-deaf, and the reply is better opening straight on the problem.
 */
function angry(transcript: readonly TranscriptMessage[], locale: LocaleDefinition): boolean {
  const last = [...transcript].reverse().find((m) => m.from === 'customer');
  return last !== undefined && lint(last.text, { locale }).some((d) => d.ruleId === 'profanity' || d.ruleId === 'shouting');
}

// An html reply that is a run of paragraphs gets the greeting inside its first paragraph and the
// closing question inside its last, so the result is one kind of markup, not `<p>` beside bare text.
const OPENING_P = /^(\s*<p(?:\s[^>]*)?>)/i;

// Handles a reply opens with, as a public reply on a social network does ("@anna @Brand …"): the
// greeting goes after them.
const LEADING_HANDLES = lazyRegExp(String.raw`^(\s*(?:@[\p{L}\p{N}_]+[\s,:]*)+)`, 'u');

// A reply that opens or ends with a block of its own (a heading, a list, a quote, a code fence, a
// table, an html block other than a paragraph) gets what polish adds as a paragraph of its own:
// "Hello! # Your order" would no longer be a heading, and text after a closing fence or inside
// the customer's quoted words would change what they say.
const HTML_BLOCKS = 'ul|ol|li|div|table|thead|tbody|tr|h[1-6]|blockquote|pre|hr|section|article|figure|dl|details';
const BLOCK_LINE = new RegExp(String.raw`^\s{0,3}(?:#{1,6}(?:\s|$)|[-*+]\s|\d{1,9}[.)]\s|>|\x60{3}|~~~|\||<(?:${HTML_BLOCKS})[\s>/])`, 'i');
const CLOSING_BLOCK = new RegExp(String.raw`</(?:${HTML_BLOCKS})>\s*$`, 'i');

function firstLine(text: string): string {
  return text.trimStart().split('\n', 1)[0]!;
}

function lastLine(text: string): string {
  const end = text.trimEnd();
  return end.slice(end.lastIndexOf('\n') + 1);
}

function asParagraph(fragment: string, channel: Channel | undefined): string {
  return channel === 'html' ? `<p>${fragment}</p>` : fragment;
}

function prepend(fragment: string, text: string, channel: Channel | undefined): string {
  if (channel === 'html' && OPENING_P.test(text)) return text.replace(OPENING_P, (open: string) => `${open}${fragment} `);
  const handles = LEADING_HANDLES().exec(text)?.[1] ?? '';
  const rest = text.slice(handles.length).trimStart();
  if (BLOCK_LINE.test(firstLine(rest))) return [handles.trimEnd(), asParagraph(fragment, channel)].filter(Boolean).join(' ') + (channel === 'html' ? '' : '\n\n') + rest;
  // The reply's first word now follows a greeting that ends a sentence ("Hello!"), so it starts
  // one, unless it is not a plain word: a link, an address or a code (`https://…`, `www.`), or a
  // name written with a capital inside (`iPhone`, `eBay`).
  const firstWord = /^\S+/.exec(rest)?.[0] ?? '';
  const plainWord = firstWord === firstWord.toLowerCase() && nonProse(firstWord).length === 0;
  const body = /[.!?]$/.test(fragment) && plainWord ? rest.replace(LOWER_CASE_START(), (letter) => letter.toUpperCase()) : rest;
  return [handles.trimEnd(), fragment, body].filter(Boolean).join(' ');
}

/**
 * Adds a closing fragment at the end of the reply, before an agent's sign-off (`^JG`, `-Sara`),
 * after a full stop where the reply's last sentence has none ("thanks for waiting. Is there…").
 */
function append(text: string, fragment: string, channel: Channel | undefined): string {
  const end = text.trimEnd();
  // A reply ending in a link keeps it as it is: a full stop could be read as part of the address.
  const closeSentence = (body: string) =>
    ENDS_A_SENTENCE().test(body) || body === '' || nonProse(body).some((r) => r.end === body.length) ? body : `${body}.`;
  if (channel === 'html' && end.slice(-4).toLowerCase() === '</p>') return `${closeSentence(end.slice(0, -4).trimEnd())} ${fragment}${end.slice(-4)}`;
  // A sign-off first: "- Tom" on the last line is the agent's name, not a list.
  const signOff = nonProse(end).find((r) => r.kind === 'sign-off' && r.end === end.length);
  if (signOff) return `${closeSentence(end.slice(0, signOff.start).trimEnd())} ${fragment} ${end.slice(signOff.start)}`;
  if (BLOCK_LINE.test(lastLine(end)) || CLOSING_BLOCK.test(end)) return channel === 'html' ? `${end}${asParagraph(fragment, channel)}` : `${end}\n\n${fragment}`;
  return `${closeSentence(end)} ${fragment}`;
}
