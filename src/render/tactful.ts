import i18next, { type i18n } from 'i18next';
import { builtinTemplates, type BuiltinTemplates } from '../catalog';
import {
  InvalidLocaleError,
  InvalidOptionsError,
  LocaleNotAvailableError,
  MissingMessageError,
  TemplateNotFoundError,
} from '../core/errors';
import { pluralRules } from '../core/format';
import { canonicalLocale, defineLocale, languageOf, localeChain } from '../core/locale';
import { checkLocale, type LocaleProblem } from '../translate/check';
import { describeTreeProblem, isSafeKey, ownMessage, readMessageTree } from '../core/message-keys';
import { changedKinds, parseMessage, placeholderKinds, renderSegments, type MessageEnvironment, type Placeholder } from '../core/message';
import { nearest } from '../core/nearest';
import { checkKnownOptions } from '../core/options';
import { canonicalTimeZone } from '../core/time';
import { renderStructure, type MessageNode, type StructureScope } from '../core/structure';
import type { AnyTemplate, TemplateMap, TemplateVariables, VariableShape } from '../core/template';
import { CHANNELS, REGISTERS, type Channel, type LocaleDefinition, type LocaleResources, type Register } from '../core/types';
import { validateVariables } from '../core/validate';
import { describeVariable, type VariableDescriptor } from '../core/variables';
import { buildPlan, planKey, type RenderPlan } from './plan';
import { fix as fixText, fixResult as fixTextResult, lint as lintText, type FixResult, type LintOptions } from '../lint/linter';
import type { Diagnostic } from '../lint/types';
import { checkConversation as checkTranscript, type CheckOptions, type Scorecard, type TranscriptMessage } from '../conversation/check';
import { detectLocale } from '../conversation/language';
import { polishReply, type PolishContext, type PolishResult } from '../conversation/polish';
import { finishOutput } from './output';
import { pickVariant } from './variant';
import { guardWithInstance, type InstanceGuardOptions } from '../guard/instance';
import type { GuardResult } from '../guard/guard';

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

/** Options of a single render; each overrides the instance's default. */
export interface RenderOptions {
  /** BCP 47 tag of the reply's language, e.g. `lv` or `lt-LT`. */
  readonly locale?: string;
  readonly register?: Register;
  readonly channel?: Channel;
  /**
   * Which phrasing: an index (0-based), or a seed such as a conversation id: the same seed always
   * gives the same phrasing, different seeds spread over all of them. Default: the first.
   */
  readonly variant?: number | string;
  /** Throw `LocaleNotAvailableError` instead of falling back to another language. */
  readonly strict?: boolean;
  /** IANA time zone for dates and times in this reply. */
  readonly timeZone?: string;
  /** The moment the reply is written, for time-of-day wording. Default: now. */
  readonly now?: Date;
}

/** A rendered reply and how it was made: which locale, register and variant were actually used. */
export interface RenderResult {
  readonly text: string;
  readonly templateId: string;
  /** The locale the reply is written in (`en-US` where a regional overlay wrote some of it). */
  readonly locale: string;
  /** The tag its dates, numbers and money were formatted with: the caller's own where it is fuller (`lv-LV`, `ru-UA`). */
  readonly formatLocale: string;
  /** The locale that was asked for (canonicalised). */
  readonly requestedLocale: string;
  /** True when the reply is in another language than the one asked for. */
  readonly fallback: boolean;
  /**
   * Why, when `fallback` is true: no locale for the language is loaded, or a message the template
   * needs is missing, untranslated or broken there (`lv: message "shop:order-ready.body" uses
   * {{customerNam}}, which the template does not declare`).
   */
  readonly fallbackReason?: string;
  /** The register used: `formal` when the locale has no informal text. */
  readonly register: Register;
  readonly channel: Channel;
  /** Index of the phrasing used. */
  readonly variant: number;
}

/** What `templates()` returns for each template. */
export interface TemplateDescriptor {
  readonly id: string;
  readonly category: string;
  readonly tags: readonly string[];
  readonly description: string;
  readonly variables: readonly VariableDescriptor[];
  /** A complete set of variables that renders the template. */
  readonly example: Readonly<Record<string, unknown>>;
  /** How many phrasings (variants) it has. */
  readonly variants: number;
  /** The loaded locales that can render it. */
  readonly locales: readonly string[];
}

/** Lint options on an instance: the locale is a tag of one of its locales. */
export type InstanceLintOptions = Omit<LintOptions, 'locale' | 'locales'> & { readonly locale?: string };

/** Filters of `templates()`; all given filters must match. */
export interface TemplateFilter {
  readonly category?: string;
  readonly tag?: string;
  /** Only templates this locale (or its fallback chain, without the default) can render. */
  readonly locale?: string;
  /** Words that must all appear in the id, description or tags (any case). */
  readonly search?: string;
}

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
   * // 'Hello, Sarah! Thank you for contacting us. How can I help you today?'
   * ```
   */
  render<Id extends keyof C & string>(id: Id, ...args: RenderArgs<C[Id]>): string;
  /**
   * Renders a reply and says how: which locale it is in (after fallback), the register and the
   * phrasing used.
   *
   * @example
   * ```ts
   * tactful.renderResult('greeting.welcome', {}, { locale: 'lt-LT' }).locale; // 'lt'
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
   * tactful.lint('It’s company policy.', { locale: 'en' }).map((d) => d.ruleId); // ['policy-shield']
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
   * // 'Hello, Sarah! Your parcel arrives tomorrow!'
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
   * tactful.guard('Hi {{first_name}}, thanks!').verdict; // 'block'
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
}

/** What one render knows: the plan, the variables, the flags and how to write a value. */
class RenderScope implements StructureScope {
  constructor(
    private readonly plan: Extract<RenderPlan, { ok: true }>,
    private readonly variables: Readonly<Record<string, unknown>>,
    /** The variables and the derived flags: what a structure branches on. */
    private readonly context: Readonly<Record<string, unknown>>,
    private readonly env: MessageEnvironment,
    private readonly rules: Intl.PluralRules,
  ) {}

  value(name: string): unknown {
    return Object.hasOwn(this.context, name) ? this.context[name] : undefined;
  }

  message(node: MessageNode): string {
    const counted = node.count !== undefined;
    const count = counted ? this.value(node.count) : undefined;
    if (counted && (typeof count !== 'number' || !Number.isFinite(count))) {
      return this.env.fail({ name: 'count', format: undefined, options: {}, offset: 0 }, `must be a finite number to choose a plural form of "${node.t}"`);
    }
    const category = counted ? this.rules.select(count as number) : undefined;
    const segments = this.plan.messages.get(planKey(node.t, category));
    if (!segments) return this.env.fail({ name: node.t, format: undefined, options: {}, offset: 0 }, 'message is not in the render plan');
    const variables = this.variables;
    const lookup = (name: string): unknown => (name === 'count' && counted ? count : valueAt(variables, name));
    return renderSegments(segments, lookup, this.env);
  }
}

function valueAt(variables: Readonly<Record<string, unknown>>, path: string): unknown {
  if (!path.includes('.')) return Object.hasOwn(variables, path) ? variables[path] : undefined;
  let value: unknown = variables;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function deriveFlags(
  template: AnyTemplate,
  variables: Record<string, unknown>,
  locale: string,
  timeZone: string | undefined,
  now: Date | undefined,
): Record<string, boolean> {
  if (now !== undefined && (!(now instanceof Date) || Number.isNaN(now.getTime()))) throw new InvalidOptionsError('now', 'a valid Date', now);
  const context = { now: now ?? new Date(), timeZone, locale };
  const flags: Record<string, boolean> = {};
  for (const [name, derive] of Object.entries(template.derive ?? {})) flags[name] = derive(variables, context) === true;
  return flags;
}

const DEFAULT_QUOTES = ['“', '”'] as const;

/**
 * The tag dates, numbers and money are formatted with. The caller's own tag where it names more
 * than the language and the text is in that language (`en-GB`, `lv-LV`, `ru-UA`: the messages
 * come from `en`, `lv`, `ru`); otherwise the locale's {@link LocaleDefinition.formatLocale}, so a
 * bare `en` formats as the British English it is written in.
 */
function formatTag(requested: string, code: string, locale: LocaleDefinition): string {
  const language = languageOf(code);
  if (languageOf(requested) === language && requested !== language) return requested;
  return code === locale.code ? (locale.formatLocale ?? code) : code;
}

function checkTimeZone(timeZone: string | undefined, option: string): string | undefined {
  if (timeZone === undefined) return undefined;
  const canonical = canonicalTimeZone(timeZone);
  if (canonical !== undefined) return canonical;
  throw new InvalidOptionsError(option, 'an IANA time zone such as "Europe/Riga"', timeZone);
}

function placeholderNames(text: string): string {
  const parsed = parseMessage(text);
  return parsed.ok ? [...new Set(parsed.segments.flatMap((s) => (typeof s === 'string' ? [] : [s.name])))].sort().join(', ') : '';
}

function describeProblems(problems: readonly LocaleProblem[]): string {
  const shown = problems.slice(0, 5).map((p) => `${p.namespace}:${p.key} ${p.message}`);
  return `${shown.join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`;
}

function checkChoice<T extends string>(option: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new InvalidOptionsError(option, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
  return value as T;
}

/**
 * Creates an instance with its own locales, defaults and templates. Each instance owns its own
 * i18next instance and caches, so two tenants with different settings never see each other's.
 *
 * @example
 * ```ts
 * import { createTactful } from 'tactful';
 * import en from 'tactful/locales/en';
 * import lv from 'tactful/locales/lv';
 *
 * const tactful = createTactful({ locales: [en, lv], defaultLocale: 'en', register: 'formal', channel: 'text' });
 * tactful.render('greeting.welcome', { customerName: 'Jānis' }, { locale: 'lv' });
 * // 'Labdien, Jāni! Paldies, ka sazinājāties ar mums. Kā varu jums palīdzēt?'
 * ```
 */
const INSTANCE_OPTIONS: ReadonlySet<string> = new Set(['locales', 'defaultLocale', 'register', 'channel', 'templates', 'strict', 'timeZone', 'voice']);
const RENDER_OPTIONS: ReadonlySet<string> = new Set(['locale', 'register', 'channel', 'variant', 'strict', 'timeZone', 'now']);

export function createTactful<const T extends readonly AnyTemplate[] = readonly []>(options: TactfulOptions<T>): Tactful<CatalogOf<T>> {
  if (typeof options !== 'object' || options === null) throw new InvalidOptionsError('options', 'an object', options);
  checkKnownOptions(options, INSTANCE_OPTIONS);
  if (!Array.isArray(options.locales) || options.locales.length === 0) {
    throw new InvalidOptionsError('locales', 'a non-empty array of locales, e.g. [en] from "tactful/locales/en"', options.locales);
  }
  const locales = new Map<string, LocaleDefinition>();
  for (const locale of options.locales) {
    if (typeof locale !== 'object' || locale === null || typeof locale.code !== 'string') {
      throw new InvalidOptionsError('locales', 'locale objects from "tactful/locales/<lng>" or defineLocale()', locale);
    }
    locales.set(canonicalLocale(locale.code, 'locales'), locale);
  }
  const defaultLocale = canonicalLocale(options.defaultLocale ?? options.locales[0]!.code, 'defaultLocale');
  if (!locales.has(defaultLocale)) {
    throw new InvalidOptionsError('defaultLocale', `one of the loaded locales (${[...locales.keys()].join(', ')})`, options.defaultLocale);
  }
  const defaults = {
    register: checkChoice('register', options.register ?? 'formal', REGISTERS),
    channel: checkChoice('channel', options.channel ?? 'text', CHANNELS),
    strict: options.strict ?? false,
    timeZone: checkTimeZone(options.timeZone, 'timeZone'),
    voice: checkChoice('voice', options.voice ?? 'casual', ['casual', 'formal'] as const),
  };

  const catalog = new Map<string, AnyTemplate>();
  for (const template of builtinTemplates) catalog.set(template.id, template);
  for (const template of options.templates ?? []) {
    if (typeof template !== 'object' || template === null || !Array.isArray(template.variants)) {
      throw new InvalidOptionsError('templates', 'templates made with defineTemplate() from "tactful/define"', template);
    }
    catalog.set(template.id, template);
  }

  // Regional overlays (`en-US` over `en`) are i18next languages of their own: asked for `en-US`,
  // i18next finds each message there first and then in `en`, and never in another language.
  const regional = new Map<string, LocaleDefinition>();
  const addRegions = (locale: LocaleDefinition, code: string): void => {
    for (const tag of Object.keys(locale.regions ?? {})) {
      const canonical = canonicalLocale(tag, `locales["${code}"].regions`);
      if (languageOf(canonical) !== languageOf(code) || canonical === code) {
        throw new InvalidLocaleError(code, `a regional overlay must be a fuller tag of the same language, such as "${code}-US", received "${tag}"`, tag);
      }
      regional.set(canonical, locale);
    }
  };
  for (const [code, locale] of locales) addRegions(locale, code);
  const regionResources = (locale: LocaleDefinition) =>
    Object.entries(locale.regions ?? {}).map(([tag, resources]) => [canonicalLocale(tag), structuredClone(resources)] as const);

  const i18n: i18n = i18next.createInstance();
  void i18n.init({
    resources: Object.fromEntries([
      ...[...locales].map(([code, locale]) => [code, structuredClone(locale.resources)] as const),
      ...[...locales.values()].flatMap(regionResources),
    ]),
    lng: defaultLocale,
    fallbackLng: false,
    initAsync: false,
    keySeparator: '.',
    nsSeparator: ':',
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  } as Parameters<i18n['init']>[0]);
  for (const template of options.templates ?? []) {
    for (const [code, tree] of Object.entries(template.messages ?? {})) {
      const canonical = canonicalLocale(code, `templates["${template.id}"].messages`);
      if (!locales.has(canonical)) continue;
      i18n.addResourceBundle(canonical, template.category, { [template.name]: tree }, true, true);
    }
  }

  // template → `locale register` → plan; keyed by the template object, so no id string is built per render.
  const plans = new Map<AnyTemplate, Map<string, RenderPlan>>();
  const planFor = (template: AnyTemplate, locale: string, register: Register): RenderPlan => {
    let byLocale = plans.get(template);
    if (!byLocale) plans.set(template, (byLocale = new Map()));
    const key = register === 'formal' ? locale : `${locale} ${register}`;
    let plan = byLocale.get(key);
    if (!plan) {
      plan = buildPlan(i18n, template, locale, register);
      byLocale.set(key, plan);
    }
    return plan;
  };

  const findTemplate = (id: string): AnyTemplate => {
    const template = typeof id === 'string' ? catalog.get(id) : undefined;
    if (!template) throw new TemplateNotFoundError(String(id), nearest(String(id), catalog.keys()));
    return template;
  };

  // `inline` (internal, for polish): a fragment to join to the caller's text, without `<p>` on html.
  const renderResult = (id: string, variables?: unknown, renderOptions: RenderOptions = {}, inline = false): RenderResult => {
    if (typeof renderOptions !== 'object' || renderOptions === null) throw new InvalidOptionsError('options', 'an object of render options', renderOptions);
    checkKnownOptions(renderOptions, RENDER_OPTIONS);
    const template = findTemplate(id);
    const values = validateVariables(template, variables);
    const requestedLocale = canonicalLocale(renderOptions.locale ?? defaultLocale);
    const requestedRegister = checkChoice('register', renderOptions.register ?? defaults.register, REGISTERS);
    const channel = checkChoice('channel', renderOptions.channel ?? defaults.channel, CHANNELS);
    const strict = renderOptions.strict ?? defaults.strict;

    let chosen: { locale: LocaleDefinition; code: string; register: Register; plan: Extract<RenderPlan, { ok: true }> } | undefined;
    const problems: string[] = [];
    for (const code of localeChain(requestedLocale, defaultLocale)) {
      const locale = locales.get(code) ?? regional.get(code);
      if (!locale) continue;
      if (strict && languageOf(code) !== languageOf(requestedLocale)) break;
      const register = locale.registers.includes(requestedRegister) ? requestedRegister : 'formal';
      const plan = planFor(template, code, register);
      if (plan.ok) {
        chosen = { locale, code, register, plan };
        break;
      }
      problems.push(`${code}: ${plan.problem}`);
    }
    if (!chosen) {
      throw new LocaleNotAvailableError(requestedLocale, [...locales.keys()], template.id, problems.join('; ') || undefined);
    }

    const variant = pickVariant(template, renderOptions.variant);
    const { code, register } = chosen;
    const env: MessageEnvironment = {
      locale: formatTag(requestedLocale, code, chosen.locale),
      quotes: chosen.locale.quotes ?? DEFAULT_QUOTES,
      channel,
      vocative: chosen.locale.vocative,
      timeZone: checkTimeZone(renderOptions.timeZone, 'timeZone') ?? defaults.timeZone,
      fail: (placeholder: Placeholder, problem: string): never => {
        throw new MissingMessageError(template.id, code, placeholder.name, `{{${placeholder.name}}} ${problem}`);
      },
    };
    const context = template.derive ? { ...values, ...deriveFlags(template, values, code, env.timeZone, renderOptions.now) } : values;
    const raw = renderStructure(template.variants[variant]!, new RenderScope(chosen.plan, values, context, env, pluralRules(code)));
    return {
      text: finishOutput(raw, channel, inline),
      templateId: template.id,
      locale: code,
      formatLocale: env.locale,
      requestedLocale,
      fallback: languageOf(code) !== languageOf(requestedLocale),
      ...(languageOf(code) !== languageOf(requestedLocale)
        ? { fallbackReason: problems.length > 0 ? problems.join('; ') : `no locale for "${requestedLocale}" is loaded` }
        : {}),
      register,
      channel,
      variant,
    };
  };

  const loaded = [...locales.values()];
  // Without a locale, the text's language among the loaded ones (a Latvian reply on an instance
  // that defaults to English is linted as Latvian), else the default.
  const withLocales = (text: string, lintOptions: InstanceLintOptions): LintOptions => ({
    register: defaults.register,
    voice: defaults.voice,
    ...lintOptions,
    locale: lintOptions.locale ?? (loaded.length > 1 && typeof text === 'string' ? detectLocale(text, loaded)?.code : undefined) ?? defaultLocale,
    locales: loaded,
  });

  const describe = (template: AnyTemplate): TemplateDescriptor => ({
    id: template.id,
    category: template.category,
    tags: template.tags,
    description: template.description,
    variables: Object.entries(template.variables as VariableShape).map(([name, schema]) => describeVariable(name, schema)),
    example: template.example,
    variants: template.variants.length,
    locales: [...locales.keys()].filter((code) => planFor(template, code, 'formal').ok),
  });

  const instance: Tactful<Record<string, AnyTemplate>> = {
    render: (id, ...args) => renderResult(id, args[0], args[1]).text,
    renderResult: (id, ...args) => renderResult(id, args[0], args[1]),
    templates(filter: TemplateFilter = {}) {
      const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const locale = filter.locale === undefined ? undefined : canonicalLocale(filter.locale);
      const chain = locale ? localeChain(locale, locale).filter((code) => locales.has(code)) : [];
      return [...catalog.values()]
        .filter((t) => filter.category === undefined || t.category === filter.category)
        .filter((t) => filter.tag === undefined || t.tags.includes(filter.tag))
        .filter((t) => {
          const haystack = `${t.id} ${t.description} ${t.tags.join(' ')}`.toLowerCase();
          return words.every((word) => haystack.includes(word));
        })
        .filter((t) => locale === undefined || chain.some((code) => planFor(t, code, 'formal').ok))
        .sort((a, b) => a.id.localeCompare(b.id))
        .map(describe);
    },
    has: (id: string): id is string => catalog.has(id),
    lint: (text, lintOptions = {}) => lintText(text, withLocales(text, lintOptions)),
    fix: (text, lintOptions = {}) => fixText(text, withLocales(text, lintOptions)),
    fixResult: (text, lintOptions = {}) => fixTextResult(text, withLocales(text, lintOptions)),
    checkConversation: (transcript, checkOptions = {}) => checkTranscript(transcript, { register: defaults.register, ...checkOptions, locales: loaded }),
    polish(reply, context = {}) {
      if (typeof reply !== 'string') throw new InvalidOptionsError('reply', 'a string', reply);
      const register = context.register ?? defaults.register;
      const tag = context.locale === undefined ? undefined : canonicalLocale(context.locale);
      const locale =
        (tag ? localeChain(tag, defaultLocale).map((code) => locales.get(code)).find(Boolean) : undefined) ??
        detectLocale([reply, ...(context.transcript ?? []).map((m) => m.text)].join('\n'), loaded.filter((l) => l.conversation)) ??
        locales.get(defaultLocale)!;
      return polishReply(reply, { ...context, register, lint: { voice: defaults.voice, ...context.lint } }, {
        locale,
        channel: defaults.channel,
        render: (id, variables, variant) => renderResult(id, variables, { locale: locale.code, register, ...(variant === undefined ? {} : { variant }) }, true).text,
      });
    },
    guard: (reply, guardOptions = {}) => guardWithInstance(reply, guardOptions, { lintOptions: withLocales, polish: (text, context) => instance.polish(text, context) }),
    get locales() {
      return Object.freeze([defaultLocale, ...[...locales.keys()].filter((code) => code !== defaultLocale)]);
    },
    addLocale(locale) {
      const checked = defineLocale(locale);
      const source = locales.get('en') ?? locales.get(defaultLocale)!;
      const blocking = checkLocale(checked, { source: source.resources, tone: false }).filter(
        (p) => p.severity === 'error' && p.code !== 'missing' && p.code !== 'missing-file',
      );
      if (blocking.length > 0) throw new InvalidLocaleError(checked.code, describeProblems(blocking));
      locales.set(checked.code, checked);
      loaded.splice(0, loaded.length, ...locales.values());
      for (const [ns, tree] of Object.entries(checked.resources)) i18n.addResourceBundle(checked.code, ns, structuredClone(tree), true, true);
      addRegions(checked, checked.code);
      for (const [tag, resources] of regionResources(checked)) {
        for (const [ns, tree] of Object.entries(resources)) i18n.addResourceBundle(tag, ns, tree, true, true);
      }
      plans.clear();
    },
    overrideMessages(code, messages) {
      const locale = locales.get(canonicalLocale(code));
      if (!locale) throw new InvalidOptionsError('locale', `a loaded locale (${[...locales.keys()].join(', ')})`, code);
      if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) {
        throw new InvalidOptionsError('messages', 'an object of namespaces, e.g. { closing: { … } }', messages);
      }
      const problems: Array<{ key: string; problem: string }> = [];
      for (const ns of Object.keys(messages)) {
        const where = (key: string) => (key ? `${ns}:${key}` : ns);
        if (!isSafeKey(ns)) {
          problems.push({ key: ns, problem: describeTreeProblem('unsafe-key', undefined) });
          continue;
        }
        const texts = readMessageTree(messages[ns], (key, problem, value) => problems.push({ key: where(key), problem: describeTreeProblem(problem, value) }));
        const current = locale.resources[ns];
        for (const [key, text] of texts) {
          const before = ownMessage(current, key.split('.')) ?? ownMessage(i18n.getResourceBundle(locale.code, ns), key.split('.'));
          if (before === undefined) {
            problems.push({ key: where(key), problem: 'no such message' });
            continue;
          }
          const parsed = parseMessage(text);
          const changed = parsed.ok ? changedKinds(text, placeholderKinds(before)) : [];
          if (!parsed.ok) problems.push({ key: where(key), problem: parsed.problem });
          else if (placeholderNames(text) !== placeholderNames(before)) problems.push({ key: where(key), problem: `placeholders must stay ${placeholderNames(before) || 'none'}, received ${placeholderNames(text) || 'none'}` });
          else if (changed.length > 0) problems.push({ key: where(key), problem: `a placeholder may not change its kind: ${changed.join(', ')}` });
        }
      }
      if (problems.length === 1) throw new InvalidLocaleError(locale.code, problems[0]!.problem, problems[0]!.key);
      if (problems.length > 1) throw new InvalidLocaleError(locale.code, problems.map((p) => `${p.key}: ${p.problem}`).join('; '), problems[0]!.key);
      for (const [ns, tree] of Object.entries(messages)) i18n.addResourceBundle(locale.code, ns, structuredClone(tree), true, true);
      plans.clear();
    },
    defaultLocale,
  };
  return Object.freeze(instance) as unknown as Tactful<CatalogOf<T>>;
}
