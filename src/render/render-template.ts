import { InvalidOptionsError, MissingMessageError } from '../core/errors';
import { pluralRules } from '../core/format';
import { isCommonLetter } from '../core/letters';
import { languageOf } from '../core/locale';
import { formatTag } from '../core/locale-resolver';
import { DEFAULT_QUOTES, renderSegments, type MessageEnvironment, type Placeholder } from '../core/message';
import { renderStructure, type MessageNode, type StructureScope } from '../core/structure';
import type { AnyTemplate } from '../core/template';
import { canonicalTimeZone } from '../core/time';
import type { Channel, LocaleDefinition, Register } from '../core/types';
import { finishOutput } from './output';
import { lazyRegExp } from '../core/lazy-regexp';
import { planKey, type RenderPlan } from './plan';

// Unicode classes with `new RegExp`, not as literals: tests/package.test.ts says why.
const HAS_WORDS = lazyRegExp(String.raw`[\p{L}\p{N}\p{Extended_Pictographic}]`, 'u');

/** Whether a reply says something: a letter, a digit or an emoji ("🙏"). An ASCII one is found at once, anything else by its Unicode class. */
function hasWords(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) return true;
    if (c > 0x7f) return isCommonLetter(c) || HAS_WORDS().test(text);
  }
  return false;
}

// The render step, pure: a template, its checked variables and the plan the locale registry chose
// in, a reply and how it was made out. No i18next, no caches, no choice of locale: those are the
// registry's (src/render/locale-registry.ts).

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

/** What the locale registry chose for a render: the locale and register that can write it, and its plan. */
export interface ServedLocale {
  readonly code: string;
  readonly locale: LocaleDefinition;
  readonly register: Register;
  readonly plan: Extract<RenderPlan, { ok: true }>;
  /** Why the locales before it could not (`lv: message … is missing`); empty when none was skipped. */
  readonly skipped: readonly string[];
}

/** How one reply is written, all checked by the caller. */
export interface RenderSettings {
  readonly requestedLocale: string;
  readonly channel: Channel;
  readonly variant: number;
  readonly timeZone: string | undefined;
  readonly now: Date | undefined;
  /** A fragment to join to the caller's text (polish): no `<p>` on html. */
  readonly inline: boolean;
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

/** Checks a time zone option: its canonical name, or an `InvalidOptionsError` naming the option. */
export function checkTimeZone(timeZone: string | undefined, option: string): string | undefined {
  if (timeZone === undefined) return undefined;
  const canonical = canonicalTimeZone(timeZone);
  if (canonical !== undefined) return canonical;
  throw new InvalidOptionsError(option, 'an IANA time zone such as "Europe/Riga"', timeZone);
}

/** Writes one reply: the template's variant in the served locale, finished for the channel. */
export function renderTemplate(template: AnyTemplate, values: Record<string, unknown>, served: ServedLocale, settings: RenderSettings): RenderResult {
  // Read field by field: `{ ...served, ...settings }` cost 8 µs a render on Node 20 (V8 takes a
  // slow path for every property after the first spread), 40 % of the render (bench:render).
  const { code, register } = served;
  const { requestedLocale } = settings;
  const env: MessageEnvironment = {
    locale: formatTag(requestedLocale, code, code === served.locale.code ? served.locale.formatLocale : undefined),
    quotes: served.locale.quotes ?? DEFAULT_QUOTES,
    channel: settings.channel,
    vocative: served.locale.vocative,
    timeZone: settings.timeZone,
    fail: (placeholder: Placeholder, problem: string): never => {
      throw new MissingMessageError(template.id, code, placeholder.name, `{{${placeholder.name}}} ${problem}`);
    },
  };
  const context = template.derive ? Object.assign({}, values, deriveFlags(template, values, code, env.timeZone, settings.now)) : values;
  const raw = renderStructure(template.variants[settings.variant]!, new RenderScope(served.plan, values, context, env, pluralRules(code)));
  const fallback = languageOf(code) !== languageOf(requestedLocale);
  // The last guard of "never send a broken message": a reply with no words (a message that is
  // only white space, a structure whose branches said nothing) is no reply. Read before the
  // channel's markup, whose `<p>` would count as words.
  if (!hasWords(raw)) throw new MissingMessageError(template.id, code, '', 'the reply it renders has no words');
  const result: { -readonly [K in keyof RenderResult]: RenderResult[K] } = {
    text: finishOutput(raw, settings.channel, settings.inline),
    templateId: template.id,
    locale: code,
    formatLocale: env.locale,
    requestedLocale,
    fallback,
    register,
    channel: settings.channel,
    variant: settings.variant,
  };
  if (fallback) result.fallbackReason = served.skipped.length > 0 ? served.skipped.join('; ') : `no locale for "${requestedLocale}" is loaded`;
  return result;
}
