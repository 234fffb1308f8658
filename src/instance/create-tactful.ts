import { TemplateCatalog } from '../catalog/query';
import { InvalidOptionsError } from '../core/errors';
import { canonicalLocale } from '../core/locale';
import { resolveTextLocale } from '../core/locale-resolver';
import { checkKnownOptions } from '../core/options';
import type { AnyTemplate } from '../core/template';
import { CHANNELS, REGISTERS } from '../core/types';
import { validateVariables } from '../core/validate';
import { checkConversation } from '../conversation/check';
import { detectLocale } from '../conversation/language';
import { polishReply } from '../conversation/polish';
import { guardWithInstance } from '../guard/instance';
import { fix, fixResult, lint } from '../lint/linter';
import type { LintOptions } from '../lint/options';
import { VOICES } from '../lint/options';
import { LocaleRegistry } from '../render/locale-registry';
import { checkTimeZone, renderTemplate, type RenderOptions, type RenderResult } from '../render/render-template';
import { pickVariant } from '../render/variant';
import type { CatalogOf, InstanceLintOptions, Tactful, TactfulOptions } from './types';

const INSTANCE_OPTIONS: ReadonlySet<string> = new Set(['locales', 'defaultLocale', 'register', 'channel', 'templates', 'strict', 'timeZone', 'voice']);
const RENDER_OPTIONS: ReadonlySet<string> = new Set(['locale', 'register', 'channel', 'variant', 'strict', 'timeZone', 'now']);

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
 * // → 'Labdien, Jāni! Paldies, ka sazinājāties ar mums. Kā varu Jums palīdzēt?'
 * ```
 */
export function createTactful<const T extends readonly AnyTemplate[] = readonly []>(options: TactfulOptions<T>): Tactful<CatalogOf<T>> {
  if (typeof options !== 'object' || options === null) throw new InvalidOptionsError('options', 'an object', options);
  checkKnownOptions(options, INSTANCE_OPTIONS);
  const templates = options.templates ?? [];
  for (const template of templates) {
    if (typeof template !== 'object' || template === null || !Array.isArray(template.variants)) {
      throw new InvalidOptionsError('templates', 'templates made with defineTemplate() from "tactful/define"', template);
    }
  }
  const locales = new LocaleRegistry(options.locales, options.defaultLocale, templates);
  const defaults = {
    register: checkChoice('register', options.register ?? 'formal', REGISTERS),
    channel: checkChoice('channel', options.channel ?? 'text', CHANNELS),
    strict: options.strict ?? false,
    timeZone: checkTimeZone(options.timeZone, 'timeZone'),
    voice: checkChoice('voice', options.voice ?? 'casual', VOICES),
  };
  const catalog = new TemplateCatalog(templates);

  // `inline` (internal, for polish): a fragment to join to the caller's text, without `<p>` on html.
  const renderResult = (id: string, variables?: unknown, renderOptions: RenderOptions = {}, inline = false): RenderResult => {
    if (typeof renderOptions !== 'object' || renderOptions === null) throw new InvalidOptionsError('options', 'an object of render options', renderOptions);
    checkKnownOptions(renderOptions, RENDER_OPTIONS);
    const template = catalog.get(id);
    const values = validateVariables(template, variables);
    const requestedLocale = canonicalLocale(renderOptions.locale ?? locales.defaultLocale);
    const register = checkChoice('register', renderOptions.register ?? defaults.register, REGISTERS);
    const channel = checkChoice('channel', renderOptions.channel ?? defaults.channel, CHANNELS);
    const served = locales.serve(template, requestedLocale, register, renderOptions.strict ?? defaults.strict);
    const variant = pickVariant(template, renderOptions.variant);
    const timeZone = checkTimeZone(renderOptions.timeZone, 'timeZone') ?? defaults.timeZone;
    return renderTemplate(template, values, served, { requestedLocale, channel, variant, timeZone, now: renderOptions.now, inline });
  };

  // Lint in the locale named, else the text's language among the loaded ones (a Latvian reply on
  // an instance that defaults to English is linted as Latvian), else the default.
  const lintOptions = (text: string, options: InstanceLintOptions): LintOptions => ({
    register: defaults.register,
    voice: defaults.voice,
    ...options,
    locale: resolveTextLocale(options.locale ?? undefined, locales.loaded, {
      detect: () => (locales.loaded.length > 1 && typeof text === 'string' ? detectLocale(text, locales.loaded) : undefined),
      fallback: locales.defaultLocale,
    }),
    locales: locales.loaded,
  });

  const instance: Tactful<Record<string, AnyTemplate>> = {
    render: (id, ...args) => renderResult(id, args[0], args[1]).text,
    renderResult: (id, ...args) => renderResult(id, args[0], args[1]),
    templates: (filter = {}) => catalog.query(filter, locales),
    has: (id: string): id is string => catalog.has(id),
    lint: (text, options = {}) => lint(text, lintOptions(text, options)),
    fix: (text, options = {}) => fix(text, lintOptions(text, options)),
    fixResult: (text, options = {}) => fixResult(text, lintOptions(text, options)),
    checkConversation: (transcript, options = {}) => checkConversation(transcript, { register: defaults.register, ...options, locales: locales.loaded }),
    polish(reply, context = {}) {
      if (typeof reply !== 'string') throw new InvalidOptionsError('reply', 'a string', reply);
      const register = context.register ?? defaults.register;
      const conversation = [reply, ...(context.transcript ?? []).map((m) => m.text)].join('\n');
      const locale = resolveTextLocale(context.locale, locales.loaded, {
        detect: () => detectLocale(conversation, locales.loaded.filter((l) => l.conversation)),
        fallback: locales.defaultLocale,
        unknownTag: 'fallback',
      })!;
      return polishReply(reply, { ...context, register, lint: { voice: defaults.voice, ...context.lint } }, {
        locale,
        channel: defaults.channel,
        render: (id, variables, variant) => renderResult(id, variables, { locale: locale.code, register, ...(variant === undefined ? {} : { variant }) }, true).text,
      });
    },
    guard: (reply, options = {}) => guardWithInstance(reply, options, { lintOptions, polish: (text, context) => instance.polish(text, context) }),
    get locales() {
      return Object.freeze([locales.defaultLocale, ...locales.codes.filter((code) => code !== locales.defaultLocale)]);
    },
    addLocale: (locale) => locales.addLocale(locale),
    overrideMessages: (code, messages) => locales.overrideMessages(code, messages),
    defaultLocale: locales.defaultLocale,
  };
  return Object.freeze(instance) as unknown as Tactful<CatalogOf<T>>;
}
