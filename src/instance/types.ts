import type { BuiltinTemplates } from '../catalog';
import type { GuardResult } from '../guard/guard';
import type { InstanceGuardOptions } from '../guard/instance';
import type { TemplateDescriptor, TemplateFilter, TemplateSummary } from '../catalog/query';
import type { AnyTemplate, TemplateMap, TemplateVariables } from '../core/template';
import type { Channel, LocaleDefinition, LocaleResources, Register } from '../core/types';
import type { CheckOptions, Scorecard, TranscriptMessage } from '../conversation/check';
import type { PolishContext, PolishResult } from '../conversation/polish';
import type { FixResult } from '../lint/linter';
import type { LintOptions } from '../lint/options';
import type { Diagnostic } from '../lint/types';
import type { RenderOptions, RenderResult } from '../render/render-template';

/** Options of `createRenderer` (`tactful/render`): those of {@link createTactful} but `voice`, which is the linter's. */
export type RendererOptions<T extends readonly AnyTemplate[] = readonly []> = Omit<TactfulOptions<T>, 'voice'>;

/**
 * Options of `createRendererFor` (`tactful/render`): those of `createRenderer`, with `templates`
 * required, since they are all the renderer knows.
 */
export type RendererForOptions<T extends readonly AnyTemplate[]> = RendererOptions<T> & { readonly templates: T };

/** Options of {@link createTactful}. */
export interface TactfulOptions<T extends readonly AnyTemplate[] = readonly []> {
  /** The locales to serve, each imported from `tactful/locales/<lng>` (or made with `defineLocale`). */
  readonly locales: readonly LocaleDefinition[];
  /** The locale used when none is asked for, and the last step of every fallback chain. Default: the first locale. */
  readonly defaultLocale?: string;
  /** Default register. Default: `formal`. */
  readonly register?: Register;
  /** Default channel. Default: `text`. */
  readonly channel?: Channel;
  /** Your own templates (from `tactful/define`); a template with a built-in id replaces it. */
  readonly templates?: T;
  /** Throw instead of falling back to another language. Default: `false`. */
  readonly strict?: boolean;
  /** IANA time zone for dates and times (the customer's). Default: the runtime's. */
  readonly timeZone?: string;
  /**
   * The voice the team writes in, for `lint`, `fix` and `polish`: `casual` (default; "Hi there"
   * and "Cheers" are fine) or `formal` (casual greetings and sign-offs are flagged too).
   */
  readonly voice?: 'casual' | 'formal';
}

/** Lint options on an instance: the locale is a tag of one of its locales. */
export type InstanceLintOptions = Omit<LintOptions, 'locale' | 'locales'> & { readonly locale?: string };

type Merge<A, B> = Omit<A, keyof B> & B;

/** The templates an instance knows: the built-in ones, replaced or extended by the caller's. */
export type CatalogOf<T extends readonly AnyTemplate[]> = Merge<BuiltinTemplates, TemplateMap<T>>;

/** The arguments after the id: variables may be left out when all of them are optional. */
export type RenderArgs<Tpl> =
  Record<string, never> extends TemplateVariables<Tpl>
    ? [variables?: TemplateVariables<Tpl>, options?: RenderOptions]
    : [variables: TemplateVariables<Tpl>, options?: RenderOptions];

/** An instance made by {@link createTactful}. */
export interface Tactful<C extends Record<string, AnyTemplate> = BuiltinTemplates> {
  /**
   * Renders a reply. The id and the variables are checked by the compiler and again at run time.
   *
   * @example
   * ```ts
   * tactful.render('greeting.welcome', { customerName: 'Sarah' });
   * // → 'Hello, Sarah! Thank you for getting in touch. How can I help you today?'
   * ```
   */
  render<Id extends keyof C & string>(id: Id, ...args: RenderArgs<C[Id]>): string;
  /**
   * Renders a reply and says how: which locale it is in (after fallback), the register and the
   * phrasing used.
   *
   * @example
   * ```ts
   * tactful.renderResult('greeting.welcome', {}, { locale: 'lt-LT' }).locale; // → 'lt'
   * ```
   */
  renderResult<Id extends keyof C & string>(id: Id, ...args: RenderArgs<C[Id]>): RenderResult;
  /**
   * Lists the templates, optionally filtered.
   *
   * @example
   * ```ts
   * tactful.templates({ category: 'apology', locale: 'lv' }).map((t) => t.id);
   * ```
   */
  templates(filter?: TemplateFilter): TemplateDescriptor[];
  /**
   * Lints a text in one of this instance's locales: the `locale` option, else the language the
   * text is written in (detected among the loaded locales), else the default locale; in the
   * instance's register unless the options say otherwise.
   *
   * @example
   * ```ts
   * tactful.lint('It’s company policy.', { locale: 'en' }).map((d) => d.ruleId); // → ['policy-shield']
   * ```
   */
  lint(text: string, options?: InstanceLintOptions): Diagnostic[];
  /** Applies the linter's safe rewrites and returns the text. */
  fix(text: string, options?: InstanceLintOptions): string;
  /** Applies the linter's safe rewrites and says what changed and what is still flagged. */
  fixResult(text: string, options?: InstanceLintOptions): FixResult;
  /**
   * Scores a conversation against the support-quality checklist, in this instance's locales
   * (detected per message unless `locale` is given) and register.
   */
  checkConversation(transcript: readonly TranscriptMessage[], options?: Omit<CheckOptions, 'locales'>): Scorecard;
  /**
   * Improves a reply a bot is about to send, without changing what it says: safe rewrites, a
   * greeting on the first reply, the "anything else?" question on a closing reply. Every change
   * is reported.
   *
   * @example
   * ```ts
   * tactful.polish('Your parcel arrives tomorrow!!!', { transcript: [{ from: 'customer', text: "Hi, I'm Sarah. Where is my parcel?" }] }).text;
   * // → 'Hello, Sarah! Your parcel arrives tomorrow!'
   * ```
   */
  polish(reply: string, context?: PolishContext): PolishResult;
  /**
   * Checks a reply before it is sent (an LLM's, or anyone's), in this instance's locales and
   * register: lints it, applies the safe rewrites and gives a verdict, `send`, `revise` or `block`,
   * with the reasons. Greetings and closings only when asked (`polish`). Never throws on a string.
   *
   * @example
   * ```ts
   * tactful.guard('Hi {{first_name}}, thanks!').verdict; // → 'block'
   * ```
   */
  guard(reply: string, options?: InstanceGuardOptions): GuardResult;
  /**
   * Loads a locale at run time, without rebuilding: checked like `tactful locales check` checks
   * a translation (placeholders, message syntax, plural forms, registers, no untranslated text).
   * Messages it lacks fall back as usual. Throws `InvalidLocaleError` listing the problems.
   *
   * @example
   * ```ts
   * tactful.addLocale(defineLocale({ code: 'de', name: 'Deutsch', registers: ['formal'], resources: { closing: { 'anything-else': { plain: 'Kann ich sonst noch helfen?', named: '{{customerName}}, kann ich sonst noch helfen?', plainAlt: 'Noch etwas?', namedAlt: 'Noch etwas, {{customerName}}?' } } } }));
   * ```
   */
  addLocale(locale: LocaleDefinition): void;
  /**
   * Replaces single messages of a loaded locale, for a brand voice: keys as in the locale files
   * (`{ closing: { 'anything-else': { plain: '…' } } }`). Each must exist and keep its placeholders.
   */
  overrideMessages(locale: string, messages: LocaleResources): void;
  /** True when the id is in this instance's catalog. */
  has(id: string): id is keyof C & string;
  /** The loaded locales' codes, the default first. */
  readonly locales: readonly string[];
  readonly defaultLocale: string;
  /** The time zone dates and times are written for (the `timeZone` option, canonical), or undefined when none was given. */
  readonly timeZone: string | undefined;
}


/**
 * A render-only instance made by `createRenderer` (`tactful/render`): the render methods of a
 * {@link Tactful} instance with the same signatures, without the linter, `guard`, the conversation
 * checker and the catalog's descriptions and examples. Switching from `createTactful` is one import line.
 */
export interface Renderer<C extends Record<string, AnyTemplate> = BuiltinTemplates> {
  /**
   * Renders a reply. The id and the variables are checked by the compiler and again at run time.
   *
   * @example
   * ```ts
   * import { createRenderer } from 'tactful/render';
   * import lv from 'tactful/locales/lv/text';
   *
   * createRenderer({ locales: [lv] }).render('closing.anything-else', { customerName: 'Jānis' });
   * // → 'Jāni, vai varu Jums vēl kaut kā palīdzēt?'
   * ```
   */
  render<Id extends keyof C & string>(id: Id, ...args: RenderArgs<C[Id]>): string;
  /** Renders a reply and says how: which locale it is in (after fallback), the register and the phrasing used. */
  renderResult<Id extends keyof C & string>(id: Id, ...args: RenderArgs<C[Id]>): RenderResult;
  /**
   * Lists the templates, optionally filtered, without descriptions and examples (`search` looks in
   * ids and tags): `tactful/catalog` has those, and `createTactful`'s `templates()` includes them.
   */
  templates(filter?: TemplateFilter): TemplateSummary[];
  /** Replaces single messages of a loaded locale, for a brand voice; see {@link Tactful.overrideMessages}. */
  overrideMessages(locale: string, messages: LocaleResources): void;
  /** True when the id is in this instance's catalog. */
  has(id: string): id is keyof C & string;
  /** The loaded locales' codes, the default first. */
  readonly locales: readonly string[];
  readonly defaultLocale: string;
  /** The time zone dates and times are written for (the `timeZone` option, canonical), or undefined when none was given. */
  readonly timeZone: string | undefined;
}
