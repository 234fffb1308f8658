/** How much a diagnostic matters. `error` makes `tactful lint` exit with 1. */
export type Severity = 'error' | 'warning' | 'info';

/** The stable ids of the built-in rules. */
export const RULE_IDS = [
  'policy-shield',
  'uncertainty',
  'flat-refusal',
  'self-service-deflection',
  'blame',
  'dismissive',
  'not-my-department',
  'non-apology',
  'robotic',
  'jargon',
  'shouting',
  'slang',
  'register',
  'profanity',
  'unfilled-placeholder',
  'commitment',
] as const;

/** A built-in rule's id. */
export type RuleId = (typeof RULE_IDS)[number];

export type { PhraseEntry, RuleLocaleData, RulePhrases } from '../core/lint-data';

/** A fix: replace `length` characters at `offset` with `text`. */
export interface Fix {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** One problem found in a text. */
export interface Diagnostic {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  /** Why it hurts, in the language of the text. */
  readonly message: string;
  /** Better wording, in the language of the text. */
  readonly suggestions: readonly string[];
  /** A safe rewrite `fix` applies, when one exists. */
  readonly fix?: Fix;
  /** What the finding is about, where a rule sorts its phrases: the commitment rule's `refund`, `deadline`… */
  readonly kind?: string;
  /** The flagged text, exactly as written. */
  readonly text: string;
  /** Offset in the original text (UTF-16 code units), even after normalisation. */
  readonly offset: number;
  readonly length: number;
  /** 1-based line and column of the start. */
  readonly line: number;
  readonly column: number;
}
