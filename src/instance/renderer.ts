import type { AnyTemplate } from '../core/template';
import { createRenderCore, RENDERER_OPTIONS } from './render-core';
import type { Renderer, RendererOptions } from './types';

const OPTIONS: ReadonlySet<string> = new Set(RENDERER_OPTIONS);

/** A renderer of the built-in templates given (all of them for `createRenderer`, none for `createRendererFor`) and the caller's. */
export function rendererOf(options: RendererOptions<readonly AnyTemplate[]>, builtins: readonly AnyTemplate[]): Renderer<Record<string, AnyTemplate>> {
  const { locales, catalog, defaults, renderResult, codes } = createRenderCore(options, builtins, OPTIONS);
  const renderer: Renderer<Record<string, AnyTemplate>> = {
    render: (id, ...args) => renderResult(id, args[0], args[1]).text,
    renderResult: (id, ...args) => renderResult(id, args[0], args[1]),
    templates: (filter = {}) => catalog.summaries(filter, locales),
    has: (id: string): id is string => catalog.has(id),
    overrideMessages: (code, messages) => locales.overrideMessages(code, messages),
    get locales() {
      return codes();
    },
    defaultLocale: locales.defaultLocale,
    timeZone: defaults.timeZone,
  };
  return Object.freeze(renderer);
}
