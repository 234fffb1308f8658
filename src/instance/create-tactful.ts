import { builtinTemplates } from '../catalog/index';
import { InvalidOptionsError } from '../core/errors';
import { resolveTextLocale } from '../core/locale-resolver';
import type { AnyTemplate } from '../core/template';
import { checkConversation } from '../conversation/check';
import { detectLocale, weighLocales } from '../conversation/language';
import { checkPolishContext, polishReply } from '../conversation/polish';
import { guardWithInstance } from '../guard/instance';
import { fix, fixResult, lint } from '../lint/linter';
import type { LintOptions } from '../lint/options';
import { VOICES } from '../lint/options';
import { checkLocale } from '../translate/check';
import { checkChoice, createRenderCore, RENDERER_OPTIONS } from './render-core';
import type { CatalogOf, InstanceLintOptions, Tactful, TactfulOptions } from './types';

const INSTANCE_OPTIONS: ReadonlySet<string> = new Set([...RENDERER_OPTIONS, 'voice']);

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
  const { locales, catalog, defaults: renderDefaults, renderResult, codes } = createRenderCore(options, builtinTemplates, INSTANCE_OPTIONS);
  const defaults = { ...renderDefaults, voice: checkChoice('voice', options.voice ?? 'casual', VOICES) };

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
      checkPolishContext(context);
      const register = context.register ?? defaults.register;
      // What polish adds must be in the reply's language: the reply decides. A customer who wrote in
      // Latvian to a bot that answers in English gets an English greeting, not "Labdien, Jāni! Your
      // parcel…". Where the reply says nothing of its own ("OK!"), the conversation gives the locale,
      // and with several loaded nothing is added (polish's `languageUnsure`).
      const candidates = locales.loaded.filter((l) => l.conversation);
      let languageUnsure = false;
      const detect = () => {
        const own = weighLocales(reply, candidates);
        if (own && own.evidence > 0) return own.locale;
        languageUnsure = candidates.length > 1;
        return detectLocale([reply, ...(context.transcript ?? []).map((m) => m.text)].join('\n'), candidates);
      };
      const locale = resolveTextLocale(context.locale, locales.loaded, {
        detect,
        fallback: locales.defaultLocale,
      })!;
      return polishReply(reply, { ...context, register, lint: { voice: defaults.voice, ...context.lint } }, {
        locale,
        channel: defaults.channel,
        languageUnsure,
        render: (id, variables, variant) => renderResult(id, variables, { locale: locale.code, register, ...(variant === undefined ? {} : { variant }) }, true).text,
      });
    },
    guard: (reply, options = {}) => guardWithInstance(reply, options, { lintOptions, polish: (text, context) => instance.polish(text, context) }),
    get locales() {
      return codes();
    },
    addLocale: (locale) => locales.addLocale(locale, (checked, source) => checkLocale(checked, { source, tone: false })),
    overrideMessages: (code, messages) => locales.overrideMessages(code, messages),
    defaultLocale: locales.defaultLocale,
    timeZone: renderDefaults.timeZone,
  };
  return Object.freeze(instance) as unknown as Tactful<CatalogOf<T>>;
}
