import { InvalidLocaleError, requireLocaleObject, requireString } from '../core/errors';
import type { ConversationLocaleData } from '../core/lint-data';
import type { LocaleDefinition } from '../core/types';
import { PhraseMatcher } from '../lint/matcher';
import { parsePattern, PatternError } from '../lint/pattern';
import { excludedTokens, findRegions, PROSE } from '../lint/regions';
import { isNameToken, isPronoun } from '../lint/names';
import { tokenize } from '../lint/tokenize';
import { lazyRegExp } from '../core/lazy-regexp';

// Unicode classes with `new RegExp`, not as literals: tests/package.test.ts says why.
const LOWER_CASE_LETTER = lazyRegExp(String.raw`\p{Ll}`, 'u');

/** What the checker recognises in a message, per locale, from `src/conversation/data/<lng>.json`. */
export const SIGNAL_IDS = [
  'greeting',
  'apology',
  'empathy',
  'thanks',
  'timeEstimate',
  'problem',
  'negation',
  'selfIntroduction',
  'nextSteps',
  'followUpPromise',
  'anythingElse',
  'feedbackRequest',
  'handoff',
  'delayApology',
] as const;

/** One of {@link SIGNAL_IDS}. */
export type SignalId = (typeof SIGNAL_IDS)[number];

/** Where a signal was found in a message: offsets in the original text. */
export interface SignalHit {
  readonly signal: SignalId;
  readonly offset: number;
  readonly end: number;
}

const compiled = new WeakMap<ConversationLocaleData, PhraseMatcher<SignalId>>();

function matcherFor(locale: LocaleDefinition): PhraseMatcher<SignalId> {
  const data = locale.conversation;
  if (typeof data?.signals !== 'object' || data.signals === null) throw new InvalidLocaleError(locale.code, 'this locale has no conversation-checker data (`conversation` in defineLocale, with its `signals`)');
  let matcher = compiled.get(data);
  if (!matcher) {
    matcher = new PhraseMatcher<SignalId>();
    for (const signal of SIGNAL_IDS) {
      for (const pattern of data.signals[signal]?.phrases ?? []) {
        matcher.addWhenReached(pattern, (add) => {
          try {
            add(parsePattern(pattern), signal);
          } catch (error) {
            if (error instanceof PatternError) throw new InvalidLocaleError(locale.code, `conversation signal ${signal}: ${error.message}`, signal);
            throw error;
          }
        });
      }
    }
    compiled.set(data, matcher);
  }
  return matcher;
}

/**
 * Every signal in a text, in order. Quoted text is skipped: a customer quoting "I'm sorry" has
 * not apologised.
 *
 * @example
 * ```ts
 * findSignals('Hello Sarah! We are sorry the parcel is late.', en).map((h) => h.signal); // → ['greeting', 'apology', 'problem']
 * ```
 */
export function findSignals(text: string, locale: LocaleDefinition): SignalHit[] {
  requireString('text', text);
  requireLocaleObject('locale', locale);
  const tokens = tokenize(text);
  const excluded = excludedTokens(tokens, findRegions(text, false).excluded);
  // One hit per signal and starting word: the longest ("Mans vārds ir", not "Mans vārds").
  const longest = new Map<string, SignalHit>();
  // A `<name>` is what it is in the linter's phrases.
  const isName = (i: number) => isNameToken(tokens[i]!, excluded[i]!);
  for (const match of matcherFor(locale).match(tokens, (i) => excluded[i] !== PROSE, isName)) {
    const key = `${match.payload}@${match.first}`;
    const hit = { signal: match.payload, offset: tokens[match.first]!.start, end: tokens[match.last]!.end };
    if ((longest.get(key)?.end ?? -1) < hit.end) longest.set(key, hit);
  }
  return [...longest.values()].sort((a, b) => a.offset - b.offset || a.end - b.end);
}

/**
 * The name a customer gives ("I'm Sarah", "Mani sauc Sāra", "Меня зовут Сара"): the capitalised
 * word right after a self-introduction.
 */
export function introducedName(text: string, locale: LocaleDefinition): string | undefined {
  for (const hit of findSignals(text, locale)) {
    if (hit.signal !== 'selfIntroduction') continue;
    // A name: a capital, then letters, joined by apostrophes or hyphens only between letters
    // ("O'Brien", "Jean-Luc", "McDonald", "Anne-Marie"), with a lower-case letter in it ("Sarah",
    // not "OK"), and not the capitalised polite pronoun many languages write after "I am"
    // ("Esmu Jūsu klients", "я Вам писала").
    const rest = text.slice(hit.end, hit.end + 200);
    const after = NAME().exec(rest);
    const name = after?.[1];
    if (!name || !LOWER_CASE_LETTER().test(name) || isPronoun(tokenize(name)[0]?.norm ?? '')) continue;
    // "My name is Tom regarding…" names Tom whatever follows; only after "I'm" may a capital be emphasis.
    const trigger = text.slice(hit.offset, hit.end).toLowerCase().replace(/[’ʼ]/g, "'");
    if (!AMBIGUOUS_INTRODUCTIONS.includes(trigger) || endsAName(rest.slice(after[0].length), locale)) return name;
  }
  return undefined;
}

/**
 * Whether what follows a capitalised word after "I'm" lets it be a name: the end of the text, a
 * punctuation mark or a line break ("I'm Sarah."), a surname ("I'm Sarah Jones"), or a word that
 * goes on after a name ("I'm Sarah and…", "I'm Sarah from…"). Any other word makes the capital a
 * customer's emphasis or a slip: "I'm Really disappointed", "I'm Sorry to bother you", "I am
 * Tired of waiting" name no one.
 */
function endsAName(next: string, locale: LocaleDefinition): boolean {
  const word = /^[ \t]+(\S+)/.exec(next)?.[1];
  if (word === undefined) return true;
  if (word[0] !== word[0]!.toLowerCase()) return true;
  const folded = word.toLowerCase().replace(/[.,!?;:)]+$/, '');
  return AFTER_A_NAME[locale.code.split('-')[0]!]?.includes(folded) ?? true;
}

/** Self-introductions after which a capitalised word may be emphasis, not a name ("I'm Really…"). */
const AMBIGUOUS_INTRODUCTIONS: readonly string[] = ["i'm", 'i am', 'im', 'esmu', 'es esmu', 'esu', 'aš esu', 'as esu', 'sunt', 'eu sunt', 'я'];

/** Words that go on after a name in a self-introduction, by language. */
const AFTER_A_NAME: Readonly<Record<string, readonly string[]>> = {
  // Not "of", "with", "at" or "by": "I am Tired of waiting", "I'm Done with this", "I'm Shocked at…".
  en: ['and', 'from', 'here', 'again', 'regarding', 'about'],
  ro: ['și', 'si', 'din', 'de', 'cu', 'aici'],
  ru: ['и', 'из', 'по', 'насчёт', 'насчет', 'снова', 'опять'],
  uk: ['і', 'й', 'та', 'з', 'із', 'зі', 'щодо', 'знову'],
  lv: ['un', 'no', 'par', 'atkal', 'šeit', 'te'],
  lt: ['ir', 'iš', 'dėl', 'vėl', 'čia'],
};

const NAME = lazyRegExp(String.raw`^[\s,:–—-]*(\p{Lu}\p{M}*(?:\p{L}\p{M}*)*(?:['’-](?:\p{L}\p{M}*)+)*)`, 'u');

/**
 * True when a text mentions a name in any of its forms: "Jāni" and "Jānim" for "Jānis", "Jonai"
 * for "Jonas", "Олександре" for "Олександр". A word counts when it shares the name's stem (all
 * but its last two letters, and at least three).
 */
export function mentionsName(text: string, name: string): boolean {
  const wanted = tokenize(name)[0]?.norm;
  if (!wanted) return false;
  const stem = wanted.length <= 4 ? wanted.slice(0, Math.max(3, wanted.length - 1)) : wanted.slice(0, wanted.length - 2);
  return tokenize(text).some((token) => token.norm.startsWith(stem) && token.norm.length <= wanted.length + 3);
}
