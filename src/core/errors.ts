/**
 * Every error `tactful` throws is a `TactfulError`. Each one has a stable `code` to branch on
 * and context fields that name what was wrong (template id, variable, locale, key).
 * Messages say what failed, what was expected, and show the offending input, truncated.
 */

/** Stable error codes; the message wording may improve, the codes do not change. */
export type TactfulErrorCode =
  | 'TEMPLATE_NOT_FOUND'
  | 'INVALID_VARIABLES'
  | 'LOCALE_NOT_AVAILABLE'
  | 'MISSING_MESSAGE'
  | 'INVALID_TEMPLATE'
  | 'INVALID_LOCALE'
  | 'INVALID_OPTIONS'
  | 'INVALID_TRANSCRIPT';

/** Marks a tactful error; shared by every copy of the package in a process (ESM and CommonJS builds alike). */
const BRAND: unique symbol = Symbol.for('tactful.error');

/**
 * Base class of every error thrown by `tactful`.
 *
 * @example
 * ```ts
 * try {
 *   tactful.render('greeting.welcome', { customername: 'Sarah' } as never);
 * } catch (error) {
 *   if (error instanceof TactfulError) console.error(error.code, error.message);
 * }
 * ```
 */
export class TactfulError extends Error {
  readonly code: TactfulErrorCode;

  constructor(code: TactfulErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    Object.defineProperty(this, BRAND, { value: new.target.name });
  }

  /**
   * `instanceof` works across copies of the package in one process: an error thrown by the
   * CommonJS build is a `TactfulError` (and an `InvalidVariablesError`…) to code that imported the
   * ES module build, and the other way round. The brand is registered with `Symbol.for`, so every
   * copy shares it; the class it names must match the one asked about, or be `TactfulError`.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    if (typeof value !== 'object' || value === null) return false;
    const brand = (value as { [BRAND]?: unknown })[BRAND];
    return typeof brand === 'string' && (this.name === 'TactfulError' || brand === this.name);
  }
}

/**
 * The template id is not in the catalog. `suggestions` lists the nearest known ids.
 *
 * @example
 * ```ts
 * tactful.render('greeting.welcom' as never, {}); // → throws TemplateNotFoundError
 * ```
 */
export class TemplateNotFoundError extends TactfulError {
  readonly templateId: string;
  readonly suggestions: readonly string[];

  constructor(templateId: string, suggestions: readonly string[], detail?: string) {
    // An id from outside may be anything: told, never converted (an object without a prototype cannot be).
    templateId = typeof templateId === 'string' ? templateId : describeValue(templateId);
    const hint = suggestions.length > 0 ? ` — did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
    super('TEMPLATE_NOT_FOUND', `unknown template "${truncate(templateId)}"${detail ? `: ${detail}` : hint}`);
    this.templateId = templateId;
    this.suggestions = suggestions;
  }
}

/** One problem with one variable. */
export interface VariableIssue {
  /** The variable's name (dotted for nested values, e.g. `newPrice.amount`); empty for the whole object. */
  readonly variable: string;
  /** What was wrong, e.g. `required`, `expected string, received number`, `unknown variable`. */
  readonly problem: string;
}

/**
 * The variables given to `render` do not match the template's schema: a required variable is
 * missing, has the wrong type, or a variable the template does not know was given (a typo such as
 * `customername` is an error, never silently ignored).
 *
 * @example
 * ```ts
 * try { tactful.render('apology.wrong-item', { ordered: 42 } as never); }
 * catch (error) { if (error instanceof InvalidVariablesError) console.log(error.issues); }
 * ```
 */
export class InvalidVariablesError extends TactfulError {
  readonly templateId: string;
  readonly issues: readonly VariableIssue[];

  constructor(templateId: string, issues: readonly VariableIssue[]) {
    const list = issues.map((i) => (i.variable ? `"${i.variable}": ${i.problem}` : i.problem)).join('; ');
    super('INVALID_VARIABLES', `invalid variables for template "${templateId}": ${list}`);
    this.templateId = templateId;
    this.issues = issues;
  }
}

/**
 * No loaded locale can serve the request: the requested locale is not loaded, or (with
 * `strict: true`) it is loaded but lacks a message the template needs.
 *
 * @example
 * ```ts
 * tactful.render('greeting.welcome', {}, { locale: 'de', strict: true }); // → throws LocaleNotAvailableError
 * ```
 */
export class LocaleNotAvailableError extends TactfulError {
  readonly locale: string;
  readonly templateId: string | undefined;
  readonly available: readonly string[];

  constructor(locale: string, available: readonly string[], templateId?: string, reason?: string) {
    const what = templateId ? ` for template "${templateId}"` : '';
    const why = reason ? ` (${reason})` : '';
    super(
      'LOCALE_NOT_AVAILABLE',
      `locale "${truncate(locale)}" is not available${what}${why} — loaded locales: ${available.join(', ') || 'none'}`,
    );
    this.locale = locale;
    this.templateId = templateId;
    this.available = available;
  }
}

/**
 * A message that a template needs is missing from a locale, or a message refers to a variable
 * that has no value. Rendering stops rather than sending a broken reply.
 */
export class MissingMessageError extends TactfulError {
  readonly templateId: string;
  readonly locale: string;
  readonly key: string;

  constructor(templateId: string, locale: string, key: string, detail: string) {
    super('MISSING_MESSAGE', `template "${templateId}" in locale "${locale}": ${detail} (key "${key}")`);
    this.templateId = templateId;
    this.locale = locale;
    this.key = key;
  }
}

/**
 * A template definition is broken: a malformed id, a Handlebars syntax error, an unknown helper,
 * or a reference to a variable the schema does not declare. Raised when the template is defined,
 * never when it is first rendered.
 */
export class InvalidTemplateError extends TactfulError {
  readonly templateId: string;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(templateId: string, detail: string, position?: { line: number; column: number }) {
    templateId = typeof templateId === 'string' ? templateId : describeValue(templateId);
    const at = position ? ` at line ${position.line}, column ${position.column}` : '';
    super('INVALID_TEMPLATE', `template "${truncate(templateId)}"${at}: ${detail}`);
    this.templateId = templateId;
    this.line = position?.line;
    this.column = position?.column;
  }
}

/** A locale definition or a message inside it is malformed. */
export class InvalidLocaleError extends TactfulError {
  readonly locale: string;
  readonly key: string | undefined;

  constructor(locale: string, detail: string, key?: string) {
    super('INVALID_LOCALE', `locale "${truncate(locale)}"${key ? `, key "${key}"` : ''}: ${detail}`);
    this.locale = locale;
    this.key = key;
  }
}

/** An option passed to `createTactful` or a call is not one of the accepted values. */
export class InvalidOptionsError extends TactfulError {
  readonly option: string;

  constructor(option: string, expected: string, received: unknown) {
    super('INVALID_OPTIONS', `option "${option}": expected ${expected}, received ${describeValue(received)}`);
    this.option = option;
  }
}

/**
 * Refuses an argument that is not a string, naming it: the exported helpers are called from
 * JavaScript and with data from outside, where the types stop nothing, and `null` must be a
 * `TactfulError`, never a `TypeError` from deep inside.
 */
export function requireString(name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new InvalidOptionsError(name, 'a string', value);
}

/** Refuses an argument that is not a locale object (`import lv from "tactful/locales/lv"` or `defineLocale()`), naming it. */
export function requireLocaleObject(name: string, value: unknown): void {
  if (typeof value !== 'object' || value === null || typeof (value as { code?: unknown }).code !== 'string') {
    throw new InvalidOptionsError(name, 'a locale object from "tactful/locales/<lng>" or defineLocale()', value);
  }
}

/** A transcript given as text is neither JSON nor `Agent: …` / `Customer: …` lines. `line` is 1-based; 0 for JSON. */
export class InvalidTranscriptError extends TactfulError {
  readonly line: number;
  /** What is wrong, without the line: `expected "Agent: …", "Bot: …" or "Customer: …"`. */
  readonly problem: string;

  constructor(problem: string, line: number) {
    super('INVALID_TRANSCRIPT', `transcript${line > 0 ? `, line ${line}` : ''}: ${problem}`);
    this.line = line;
    this.problem = problem;
  }
}

/** Shortens long input for error messages so a 1 MB string never floods a log. */
export function truncate(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A short, safe description of any value, for error messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(truncate(value));
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Whether something thrown is a TactfulError, asked safely: a thrown Proxy may trap `instanceof`. */
function isTactful(error: unknown): boolean {
  try {
    return error instanceof TactfulError;
  } catch {
    return false;
  }
}

/** What something thrown says, read safely: its `message` may be a throwing getter, or no string. */
function messageOf(error: unknown): string {
  try {
    const message: unknown = (error as { message?: unknown } | null)?.message;
    return typeof message === 'string' ? message : describeValue(error);
  } catch {
    return 'it could not be read';
  }
}

/**
 * Rethrows what went wrong reading a caller's input as the caller's `TactfulError`, made by
 * `refuse` from its message, with the original as its `cause`: a revoked Proxy, a structure too
 * deep, or a getter that throws (whatever it throws: a `SyntaxError`, its own error class, a
 * string). A `TactfulError` already names what was wrong, and is rethrown as it is.
 */
export function refuseUnreadable(error: unknown, refuse: (message: string) => TactfulError): never {
  if (isTactful(error)) throw error;
  const refused = refuse(truncate(messageOf(error), 200));
  Object.defineProperty(refused, 'cause', { value: error, writable: true, configurable: true });
  throw refused;
}
