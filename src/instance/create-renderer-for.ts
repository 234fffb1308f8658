import { InvalidOptionsError, refuseUnreadable } from '../core/errors';
import type { AnyTemplate, TemplateMap } from '../core/template';
import { rendererOf } from './renderer';
import type { Renderer, RendererForOptions } from './types';

/**
 * Creates a renderer of exactly the templates it is given: a category of the built-in ones from
 * `tactful/templates`, your own from `defineTemplate`, or both. It is `createRenderer` without the
 * rest of the built-in catalog, so a chat widget that sends apologies bundles the apology templates
 * and, with a category's text from `tactful/locales/<lng>/categories`, only their messages: about
 * two thirds of what `createRenderer` with a whole locale's text weighs (39 against 59 KB min+gz in
 * Latvian). Parts of one locale given separately
 * join (`[lvApology, lvClosing]`). Rendering a template that was not given is a
 * `TemplateNotFoundError`; one whose category's text was not given, a `LocaleNotAvailableError`
 * naming the part to import.
 *
 * @example
 * ```ts
 * import { createRendererFor } from 'tactful/render';
 * import { apology, closing } from 'tactful/templates';
 * import { apology as lvApology, closing as lvClosing } from 'tactful/locales/lv/categories';
 *
 * const renderer = createRendererFor({ templates: [...apology, ...closing], locales: [lvApology, lvClosing] });
 * renderer.render('apology.wrong-item', { customerName: 'Jānis', ordered: 'zils krekls', received: 'sarkans krekls' });
 * ```
 */
export function createRendererFor<const T extends readonly AnyTemplate[]>(options: RendererForOptions<T>): Renderer<TemplateMap<T>> {
  try {
    const templates: unknown = typeof options === 'object' && options !== null ? options.templates : [];
    if (!Array.isArray(templates) || templates.length === 0) {
      throw new InvalidOptionsError('templates', 'a non-empty array of templates, e.g. apology from "tactful/templates"', templates);
    }
  } catch (error) {
    refuseUnreadable(error, (message) => new InvalidOptionsError('options', 'plain options that can be read', message));
  }
  return rendererOf(options, []) as unknown as Renderer<TemplateMap<T>>;
}
