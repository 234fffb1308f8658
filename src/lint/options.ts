import { InvalidOptionsError } from '../core/errors';
import { canonicalLocale } from '../core/locale';
import { nearest } from '../core/nearest';
import { checkKnownOptions } from '../core/options';
import { REGISTERS, type LocaleDefinition, type Register } from '../core/types';
import { RULE_IDS, type RuleId, type Severity } from './types';

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
  /**
   * The voice the team writes in. `casual` (default): "Hi there", "Hey Joshua!" and "Cheers" are a
   * normal brand voice, and only over-familiar address ("buddy", "hun") is flagged. `formal`:
   * casual greetings and sign-offs are flagged too, for a bank or a law firm.
   */
  readonly voice?: 'casual' | 'formal';
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

/** Every option `lint` and `fix` take: any other key is a misspelling, refused with the nearest name. */
export const LINT_OPTION_NAMES: ReadonlySet<keyof LintOptions> = new Set(['locale', 'locales', 'register', 'audience', 'voice', 'rules', 'allow', 'extraPhrases', 'glossary', 'markdown'] as const);

/** Who a text speaks to (`LintOptions.audience`). */
export const AUDIENCES = ['one', 'group'] as const;
/** The voice a team writes in (`LintOptions.voice`). */
export const VOICES = ['casual', 'formal'] as const;
/** A rule's setting in `LintOptions.rules`. */
export const RULE_SETTINGS = ['error', 'warning', 'info', 'off'] as const;

/** What a lint configuration file (`tactful.config.json`, or the `"tactful"` key of package.json) may set. */
export type LintConfig = Pick<LintOptions, 'register' | 'audience' | 'voice' | 'rules' | 'allow' | 'extraPhrases' | 'glossary'> & { readonly locale?: string };

/** One thing wrong in lint options: where (`rules.jargn`), what was expected, and what was there. */
export interface LintOptionProblem {
  readonly path: string;
  /** The key itself is unknown (a misspelt option or rule), rather than its value wrong. */
  readonly unknown: boolean;
  readonly expected: string;
  readonly received: unknown;
}

type Check = (value: unknown, path: string) => LintOptionProblem[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const problem = (path: string, expected: string, received: unknown, unknown = false): LintOptionProblem[] => [{ path, unknown, expected, received }];
const isRuleId = (id: string) => (RULE_IDS as readonly string[]).includes(id);
const RULE_LIST = `a rule id (${RULE_IDS.join(', ')})`;
/** What a misspelt rule id should have been: `a rule id (did you mean "jargon"?)`, then the list. */
const ruleList = (id: string) => {
  const [guess] = nearest(id, RULE_IDS, 1);
  return guess ? `a rule id (did you mean "${guess}"?): ${RULE_IDS.join(', ')}` : RULE_LIST;
};

const oneOf =
  (allowed: readonly string[]): Check =>
  (value, path) =>
    allowed.includes(value as string) ? [] : problem(path, `one of ${allowed.join(', ')}`, value);

/**
 * The lint options a configuration file can hold, each with its check: the one schema of lint
 * options. `lint` checks a JavaScript caller's `rules`, `allow`, `extraPhrases` and `glossary`
 * with it, and the CLI checks `tactful.config.json` with it, so the two never disagree. (Written
 * out rather than in zod: the linter ships in the core bundle, and zod's record parsers would
 * cost more than these few lines.)
 */
const OPTION_CHECKS: Readonly<Record<keyof LintConfig, Check>> = {
  locale: (value, path) => (typeof value === 'string' ? [] : problem(path, 'a BCP 47 language tag such as "lv"', value)),
  register: oneOf(REGISTERS),
  audience: oneOf(AUDIENCES),
  voice: oneOf(VOICES),
  rules: (value, path) => {
    if (!isRecord(value)) return problem(path, "an object such as { jargon: 'off', robotic: 'warning' }", value);
    return Object.entries(value).flatMap(([id, setting]) =>
      !isRuleId(id) ? problem(`${path}.${id}`, ruleList(id), id, true) : RULE_SETTINGS.includes(setting as never) ? [] : problem(`${path}.${id}`, '"error", "warning", "info" or "off"', setting),
    );
  },
  allow: (value, path) => (isStringList(value) ? [] : problem(path, "a list of phrase patterns such as ['cache']", value)),
  extraPhrases: (value, path) => {
    if (!isRecord(value)) return problem(path, "phrases by rule and locale, e.g. { 'policy-shield': { lv: ['tādi ir noteikumi'] } }", value);
    return Object.entries(value).flatMap(([id, byLocale]) => {
      if (!isRuleId(id)) return problem(`${path}.${id}`, ruleList(id), id, true);
      if (!isRecord(byLocale)) return problem(`${path}.${id}`, "phrases by locale, e.g. { lv: ['tādi ir noteikumi'] }", byLocale);
      return Object.entries(byLocale).flatMap(([tag, phrases]) => (isStringList(phrases) ? [] : problem(`${path}.${id}.${tag}`, 'a list of phrase patterns', phrases)));
    });
  },
  glossary: (value, path) =>
    isRecord(value) && Object.values(value).every((explanation) => typeof explanation === 'string') ? [] : problem(path, "terms and their plain explanations, e.g. { SSO: 'one login for all our apps' }", value),
};

/**
 * Checks a lint configuration read from a file: the options it sets, or every problem found.
 *
 * @example
 * ```ts
 * checkLintConfig({ rules: { jargn: 'off' } }).ok;
 * // → false
 * ```
 */
export function checkLintConfig(value: unknown): { ok: true; config: LintConfig } | { ok: false; problems: LintOptionProblem[] } {
  if (!isRecord(value)) return { ok: false, problems: problem('', 'an object of lint options', value) };
  const problems = Object.entries(value).flatMap(([key, item]) =>
    Object.hasOwn(OPTION_CHECKS, key) ? OPTION_CHECKS[key as keyof LintConfig](item, key) : problem(key, `a known option (${Object.keys(OPTION_CHECKS).join(', ')})`, key, true),
  );
  return problems.length === 0 ? { ok: true, config: value as LintConfig } : { ok: false, problems };
}

// Option values already checked: callers lint message after message with the same options, and
// an extraPhrases of 10 000 phrases must not be walked on every call.
const checkedValues = new WeakSet<object>();
const DATA_OPTIONS = ['rules', 'allow', 'extraPhrases', 'glossary'] as const;

/**
 * Checks the options a JavaScript caller passes to `lint`, so that a misspelt rule or a phrase list
 * in the wrong shape is an error that says so, not a rule that silently never fires. Throws
 * `InvalidOptionsError` naming the first problem's place (`rules.jargn`).
 */
export function checkLintOptions(options: LintOptions): void {
  if (typeof options !== 'object' || options === null) throw new InvalidOptionsError('options', 'an object of lint options', options);
  checkKnownOptions(options, LINT_OPTION_NAMES);
  if (options.markdown !== undefined && typeof options.markdown !== 'boolean') throw new InvalidOptionsError('markdown', 'true or false', options.markdown);
  for (const name of DATA_OPTIONS) {
    const value: unknown = options[name];
    if (value === undefined || (typeof value === 'object' && value !== null && checkedValues.has(value))) continue;
    const [first] = OPTION_CHECKS[name](value, name);
    if (first) throw new InvalidOptionsError(first.path, first.expected, first.received);
    if (name === 'extraPhrases') {
      for (const [id, byLocale] of Object.entries(value as Record<string, Record<string, unknown>>)) for (const tag of Object.keys(byLocale)) canonicalLocale(tag, `extraPhrases.${id}`);
    }
    checkedValues.add(value as object);
  }
}
