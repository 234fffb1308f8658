/**
 * `tactful/lint`: the tone linter and `guard` alone, for a bot or a server that checks replies
 * before they are sent. No catalog, no template text, no i18next; pair it with the lint part of a
 * locale, `tactful/locales/<lng>/lint`.
 *
 * @packageDocumentation
 */

export { fix, fixResult, lint } from './linter';
export type { FixResult } from './linter';
export type { LintOptions } from './options';
export { RULES } from './rules';
export type { RuleMeta } from './rules';
export { RULE_IDS } from './types';
export type { Diagnostic, Fix, PhraseEntry, RuleId, RuleLocaleData, RulePhrases, Severity } from './types';
export { guard, COMMITMENT_KINDS } from '../guard/index';
export type { CommitmentFacts, CommitmentFinding, CommitmentKind, CommitmentPolicy, GuardChange, GuardOptions, GuardReason, GuardResult, Verdict } from '../guard/index';
export type { LintLocale, LocaleDefinition, Register } from '../core/types';
export { InvalidLocaleError, InvalidOptionsError, TactfulError } from '../core/errors';
export type { TactfulErrorCode } from '../core/errors';
