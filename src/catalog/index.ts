import { assembleTemplate, type AnyTemplate, type Template, type TemplateSource, type VariableShape } from '../core/template';
import { templateSources } from '../../templates';
import { structures } from './structures';

type Sources = typeof templateSources;

/** The built-in templates by id, with their exact variable types. */
export type BuiltinTemplates = { [S in Sources[number] as S['id']]: Template<S['id'], S['variables']> };

/** The id of a built-in template. */
export type BuiltinTemplateId = keyof BuiltinTemplates;

/** Every built-in template, ready to render with the structures compiled at build time. */
export const builtinTemplates: readonly AnyTemplate[] = templateSources.map((source) => {
  const compiled = structures[source.id];
  if (!compiled) throw new Error(`tactful: "${source.id}" has no compiled structure; run \`npm run generate\``);
  // Widened: each source keeps its exact type in BuiltinTemplates; here they are all just templates.
  return assembleTemplate(source as TemplateSource<string, VariableShape>, compiled);
});
