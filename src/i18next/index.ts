/**
 * tactful's formats for an app's own i18next: load this package's locale JSON (or a
 * translator's copy) into any i18next and `t()` says each message exactly as tactful does —
 * `{{customerName, vocative}}` declined, `{{date, date(style: numeric)}}`, money as customers read
 * it, `{{titles, list(quote: true)}}` in the language's quotation marks, and a date or an amount in
 * a bare `{{placeholder}}` formatted by what it is.
 *
 * @example
 * ```ts
 * import i18next from 'i18next';
 * import { TactfulFormatter } from 'tactful/i18next';
 *
 * await i18next.use(TactfulFormatter).init({ lng: 'lv', resources: { lv: { greeting: { hi: 'Labdien, {{name, vocative}}!' } } } });
 * i18next.t('greeting:hi', { name: 'Jānis' }); // 'Labdien, Jāni!'
 * ```
 */
import { DEFAULT_QUOTES, formatPlaceholder, parseMessage, type MessageEnvironment, type Placeholder } from '../core/message';
import { LOCALE_FORMATS } from '../generated/locale-formats';
import { describeValue, TactfulError } from '../core/errors';
import { isMoney } from '../core/format';
import { languageOf } from '../core/locale';
import { formatTag, SOURCE_LOCALE } from '../core/locale-resolver';
import { vocativeLt } from '../locales/vocative/lt';
import { vocativeLv } from '../locales/vocative/lv';
import { vocativeUk } from '../locales/vocative/uk';

const isDate = (value: unknown) => value instanceof Date;
const isNumber = (value: unknown) => typeof value === 'number';
const isText = (value: unknown) => typeof value === 'string';

/** What each of tactful's formats formats: a value of another kind is refused. */
const FORMAT_KINDS: Readonly<Partial<Record<string, readonly [string, (value: unknown) => boolean]>>> = {
  date: ['a Date', isDate],
  time: ['a Date', isDate],
  datetime: ['a Date', isDate],
  weekday: ['a Date', isDate],
  number: ['a number', isNumber],
  percent: ['a number', isNumber],
  currency: ['an amount of money ({ amount, currency })', isMoney],
  list: ['a list', Array.isArray],
  vocative: ['a name', isText],
  url: ['an address', isText],
};

/** The vocative of each shipped language that has one. */
const VOCATIVES: Readonly<Record<string, (name: string) => string>> = { lv: vocativeLv, lt: vocativeLt, uk: vocativeUk };


/** Options of {@link TactfulFormatter}. */
export interface TactfulFormatterOptions {
  /** The time zone dates and times are shown in (the customer's); per call, pass `timeZone` to `t()`. Default: the runtime's. */
  readonly timeZone?: string;
  /** The tag a bare language code formats with. Default: as tactful's own locales do (`en` → `en-GB`: tactful's English is British). */
  readonly formatLocales?: Readonly<Record<string, string>>;
}

type FormatFunction = (value: unknown, lng: string | undefined, options: Record<string, unknown>) => unknown;

/**
 * An i18next formatter module (`i18next.use(TactfulFormatter)`, or
 * `i18next.use(new TactfulFormatter({ timeZone: 'Europe/Riga' }))`) that formats as tactful:
 * the formats of its messages (`number`, `percent`, `currency`, `date`, `time`, `datetime`,
 * `weekday`, `list`, `vocative`, `url`), and a bare placeholder by its value (it turns on
 * i18next's `interpolation.alwaysFormat`). A value tactful would refuse to show — `NaN`, a
 * `javascript:` link, a missing value, a value of the wrong kind for its format, a negative
 * `count` — throws a `TactfulError` from `t()` instead of reaching a customer. Formats
 * an app adds with `i18next.services.formatter.add()` keep working.
 */
export class TactfulFormatter {
  static readonly type = 'formatter';
  readonly type = 'formatter';
  private readonly options: TactfulFormatterOptions;
  private readonly added = new Map<string, FormatFunction>();
  private readonly placeholders = new Map<string, Placeholder>();

  constructor(options: TactfulFormatterOptions = {}) {
    this.options = options;
  }

  /** Called by i18next: a bare `{{date}}` then comes here too, to be formatted by what it is. */
  init(_services: unknown, i18nextOptions: { interpolation?: Record<string, unknown> }): void {
    i18nextOptions.interpolation = { ...i18nextOptions.interpolation, alwaysFormat: true };
  }

  /** Adds an app's own format, as i18next's formatter does. */
  add(name: string, format: FormatFunction): void {
    this.added.set(name.toLowerCase().trim(), format);
  }

  /** Adds an app's own format built once per language and options, as i18next's formatter does. */
  addCached(name: string, build: (lng: string | undefined, options: Record<string, unknown>) => (value: unknown) => unknown): void {
    this.added.set(name.toLowerCase().trim(), (value, lng, options) => build(lng, options)(value));
  }

  /** Formats one value: `format` is what follows the comma in `{{value, format}}`, or nothing. */
  format(value: unknown, format: string | undefined, lng: string | undefined, options: Record<string, unknown> = {}): unknown {
    const key = typeof options.interpolationkey === 'string' ? options.interpolationkey : 'value';
    // A missing value would leave a hole in the sentence ("Labdien, !", "līdz , un"): refused, as
    // tactful refuses it, rather than left to i18next to print as nothing.
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      throw new TactfulError('INVALID_VARIABLES', `a value for {{${key}${format ? `, ${format}` : ''}}} is missing (${typeof value === 'string' ? 'an empty string' : String(value)})`);
    }
    // i18next's count picks the plural: a negative one is no number of anything ("-1 dienu").
    if (key === 'count' && typeof value === 'number' && value < 0) throw new TactfulError('INVALID_VARIABLES', `a value for {{count}} is ${value}: a count is 0 or more`);
    if (!format) return typeof value === 'string' ? value : formatPlaceholder(value, { name: 'value', format: undefined, options: {}, offset: 0 }, this.environment(lng, options));
    let result: unknown = value;
    for (const part of splitFormats(format)) {
      const own = this.added.get(part.toLowerCase());
      if (own) {
        result = own(result, lng, options);
        continue;
      }
      const placeholder = this.placeholder(part);
      // Each format is for one kind of value: a number given to `date` printed "1 700 000 000 000",
      // a string given to it printed as it was ("līdz tomorrow").
      const kind = placeholder.format === undefined ? undefined : FORMAT_KINDS[placeholder.format];
      if (kind && !kind[1](result)) throw new TactfulError('INVALID_VARIABLES', `a value for {{${key}, ${part}}} must be ${kind[0]}, received ${describeValue(result)}`);
      result = formatPlaceholder(result, placeholder, this.environment(lng, options));
    }
    return result;
  }

  private placeholder(format: string): Placeholder {
    let placeholder = this.placeholders.get(format);
    if (!placeholder) {
      // The same parser as tactful's own messages: the same formats, options and checks.
      const parsed = parseMessage(`{{value, ${format}}}`);
      const segment = parsed.ok ? parsed.segments[0] : undefined;
      if (!parsed.ok || typeof segment !== 'object') throw new TactfulError('INVALID_TEMPLATE', `format "${format}": ${parsed.ok ? 'not a placeholder format' : parsed.problem}`);
      placeholder = segment;
      if (this.placeholders.size < 200) this.placeholders.set(format, placeholder);
    }
    return placeholder;
  }

  private environment(lng: string | undefined, options: Record<string, unknown>): MessageEnvironment {
    const tag = lng ?? SOURCE_LOCALE;
    const language = languageOf(tag);
    const shipped = Object.hasOwn(LOCALE_FORMATS, language) ? LOCALE_FORMATS[language] : undefined;
    const formatLocale = this.options.formatLocales ? this.options.formatLocales[language] : shipped?.formatLocale;
    return {
      locale: formatTag(tag, tag, formatLocale),
      quotes: shipped?.quotes ?? DEFAULT_QUOTES,
      channel: 'text',
      vocative: VOCATIVES[language],
      timeZone: typeof options.timeZone === 'string' ? options.timeZone : this.options.timeZone,
      fail: (placeholder, problem) => {
        throw new TactfulError('INVALID_VARIABLES', `a value for {{${placeholder.format ? `value, ${placeholder.format}` : 'value'}}} ${problem}`);
      },
    };
  }
}

/** `date(style: numeric), uppercase` → the formats, commas inside parentheses kept. */
function splitFormats(format: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      parts.push(format.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(format.slice(start).trim());
  return parts.filter(Boolean);
}
