import { InvalidLocaleError, InvalidOptionsError } from '../core/errors';
import { lazyRegExp } from '../core/lazy-regexp';
import { requireLintPart } from '../core/locale';
import { localeChain, resolveTextLocale } from '../core/locale-resolver';
import { readable } from '../core/untranslated';
import type { LocaleDefinition } from '../core/types';
import { decodeReferences } from './entities';
import { PhraseMatcher } from './matcher';
import { hasSlots, parsePattern, PatternError, type PatternSlots } from './pattern';
import { LineIndex } from './position';
import { excludedTokens, findRegions, isDisabled, overlapsAny, PROSE, type Range } from './regions';
import type { RuleContext, RuleModule, RuleSettings, Side } from './rule';
import { checkLintOptions, type LintOptions } from './options';
import { RULE_MODULES, RULES } from './rules';
import { isNameToken } from './names';
import { tokenize, type Token } from './tokenize';
import { RULE_IDS, type Diagnostic, type Fix, type PhraseEntry, type RuleId, type RuleLocaleData, type RulePhrases, type Severity } from './types';

// Unicode classes with `new RegExp`, not as literals: tests/package.test.ts says why.
const NOT_A_LETTER = lazyRegExp(String.raw`[^\p{L}]`, 'gu');

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
  /**
   * Which side of the rule's data: `phrases` always apply (the register rule's: to formal texts),
   * `reverse` (the register rule's formal forms) to informal texts, `casual` in a formal voice.
   */
  readonly side: Side;
  readonly message: string;
  readonly suggestions: readonly string[];
  readonly replace: string | undefined;
  readonly kind: string | undefined;
  /** Only as written in lower case, or at a sentence start (`PhraseEntry.lowerCase`). */
  readonly lowerCase: boolean;
}

interface CompiledLocale {
  readonly code: string;
  readonly matcher: PhraseMatcher<PhraseRef>;
  readonly allow: PhraseMatcher<true>;
  /** Each rule's `notAfter` words: a match right after one of them is not flagged. */
  readonly guards: PhraseMatcher<RuleId>;
  /** The rules with a matcher of their own, with their data in this locale. */
  readonly checks: ReadonlyArray<{ readonly rule: RuleModule; readonly data: RuleLocaleData; readonly message: string; readonly suggestions: readonly string[] }>;
}

function addPhrases(
  matcher: PhraseMatcher<PhraseRef>,
  ruleId: RuleId,
  data: RulePhrases,
  side: Side,
  where: string,
  extraSuggestions: readonly string[] = [],
): void {
  // Read now, for every phrase, as the locale is when it is first used: a pattern read later
  // (when a text may hold it) must not see a later change to the locale's objects.
  const message = readable(data.message);
  const shared = Object.freeze([...data.suggestions, ...extraSuggestions].map(readable));
  addPatterns(matcher, data.phrases, where, ruleId, side === 'phrases' ? 'phrase' : side, (entry, pattern, index) => {
    if (typeof entry === 'string') return { ruleId, side, message, suggestions: shared, replace: undefined, kind: undefined, lowerCase: false };
    // A rewrite replaces the whole match: where a gap or a name stands inside it, that would
    // delete the customer's words, so such a phrase may only suggest.
    if (entry.replace !== undefined && hasSlots(pattern)) {
      throw new InvalidLocaleError(where, `${ruleId} phrase ${index + 1}: "${pattern}" has "..." or <name>, so it may suggest but not "replace"`, ruleId);
    }
    return { ruleId, side, message, suggestions: entry.suggest ? Object.freeze(entry.suggest.map(readable)) : shared, replace: entry.replace, kind: entry.kind, lowerCase: entry.lowerCase === true };
  });
}

/**
 * Adds the patterns of one list of a locale's rule to a matcher, each with the payload `payload`
 * makes for it; a compact pattern (the build ships every shipped phrase so) is parsed only once a
 * text may hold it (`PhraseMatcher#addWhenReached`). A mistake becomes an `InvalidLocaleError`
 * naming the rule and the pattern (`what` and its number).
 */
function addPatterns<T>(
  matcher: PhraseMatcher<T>,
  list: readonly (PhraseEntry | string)[],
  where: string,
  ruleId: RuleId,
  what: string,
  payload: (entry: PhraseEntry | string, pattern: string, index: number) => T,
): void {
  const parsed = parsedList(list);
  list.forEach((entry, index) => {
    const pattern = typeof entry === 'string' ? entry : entry.match;
    const made = payload(entry, pattern, index);
    matcher.addWhenReached(pattern, (add) => asLocaleError(where, ruleId, `${what} ${index + 1}`, () => add((parsed[index] ??= parsePattern(pattern)), made)));
  });
}

// Parsed patterns, by the list they come from: a locale compiled again with other options (an
// allow list, the guard's opt-in rules) does not parse its phrases again.
const parsedCache = new WeakMap<readonly (PhraseEntry | string)[], (PatternSlots | undefined)[]>();

function parsedList(list: readonly (PhraseEntry | string)[]): (PatternSlots | undefined)[] {
  let parsed = parsedCache.get(list);
  if (!parsed) parsedCache.set(list, (parsed = []));
  return parsed;
}

/** Runs a step on one pattern of a locale's rule: a `PatternError` becomes an `InvalidLocaleError` naming the rule and the pattern. */
function asLocaleError<T>(where: string, ruleId: RuleId, what: string, step: () => T): T {
  try {
    return step();
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
      addPhrases(matcher, ruleId, ruleData, 'phrases', locale.code);
      if (ruleData.reverse) addPhrases(matcher, ruleId, ruleData.reverse, 'reverse', locale.code);
      if (ruleData.casual) addPhrases(matcher, ruleId, ruleData.casual, 'casual', locale.code);
      if (ruleData.notAfter) addPatterns(guards, ruleData.notAfter, locale.code, ruleId, 'notAfter', () => ruleId);
    }
    const extra = options.extraPhrases?.[ruleId];
    if (extra) {
      const phrases = localeChain(locale.code, locale.code).flatMap((code) => extra[code] ?? []);
      const base = ruleData ?? { message: RULES[ruleId].description, suggestions: [], phrases: [] };
      addPhrases(matcher, ruleId, { ...base, phrases }, 'phrases', `${locale.code} (extraPhrases)`);
    }
  }
  if (options.glossary) {
    const jargon = data.jargon ?? { message: RULES.jargon.description, suggestions: [], phrases: [] };
    for (const [term, explanation] of Object.entries(options.glossary)) {
      addPhrases(matcher, 'jargon', { ...jargon, phrases: [{ match: term, suggest: [...jargon.suggestions, explanation] }] }, 'phrases', `${locale.code} (glossary)`);
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
  const checks = RULE_IDS.flatMap((ruleId) => {
    const rule = RULE_MODULES[ruleId];
    const ruleData = data[ruleId];
    return rule.check && ruleData ? [{ rule, data: ruleData, message: readable(ruleData.message), suggestions: Object.freeze(ruleData.suggestions.map(readable)) }] : [];
  });
  return {
    code: locale.code,
    matcher,
    allow,
    guards,
    checks,
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

/** Finds the locale a lint call means: an object as given, a tag looked up in `locales`, else the first of `locales`. */
export function resolveLintLocale(options: LintOptions): LocaleDefinition {
  const locale = resolveTextLocale(options.locale, options.locales ?? [], { fallback: options.locales?.[0] });
  if (locale) return requireLintPart(locale);
  throw new InvalidOptionsError('locale', 'the locale of the text, e.g. lint(text, { locale: lv }) with `import lv from "tactful/locales/lv/lint"` (or the whole "tactful/locales/lv")', options.locale);
}

function severityOf(ruleId: RuleId, options: LintOptions): Severity | undefined {
  const setting = options.rules?.[ruleId];
  if (setting === 'off' || (setting === undefined && RULES[ruleId].optIn)) return undefined;
  return setting ?? RULES[ruleId].severity;
}

/**
 * A rewrite in the case style of what it replaces: "Pls" → "Please", "pls" → "please". Capitals
 * are not carried over ("THANKS" would read as shouting): shorthand in capitals is written as a
 * word, capitalised only where a sentence starts ("TY for waiting" → "Thanks for waiting", "fix
 * it ASAP" → "fix it as soon as possible").
 */
function matchCase(replacement: string, original: string, sentenceStart: boolean): string {
  if (replacement === '') return replacement;
  const letters = original.replace(NOT_A_LETTER(), '');
  const allCaps = letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const first = letters[0];
  const capitalised = first !== undefined && first === first.toUpperCase() && first !== first.toLowerCase();
  if (capitalised && (!allCaps || sentenceStart)) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

/** A rewrite keeps the text's apostrophes: "dunno" becomes "don’t know" in a text typed with ’. */
function matchApostrophes(replacement: string, text: string): string {
  return replacement.includes("'") && text.includes('’') && !text.includes("'") ? replacement.replace(/'/g, '’') : replacement;
}

/**
 * An overlap test for a list of ranges sorted by start: merged, then binary search. `covers(a, b)`
 * says whether any range overlaps `[a, b)`; `covers(a, a + 1)` whether one holds offset `a`.
 */
function coverage(ranges: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return (start, end) => {
    // The first merged range that ends after `start`; it overlaps when it begins before `end`.
    let low = 0;
    let high = merged.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (merged[mid]!.end <= start) low = mid + 1;
      else high = mid;
    }
    return low < merged.length && merged[low]!.start < end;
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
  checkLintOptions(options);
  const locale = resolveLintLocale(options);
  const register = options.register ?? 'formal';
  if (register !== 'formal' && register !== 'informal') throw new InvalidOptionsError('register', '"formal" or "informal"', register);
  const audience = options.audience ?? 'one';
  if (audience !== 'one' && audience !== 'group') throw new InvalidOptionsError('audience', '"one" or "group"', audience);
  const voice = options.voice ?? 'casual';
  if (voice !== 'casual' && voice !== 'formal') throw new InvalidOptionsError('voice', '"casual" or "formal"', voice);
  const compiledLocale = compiled(locale, options);
  // Text as chat and social APIs deliver it ("it&#39;s company policy") is read decoded; every
  // offset is mapped back to the text as given.
  const decoded = decodeReferences(text);
  const prose = decoded?.text ?? text;
  const toOriginal = decoded ? decoded.toOriginal : (offset: number) => offset;
  const tokens = tokenize(prose);
  const regions = findRegions(prose, options.markdown ?? false);
  const excluded = excludedTokens(tokens, regions.excluded);
  const skip = (i: number) => excluded[i] !== PROSE;
  const isName = (i: number) => isNameToken(tokens[i]!, excluded[i]!);
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];

  // A match is allowed when an allowed phrase starting at or before it reaches past its end:
  // a prefix maximum over the allowed matches answers that in constant time.
  const allowReach = new Int32Array(tokens.length).fill(-1);
  if (compiledLocale.allow.size > 0) {
    for (const a of compiledLocale.allow.match(tokens, skip, isName)) allowReach[a.first] = Math.max(allowReach[a.first]!, a.last);
    for (let i = 1; i < allowReach.length; i++) allowReach[i] = Math.max(allowReach[i]!, allowReach[i - 1]!);
  }
  const isAllowed = (first: number, last: number) => allowReach[first]! >= last;
  const guarded = guardedStarts(prose, tokens, compiledLocale.guards, excluded);

  const push = (ruleId: RuleId, severity: Severity, start: number, end: number, message: string, suggestions: readonly string[], replace: string | undefined, sentenceStart = false, kind?: string) => {
    if (regions.disabled.length > 0 && isDisabled(regions.disabled, ruleId, start)) return;
    const from = toOriginal(start);
    const to = toOriginal(end);
    const original = text.slice(from, to);
    // A rewrite replaces exactly what was matched: never a decoded reference, which it would
    // turn into plain characters in text that is escaped.
    const safe = replace !== undefined && !decoded?.touchesReference(start, end) && !overlapsAny(regions.unfixable, start, end);
    const fix: Fix | undefined = safe ? { offset: from, length: to - from, text: matchApostrophes(matchCase(replace, original, sentenceStart), text) } : undefined;
    const { line, column } = lines.position(from);
    diagnostics.push({ ruleId, severity, message, suggestions, ...(fix ? { fix } : {}), ...(kind ? { kind } : {}), text: original, offset: from, length: to - from, line, column });
  };

  // Phrase rules: the longest match wins where phrases of one rule overlap. A rule says which
  // sides of its data apply (the register rule changes sides with the register); by default its
  // phrases apply in both registers and to any audience.
  const settings: RuleSettings = { register, audience, voice };
  const sides = new Map<RuleId, readonly Side[]>();
  const applies = (ruleId: RuleId, side: Side) => {
    let list = sides.get(ruleId);
    if (!list) sides.set(ruleId, (list = RULE_MODULES[ruleId].sides?.(settings) ?? ['phrases']));
    return list.includes(side);
  };
  const matches = compiledLocale.matcher
    .match(tokens, skip, isName)
    .filter((m) => applies(m.payload.ruleId, m.payload.side) && severityOf(m.payload.ruleId, options) !== undefined)
    .sort((a, b) => a.first - b.first || b.last - a.last);
  const reachByRule = new Map<RuleId, number>();
  for (const match of matches) {
    const { ruleId } = match.payload;
    if ((reachByRule.get(ruleId) ?? -1) >= match.first) continue;
    if (isAllowed(match.first, match.last)) continue;
    reachByRule.set(ruleId, match.last);
    // A condition silences the whole phrase, and so the shorter phrases of the rule inside it.
    if (guarded.get(match.first)?.includes(ruleId)) continue;
    const sentenceStart = match.first === 0 || tokens[match.first]!.breakBefore;
    // Written with a capital, shorthand that is also a name is one in the middle of a sentence, and
    // right after a sign-off mark ("-TY", "^Ty") even where a sentence starts.
    if (match.payload.lowerCase && tokens.slice(match.first, match.last + 1).some((t) => t.capital) && (!sentenceStart || SIGN_OFF_MARKS.includes(prose[tokens[match.first]!.start - 1] ?? ''))) continue;
    const start = tokens[match.first]!.start;
    const end = tokens[match.last]!.end;
    // A rewrite only where the words of the phrase stand apart by spaces alone: anything else
    // between them (a bracket, an emoji, a line break, a link) would be deleted with the phrase.
    const replace = match.payload.replace !== undefined && spacedOnly(prose, tokens, match.first, match.last) ? match.payload.replace : undefined;
    push(ruleId, severityOf(ruleId, options)!, start, end, match.payload.message, match.payload.suggestions, replace, sentenceStart, match.payload.kind);
  }

  // Rules with a matcher of their own (capitals are not a phrase).
  if (compiledLocale.checks.length > 0) {
    const context: RuleContext = { ...settings, text: prose, tokens, excluded, excludedAt: (() => { const covers = coverage(regions.excluded); return (offset: number) => covers(offset, offset + 1); })() };
    for (const { rule, data, message, suggestions } of compiledLocale.checks) {
      const severity = severityOf(rule.id, options);
      if (!severity) continue;
      for (const found of rule.check!(data, context)) push(rule.id, severity, found.start, found.end, message, suggestions, found.fix);
    }
  }
  return diagnostics.sort((a, b) => a.offset - b.offset || a.ruleId.localeCompare(b.ruleId));
}

const SIGN_OFF_MARKS = ['-', '–', '—', '^', '~', '*', '/', '\\'];

/** Whether the words `first`…`last` stand apart by single spaces (or a no-break space) only. */
function spacedOnly(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const gap = tokens[i + 1]!.start - tokens[i]!.end;
    const c = text.charCodeAt(tokens[i]!.end);
    if (gap !== 1 || (c !== 32 && c !== 0xa0)) return false;
  }
  return true;
}

/** Applies every safe rewrite and says what changed and what is still flagged. */
export function fixResult(text: string, options: LintOptions = {}): FixResult {
  return fixLinted(text, lint(text, options), options);
}

/**
 * `fixResult` for a text already linted with the same options: `applied` holds the very
 * diagnostics given, so a caller that reports every diagnostic (the textlint rule) can tell which
 * of them carry a rewrite that is safe to apply. Internal: not exported from the package.
 */
export function fixLinted(text: string, diagnostics: readonly Diagnostic[], options: LintOptions): FixResult {
  let candidates = diagnostics.filter((d) => d.fix !== undefined);
  if (candidates.length === 0) return { text, applied: [], remaining: diagnostics };
  // A rewrite must never bring a new problem ("TY" → "THANKS" would be shouting): when the
  // rewritten text has a diagnostic the original did not, the rewrites next to it are dropped and
  // the rest tried again. Three rounds, then nothing is rewritten.
  for (let round = 0; round < 3 && candidates.length > 0; round++) {
    const { out, applied, shift } = applyFixes(text, candidates);
    const remaining = lint(out, options);
    const fresh = newDiagnostics(diagnostics, applied, remaining);
    if (fresh.length === 0) return { text: out, applied, remaining };
    // A rewrite touching a new diagnostic, or right next to it, is dropped.
    const touched = coverage(fresh.map((f) => ({ start: f.offset - 1, end: f.offset + f.length + 1 })));
    candidates = applied.filter((d) => !touched(shift(d.fix!.offset), shift(d.fix!.offset) + d.fix!.text.length + 1));
    if (candidates.length === applied.length) break;
  }
  return { text, applied: [], remaining: diagnostics };
}

/**
 * Applies non-overlapping fixes (the earliest wins) in one pass. `shift` maps an offset of the
 * original text, at the start of an applied fix, to where that fix starts in the output.
 */
function applyFixes(text: string, diagnostics: readonly Diagnostic[]): { out: string; applied: Diagnostic[]; shift: (offset: number) => number } {
  const applied: Diagnostic[] = [];
  const pieces: string[] = [];
  const starts = new Map<number, number>();
  let cursor = 0;
  let length = 0;
  for (const diagnostic of [...diagnostics].sort((a, b) => a.fix!.offset - b.fix!.offset)) {
    const fix = diagnostic.fix!;
    if (fix.offset < cursor) continue;
    const before = text.slice(cursor, fix.offset);
    pieces.push(before, fix.text);
    starts.set(fix.offset, length + before.length);
    length += before.length + fix.text.length;
    cursor = fix.offset + fix.length;
    applied.push(diagnostic);
  }
  pieces.push(text.slice(cursor));
  return { out: pieces.join(''), applied, shift: (offset) => starts.get(offset) ?? offset };
}

/**
 * Diagnostics of the rewritten text that the original text had not: one counts as old when a
 * diagnostic of the same rule that was not rewritten stood at the same place ("I dunno" was
 * uncertainty before it became "I don’t know").
 */
function newDiagnostics(before: readonly Diagnostic[], applied: readonly Diagnostic[], after: readonly Diagnostic[]): Diagnostic[] {
  // Offsets of the original text in the rewritten text (inside a rewrite: where it starts). The
  // applied fixes are in text order and do not overlap: a binary search finds the fixes before.
  const fixes = applied.map((d) => d.fix!);
  const shiftBefore = [0];
  for (const fix of fixes) shiftBefore.push(shiftBefore.at(-1)! + fix.text.length - fix.length);
  const moved = (offset: number): number => {
    let low = 0;
    let high = fixes.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (fixes[mid]!.offset + fixes[mid]!.length <= offset) low = mid + 1;
      else high = mid;
    }
    const fix = fixes[low];
    return fix && fix.offset < offset ? fix.offset + shiftBefore[low]! : offset + shiftBefore[low]!;
  };
  const rewritten = new Set(applied);
  // What was there before, by rule, in text order; each may account for one diagnostic after.
  const old = new Map<RuleId, Array<{ start: number; end: number }>>();
  for (const d of [...before].sort((a, b) => a.offset - b.offset)) {
    if (rewritten.has(d)) continue;
    const start = moved(d.offset);
    const list = old.get(d.ruleId) ?? (old.set(d.ruleId, []), old.get(d.ruleId)!);
    list.push({ start, end: Math.max(start + 1, moved(d.offset + d.length)) });
  }
  const next = new Map<RuleId, number>();
  return after.filter((d) => {
    const list = old.get(d.ruleId);
    if (!list) return true;
    // Skip what ended before this diagnostic starts: neither it nor a later one can match it.
    let i = next.get(d.ruleId) ?? 0;
    while (i < list.length && list[i]!.end <= d.offset) i++;
    const matched = i < list.length && list[i]!.start < d.offset + d.length;
    next.set(d.ruleId, matched ? i + 1 : i);
    return !matched;
  });
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
