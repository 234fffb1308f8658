import { InvalidTemplateError } from '../core/errors';
import type { Structure } from '../core/structure';
import { assembleTemplate, structureNames, structuresOf, type Template, type TemplateSource, type VariableShape } from '../core/template';
import { compileStructure } from './analyze';

export { compileStructure } from './analyze';
export type { CompiledStructure } from './analyze';

/**
 * Defines a template at run time. The structure is checked now — syntax, helpers, variables —
 * so a broken template fails where it is written, with its id and the line and column, never
 * in front of a customer. This entry point loads Handlebars to parse the structure; the
 * built-in catalog is compiled at build time and never needs it. Either way a structure
 * becomes plain data, never code, so rendering needs no `eval` and works under a strict
 * Content-Security-Policy.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * import { createTactful, v } from 'tactful';
 * import { defineTemplate } from 'tactful/define';
 * import en from 'tactful/locales/en';
 *
 * const orderReady = defineTemplate({
 *   id: 'shop.order-ready',
 *   description: 'Tell the customer their order can be collected.',
 *   variables: { orderId: v.text('The order number') },
 *   structure: '{{t "body"}}',
 *   example: { orderId: 'A-1042' },
 *   messages: { en: { body: 'Good news: order {{orderId}} is ready to collect.' } },
 * });
 *
 * const tactful = createTactful({ locales: [en], templates: [orderReady] });
 * tactful.render('shop.order-ready', { orderId: 'A-1042' });
 * // 'Good news: order A-1042 is ready to collect.'
 * ```
 */
export function defineTemplate<const Id extends string, S extends VariableShape>(source: TemplateSource<Id, S>): Template<Id, S> {
  if (typeof source !== 'object' || source === null) throw new InvalidTemplateError('(none)', 'a template definition must be an object');
  const id = String(source.id);
  if (typeof source.description !== 'string' || source.description.trim() === '') {
    throw new InvalidTemplateError(id, 'a template needs a one-line description');
  }
  if (typeof source.variables !== 'object' || source.variables === null) {
    throw new InvalidTemplateError(id, 'variables must be an object of zod schemas');
  }
  const declared = structureNames(source);
  const variants: Structure[] = structuresOf(source).map((structure) => compileStructure(id, structure, declared).nodes);
  return assembleTemplate(source, variants);
}
