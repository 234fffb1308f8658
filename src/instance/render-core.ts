import { TemplateCatalog } from '../catalog/query';
import { InvalidOptionsError } from '../core/errors';
import { canonicalLocale } from '../core/locale';
import { checkKnownOptions } from '../core/options';
import type { AnyTemplate } from '../core/template';
import { CHANNELS, REGISTERS, type Channel, type Register } from '../core/types';
import { validateVariables } from '../core/validate';
import { LocaleRegistry } from '../render/locale-registry';
import { checkTimeZone, renderTemplate, type RenderOptions, type RenderResult } from '../render/render-template';
import { pickVariant } from '../render/variant';
import type { RendererOptions } from './types';

const RENDER_OPTIONS: ReadonlySet<string> = new Set(['locale', 'register', 'channel', 'variant', 'strict', 'timeZone', 'now']);

/** The options both `createTactful` and `createRenderer` take; `createTactful` adds `voice`. */
export const RENDERER_OPTIONS: readonly string[] = ['locales', 'defaultLocale', 'register', 'channel', 'templates', 'strict', 'timeZone'];

export function checkChoice<T extends string>(option: string, value: unknown, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new InvalidOptionsError(option, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, value);
  return value as T;
}

/** A true-or-false option: `strict: 'true'` read as truthy-or-not would quietly fall back to another language. */
function checkFlag(option: string, value: unknown): boolean {
  if (typeof value !== 'boolean') throw new InvalidOptionsError(option, 'true or false', value);
  return value;
}

/** What an instance renders with: its locales, its catalog, its defaults and the render call itself. */
export interface RenderCore {
  readonly locales: LocaleRegistry;
  readonly catalog: TemplateCatalog;
  readonly defaults: { readonly register: Register; readonly channel: Channel; readonly strict: boolean; readonly timeZone: string | undefined };
  /** `inline` (internal, for polish): a fragment to join to the caller's text, without `<p>` on html. */
  renderResult(id: string, variables?: unknown, options?: RenderOptions, inline?: boolean): RenderResult;
  /** The loaded locales' codes, the default first. */
  codes(): readonly string[];
}

/**
 * The part of an instance that renders, shared by `createTactful` (with the catalog's descriptions
 * and examples) and `createRenderer` (without): the options checked once, the locales, the catalog
 * with the caller's templates, and `renderResult`.
 */
export function createRenderCore(options: RendererOptions<readonly AnyTemplate[]>, builtins: readonly AnyTemplate[], known: ReadonlySet<string>): RenderCore {
  if (typeof options !== 'object' || options === null) throw new InvalidOptionsError('options', 'an object', options);
  checkKnownOptions(options, known);
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
    strict: checkFlag('strict', options.strict ?? false),
    timeZone: checkTimeZone(options.timeZone, 'timeZone'),
  };
  // No built-in templates at all: createRendererFor, which knows only the templates it was given.
  const catalog = new TemplateCatalog(builtins, templates, builtins.length === 0);

  const renderResult = (id: string, variables?: unknown, renderOptions: RenderOptions = {}, inline = false): RenderResult => {
    if (typeof renderOptions !== 'object' || renderOptions === null) throw new InvalidOptionsError('options', 'an object of render options', renderOptions);
    checkKnownOptions(renderOptions, RENDER_OPTIONS);
    const template = catalog.get(id);
    const values = validateVariables(template, variables);
    const requestedLocale = canonicalLocale(renderOptions.locale ?? locales.defaultLocale);
    const register = checkChoice('register', renderOptions.register ?? defaults.register, REGISTERS);
    const channel = checkChoice('channel', renderOptions.channel ?? defaults.channel, CHANNELS);
    const served = locales.serve(template, requestedLocale, register, checkFlag('strict', renderOptions.strict ?? defaults.strict));
    const variant = pickVariant(template, renderOptions.variant);
    const timeZone = checkTimeZone(renderOptions.timeZone, 'timeZone') ?? defaults.timeZone;
    return renderTemplate(template, values, served, { requestedLocale, channel, variant, timeZone, now: renderOptions.now, inline });
  };

  return {
    locales,
    catalog,
    defaults,
    renderResult,
    codes: () => Object.freeze([locales.defaultLocale, ...locales.codes.filter((code) => code !== locales.defaultLocale)]),
  };
}
