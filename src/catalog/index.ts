import type { AnyTemplate, Template } from '../core/template';
import type { templateSources } from '../generated/template-sources';
import { builtinTemplate } from './builtin';
import { catalog } from '../generated/catalog';
import { catalogDetails } from '../generated/catalog-details';

type Sources = typeof templateSources;

/** The built-in templates by id, with their exact variable types. */
export type BuiltinTemplates = { [S in Sources[number] as S['id']]: Template<S['id'], S['variables']> };

/** The id of a built-in template. */
export type BuiltinTemplateId = keyof BuiltinTemplates;

/**
 * Every built-in template, from the data `npm run generate` compiles out of templates/, with its
 * description and example (`templates()` shows them). `tactful/render` uses `renderableTemplates`.
 */
export const builtinTemplates: readonly AnyTemplate[] = catalog.map((entry) => builtinTemplate(entry, catalogDetails[entry.id]));
