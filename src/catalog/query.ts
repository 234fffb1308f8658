import { TemplateNotFoundError } from '../core/errors';
import { CATEGORIES } from '../generated/locale-codes';
import { categoryExport } from '../core/locale';
import { nearest } from '../core/nearest';
import type { AnyTemplate, VariableShape } from '../core/template';
import { describeVariable, type VariableDescriptor } from '../core/variables';
import type { LocaleRegistry } from '../render/locale-registry';
import type { DetailsFilter, TemplateDetails } from './details';
import { catalogMatcher } from './filter';

/** What `templates()` returns for each template. */
export interface TemplateDescriptor extends TemplateDetails {
  /**
   * A complete set of variables that renders the template: in the language of `templates({ locale })`
   * where that locale has examples written (`templates/examples/<lng>.json`), in English otherwise.
   */
  readonly example: Readonly<Record<string, unknown>>;
  /** The loaded locales that can render it. */
  readonly locales: readonly string[];
}

/**
 * What a renderer's `templates()` (`tactful/render`) returns for each template: the descriptor
 * without the browsing data (descriptions and examples), which the render entry does not carry.
 */
export interface TemplateSummary {
  readonly id: string;
  readonly category: string;
  readonly tags: readonly string[];
  readonly variables: readonly Omit<VariableDescriptor, 'description'>[];
  /** How many phrasings (variants) it has. */
  readonly variants: number;
  /** The loaded locales that can render it. */
  readonly locales: readonly string[];
}

/** Filters of `templates()`; all given filters must match. */
export interface TemplateFilter extends DetailsFilter {
  /** Only templates this locale (or its fallback chain, without the default) can render. */
  readonly locale?: string;
  /** Words that must all appear in the id, description or tags (any case); on a renderer, in the id or tags. */
  readonly search?: string;
}

/**
 * An instance's catalog: the built-in templates, replaced or extended by the caller's, found by id
 * and queried by category, tag, words and locale. Which locale can render a template is the
 * registry's to say.
 */
export class TemplateCatalog {
  private readonly byId = new Map<string, AnyTemplate>();

  /** `givenOnly`: the catalog of `createRendererFor`, which knows only the templates it was given. */
  constructor(
    builtins: readonly AnyTemplate[],
    custom: readonly AnyTemplate[],
    private readonly givenOnly = false,
  ) {
    for (const template of builtins) this.byId.set(template.id, template);
    for (const template of custom) this.byId.set(template.id, template);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The template with this id; a `TemplateNotFoundError` with the nearest ids otherwise. */
  get(id: string): AnyTemplate {
    const template = typeof id === 'string' ? this.byId.get(id) : undefined;
    if (!template) throw new TemplateNotFoundError(id, typeof id === 'string' ? nearest(id, this.byId.keys()) : [], typeof id === 'string' ? this.notGiven(id) : undefined);
    return template;
  }

  /** For `createRendererFor`: an id of a built-in category none of whose templates it was given, and the import that gives them. */
  private notGiven(id: string): string | undefined {
    const category = id.slice(0, id.indexOf('.'));
    if (!this.givenOnly || !CATEGORIES.includes(category) || [...this.byId.keys()].some((known) => known.startsWith(`${category}.`))) return undefined;
    return `this renderer was not given the ${category} templates (add \`${categoryExport(category)}\` from "tactful/templates" to createRendererFor's templates)`;
  }

  /** The templates that match every given filter, by id, as the renderer describes them. */
  summaries(filter: TemplateFilter, locales: LocaleRegistry): TemplateSummary[] {
    return this.matching(filter, locales).map(({ template }) => ({
      id: template.id,
      category: template.category,
      tags: template.tags,
      variables: Object.entries(template.variables as VariableShape).map(([name, schema]) => {
        const { kind, required } = describeVariable(name, schema);
        return { name, kind, required };
      }),
      variants: template.variants.length,
      locales: renderableIn(template, locales),
    }));
  }

  /** The templates that match every given filter, by id. */
  query(filter: TemplateFilter, locales: LocaleRegistry): TemplateDescriptor[] {
    // The example in the filter's language: from the first locale along its chain that has one written.
    return this.matching(filter, locales).map(({ template, chain }) =>
      describe(template, locales, chain?.find(({ locale }) => locale.examples?.[template.id] !== undefined)?.locale.examples?.[template.id]),
    );
  }

  private matching(filter: TemplateFilter, locales: LocaleRegistry) {
    const chain = filter.locale === undefined ? undefined : locales.candidates(filter.locale, { withDefault: false });
    return [...this.byId.values()]
      .filter(catalogMatcher(filter))
      .filter((t) => chain === undefined || chain.some(({ code }) => locales.plan(t, code, 'formal').ok))
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((template) => ({ template, chain }));
  }
}

function describe(template: AnyTemplate, locales: LocaleRegistry, localizedExample: Readonly<Record<string, unknown>> | undefined): TemplateDescriptor {
  return {
    id: template.id,
    category: template.category,
    tags: template.tags,
    description: template.description,
    variables: Object.entries(template.variables as VariableShape).map(([name, schema]) => describeVariable(name, schema)),
    example: { ...template.example, ...localizedExample },
    variants: template.variants.length,
    locales: renderableIn(template, locales),
  };
}

function renderableIn(template: AnyTemplate, locales: LocaleRegistry): readonly string[] {
  return locales.codes.filter((code) => locales.plan(template, code, 'formal').ok);
}
