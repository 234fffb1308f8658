import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { InvalidOptionsError, requireString } from './errors';
import { hasBlankLine, hasLoneSurrogate, NOT_IN_A_LINK, trimValue } from './escape';

/**
 * Schema builders for template variables. Each is a plain zod (mini) schema carrying a
 * description a translator can read; any zod 4 schema (classic or mini) works in their place.
 */

/** The kinds of variable `templates()` reports, derived from each schema. */
export type VariableKind = 'text' | 'number' | 'percent' | 'count' | 'money' | 'date' | 'list' | 'url' | 'boolean' | 'unknown';

interface VariableMeta {
  readonly [key: string]: unknown;
  readonly description: string;
  readonly kind?: VariableKind;
}

function annotate<T extends $ZodType>(schema: T, meta: VariableMeta & { readonly kind: VariableKind }): T {
  z.globalRegistry.add(schema, meta);
  const plain = plainCheckOfKind(meta.kind);
  if (plain) plainChecks.set(schema, plain);
  return schema;
}

/**
 * A builder's schema checked in plain code: the value zod's parse gives for a value it accepts,
 * `undefined` for anything else (zod then checks it again and names the problem). Rendering checks
 * variables on every call, and zod's general walk was a quarter of a short reply's render.
 */
export type PlainCheck = (value: unknown) => unknown;

const plainChecks = new WeakMap<$ZodType, PlainCheck>();

/**
 * How to check a value of this schema in plain code, when it is a schema one of `v`'s builders
 * made (any but `url`), bare or in `v.optional`/`z.optional` (`optional` says which). Schemas do
 * not change: `.check()` and the like make new ones, which only zod checks.
 */
export function plainCheckOf(schema: unknown): { readonly check: PlainCheck; readonly optional: boolean } | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined;
  const check = plainChecks.get(schema as $ZodType);
  if (check) return { check, optional: false };
  const def = (schema as Partial<ZodInternals>)._zod?.def;
  // `.check()` on the wrapper (`v.optional(v.text('…')).check(z.maxLength(8))`) puts its checks
  // on the wrapper itself: those only zod runs.
  const inner = def?.type === 'optional' && def.innerType && !def.checks?.length ? plainChecks.get(def.innerType) : undefined;
  return inner && { check: inner, optional: true };
}

// What `text`'s checks do: trim, then at least 1 and at most 2000 long, no blank line, no half of a character. zod counts
// a text over 2000 UTF-16 units again by code points; such a rare text is left to zod.
function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = trimValue(value);
  return trimmed.length >= 1 && trimmed.length <= 2000 && !hasBlankLine(trimmed) && !hasLoneSurrogate(trimmed) ? trimmed : undefined;
}

// zod's number refuses NaN and the infinities.
const plainNumber = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const plainCount = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined);
const plainPercent = (value: unknown) => (typeof value === 'number' && value >= 0 && value <= 100 ? value : undefined);
// zod keeps the same Date.
const plainDate = (value: unknown) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined);

let currencies: ReadonlySet<string> | undefined;

/**
 * Whether a code is a currency of ISO 4217 the runtime knows (`EUR`, `USD`, `BYN`): three capitals
 * alone let a typo through ("EUT 12.00" in a reply). Where a runtime cannot list its currencies,
 * three capitals are taken.
 */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  currencies ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : []);
  return currencies.size === 0 || currencies.has(code);
}

function plainMoney(value: unknown): { amount: number; currency: string } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('amount' in value) || !('currency' in value)) return undefined;
  const { amount, currency } = value as Record<'amount' | 'currency', unknown>;
  if (plainCount(amount) === undefined || typeof currency !== 'string' || !isCurrencyCode(currency)) return undefined;
  for (const key in value) if (key !== 'amount' && key !== 'currency') return undefined;
  return { amount: amount as number, currency };
}

function plainList(value: unknown): string[] | undefined {
  // The length read once: a Proxy answering 1, then 0, cannot make an empty list of unchecked items.
  const length = Array.isArray(value) ? value.length : 0;
  if (length === 0) return undefined;
  const items: string[] = [];
  for (let i = 0; i < length; i++) {
    const item = plainText((value as unknown[])[i]);
    if (item === undefined) return undefined;
    items.push(item);
  }
  return items;
}

const PLAIN_BY_KIND: Partial<Record<VariableKind, PlainCheck>> = { text: plainText, count: plainCount, number: plainNumber, percent: plainPercent, money: plainMoney, date: plainDate, list: plainList };

/** The plain check of the `v` builder of this kind (none for `url`). */
export function plainCheckOfKind(kind: string): PlainCheck | undefined {
  return Object.hasOwn(PLAIN_BY_KIND, kind) ? PLAIN_BY_KIND[kind as VariableKind] : undefined;
}

/**
 * A built-in template's variables as the catalog declares them, `[kind, 'optional'?]` by name: with
 * them, rendering checks the template's variables without building its zod schemas (most of a
 * first render), which wait until zod is needed to name a problem or a caller reads `variables`.
 */
export const builtinVariableKinds = new WeakMap<object, Readonly<Record<string, readonly [kind: string, optional?: 'optional']>>>();

interface HasVariables {
  readonly variables: Readonly<Record<string, unknown>>;
}

/** A template's variable names, without building a built-in template's schemas. */
export function variableNamesOf(template: HasVariables): readonly string[] {
  return Object.keys(builtinVariableKinds.get(template) ?? template.variables);
}

/** The kind of a template's variable (undefined when it has none of that name), without building a built-in template's schemas. */
export function variableKindOf(template: HasVariables, name: string): VariableKind | undefined {
  const kinds = builtinVariableKinds.get(template);
  if (kinds) return Object.hasOwn(kinds, name) ? (kinds[name]![0] as VariableKind) : undefined;
  return Object.hasOwn(template.variables, name) ? describeVariable(name, template.variables[name] as $ZodType).kind : undefined;
}

// Checks and inner schemas hold no state of their own (descriptions are registered on each
// variable's own outer schema), so all variables share one set. It is built on the first
// variable, not at import: a process that only lints never builds a schema.
interface Shared {
  readonly text: readonly z.core.$ZodCheck<string>[];
  readonly nonNegative: z.core.$ZodCheck<number>;
  readonly atMost100: z.core.$ZodCheck<number>;
  readonly money: { readonly amount: z.ZodMiniNumber<number>; readonly currency: z.ZodMiniString<string> };
  readonly listItem: z.ZodMiniString<string>;
  readonly notEmpty: z.core.$ZodCheck<unknown[]>;
}

let shared: Shared | undefined;

function checks(): Shared {
  if (shared) return shared;
  const nonNegative = z.gte(0);
  // "\r\r", "\r\n\r\n" and U+2029 are blank lines to a Markdown renderer or a chat client too.
  const oneParagraph = z.refine<string>((value) => !hasBlankLine(value), 'must be one paragraph (no blank lines)');
  // Half of a character (an emoji cut in two) shows as "�" in every client.
  const wellFormed = z.refine<string>((value) => !hasLoneSurrogate(value), 'must be well-formed text (half of a character was cut off)');
  return (shared = {
    text: [z.overwrite(trimValue), z.minLength(1, 'must not be empty'), z.maxLength(2000), oneParagraph, wellFormed],
    nonNegative,
    atMost100: z.lte(100),
    // Never negative: every amount a reply names is a price, a charge or a refund ("a refund of -€5").
    money: { amount: new z.ZodMiniNumber({ type: 'number', checks: [nonNegative] }) as z.ZodMiniNumber<number>, currency: z.string().check(z.refine(isCurrencyCode, 'must be an ISO 4217 code such as EUR')) },
    // A list item is placed inside a sentence of the reply, like a text variable.
    listItem: z.string().check(z.overwrite(trimValue), z.minLength(1), z.maxLength(2000), oneParagraph, wellFormed),
    notEmpty: z.minLength(1, 'must not be empty'),
  });
}

/**
 * Text such as a name or an order number: trimmed, never empty, one paragraph. A blank line inside
 * a value would become a paragraph break of the reply, so it is refused rather than reshaped.
 */
function text(description: string) {
  // The same schema as `z.string().check(...checks().text)`, built once instead of built and cloned.
  const schema = new z.ZodMiniString({ type: 'string', checks: [...checks().text] }) as z.ZodMiniString<string>;
  return annotate(schema, { description, kind: 'text' });
}

/** How many of something (days, hours, items; 1.5 hours too), used to pick the plural form. */
function count(description: string) {
  const schema = new z.ZodMiniNumber({ type: 'number', checks: [checks().nonNegative] }) as z.ZodMiniNumber<number>;
  return annotate(schema, { description, kind: 'count' });
}

/** Any finite number (a percentage, a measurement). */
function number(description: string) {
  return annotate(z.number(), { description, kind: 'number' });
}

/** A percentage from 0 to 100 (`15` shows as "15%" in en, "15 %" in lv). */
function percent(description: string) {
  const schema = new z.ZodMiniNumber({ type: 'number', checks: [checks().nonNegative, checks().atMost100] }) as z.ZodMiniNumber<number>;
  return annotate(schema, { description, kind: 'percent' });
}

/**
 * A host name of dot-separated labels ending in a top-level domain: zod's own `regexes.domain`,
 * copied because reaching it through `z.regexes` bundles all of zod's patterns (6 KB), and
 * taking an internationalised top-level domain as the URL parser gives it (`пример.рф` is
 * `xn--e1afmkfd.xn--p1ai`).
 */
const DOMAIN = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+(?:[a-zA-Z]{2,63}|xn--[a-zA-Z0-9-]{1,59})$/;

/** A web address (http or https); a link in html and markdown, the address itself in text. */
function url(description: string) {
  // The URL parser reads past a bidi control or a half character; shown as the address itself
  // (text, a bare `{{link}}`), it would be spoofing: refused, whichever way the value is shown.
  const plain = z.refine<string>((value) => !NOT_IN_A_LINK().test(value.trim()) && !hasLoneSurrogate(value), 'must be an address without white space, control, bidi or invisible characters, or half of a character');
  return annotate(z.url({ protocol: /^https?$/, hostname: DOMAIN }).check(plain), { description, kind: 'url' });
}

/** A non-negative amount of money with its ISO 4217 currency code: `{ amount: 12.5, currency: 'EUR' }`. */
function money(description: string) {
  return annotate(z.strictObject(checks().money), { description, kind: 'money' });
}

/** A point in time, as a `Date`. */
function date(description: string) {
  return annotate(z.date(), { description, kind: 'date' });
}

/** A non-empty list of short texts, joined the way the locale does ("a, b and c"). */
function list(description: string) {
  const { listItem, notEmpty } = checks();
  const schema = new z.ZodMiniArray({ type: 'array', element: listItem, checks: [notEmpty] }) as z.ZodMiniArray<z.ZodMiniString<string>>;
  return annotate(schema, { description, kind: 'list' });
}

/**
 * A variable the caller may leave out: the template branches on it (`{{#if customerName}}`).
 * The same as zod's `z.optional`, so a template needs no zod import of its own (zod is bundled
 * with tactful, and a strict package manager would not let an app import it unless it installs
 * it too).
 */
function optional<T extends $ZodType>(schema: T): z.ZodMiniOptional<T> {
  return z.optional(schema);
}

/**
 * Builders for template variables, each with a description translators and the catalog show.
 *
 * @example
 * ```ts
 * const variables = {
 *   customerName: v.optional(v.text("The customer's first name")),
 *   delayDays: v.count('How many days the delivery is late'),
 *   newPrice: v.money('The price from the effective date'),
 * };
 * ```
 */
export const v = { text, count, number, percent, money, date, list, url, optional } as const;

/** What `templates()` tells about one variable. */
export interface VariableDescriptor {
  readonly name: string;
  readonly kind: VariableKind;
  readonly required: boolean;
  readonly description: string;
}

export interface ZodInternals {
  readonly _zod: { readonly def: { readonly type: string; readonly innerType?: $ZodType; readonly shape?: Record<string, unknown>; readonly checks?: readonly unknown[]; readonly catchall?: Partial<ZodInternals> } };
}

function defOf(schema: $ZodType): ZodInternals['_zod']['def'] {
  return (schema as unknown as ZodInternals)._zod.def;
}

/** Describes one variable's schema: its kind, whether it is required, its description. */
export function describeVariable(name: string, schema: $ZodType): VariableDescriptor {
  requireString('name', name);
  if (typeof (schema as Partial<ZodInternals> | null)?._zod?.def !== 'object') throw new InvalidOptionsError('schema', 'a variable schema such as v.text("…")', schema);
  let inner = schema;
  let required = true;
  let meta = z.globalRegistry.get(inner) as VariableMeta | undefined;
  for (let def = defOf(inner); (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType; def = defOf(inner)) {
    required = false;
    inner = def.innerType;
    meta ??= z.globalRegistry.get(inner) as VariableMeta | undefined;
  }
  return { name, kind: meta?.kind ?? kindOf(inner), required, description: meta?.description ?? '' };
}

function kindOf(schema: $ZodType): VariableKind {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return (def as { format?: string }).format === 'url' ? 'url' : 'text';
    case 'number':
      return 'number';
    case 'date':
      return 'date';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'list';
    case 'object':
      return def.shape && 'amount' in def.shape && 'currency' in def.shape ? 'money' : 'unknown';
    default:
      return 'unknown';
  }
}
