/**
 * The shape of the tone linter's data in a locale (`src/lint/rules/<rule>/<lng>.json`). It lives
 * in core because a locale object carries it, so each locale entry brings its own phrases.
 */

/** A phrase in a rule's data: a pattern, optionally with its own suggestions and a safe rewrite. */
export type PhraseEntry =
  | string
  | {
      /** The pattern (see the rules guide): words, `{a|b}`, `[optional]`, `stem*`, `#`, `...`, `<name>`. */
      readonly match: string;
      /** Better wording for this phrase, in the locale's language. */
      readonly suggest?: readonly string[];
      /** A replacement that keeps the meaning, applied by `fix`. */
      readonly replace?: string;
      /** What the phrase is about, where a rule sorts its phrases (the commitment rule: `refund`, `deadline`…). */
      readonly kind?: string;
      /**
       * Shorthand that is also a letter or a name: matched only where it is written in lower case,
       * or starts a sentence. "u" and "U can…" are slang; "row U" is a letter and "Hi Ty," a name.
       */
      readonly lowerCase?: boolean;
    };

/** One side of a rule's data in one locale. */
export interface RulePhrases {
  /** Why it hurts, in the locale's language. */
  readonly message: string;
  /** What to write instead, in the locale's language. */
  readonly suggestions: readonly string[];
  readonly phrases: readonly PhraseEntry[];
}

/** A rule's data in one locale: `src/lint/rules/<rule>/<lng>.json`. */
export interface RuleLocaleData extends RulePhrases {
  /** The register rule only: formal forms, flagged when the text should be informal. */
  readonly reverse?: RulePhrases;
  /**
   * The register rule only: casual greetings and sign-offs ("Hey", "Hi there", "Cheers"), a
   * normal brand voice flagged only when the team asks for a formal voice (`voice: 'formal'`).
   */
  readonly casual?: RulePhrases;
  /**
   * The unfilled-placeholder rule only: what stands in brackets for a value to fill in, in the
   * locale's words ("customer name", "vārds", "имя клиента"): whole contents, compared without
   * case, diacritics or separators.
   */
  readonly standIns?: readonly string[];
  /** The unfilled-placeholder rule only: words a stand-in may open with ("insert", "your"). */
  readonly standInPrefixes?: readonly string[];
  /** The unfilled-placeholder rule only: words a stand-in may end with ("here"). */
  readonly standInSuffixes?: readonly string[];
  /** The unfilled-placeholder rule only: words after which "null" or "undefined" is prose ("is", "the"). */
  readonly valueNotAfter?: readonly string[];
  /** The unfilled-placeholder rule only: words before which "null" or "undefined" is prose ("and void"). */
  readonly valueNotBefore?: readonly string[];
  /** The commitment rule only: the words for days after a number ("5 business days"), to read a promise's number of days. */
  readonly days?: readonly string[];
  /**
   * The commitment rule only: number words read as digits before a word for days ("within one
   * day", "per trei zile"), in every form the language uses there, lower case.
   */
  readonly numbers?: Readonly<Record<string, number>>;
  /**
   * The commitment rule only: words that name a time within a day or two, and how many days each
   * means ("today": 0, "tomorrow": 1). A word matches as written, or by its start when it ends with
   * `*`; two words match as a phrase ("right away").
   */
  readonly soon?: Readonly<Record<string, number>>;
  /**
   * The commitment rule only: words for units shorter than a day, and how many of them make one
   * ("hour*": 24): "48 hours" is 2 days, "within hours" 0.
   */
  readonly units?: Readonly<Record<string, number>>;
  /** The shouting rule only: capitalised words that are not shouting. */
  readonly acronyms?: readonly string[];
  /**
   * Words (patterns, like the phrases) after which the rule stays silent in this locale: a match
   * that directly follows one of them, with only white space between, is not flagged. For
   * conditions, where the words describe a case rather than answer the customer: "If that's not
   * possible, we will refund you" is not a flat refusal, so flat-refusal's English data has
   * `"notAfter": ["if", …]`. A comma or a sentence end in between lets the match through
   * ("Yes, that's not possible.").
   */
  readonly notAfter?: readonly string[];
  /**
   * Texts the rule must flag and texts it must pass; the tests run them all and the rule's page
   * shows them. Required in the data files (`npm run generate` checks); the built package leaves
   * them out of the shipped locales, which never read them at run time.
   */
  readonly examples?: {
    readonly flag: readonly string[];
    readonly pass: readonly string[];
    /** The register rule: flagged when linting in the informal register. */
    readonly flagInformal?: readonly string[];
    /** The register rule: flagged only in a formal voice (`voice: 'formal'`). */
    readonly flagFormalVoice?: readonly string[];
  };
}

/** What a conversation signal looks for, with examples the tests run. */
export interface SignalData {
  /** Patterns, like the linter's: words, `{a|b}`, `[optional]`, `stem*`, `#` for a number. */
  readonly phrases: readonly string[];
  /** Texts that contain the signal (the tests run them; left out of the built package, like `miss`). */
  readonly match?: readonly string[];
  /** Near-misses that do not. */
  readonly miss?: readonly string[];
}

/** A checklist item's texts in one language. */
export interface ChecklistItemText {
  /** The item as a short statement: "Greets the customer". */
  readonly title: string;
  /** Why it passed, or why it failed. */
  readonly pass: string;
  readonly fail: string;
  /** What to do to pass it. */
  readonly suggestion: string;
}

/** The conversation checker's data in one locale: `src/conversation/data/<lng>.json`. */
export interface ConversationLocaleData {
  readonly signals: Readonly<Record<string, SignalData>>;
  readonly items: Readonly<Record<string, ChecklistItemText>>;
  /** Said of an item that does not apply to this conversation. */
  readonly notApplicable: string;
}
