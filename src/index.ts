/**
 * tactful: typed, localized customer-support replies.
 *
 * @packageDocumentation
 */

// the instance
export { createTactful } from './instance/create-tactful';
export type { CatalogOf, InstanceLintOptions, RenderArgs, Tactful, TactfulOptions } from './instance/types';
export type { RenderOptions, RenderResult } from './render/render-template';
export type { TemplateDescriptor, TemplateFilter } from './catalog/query';

// lint
export { fix, fixResult, lint } from './lint/linter';
export type { FixResult } from './lint/linter';
export type { LintOptions } from './lint/options';
export { RULES } from './lint/rules';
export type { RuleMeta } from './lint/rules';
export { RULE_IDS } from './lint/types';
export type { Diagnostic, Fix, PhraseEntry, RuleId, RuleLocaleData, RulePhrases, Severity } from './lint/types';
export type { ChecklistItemText, ConversationLocaleData, SignalData } from './core/lint-data';

// guard: between an LLM and the customer
export { guard, COMMITMENT_KINDS } from './guard/index';
export type { CommitmentFacts, CommitmentFinding, CommitmentKind, CommitmentPolicy, GuardChange, GuardOptions, GuardReason, GuardResult, Verdict } from './guard/index';
export type { InstanceGuardOptions } from './guard/instance';

// conversation
export { checkConversation, CHECKLIST_IDS, DEFAULT_WEIGHTS, MEDIUM_PROFILES } from './conversation/check';
export type { CheckOptions, ChecklistId, ChecklistItem, ConversationDiagnostic, ConversationFacts, Medium, MediumProfile, Scorecard, TranscriptMessage } from './conversation/check';
export { detectLocale } from './conversation/language';
export { parseTranscript } from './conversation/transcript';
export type { PolishChange, PolishContext, PolishResult } from './conversation/polish';
export { findSignals, SIGNAL_IDS } from './conversation/signals';
export type { SignalHit, SignalId } from './conversation/signals';

// translators
export { checkLocale, UNTRANSLATED } from './translate/check';
export type { CheckLocaleOptions, LocaleProblem, LocaleProblemCode, LocaleUnderCheck } from './translate/check';
export { pseudoLocale } from './translate/pseudo';
export { fromXliff, toXliff } from './translate/xliff';

// catalog
export type { BuiltinTemplateId, BuiltinTemplates } from './catalog';

// templates and variables
export { v, describeVariable } from './core/variables';
export { partOfDay } from './core/time';
export type { PartOfDay } from './core/time';
export type { VariableDescriptor, VariableKind } from './core/variables';
export { templateSource } from './core/template';
export type {
  AnyTemplate,
  DeriveContext,
  DeriveFunction,
  MessageRef,
  Template,
  TemplateSource,
  TemplateVariables,
  VariableShape,
  VariablesOf,
} from './core/template';
export type { BranchNode, MessageNode, Structure, StructureNode } from './core/structure';

// locales and messages
export { defineLocale } from './core/locale';
export { localeChain } from './core/locale-resolver';
export { parseMessage, MESSAGE_FORMATS } from './core/message';
export type { MessageFormat, MessageSegment, ParsedMessage, Placeholder } from './core/message';
export { CHANNELS, REGISTERS } from './core/types';
export type { Channel, FullLocale, LintLocale, LocaleDefinition, LocaleResources, MessageTree, Money, Register, TextLocale } from './core/types';
export { escapeHtml, escapeMarkdown } from './core/escape';

// errors
export {
  InvalidLocaleError,
  InvalidOptionsError,
  InvalidTemplateError,
  InvalidTranscriptError,
  InvalidVariablesError,
  LocaleNotAvailableError,
  MissingMessageError,
  TactfulError,
  TemplateNotFoundError,
} from './core/errors';
export type { TactfulErrorCode, VariableIssue } from './core/errors';
