import { InvalidOptionsError, requireString } from './errors';
import { canonicalLocale, languageOf } from './locale';
import type { LocaleDefinition, Register } from './types';

/**
 * Where a request falls back: the one owner of that policy, as i18next's
 * `LanguageUtils.toResolveHierarchy` is for i18next. A tag falls back along its own chain (`lt-LT`
 * → `lt`), then to the default locale; a register falls back from informal to formal. Rendering,
 * the catalog, the linter, the conversation checker, `polish`, the CLI and the textlint rule all
 * ask here, so none of them decides it differently.
 */

/** The language tactful's own text is written in: the last step where a caller names no default (the CLI, the textlint rule). */
export const SOURCE_LOCALE = 'en';

/**
 * The locales to try for a request, most specific first: `sr-Latn-RS` → `sr-Latn-RS`, `sr-Latn`,
 * `sr`, then the default locale.
 *
 * @example
 * ```ts
 * localeChain('lt-LT', 'en'); // → ['lt-LT', 'lt', 'en']
 * ```
 */
export function localeChain(requested: string, defaultLocale: string): string[] {
  requireString('requested', requested);
  requireString('defaultLocale', defaultLocale);
  return [...chainOf(requested, defaultLocale)];
}

/** `localeChain`, shared: a render asks for the same few chains over and over, and they never change. */
function chainOf(requested: string, defaultLocale: string): readonly string[] {
  const key = `${requested}\u0000${defaultLocale}`;
  const known = chainCache.get(key);
  if (known) return known;
  const chain: string[] = [];
  // Lookup drops extensions and private use (RFC 4647: `en-x-…` → `en`) and then one subtag at a
  // time; each prefix is a slice of the last, so the chain costs as much as the tag is long.
  const singleton = /-[a-z0-9]-/i.exec(requested);
  let prefix = singleton ? requested.slice(0, singleton.index) : requested;
  if (singleton && prefix !== '') chain.push(requested);
  for (; prefix !== ''; prefix = prefix.slice(0, Math.max(0, prefix.lastIndexOf('-')))) chain.push(prefix);
  if (!chain.includes(defaultLocale)) chain.push(defaultLocale);
  if (chainCache.size < 1000) chainCache.set(key, chain);
  return chain;
}

const chainCache = new Map<string, readonly string[]>();

/** A loaded locale and the code it was found under (a regional overlay's own tag, `en-US`). */
export interface LocaleCandidate {
  readonly code: string;
  readonly locale: LocaleDefinition;
}

/**
 * The loaded locales that may serve a request, in the order to try them: along the tag's chain,
 * then the default locale when one is given. `sameLanguage` (strict) keeps only those in the
 * language asked for. `lookup` finds a loaded locale by code.
 *
 * @example
 * ```ts
 * const loaded = new Map([['lt', lt], ['en', en]]);
 * fallbackCandidates('lt-LT', (code) => loaded.get(code), { defaultLocale: 'en' }).map((c) => c.code);
 * // → ['lt', 'en']
 * ```
 */
export function fallbackCandidates(
  requested: string,
  lookup: (code: string) => LocaleDefinition | undefined,
  options: { readonly defaultLocale?: string; readonly sameLanguage?: boolean } = {},
): LocaleCandidate[] {
  const language = languageOf(requested);
  const candidates: LocaleCandidate[] = [];
  for (const code of chainOf(requested, options.defaultLocale ?? requested)) {
    if (options.sameLanguage && languageOf(code) !== language) continue;
    const locale = lookup(code);
    if (locale) candidates.push({ code, locale });
  }
  return candidates;
}

/** How a text's locale is chosen when the caller names none (a named tag that no loaded locale serves is refused). */
export interface TextLocaleOptions {
  /** The text's language among the candidates, when the caller names none. */
  readonly detect?: () => LocaleDefinition | undefined;
  /** The last step: a loaded locale's code, or the locale itself. */
  readonly fallback?: string | LocaleDefinition;
}

/**
 * The locale a text is written in: the one the caller names (a locale object as given, a tag
 * along its chain among `locales`), else the detected one, else the fallback. The policy of
 * `lint`, `fix`, `polish`, `checkConversation`, the CLI and the textlint rule. Returns undefined
 * only when nothing is named, nothing detected and there is no fallback.
 *
 * @example
 * ```ts
 * resolveTextLocale('lv-LV', [en, lv]).code; // → 'lv'
 * resolveTextLocale(undefined, [en, lv], { fallback: 'en' }).code; // → 'en'
 * ```
 */
export function resolveTextLocale(named: string | LocaleDefinition | undefined, locales: readonly LocaleDefinition[], options: TextLocaleOptions = {}): LocaleDefinition | undefined {
  if (typeof named === 'object' && named !== null) return named;
  const byCode = (code: string) => locales.find((l) => l.code === code);
  const fallback = typeof options.fallback === 'string' ? byCode(options.fallback) : options.fallback;
  if (named === undefined) return options.detect?.() ?? fallback;
  const tag = canonicalLocale(named);
  const [found] = fallbackCandidates(tag, byCode);
  if (found) return found.locale;
  const language = languageOf(tag);
  throw new InvalidOptionsError(
    'locale',
    `a loaded locale (${locales.map((l) => l.code).join(', ') || 'none given'}); pass the locale object, e.g. { locale: ${language} } with \`import ${language} from "tactful/locales/${language}"\``,
    named,
  );
}

/**
 * The registers to look a message up in, most wanted first: informal text falls back to formal,
 * never the reverse (a formal reply must not say "tu").
 */
export function registerFallback(register: Register): readonly Register[] {
  return register === 'formal' ? FORMAL_ONLY : [register, 'formal'];
}

const FORMAL_ONLY: readonly Register[] = ['formal'];

/** The register a locale serves for a request: the one asked for where it has it, else formal (English has one). */
export function servedRegister(locale: LocaleDefinition, requested: Register): Register {
  return locale.registers.includes(requested) ? requested : 'formal';
}

/**
 * The tag dates, numbers and money are formatted with. The caller's own tag where it names more
 * than the language and the text is in that language (`en-GB`, `lv-LV`, `ru-UA`: the messages
 * come from `en`, `lv`, `ru`); otherwise the locale's own format tag, so a bare `en` formats as
 * the British English it is written in.
 *
 * @example
 * ```ts
 * formatTag('lv-LV', 'lv', undefined); // → 'lv-LV'
 * formatTag('en', 'en', 'en-GB'); // → 'en-GB'
 * ```
 */
export function formatTag(requested: string, code: string, formatLocale: string | undefined): string {
  const language = languageOf(code);
  if (languageOf(requested) === language && requested !== language) return requested;
  return formatLocale ?? code;
}
