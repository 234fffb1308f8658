import type { ConversationLocaleData, RuleLocaleData } from './lint-data';

/** Formal ("Jūs", "Вы", "Dumneavoastră") or informal ("tu", "ты") address. */
export type Register = 'formal' | 'informal';

/** Where the reply goes: decides how variables are escaped and how paragraphs are marked up. */
export type Channel = 'text' | 'html' | 'markdown';

/** The registers, in fallback order: a missing informal message falls back to formal. */
export const REGISTERS: readonly Register[] = ['formal', 'informal'];

/** The output channels. */
export const CHANNELS: readonly Channel[] = ['text', 'html', 'markdown'];

/** An amount of money: a number and its ISO 4217 currency code. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/** A nested tree of i18next JSON v4 messages. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** i18next resources of one locale: namespace → message tree. */
export type LocaleResources = Readonly<Record<string, MessageTree>>;

/**
 * One locale as `tactful/locales/<lng>` exports it: its messages and the few rules of the
 * language that code must know (the registers it distinguishes, how names are put in the vocative).
 * Locales are plain objects passed to `createTactful`; nothing registers itself globally.
 *
 * A shipped language also comes in parts, so each use loads only its data:
 * `tactful/locales/<lng>/text` (the template text, formats and vocative: what rendering needs) and
 * `tactful/locales/<lng>/lint` (the tone rules' phrases: what `lint`, `fix` and `guard` need).
 * `tactful/locales/<lng>` is the whole locale, accepted everywhere. A call given a part that lacks
 * what it needs throws an `InvalidOptionsError` naming the part to import.
 */
export interface LocaleDefinition {
  /** BCP 47 language tag, e.g. `lv` or `pt-BR`. */
  readonly code: string;
  /** The language's name in the language itself, e.g. `latviešu`. */
  readonly name: string;
  /** The registers this language distinguishes; English has only `formal` (plain). */
  readonly registers: readonly Register[];
  /** Messages by namespace, in i18next JSON v4 form. Rendering needs them; a lint-only locale leaves them out. */
  readonly resources?: LocaleResources;
  /**
   * Puts a name in the vocative case for direct address ("Jonas" → "Jonai"). Languages without a
   * vocative leave this out and names stay as given.
   */
  readonly vocative?: (name: string) => string;
  /** The tone linter's phrases, messages and examples in this language, by rule id. */
  readonly lint?: Readonly<Partial<Record<string, RuleLocaleData>>>;
  /** The conversation checker's signals and checklist texts in this language. */
  readonly conversation?: ConversationLocaleData;
  /**
   * The tag that formats dates, numbers and money when a caller asks for this locale by its own
   * code: `en` is written in British English, so it formats as `en-GB` ("5 December 2026"). A
   * caller's fuller tag wins (`en-US`, `lv-LV`, `ru-UA`). Default: the locale's code.
   */
  readonly formatLocale?: string;
  /** The quotation marks this language opens and closes a quote with: `["„", "”"]` in lv. Default: `["“", "”"]`. */
  readonly quotes?: readonly [open: string, close: string];
  /**
   * Regional overlays: only the messages a region writes differently, by full tag
   * (`{ 'en-US': { apology: { … } } }`). A caller asking for `en-US` gets these over the locale's
   * own messages, message by message; every other message comes from the locale itself.
   */
  readonly regions?: Readonly<Record<string, LocaleResources>>;
  /**
   * Example variables in this language, by template id: what `templates({ locale })` offers as
   * each template's example (a Latvian form filled with Latvian words). Variables left out keep
   * the template's own example.
   */
  readonly examples?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** A locale that can render: its template text (`tactful/locales/<lng>/text`, or the whole locale). */
export type TextLocale = LocaleDefinition & { readonly resources: LocaleResources };

/** A locale that can lint: its tone rules' phrases (`tactful/locales/<lng>/lint`, or the whole locale). */
export type LintLocale = LocaleDefinition & { readonly lint: Readonly<Partial<Record<string, RuleLocaleData>>> };

/** A whole shipped locale (`tactful/locales/<lng>`): text, tone-rule phrases and conversation signals. */
export type FullLocale = TextLocale & LintLocale & { readonly conversation: ConversationLocaleData };
