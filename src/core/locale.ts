import { LOCALE_CODES } from '../generated/locale-codes';
import { InvalidLocaleError, InvalidOptionsError, refuseUnreadable, requireLocaleObject } from './errors';
import { REGISTERS, type LintLocale, type LocaleDefinition, type LocaleResources, type MessageTree, type TextLocale } from './types';
import { copyMessageTrees, describeTreeProblem } from './message-keys';

/**
 * Canonicalises a BCP 47 tag (`LT-lt` → `lt-LT`). Throws `InvalidOptionsError` for a string that is
 * not a language tag.
 */
export function canonicalLocale(tag: string, option = 'locale'): string {
  // A tag comes from Accept-Language or a customer profile: refused unread past any real tag's length.
  if (typeof tag === 'string' && tag.length > MAX_TAG_LENGTH) {
    throw new InvalidOptionsError(option, `a BCP 47 language tag such as "lv" or "lt-LT", at most ${MAX_TAG_LENGTH} characters (this one has ${tag.length})`, tag);
  }
  // Intl.getCanonicalLocales costs microseconds, and a render asks for the same few tags.
  const known = canonicalCache.get(tag);
  if (known !== undefined) return known;
  try {
    // Help desks and operating systems often send POSIX-style tags: lv_LV is lv-LV.
    const [canonical] = Intl.getCanonicalLocales(typeof tag === 'string' ? tag.replace(/_/g, '-') : tag);
    if (canonical) {
      if (canonicalCache.size < 1000) canonicalCache.set(tag, canonical);
      return canonical;
    }
  } catch {
    // reported below
  }
  throw new InvalidOptionsError(option, 'a BCP 47 language tag such as "lv" or "lt-LT"', tag);
}

const canonicalCache = new Map<string, string>();

/**
 * The longest tag accepted. Real tags are short (`sr-Latn-RS`, `de-DE-u-co-phonebk`); RFC 5646
 * asks implementations to handle at least 35 characters, and extensions may add a few more.
 */
export const MAX_TAG_LENGTH = 128;

/** The language part of a tag: `lt-LT` → `lt`. */
export function languageOf(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}

/**
 * Declares a locale: its code, its name, the registers it distinguishes and its messages.
 * Checks the shape so a malformed locale is reported when it is loaded, with the locale's code.
 * A locale for linting alone may leave out `resources` and give `lint` (the tone rules' phrases).
 *
 * @example
 * ```ts
 * const de = defineLocale({
 *   code: 'de',
 *   name: 'Deutsch',
 *   registers: ['formal', 'informal'],
 *   resources: { greeting: { welcome: { anonymous_formal: 'Guten Tag!', anonymous_informal: 'Hallo!' } } },
 * });
 * ```
 */
export function defineLocale<const L extends LocaleDefinition>(locale: L): L;
export function defineLocale(input: LocaleDefinition): LocaleDefinition {
  try {
    return checkedLocale(input);
  } catch (error) {
    refuseUnreadable(error, (message) => new InvalidLocaleError('(none)', `a locale must be plain data that can be read (${message})`));
  }
}

function checkedLocale(input: LocaleDefinition): LocaleDefinition {
  if (typeof input !== 'object' || input === null) throw new InvalidLocaleError('(none)', 'a locale must be an object');
  // Each field is read once: a getter answering one thing to the checks below and another to the
  // copy would otherwise slip past them.
  const locale: LocaleDefinition = { ...input };
  const code = canonicalLocale(String(locale.code), 'code');
  if (typeof locale.name !== 'string' || locale.name.trim() === '') throw new InvalidLocaleError(code, 'a locale needs its name');
  const registers = Array.isArray(locale.registers) ? locale.registers : [];
  if (!registers.includes('formal') || registers.some((r) => !REGISTERS.includes(r))) {
    throw new InvalidLocaleError(code, `registers must include "formal" and may add "informal", received ${JSON.stringify(locale.registers)}`);
  }
  if (locale.vocative !== undefined && typeof locale.vocative !== 'function') {
    throw new InvalidLocaleError(code, 'vocative must be a function from a name to its vocative form');
  }
  const resources = locale.resources !== undefined || locale.lint === undefined ? copyResources(code, locale.resources) : undefined;
  if (locale.lint !== undefined && (typeof locale.lint !== 'object' || locale.lint === null || Array.isArray(locale.lint))) {
    throw new InvalidLocaleError(code, 'lint must be an object of tone-rule data by rule id, such as { "policy-shield": { … } }');
  }
  const formatLocale = locale.formatLocale === undefined ? undefined : canonicalLocale(locale.formatLocale, 'formatLocale');
  if (formatLocale !== undefined && languageOf(formatLocale) !== languageOf(code)) {
    throw new InvalidLocaleError(code, `formatLocale must be a tag of the same language, such as "${code}-GB", received "${locale.formatLocale}"`);
  }
  if (locale.quotes !== undefined && !(Array.isArray(locale.quotes) && locale.quotes.length === 2 && locale.quotes.every((q) => typeof q === 'string' && q !== ''))) {
    throw new InvalidLocaleError(code, 'quotes must be a pair of marks, such as ["„", "”"]');
  }
  if (locale.regions !== undefined && (typeof locale.regions !== 'object' || locale.regions === null || Array.isArray(locale.regions))) {
    throw new InvalidLocaleError(code, 'regions must be an object of overlays by tag, such as { "en-US": { … } }');
  }
  let regions: Record<string, LocaleResources> | undefined;
  for (const [tag, overlay] of Object.entries(locale.regions ?? {})) {
    const region = canonicalLocale(tag, 'regions');
    if (languageOf(region) !== languageOf(code) || region === code) {
      throw new InvalidLocaleError(code, `a regional overlay must be a fuller tag of the same language, such as "${code}-US", received "${tag}"`, tag);
    }
    (regions ??= {})[tag] = copyResources(code, overlay, `${region}/`);
  }
  // The locale keeps the messages it checked, read once: a later change to the caller's objects
  // (or a getter answering differently the second time) cannot reach it.
  return Object.freeze({ ...locale, code, registers: Object.freeze([...registers]), ...(resources ? { resources } : {}), ...(regions ? { regions } : {}), ...(formatLocale ? { formatLocale } : {}) });
}

/**
 * A locale's messages from outside, checked and read once into objects of their own; an
 * `InvalidLocaleError` naming the first key that is not a message (`where` prefixes it: `en-US/`).
 */
export function copyResources(code: string, resources: unknown, where = ''): LocaleResources {
  if (typeof resources !== 'object' || resources === null || Array.isArray(resources)) throw new InvalidLocaleError(code, 'resources must be an object of namespaces');
  return copyMessageTrees(
    resources,
    (ns, path, problem, value) => {
      throw new InvalidLocaleError(code, describeTreeProblem(problem, value), ns === '' ? where || undefined : path ? `${where}${ns}:${path}` : `${where}${ns}`);
    },
    true,
  );
}

/**
 * The whole locale from its parts, for `src/generated/locales/<lng>.ts`: the text part and the lint
 * part were each checked by `defineLocale`, so nothing is checked again (the import stays cheap).
 */
export function joinLocaleParts<const T extends TextLocale, const L extends LintLocale, const E extends Partial<LocaleDefinition>>(text: T, lint: L, extra: E): T & Pick<L, 'lint'> & E {
  return Object.freeze({ ...text, lint: lint.lint, ...extra });
}

/**
 * Two locales given with the same code, as one: parts of a locale given separately
 * (`apology` and `closing` from `tactful/locales/lv/categories`, or a text part and a lint part). What each
 * holds by category, overlay or rule joins; the same category, overlay namespace or rule in both,
 * or a name, registers, quotes, format locale or vocative that differ, is an `InvalidOptionsError`
 * (which one should win would be a guess).
 */
export function joinSameLocale(first: LocaleDefinition, second: LocaleDefinition, code: string): LocaleDefinition {
  const refuse = (what: string): never => {
    throw new InvalidOptionsError('locales', 'parts of one locale that do not overlap (each category, overlay and tone rule once; the same name, registers and quotes)', `${code} twice, ${what}`);
  };
  return joinRecords(first, second, (field, before, value) => {
    if (field === 'code' || before === undefined || value === undefined || before === value) return before ?? value;
    if (field === 'resources' || field === 'lint') return joinRecords(before, value, (key) => refuse(`with ${field === 'lint' ? 'the tone rule' : 'the category'} ${key} in both`));
    // Overlays by their canonical tag: `en-us` and `en-US` are one overlay, as the message store keeps them.
    if (field === 'regions') return joinRecords(byCanonicalTag(before), byCanonicalTag(value), (tag, a, b) => joinRecords(a, b, (ns) => refuse(`with the ${tag} overlay of ${ns} in both`)));
    if (String(before) !== String(value) || typeof value === 'function' || (typeof value === 'object' && !Array.isArray(value))) refuse(`with different ${field}`);
    return before;
  }) as unknown as LocaleDefinition;
}

/** Regional overlays keyed by their canonical tags (two spellings of one tag in one locale: the later wins, as in the message store). */
function byCanonicalTag(regions: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(regions as Record<string, unknown>).map(([tag, overlay]) => [canonicalLocale(tag, 'locales'), overlay]));
}

/** Two records as one, own keys only (a `__proto__` key stays a key); `clash` decides a key both hold. */
function joinRecords(a: unknown, b: unknown, clash: (key: string, a: unknown, b: unknown) => unknown): Readonly<Record<string, unknown>> {
  const joined = new Map(Object.entries(a as Record<string, unknown>));
  for (const [key, value] of Object.entries(b as Record<string, unknown>)) joined.set(key, joined.has(key) ? clash(key, joined.get(key), value) : value);
  return Object.freeze(Object.fromEntries(joined));
}

/** The name a built-in category is exported under from `tactful/templates` and `…/categories`: `negative-feedback` → `negativeFeedback`. */
export function categoryExport(category: string): string {
  return category.replace(/-([a-z])/g, (_m, letter: string) => letter.toUpperCase());
}

/** How to import a shipped locale's part, for error messages: `tactful/locales/lv/lint`. */
function partImport(code: string, part: 'text' | 'lint'): string {
  const language = languageOf(code);
  // A language tactful does not ship has no such import: say what the caller's own locale needs.
  if (!(LOCALE_CODES as readonly string[]).includes(language)) {
    return part === 'lint'
      ? `a locale of your own needs \`lint\` in defineLocale(): each tone rule's message, suggestions and phrases in its language (the shape of src/lint/rules/<rule>/en.json in tactful's repository)`
      : `a locale of your own needs \`resources\` in defineLocale(): its i18next messages by namespace`;
  }
  return `\`import ${language} from "tactful/locales/${language}/${part}"\` (or the whole "tactful/locales/${language}"), or defineLocale() with ${part === 'lint' ? 'lint' : 'resources'}`;
}

/** The locale if it has its template text; an `InvalidOptionsError` saying which part to import otherwise. */
export function requireTextPart(locale: LocaleDefinition, option = 'locales'): TextLocale {
  requireLocaleObject(option, locale);
  if (typeof locale.resources === 'object' && locale.resources !== null) return locale as TextLocale;
  throw new InvalidOptionsError(option, `a locale with its template text to render: ${partImport(locale.code, 'text')}`, `${locale.code} (tone-rule phrases only)`);
}

/** The locale if it has its tone rules' phrases; an `InvalidOptionsError` saying which part to import otherwise. */
export function requireLintPart(locale: LocaleDefinition, option = 'locale'): LintLocale {
  requireLocaleObject(option, locale);
  if (typeof locale.lint === 'object' && locale.lint !== null) return locale as LintLocale;
  throw new InvalidOptionsError(option, `a locale with its tone rules' phrases to lint: ${partImport(locale.code, 'lint')}`, `${locale.code} (${locale.resources ? 'template text only' : 'no tone-rule phrases'})`);
}
