import type { RuleLocaleData } from '../core/lint-data';
import type { Register } from '../core/types';
import type { Token } from './tokenize';
import type { RuleId, Severity } from './types';

/** What every locale shares about a rule: its category, default severity and what it is about. */
export interface RuleMeta {
  readonly id: RuleId;
  readonly category: 'tone' | 'honesty' | 'clarity' | 'style' | 'respect';
  readonly severity: Severity;
  /** One line, in English, for the rules table and as a fallback message. */
  readonly description: string;
  /** Off unless the caller turns it on (`rules: { commitment: 'warning' }`); `severity` is its severity when on. */
  readonly optIn?: boolean;
}

/**
 * The parts of a rule's data in a locale: `phrases` always, `reverse` and `casual` where a rule
 * has them (the register rule's formal forms, and casual greetings).
 */
export type Side = 'phrases' | 'reverse' | 'casual';

/** What a rule may ask about the text and the caller's settings. */
export interface RuleSettings {
  readonly register: Register;
  readonly audience: 'one' | 'group';
  readonly voice: 'casual' | 'formal';
}

/** The text as a rule with a matcher of its own sees it (decoded, tokenised, with what to skip). */
export interface RuleContext extends RuleSettings {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Per token: 0 when it is prose, else it is not to be judged (a link, a code, a quote…). */
  readonly excluded: Uint8Array;
  /** Whether an offset lies in a span no rule judges. */
  readonly excludedAt: (offset: number) => boolean;
}

/** A span a rule's own matcher flags, with an optional rewrite of it. */
export interface Finding {
  readonly start: number;
  readonly end: number;
  readonly fix?: string;
}

/**
 * A rule: its meta, and where its phrases are not enough, the hooks the linter calls. The
 * linter knows no rule by name; each rule's folder (`src/lint/rules/<id>/`) holds this module,
 * its data per locale and its tests.
 */
export interface RuleModule extends RuleMeta {
  /** Which sides of the data apply (default: `phrases`, in any register and to any audience). */
  readonly sides?: (settings: RuleSettings) => readonly Side[];
  /** A matcher of its own, run with the locale's data for the rule (the shouting rule's capitals). */
  readonly check?: (data: RuleLocaleData, context: RuleContext) => readonly Finding[];
  /** Whether `check` offers rewrites (for the documentation: phrases say so in their data). */
  readonly fixes?: boolean;
  /** How to tune the rule, for its documentation page (Markdown, one list item). */
  readonly tuning?: string;
}
