import { InvalidLocaleError, InvalidOptionsError } from '../core/errors';
import { canonicalLocale, localeChain } from '../core/locale';
import { readable } from '../core/untranslated';
import type { LocaleDefinition, Register } from '../core/types';
import { PhraseMatcher } from './matcher';
import { parsePattern, PatternError, type PatternSlots } from './pattern';
import { LineIndex } from './position';
import { excludedTokens, findRegions, isDisabled } from './regions';
import { RULES } from './rules';
import { tokenize, type Token } from './tokenize';
import { RULE_IDS, type Diagnostic, type Fix, type PhraseEntry, type RuleId, type RuleLocaleData, type RulePhrases, type Severity } from './types';

/** Options of `lint` and `fix`. */
export interface LintOptions {
  /** The language of the text: a locale object (`import lv from 'tactful/locales/lv'`) or a tag found in `locales`. */
  readonly locale?: string | LocaleDefinition;
  /** Where to find the locale named by a tag (an instance passes its own). */
  readonly locales?: readonly LocaleDefinition[];
  /** The register the text should keep. Default: `formal`. */
  readonly register?: Register;
  /**
   * Who the text speaks to: `one` person (default) or a `group`, such as a forum thread or a
   * channel. Romanian, Russian, Ukrainian, Latvian and Lithuanian tell formal from informal
   * address only to one person; a group is "you" in the plural in both registers ("Vă rugăm",
   * "спасибо вам", "ačiū Jums"), so for a group the register rule is off.
   */
  readonly audience?: 'one' | 'group';
  /** Turn rules off or change their severity: `{ jargon: 'off', robotic: 'warning' }`. */
  readonly rules?: Readonly<Partial<Record<RuleId, Severity | 'off'>>>;
  /** Phrases never to flag (patterns, like the rules' phrases): `['cache']`. */
  readonly allow?: readonly string[];
  /** More phrases for a rule, by locale: `{ 'policy-shield': { lv: ['tādi ir noteikumi'] } }`. */
  readonly extraPhrases?: Readonly<Partial<Record<RuleId, Readonly<Record<string, readonly string[]>>>>>;
  /** More jargon for the text's locale, term → a plain explanation: `{ 'SSO': 'one login for all our apps' }`. */
  readonly glossary?: Readonly<Record<string, string>>;
  /** Lint as Markdown: code, link targets and HTML comments are skipped. Default: false. */
  readonly markdown?: boolean;
}

/** What `fixResult` returns. */
export interface FixResult {
  readonly text: string;
  /** The diagnostics whose rewrite was applied (offsets refer to the original text). */
  readonly applied: readonly Diagnostic[];
  /** What is still flagged in the fixed text. */
  readonly remaining: readonly Diagnostic[];
}

interface PhraseRef {
  readonly ruleId: RuleId;
  /** `reverse` phrases (the register rule's formal forms) apply to informal texts only. */
  readonly reverse: boolean;
  readonly message: string;
  readonly suggestions: readonly string[];
  readonly replace: string | undefined;
}

interface CompiledLocale {
  readonly code: string;
  readonly matcher: PhraseMatcher<PhraseRef>;
  readonly allow: PhraseMatcher<true>;
  /** Each rule's `notAfter` words: a match right after one of them is not flagged. */
  readonly guards: PhraseMatcher<RuleId>;
  readonly shouting: { readonly message: string; readonly suggestions: readonly string[]; readonly acronyms: ReadonlySet<string> } | undefined;
}

const COMMON_ACRONYMS = ['OK', 'ID', 'FAQ', 'PDF', 'SMS', 'URL', 'VAT', 'PVN', 'PVM', 'TVA', 'НДС', 'ПДВ', 'EUR', 'USD', 'GBP', 'UAH', 'RON', 'RUB', 'IBAN', 'PIN', 'API', 'CEO'];

function addPhrases(
  matcher: PhraseMatcher<PhraseRef>,
  ruleId: RuleId,
  side: RulePhrases,
  reverse: boolean,
  where: string,
  extraSuggestions: readonly string[] = [],
): void {
  side.phrases.forEach((entry: PhraseEntry, index) => {
    const slots = parseLocalePattern(typeof entry === 'string' ? entry : entry.match, where, `phrase ${index + 1}`, ruleId);
    const ref: PhraseRef = {
      ruleId,
      reverse,
      message: readable(side.message),
      suggestions: (typeof entry === 'string' || !entry.suggest ? [...side.suggestions, ...extraSuggestions] : entry.suggest).map(readable),
      replace: typeof entry === 'string' ? undefined : entry.replace,
    };
    matcher.addPattern(slots, ref);
  });
}

function parseLocalePattern(pattern: string, where: string, what: string, ruleId: RuleId): PatternSlots {
  try {
    return parsePattern(pattern);
  } catch (error) {
    if (error instanceof PatternError) throw new InvalidLocaleError(where, `${ruleId} ${what}: ${error.message}`, ruleId);
    throw error;
  }
}

function compileLocale(locale: LocaleDefinition, options: LintOptions): CompiledLocale {
  const data: Readonly<Partial<Record<string, RuleLocaleData>>> = locale.lint ?? {};
  const matcher = new PhraseMatcher<PhraseRef>();
  const guards = new PhraseMatcher<RuleId>();
  for (const ruleId of RULE_IDS) {
    const ruleData = data[ruleId];
    if (ruleData) {
      addPhrases(matcher, ruleId, ruleData, false, locale.code);
      if (ruleData.reverse) addPhrases(matcher, ruleId, ruleData.reverse, true, locale.code);
      (ruleData.notAfter ?? []).forEach((pattern, index) => guards.addPattern(parseLocalePattern(pattern, locale.code, `notAfter ${index + 1}`, ruleId), ruleId));
    }
    const extra = options.extraPhrases?.[ruleId];
    if (extra) {
      const phrases = localeChain(locale.code, locale.code).flatMap((code) => extra[code] ?? []);
      const base = ruleData ?? { message: RULES[ruleId].description, suggestions: [], phrases: [] };
      addPhrases(matcher, ruleId, { ...base, phrases }, false, `${locale.code} (extraPhrases)`);
    }
  }
  if (options.glossary) {
    const jargon = data.jargon ?? { message: RULES.jargon.description, suggestions: [], phrases: [] };
    for (const [term, explanation] of Object.entries(options.glossary)) {
      addPhrases(matcher, 'jargon', { ...jargon, phrases: [{ match: term, suggest: [...jargon.suggestions, explanation] }] }, false, `${locale.code} (glossary)`);
    }
  }
  const allow = new PhraseMatcher<true>();
  for (const pattern of options.allow ?? []) {
    try {
      allow.addPattern(parsePattern(pattern), true);
    } catch (error) {
      throw new InvalidOptionsError('allow', 'phrase patterns such as "cache" or "{DNS|domain} settings"', pattern);
    }
  }
  const shoutingData = data.shouting;
  return {
    code: locale.code,
    matcher,
    allow,
    guards,
    shouting: shoutingData && {
      message: readable(shoutingData.message),
      suggestions: shoutingData.suggestions.map(readable),
      acronyms: new Set([...COMMON_ACRONYMS, ...(shoutingData.acronyms ?? [])]),
    },
  };
}

// Compiled phrase sets, cached by the identity of the locale and of the option objects that
// change them, so linting many messages with the same options compiles once.
const NONE = {};
const compiledCache = new WeakMap<object, WeakMap<object, WeakMap<object, WeakMap<object, CompiledLocale>>>>();

function compiled(locale: LocaleDefinition, options: LintOptions): CompiledLocale {
  const keys = [options.extraPhrases ?? NONE, options.glossary ?? NONE, options.allow ?? NONE] as const;
  let byExtra = compiledCache.get(locale);
  if (!byExtra) compiledCache.set(locale, (byExtra = new WeakMap()));
  let byGlossary = byExtra.get(keys[0]);
  if (!byGlossary) byExtra.set(keys[0], (byGlossary = new WeakMap()));
  let byAllow = byGlossary.get(keys[1]);
  if (!byAllow) byGlossary.set(keys[1], (byAllow = new WeakMap()));
  let result = byAllow.get(keys[2]);
  if (!result) byAllow.set(keys[2], (result = compileLocale(locale, options)));
  return result;
}

const SEVERITY_SETTINGS: readonly string[] = ['error', 'warning', 'info', 'off'];
// Option objects already checked: callers lint message after message with the same options, and
// an extraPhrases of 10 000 phrases must not be walked on every call.
const checkedOptions = new WeakSet<object>();

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Checks the options a JavaScript caller (or a config file) passes, so that a misspelt rule or a
 * phrase list in the wrong shape is an error that says so, not a rule that silently never fires.
 */
function checkOptions(options: LintOptions): void {
  if (typeof options !== 'object' || options === null) throw new InvalidOptionsError('options', 'an object of lint options', options);
  const { rules, allow, extraPhrases, glossary } = options;
  for (const [name, value] of [['rules', rules], ['allow', allow], ['extraPhrases', extraPhrases], ['glossary', glossary]] as const) {
    if (value === undefined || (typeof value === 'object' && value !== null && checkedOptions.has(value))) continue;
    if (name === 'rules') {
      if (!isRecord(value)) throw new InvalidOptionsError('rules', "an object such as { jargon: 'off', robotic: 'warning' }", value);
      for (const [id, setting] of Object.entries(value)) {
        if (!(RULE_IDS as readonly string[]).includes(id)) throw new InvalidOptionsError(`rules.${id}`, `a rule id (${RULE_IDS.join(', ')})`, id);
        if (!SEVERITY_SETTINGS.includes(setting as string)) throw new InvalidOptionsError(`rules.${id}`, '"error", "warning", "info" or "off"', setting);
      }
    } else if (name === 'allow') {
      if (!isStringList(value)) throw new InvalidOptionsError('allow', "a list of phrase patterns such as ['cache']", value);
    } else if (name === 'extraPhrases') {
      if (!isRecord(value)) throw new InvalidOptionsError('extraPhrases', "phrases by rule and locale, e.g. { 'policy-shield': { lv: ['tādi ir noteikumi'] } }", value);
      for (const [id, byLocale] of Object.entries(value)) {
        if (!(RULE_IDS as readonly string[]).includes(id)) throw new InvalidOptionsError(`extraPhrases.${id}`, `a rule id (${RULE_IDS.join(', ')})`, id);
        if (!isRecord(byLocale)) throw new InvalidOptionsError(`extraPhrases.${id}`, "phrases by locale, e.g. { lv: ['tādi ir noteikumi'] }", byLocale);
        for (const [tag, phrases] of Object.entries(byLocale)) {
          canonicalLocale(tag, `extraPhrases.${id}`);
          if (!isStringList(phrases)) throw new InvalidOptionsError(`extraPhrases.${id}.${tag}`, 'a list of phrase patterns', phrases);
        }
      }
    } else if (!isRecord(value) || !Object.values(value).every((explanation) => typeof explanation === 'string')) {
      throw new InvalidOptionsError('glossary', "terms and their plain explanations, e.g. { SSO: 'one login for all our apps' }", value);
    }
    checkedOptions.add(value);
  }
}

/** Finds the locale a lint call means: an object as given, or a tag looked up in `locales`. */
export function resolveLintLocale(options: LintOptions): LocaleDefinition {
  const { locale, locales = [] } = options;
  if (typeof locale === 'object' && locale !== null) return locale;
  const fallback = locales[0];
  if (locale === undefined) {
    if (fallback) return fallback;
    throw new InvalidOptionsError('locale', 'the locale of the text, e.g. lint(text, { locale: lv }) with `import lv from "tactful/locales/lv"`', locale);
  }
  const tag = canonicalLocale(locale);
  const language = tag.split('-')[0]!.toLowerCase();
  for (const code of localeChain(tag, tag)) {
    const found = locales.find((l) => l.code === code);
    if (found) return found;
  }
  throw new InvalidOptionsError(
    'locale',
    `a loaded locale (${locales.map((l) => l.code).join(', ') || 'none given'}); pass the locale object, e.g. { locale: ${language} } with \`import ${language} from "tactful/locales/${language}"\``,
    locale,
  );
}

function severityOf(ruleId: RuleId, options: LintOptions): Severity | undefined {
  const setting = options.rules?.[ruleId];
  if (setting === 'off') return undefined;
  return setting ?? RULES[ruleId].severity;
}

function matchCase(replacement: string, original: string): string {
  if (replacement === '') return replacement;
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

/** A rewrite keeps the text's apostrophes: "dunno" becomes "don’t know" in a text typed with ’. */
function matchApostrophes(replacement: string, text: string): string {
  return replacement.includes("'") && text.includes('’') && !text.includes("'") ? replacement.replace(/'/g, '’') : replacement;
}

const UPPER = /^[\p{Lu}\p{M}\p{N}]+$/u;
const HAS_UPPER_LETTER = /\p{Lu}/u;

/** Words in capitals (two or more in a row, or one of five letters or more) and runs of !!! / ???. */
function shouting(text: string, tokens: readonly Token[], excluded: Uint8Array, acronyms: ReadonlySet<string>): Array<{ start: number; end: number; fix?: string }> {
  const found: Array<{ start: number; end: number; fix?: string }> = [];
  const isCaps = (t: Token) => {
    // Most words start with a lower-case letter or a digit: rule them out before slicing.
    const first = text[t.start]!;
    if (t.end - t.start < 2 || first === first.toLowerCase()) return false;
    const word = text.slice(t.start, t.end);
    return word.length >= 2 && HAS_UPPER_LETTER.test(word) && UPPER.test(word.replace(/['’]/g, '')) && !acronyms.has(word);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (excluded[i] || !isCaps(tokens[i]!)) continue;
    let j = i;
    while (j + 1 < tokens.length && !excluded[j + 1] && !tokens[j + 1]!.breakBefore && isCaps(tokens[j + 1]!)) j++;
    const single = text.slice(tokens[i]!.start, tokens[i]!.end);
    if (j > i || single.length >= 5) found.push({ start: tokens[i]!.start, end: tokens[j]!.end });
    i = j;
  }
  const runs = /[!?]*(?:!!|\?\?|!\?|\?!)[!?]*/g;
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    const mark = m[0].includes('?') ? '?' : '!';
    found.push({ start: m.index, end: m.index + m[0].length, fix: mark });
  }
  return found;
}

/** A membership test for a sorted list of possibly overlapping ranges: merged, then binary search. */
function coverage(ranges: readonly { start: number; end: number }[]): (offset: number) => boolean {
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return (offset) => {
    let low = 0;
    let high = merged.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const range = merged[mid]!;
      if (offset < range.start) high = mid - 1;
      else if (offset >= range.end) low = mid + 1;
      else return true;
    }
    return false;
  };
}

/**
 * Where a rule's `notAfter` words end right before a word (white space or emphasis only between,
 * same sentence): token index → the rules that stay silent for a match starting there.
 */
function guardedStarts(text: string, tokens: readonly Token[], guards: PhraseMatcher<RuleId>, excluded: Uint8Array): Map<number, RuleId[]> {
  const guarded = new Map<number, RuleId[]>();
  if (guards.size === 0) return guarded;
  for (const { last, payload } of guards.match(tokens, (i) => excluded[i] === 1)) {
    const next = tokens[last + 1];
    if (!next || next.breakBefore || !isBlank(text, tokens[last]!.end, next.start)) continue;
    const rules = guarded.get(last + 1);
    if (!rules) guarded.set(last + 1, [payload]);
    else if (!rules.includes(payload)) rules.push(payload);
  }
  return guarded;
}

/** White space only, or Markdown emphasis (`If **that's not possible**`). */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && c !== 42 && c !== 95) return false;
  }
  return true;
}

/**
 * Lints a text that an agent or a bot is about to send, in the given locale: every phrase that
 * hurts a support conversation, why, and what to write instead.
 *
 * @example
 * ```ts
 * import { lint } from 'tactful';
 * import en from 'tactful/locales/en';
 *
 * lint('It’s company policy.', { locale: en }).map((d) => [d.ruleId, d.offset, d.length]);
 * // → [['policy-shield', 0, 19]]
 * ```
 */
export function lint(text: string, options: LintOptions = {}): Diagnostic[] {
  if (typeof text !== 'string') throw new InvalidOptionsError('text', 'a string', text);
  checkOptions(options);
  const locale = resolveLintLocale(options);
  const register = options.register ?? 'formal';
  if (register !== 'formal' && register !== 'informal') throw new InvalidOptionsError('register', '"formal" or "informal"', register);
  const audience = options.audience ?? 'one';
  if (audience !== 'one' && audience !== 'group') throw new InvalidOptionsError('audience', '"one" or "group"', audience);
  const compiledLocale = compiled(locale, options);
  const tokens = tokenize(text);
  const regions = findRegions(text, options.markdown ?? false);
  const excluded = excludedTokens(tokens, regions.excluded);
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];

  // A match is allowed when an allowed phrase starting at or before it reaches past its end:
  // a prefix maximum over the allowed matches answers that in constant time.
  const allowReach = new Int32Array(tokens.length).fill(-1);
  if (compiledLocale.allow.size > 0) {
    for (const a of compiledLocale.allow.match(tokens, (i) => excluded[i] === 1)) allowReach[a.first] = Math.max(allowReach[a.first]!, a.last);
    for (let i = 1; i < allowReach.length; i++) allowReach[i] = Math.max(allowReach[i]!, allowReach[i - 1]!);
  }
  const isAllowed = (first: number, last: number) => allowReach[first]! >= last;
  const guarded = guardedStarts(text, tokens, compiledLocale.guards, excluded);

  const push = (ruleId: RuleId, severity: Severity, start: number, end: number, message: string, suggestions: readonly string[], replace?: string) => {
    if (regions.disabled.length > 0 && isDisabled(regions.disabled, ruleId, start)) return;
    const original = text.slice(start, end);
    const fix: Fix | undefined = replace === undefined ? undefined : { offset: start, length: end - start, text: matchApostrophes(matchCase(replace, original), text) };
    const { line, column } = lines.position(start);
    diagnostics.push({ ruleId, severity, message, suggestions, ...(fix ? { fix } : {}), text: original, offset: start, length: end - start, line, column });
  };

  // Phrase rules: the longest match wins where phrases of one rule overlap.
  const matches = compiledLocale.matcher
    .match(tokens, (i) => excluded[i] === 1)
    // Only the register rule changes sides: its informal forms are flagged in formal texts, its
    // formal forms (`reverse`) in informal ones; to a group it does not apply. Every other rule
    // applies in both registers and to any audience.
    .filter((m) => (m.payload.ruleId !== 'register' || (audience === 'one' && m.payload.reverse === (register === 'informal'))) && severityOf(m.payload.ruleId, options) !== undefined)
    .sort((a, b) => a.first - b.first || b.last - a.last);
  const reachByRule = new Map<RuleId, number>();
  for (const match of matches) {
    const { ruleId } = match.payload;
    if ((reachByRule.get(ruleId) ?? -1) >= match.first) continue;
    if (isAllowed(match.first, match.last)) continue;
    reachByRule.set(ruleId, match.last);
    // A condition silences the whole phrase, and so the shorter phrases of the rule inside it.
    if (guarded.get(match.first)?.includes(ruleId)) continue;
    push(ruleId, severityOf(ruleId, options)!, tokens[match.first]!.start, tokens[match.last]!.end, match.payload.message, match.payload.suggestions, match.payload.replace);
  }

  const shoutingSeverity = severityOf('shouting', options);
  if (shoutingSeverity && compiledLocale.shouting) {
    const { message, suggestions, acronyms } = compiledLocale.shouting;
    const excludedAt = coverage(regions.excluded);
    for (const found of shouting(text, tokens, excluded, acronyms)) {
      if (found.fix !== undefined && excludedAt(found.start)) continue;
      push('shouting', shoutingSeverity, found.start, found.end, message, suggestions, found.fix);
    }
  }
  return diagnostics.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
}

/** Applies every safe rewrite and says what changed and what is still flagged. */
export function fixResult(text: string, options: LintOptions = {}): FixResult {
  const diagnostics = lint(text, options);
  const applied: Diagnostic[] = [];
  let out = text;
  let limit = Infinity;
  for (const diagnostic of [...diagnostics].sort((a, b) => b.offset - a.offset)) {
    const fix = diagnostic.fix;
    if (!fix || fix.offset + fix.length > limit) continue;
    out = out.slice(0, fix.offset) + fix.text + out.slice(fix.offset + fix.length);
    limit = fix.offset;
    applied.unshift(diagnostic);
  }
  return { text: out, applied, remaining: applied.length > 0 ? lint(out, options) : diagnostics };
}

/**
 * Applies the safe rewrites only ("pls" → "please", "!!!" → "!") and returns the text.
 *
 * @example
 * ```ts
 * import { fix } from 'tactful';
 * import en from 'tactful/locales/en';
 *
 * fix('Pls wait a moment!!!', { locale: en });
 * // → 'Please wait a moment!'
 * ```
 */
export function fix(text: string, options: LintOptions = {}): string {
  return fixResult(text, options).text;
}
