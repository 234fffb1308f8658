import type { PolishResult } from '../conversation/polish';
import { InvalidOptionsError, TactfulError } from '../core/errors';
import { checkKnownOptions } from '../core/options';
import type { LocaleDefinition } from '../core/types';
import { fixResult, lint, resolveLintLocale } from '../lint/linter';
import { LINT_OPTION_NAMES, type LintOptions } from '../lint/options';
import { RULES } from '../lint/rules';
import { RULE_IDS, type Diagnostic, type RuleId } from '../lint/types';
import { checkCommitments, COMMITMENT_KINDS, isQuestion, type CommitmentFacts, type CommitmentFinding, type CommitmentKind } from './commitments';

/** What a bot does with a reply: send it, have it rewritten (by the model or a person), or stop it. */
export type Verdict = 'send' | 'revise' | 'block';

/** Which promises a bot may make on its own: kinds it may always make, and facts a promise must agree with. */
export interface CommitmentPolicy {
  /** Kinds of promise the bot may make: `['replacement']`. */
  readonly allow?: readonly CommitmentKind[];
  /**
   * What the company really offers; a promise of that kind is allowed when it agrees:
   * `{ refundDays: 5 }` allows "your refund arrives within 5 business days" (or later), not "within
   * 2 days"; a deadline must name a number of days of at least `deliveryDays`.
   */
  readonly facts?: CommitmentFacts;
}

/** Options of `guard`: the linter's, and what the caller decides. */
export interface GuardOptions extends Omit<LintOptions, 'markdown'> {
  /**
   * What each rule's finding does to the verdict. Default: by severity (`error` blocks, `warning`
   * asks for a revision, `info` is sent), and a promise not allowed by `commitments` blocks.
   */
  readonly policy?: Readonly<Partial<Record<RuleId, Verdict>>>;
  /**
   * Promises the bot may make (see `CommitmentPolicy`). Any other refund, compensation, discount,
   * replacement, deadline or guarantee is held: `block` by default. `false` stops checking promises.
   */
  readonly commitments?: CommitmentPolicy | false;
  /** Apply the linter's safe rewrites ("pls" → "please", "!!!" → "!"). Default: true. */
  readonly fix?: boolean;
  /** The reply is Markdown: code, link targets and HTML comments are not judged. */
  readonly markdown?: boolean;
}

/** One change `guard` made to the reply. */
export interface GuardChange {
  /** `fix`: a safe rewrite; `greeting` and `closing` only when the caller asks for them. */
  readonly kind: 'fix' | 'greeting' | 'closing';
  readonly text: string;
  readonly ruleId?: RuleId;
}

/** Why a reply is not simply sent. */
export interface GuardReason {
  /** The rule that found it, or `empty` for a reply with no text, `error` for a reply the guard could not read. */
  readonly code: RuleId | 'empty' | 'error';
  /** What it does: `block` or `revise`. */
  readonly verdict: Exclude<Verdict, 'send'>;
  /** Why, in the language of the reply: ready to pass back to the model as feedback. */
  readonly message: string;
  /** The words of the final text it is about. */
  readonly text: string;
  /** Where they stand in the final text. */
  readonly offset: number;
  /** For a promise: its kind. */
  readonly kind?: string;
}

/** What `guard` decides about a reply. */
export interface GuardResult {
  readonly verdict: Verdict;
  /** The reply to send: with the safe rewrites applied (and a greeting or closing, when asked). */
  readonly text: string;
  /** The reply's locale. */
  readonly locale: string;
  /** What the linter found in the reply as given. */
  readonly diagnostics: readonly Diagnostic[];
  /** What was changed. */
  readonly changes: readonly GuardChange[];
  /** Why the verdict is not `send`: one per finding that blocks or asks for a revision. */
  readonly reasons: readonly GuardReason[];
  /** Every promise in the final text, and whether the policy allows it. */
  readonly commitments: readonly CommitmentFinding[];
}

/** What an instance lends `guard`: greetings and closings come from its catalog. */
export interface GuardServices {
  readonly polish?: (text: string) => PolishResult;
}

const SEVERITY_VERDICT = { error: 'block', warning: 'revise', info: 'send' } as const;
const VERDICTS: readonly Verdict[] = ['send', 'revise', 'block'];

/** The options `guard` adds to the linter's. */
export const GUARD_OPTION_NAMES: ReadonlySet<string> = new Set(['policy', 'commitments', 'fix']);
const OPTION_NAMES: ReadonlySet<string> = new Set([...LINT_OPTION_NAMES, ...GUARD_OPTION_NAMES]);
const RULE_ID_SET: ReadonlySet<string> = new Set(RULE_IDS);
const POLICY_NAMES: ReadonlySet<string> = new Set<keyof CommitmentPolicy>(['allow', 'facts']);
const FACT_NAMES: ReadonlySet<string> = new Set<keyof CommitmentFacts>(['refundDays', 'replacementDays', 'deliveryDays', 'maxDiscountPercent']);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks what `guard` adds to the linter's options (the linter checks its own): a guard that
 * misread its policy would send what it was set up to stop, so a misspelt key, a verdict that is
 * not one (`'Block'`), an `allow` that is not a list of kinds, or a fact that is not a number of
 * days (`NaN`, `-1`, `'5'`) is refused, never read as "no rule".
 */
export function checkGuardOptions(options: GuardOptions, known: ReadonlySet<string> = OPTION_NAMES): void {
  if (!isPlainObject(options)) throw new InvalidOptionsError('options', 'an object of guard options', options);
  checkKnownOptions(options, known);
  const { policy, commitments, fix } = options;
  if (fix !== undefined && typeof fix !== 'boolean') throw new InvalidOptionsError('fix', 'true or false', fix);
  if (policy !== undefined) {
    if (!isPlainObject(policy)) throw new InvalidOptionsError('policy', "verdicts by rule, e.g. { 'policy-shield': 'block' }", policy);
    checkKnownOptions(policy, RULE_ID_SET, 'policy.', 'a rule id');
    for (const [ruleId, verdict] of Object.entries(policy)) {
      if (!VERDICTS.includes(verdict as Verdict)) throw new InvalidOptionsError(`policy.${ruleId}`, '"send", "revise" or "block"', verdict);
    }
  }
  if (commitments === undefined || commitments === false) return;
  if (!isPlainObject(commitments)) throw new InvalidOptionsError('commitments', 'false, or a policy such as { allow: ["replacement"], facts: { refundDays: 5 } }', commitments);
  checkKnownOptions(commitments, POLICY_NAMES, 'commitments.');
  const { allow, facts } = commitments;
  if (allow !== undefined && !(Array.isArray(allow) && allow.every((kind) => COMMITMENT_KINDS.includes(kind)))) {
    throw new InvalidOptionsError('commitments.allow', `a list of kinds of promise (${COMMITMENT_KINDS.join(', ')})`, allow);
  }
  if (facts === undefined) return;
  if (!isPlainObject(facts)) throw new InvalidOptionsError('commitments.facts', 'what the company offers, e.g. { refundDays: 5 }', facts);
  checkKnownOptions(facts, FACT_NAMES, 'commitments.facts.', 'a known fact');
  for (const [name, value] of Object.entries(facts)) {
    const limit = name === 'maxDiscountPercent' ? 100 : Infinity;
    if (value !== undefined && !(typeof value === 'number' && value >= 0 && value <= limit && Number.isFinite(value))) {
      throw new InvalidOptionsError(`commitments.facts.${name}`, name === 'maxDiscountPercent' ? 'a percentage from 0 to 100' : 'a number of days, 0 or more', value);
    }
  }
}
const RANK: Readonly<Record<Verdict, number>> = { send: 0, revise: 1, block: 2 };

/**
 * Checks a reply an LLM (or a person) wrote before it reaches the customer: lints it, applies the
 * safe rewrites, and decides by severity and by your policy whether to send it, have it revised
 * or stop it. Never throws for any string: a reply it cannot read is blocked, with the reason.
 *
 * @example
 * ```ts
 * import { guard } from 'tactful';
 * import en from 'tactful/locales/en';
 *
 * guard('Hi {{first_name}}, your refund is on its way!!!', { locale: en }).verdict; // 'block'
 * guard('Thanks, Sarah! Pls allow 2 days for the courier.', { locale: en }).text;
 * // 'Thanks, Sarah! Please allow 2 days for the courier.'
 * ```
 */
export function guard(reply: string, options: GuardOptions = {}, services: GuardServices = {}): GuardResult {
  // Misuse (an unknown locale, a misspelt rule or option, a policy it cannot read) throws as lint
  // does; the reply never does.
  checkGuardOptions(options);
  const locale = resolveLintLocale(options);
  if (typeof reply !== 'string' || reply.trim() === '') {
    const text = typeof reply === 'string' ? reply : '';
    return { verdict: 'block', text, locale: locale.code, diagnostics: [], changes: [], reasons: [{ code: 'empty', verdict: 'block', message: 'The reply is empty.', text, offset: 0 }], commitments: [] };
  }
  try {
    return decide(reply, options, locale, services);
  } catch (error) {
    if (error instanceof TactfulError) throw error;
    // A guard fails closed: a reply it could not check is not sent.
    return { verdict: 'block', text: reply, locale: locale.code, diagnostics: [], changes: [], reasons: [{ code: 'error', verdict: 'block', message: `The reply could not be checked: ${String(error)}`, text: reply, offset: 0 }], commitments: [] };
  }
}

function decide(reply: string, options: GuardOptions, locale: LocaleDefinition, services: GuardServices): GuardResult {
  const { policy = {}, commitments: commitmentPolicy = {}, fix = true, ...rest } = options;
  // Promises are checked unless the caller says otherwise: a bot's promise is the company's.
  const lintOptions: LintOptions = {
    ...rest,
    locale,
    rules: { ...(commitmentPolicy === false ? {} : { commitment: 'error' }), ...rest.rules },
  };
  const diagnostics = lint(reply, lintOptions);
  const changes: GuardChange[] = [];
  let text = reply;
  let remaining: readonly Diagnostic[] = diagnostics;
  if (services.polish) {
    const polished = services.polish(reply);
    text = polished.text;
    remaining = lint(text, lintOptions);
    for (const change of polished.changes) changes.push({ kind: change.kind, text: change.text, ...(change.diagnostic ? { ruleId: change.diagnostic.ruleId } : {}) });
  } else if (fix && diagnostics.some((d) => d.fix)) {
    const fixed = fixResult(reply, lintOptions);
    text = fixed.text;
    remaining = fixed.remaining;
    for (const d of fixed.applied) changes.push({ kind: 'fix', text: `${d.text} → ${d.fix!.text}`, ruleId: d.ruleId });
  }

  const found = commitmentPolicy === false ? [] : checkCommitments(text, remaining, commitmentPolicy, locale);
  const allowed = new Set(found.filter((c) => c.allowed).map((c) => c.diagnostic));
  const reasons: GuardReason[] = [];
  let verdict: Verdict = 'send';
  for (const d of remaining) {
    if (allowed.has(d)) continue;
    const given = policy[d.ruleId] ?? SEVERITY_VERDICT[d.severity];
    // A promise that ends in a question mark may only ask ("Деньги вернём за два дня?"): a person reads it.
    const decided: Verdict = d.ruleId === 'commitment' && given === 'block' && isQuestion(text, d) ? 'revise' : given;
    if (decided === 'send') continue;
    const commitment = found.find((c) => c.diagnostic === d);
    const asked = decided !== given ? ' It ends in a question mark: read whether it promises or only asks.' : '';
    const message = `${commitment?.disagreement ? `${d.message} ${commitment.disagreement}` : d.message}${asked}`;
    reasons.push({ code: d.ruleId, verdict: decided, message, text: d.text, offset: d.offset, ...(d.kind ? { kind: d.kind } : {}) });
    if (RANK[decided] > RANK[verdict]) verdict = decided;
  }
  return { verdict, text, locale: locale.code, diagnostics, changes, reasons, commitments: found };
}

/** The verdict a rule's findings give by default: its severity, unless the policy says otherwise. */
export function defaultVerdict(ruleId: RuleId): Verdict {
  return SEVERITY_VERDICT[RULES[ruleId].optIn ? 'error' : RULES[ruleId].severity];
}
