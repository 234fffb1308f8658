import { renderableTemplates } from '../catalog/renderable';
import type { AnyTemplate } from '../core/template';
import { rendererOf } from './renderer';
import type { CatalogOf, Renderer, RendererOptions } from './types';

/**
 * Creates a render-only instance: `render`, `renderResult` and `templates` as on `createTactful`'s
 * instance, with the same options (but `voice`, the linter's), for an app that only sends replies
 * (a chat widget). It does not carry the linter, `guard`, the conversation checker or the catalog's
 * descriptions and examples, so a widget that renders Latvian downloads about half of what
 * `tactful` + `tactful/locales/lv` weigh. Give it text locales (`tactful/locales/<lng>/text`) or
 * whole ones.
 *
 * @example
 * ```ts
 * import { createRenderer } from 'tactful/render';
 * import lv from 'tactful/locales/lv/text';
 *
 * const renderer = createRenderer({ locales: [lv] });
 * renderer.render('greeting.welcome', { customerName: 'Jānis' });
 * // → 'Labdien, Jāni! Paldies, ka sazinājāties ar mums. Kā varu Jums palīdzēt?'
 * ```
 */
export function createRenderer<const T extends readonly AnyTemplate[] = readonly []>(options: RendererOptions<T>): Renderer<CatalogOf<T>> {
  return rendererOf(options, renderableTemplates) as unknown as Renderer<CatalogOf<T>>;
}
