import { requireString } from './errors';
import { cleanValue, escapeForChannel, escapeHtml, NOT_IN_A_LINK } from './escape';
import { formatDate, formatList, formatMoney, formatNumber, isMoney, type DateStyle } from './format';
import { lazyRegExp } from './lazy-regexp';
import { hasNonAscii } from './letters';
import { canonicalTimeZone } from './time';
import type { Channel } from './types';

/**
 * Messages use i18next's interpolation syntax, so translation-management tools recognise the
 * placeholders: `{{name}}`, `{{name, format}}` or `{{name, format(option: value)}}`.
 * They are parsed by this small interpreter, never compiled, so rendering needs no `eval`.
 */

/** The formats a placeholder may name. */
export const MESSAGE_FORMATS = ['number', 'percent', 'currency', 'date', 'time', 'datetime', 'weekday', 'list', 'vocative', 'url'] as const;

/** One of {@link MESSAGE_FORMATS}. */
export type MessageFormat = (typeof MESSAGE_FORMATS)[number];

/** A `{{…}}` placeholder in a message. */
export interface Placeholder {
  /** The variable's name; dotted for nested values (`newPrice.amount`). */
  readonly name: string;
  readonly format: MessageFormat | undefined;
  /** Options in parentheses after the format, e.g. `list(type: disjunction)`. */
  readonly options: Readonly<Record<string, string>>;
  /** Offset of the `{{` in the message source. */
  readonly offset: number;
}

/** A parsed message: literal text and placeholders in order. */
export type MessageSegment = string | Placeholder;

/** The result of parsing a message: its segments, or where and why it is malformed. */
export type ParsedMessage =
  | { readonly ok: true; readonly segments: readonly MessageSegment[] }
  | { readonly ok: false; readonly offset: number; readonly problem: string };

/** A placeholder's body: `name`, `name, format` or `name, format(options)`. Exported for its test. */
export const PLACEHOLDER_BODY = lazyRegExp(String.raw`^-?\s*([\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*)\s*(?:,\s*([a-z]+)\s*(?:\(([^()]*)\))?\s*)?$`, 'u');
// The same over ASCII, where \p{L} is [A-Za-z] and \p{N} [0-9]: placeholder names are nearly
// always ASCII, and the Unicode classes cost 1–2 ms to compile at the first render.
export const PLACEHOLDER_BODY_ASCII = /^-?\s*([A-Za-z_$][A-Za-z0-9_$]*(?:\.[A-Za-z_$][A-Za-z0-9_$]*)*)\s*(?:,\s*([a-z]+)\s*(?:\(([^()]*)\))?\s*)?$/;

/**
 * Parses a message source into literal text and placeholders.
 *
 * @example
 * ```ts
 * parseMessage('Hello, {{customerName, vocative}}!');
 * // → { ok: true, segments: ['Hello, ', { name: 'customerName', format: 'vocative', options: {}, offset: 7 }, '!'] }
 * ```
 */
export function parseMessage(source: string): ParsedMessage {
  requireString('source', source);
  const segments: MessageSegment[] = [];
  let cursor = 0;
  while (cursor < source.length) {
    const open = source.indexOf('{{', cursor);
    const nesting = source.indexOf('$t(', cursor);
    if (nesting !== -1 && (open === -1 || nesting < open)) {
      return { ok: false, offset: nesting, problem: 'nested translations ($t(…)) are not supported; write the text out' };
    }
    if (open === -1) {
      const rest = source.slice(cursor);
      if (rest.includes('}}')) return { ok: false, offset: cursor + rest.indexOf('}}'), problem: 'a "}}" without its "{{"' };
      segments.push(rest);
      break;
    }
    const literal = source.slice(cursor, open);
    if (literal.includes('}}')) return { ok: false, offset: cursor + literal.indexOf('}}'), problem: 'a "}}" without its "{{"' };
    if (literal) segments.push(literal);
    const close = source.indexOf('}}', open + 2);
    if (close === -1) return { ok: false, offset: open, problem: 'a "{{" without its closing "}}"' };
    const body = source.slice(open + 2, close);
    const match = (hasNonAscii(body) ? PLACEHOLDER_BODY() : PLACEHOLDER_BODY_ASCII).exec(body.trim());
    if (!match) return { ok: false, offset: open, problem: `"{{${body}}}" is not a placeholder of the form {{name}} or {{name, format}}` };
    const [, name = '', format, rawOptions] = match;
    if (format !== undefined && !(MESSAGE_FORMATS as readonly string[]).includes(format)) {
      return { ok: false, offset: open, problem: `unknown format "${format}" (known: ${MESSAGE_FORMATS.join(', ')})` };
    }
    const options = parseOptions(rawOptions);
    if (options === undefined) return { ok: false, offset: open, problem: `format options "${rawOptions}" are not of the form (name: value; …)` };
    // Checked here, so a message naming a zone the runtime does not know is refused where it is
    // loaded (a locale, an override, a template's messages), never thrown at a customer's render.
    if (options.timeZone !== undefined) {
      const zone = canonicalTimeZone(options.timeZone);
      if (zone === undefined) return { ok: false, offset: open, problem: `time zone "${options.timeZone}" is not an IANA time zone such as Europe/Riga` };
      options.timeZone = zone;
    }
    segments.push({ name, format: format as MessageFormat | undefined, options, offset: open });
    cursor = close + 2;
  }
  return { ok: true, segments };
}

function parseOptions(raw: string | undefined): Record<string, string> | undefined {
  const options: Record<string, string> = Object.create(null);
  if (raw === undefined || raw.trim() === '') return options;
  for (const part of raw.split(';')) {
    const match = /^\s*([a-zA-Z]+)\s*:\s*([\w/-]+)\s*$/.exec(part);
    if (!match) return undefined;
    options[match[1] as string] = match[2] as string;
  }
  return options;
}

/** Where a message is rendered: the language, the channel, and the language's vocative rule. */
/** The quotation marks of a locale that names none: English's. */
export const DEFAULT_QUOTES: readonly [string, string] = ['“', '”'];

export interface MessageEnvironment {
  /** The tag dates, numbers, money and lists are formatted with: the caller's own (`en-GB`), which may be fuller than the messages' (`en`). */
  readonly locale: string;
  /** The language's quotation marks, for `list(quote: true)`. */
  readonly quotes: readonly [string, string];
  readonly channel: Channel;
  readonly vocative: ((name: string) => string) | undefined;
  /** IANA time zone for dates and times (the customer's, when known); the runtime's otherwise. */
  readonly timeZone: string | undefined;
  /** Called for a placeholder whose value is missing or cannot be shown; must throw. */
  readonly fail: (placeholder: Placeholder, problem: string) => never;
}

/**
 * Renders a parsed message: literal text is escaped for HTML on the `html` channel (it is plain
 * text written by a translator); every variable is formatted for the locale and escaped for the
 * channel. A value that would show as "undefined", "NaN" or "[object Object]" stops rendering.
 */
export function renderSegments(
  segments: readonly MessageSegment[],
  lookup: (name: string) => unknown,
  env: MessageEnvironment,
): string {
  let out = '';
  // A value that ends with a point ("05.12.2026." in lv, "Acme Inc.") before a sentence's full stop
  // gives one point, never "..".
  let valueEndsWithPoint = false;
  for (const segment of segments) {
    if (typeof segment === 'string') {
      const literal = valueEndsWithPoint && segment.startsWith('.') && !segment.startsWith('..') ? segment.slice(1) : segment;
      out += env.channel === 'html' ? escapeHtml(literal) : literal;
      valueEndsWithPoint = false;
      continue;
    }
    const before = out.length;
    const formatted = formatPlaceholder(lookup(segment.name), segment, env);
    out += segment.format === 'url' ? formatted : escapeForChannel(formatted, env.channel);
    valueEndsWithPoint = out.length > before && out.endsWith('.');
  }
  return out;
}

const SAFE_URL = /^(?:https?:\/\/[^\s/?#]|mailto:[^\s@]+@)/i;

/** A link: an anchor in html, an autolink in markdown, the address itself in text. */
function formatUrl(url: string, channel: Channel): string {
  if (channel === 'html') return `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
  if (channel === 'markdown') return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
  return url;
}

/**
 * What one placeholder shows, before the channel's escaping of text: a value formatted for the
 * locale, or a link for the channel. Every path to a link (a template, an override, a translation,
 * an app's i18next through `tactful/i18next`) ends here: only web and mail addresses become links,
 * never `javascript:` or `data:`.
 */
export function formatPlaceholder(value: unknown, placeholder: Placeholder, env: MessageEnvironment): string {
  if (placeholder.format !== 'url') return formatValue(value, placeholder, env);
  // A bidi control, white space or a control character in an address would be spoofing ("…/‮gpj.exe"
  // shows as "exe.jpg") and, once balanced like text, a different target: never a link.
  if (typeof value === 'string' && NOT_IN_A_LINK().test(value.trim())) env.fail(placeholder, `holds white space, a control or a bidi character, so it is not an address: ${JSON.stringify(value.slice(0, 40))}`);
  const url = formatValue(value, placeholder, env);
  if (!SAFE_URL.test(url)) env.fail(placeholder, `is not an http(s) or mailto address: ${JSON.stringify(url.slice(0, 40))}`);
  return formatUrl(url, env.channel);
}

function formatValue(value: unknown, placeholder: Placeholder, env: MessageEnvironment): string {
  const { format } = placeholder;
  if (value === undefined || value === null) return env.fail(placeholder, 'has no value');
  if (typeof value === 'string') {
    const clean = cleanValue(value);
    if (clean.trim() === '') return env.fail(placeholder, 'is an empty string');
    return format === 'vocative' && env.vocative ? env.vocative(clean) : clean;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return env.fail(placeholder, `is ${value}, not a finite number`);
    // -0 is zero: "within 0 days", never "within -0 days".
    value += 0;
    if (format === 'percent') return formatNumber(value / 100, env.locale, { style: 'percent', maximumFractionDigits: 2 });
    return formatNumber(value, env.locale);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return env.fail(placeholder, 'is an invalid Date');
    // `date(style: numeric)` gives "01.12.2026": Latvian has no date form that fits every case.
    const style: DateStyle =
      format === 'time' || format === 'datetime' || format === 'weekday' ? format : placeholder.options.style === 'numeric' ? 'numeric' : 'date';
    return formatDate(value, env.locale, style, placeholder.options.timeZone ?? env.timeZone);
  }
  if (isMoney(value)) {
    if (!Number.isFinite(value.amount)) return env.fail(placeholder, 'has an amount that is not a finite number');
    return formatMoney({ amount: value.amount + 0, currency: value.currency }, env.locale);
  }
  if (Array.isArray(value)) {
    const [open, close] = placeholder.options.quote === 'true' ? env.quotes : ['', ''];
    // “Downloading invoices” and “Changing billing details”: each title in the language's own marks.
    const plainItem: Placeholder = Object.assign({}, placeholder, { format: undefined });
    const items = value.map((item) => `${open}${formatValue(item, plainItem, env)}${close}`);
    if (items.length === 0) return env.fail(placeholder, 'is an empty list');
    return formatList(items, env.locale, placeholder.options.type === 'disjunction' ? 'disjunction' : 'conjunction');
  }
  return env.fail(placeholder, `is ${typeof value === 'object' ? 'an object' : `a ${typeof value}`} and cannot be shown in text`);
}

/**
 * What a format makes of a variable. A translation may pick another format of the same kind
 * (`datetime` in English, `time` in Latvian; `vocative` for a name), never one of another kind:
 * above all, a text variable re-formatted as `url` would put the customer's words into a link.
 */
export type PlaceholderKind = 'plain' | 'link' | 'date' | 'list' | 'percent';

const FORMAT_KINDS: Readonly<Partial<Record<MessageFormat, PlaceholderKind>>> = {
  url: 'link',
  date: 'date',
  time: 'date',
  datetime: 'date',
  weekday: 'date',
  list: 'list',
  percent: 'percent',
};

/** The kind of a placeholder's format: `{{site, url}}` is a link, `{{when, time}}` a date. */
export function placeholderKind(format: MessageFormat | undefined): PlaceholderKind {
  return (format && FORMAT_KINDS[format]) ?? 'plain';
}

/** Each variable a message uses, with the kinds its placeholders give it; empty when it does not parse. */
export function placeholderKinds(source: string): Map<string, Set<PlaceholderKind>> {
  const kinds = new Map<string, Set<PlaceholderKind>>();
  const parsed = parseMessage(source);
  if (!parsed.ok) return kinds;
  for (const segment of parsed.segments) {
    if (typeof segment === 'string') continue;
    if (!kinds.has(segment.name)) kinds.set(segment.name, new Set());
    kinds.get(segment.name)!.add(placeholderKind(segment.format));
  }
  return kinds;
}

/**
 * The placeholders of `text` that change the kind a variable has in `reference` (the source
 * text, or the message being overridden), as `{{name, format}}` strings for an error message.
 */
export function changedKinds(text: string, reference: ReadonlyMap<string, ReadonlySet<PlaceholderKind>>): string[] {
  const changed: string[] = [];
  const parsed = parseMessage(text);
  if (!parsed.ok) return changed;
  for (const segment of parsed.segments) {
    if (typeof segment === 'string') continue;
    const allowed = reference.get(segment.name);
    if (allowed && !fitsKinds(placeholderKind(segment.format), allowed)) {
      changed.push(`{{${segment.name}${segment.format ? `, ${segment.format}` : ''}}} (${[...allowed].map(describeKind).join(' or ')} elsewhere)`);
    }
  }
  return changed;
}

/**
 * A plain placeholder fits any variable, and a variable the reference shows plain may be given a
 * format (`{{until}}` in English is `{{until, date}}` in Latvian: a Date shows as a date either
 * way), except a link: only a variable that is a link in the reference may become one.
 */
function fitsKinds(kind: PlaceholderKind, reference: ReadonlySet<PlaceholderKind>): boolean {
  if (kind === 'plain' || reference.has(kind)) return true;
  return kind !== 'link' && [...reference].every((k) => k === 'plain');
}

function describeKind(kind: PlaceholderKind): string {
  return kind === 'plain' ? 'plain' : kind === 'link' ? 'a url' : `a ${kind}`;
}
