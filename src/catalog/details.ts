/**
 * `tactful/catalog`: the built-in templates' descriptions, their variables and their examples, for
 * browsing (a template picker, a playground), apart from what renders: `tactful/render` does not
 * carry them, and `createTactful`'s `templates()` includes them.
 *
 * @packageDocumentation
 */
import { InvalidOptionsError, TemplateNotFoundError } from '../core/errors';
import { nearest } from '../core/nearest';
import { catalogMatcher } from './filter';
import type { VariableDescriptor } from '../core/variables';
import { catalog } from '../generated/catalog';
import { catalogDetails } from '../generated/catalog-details';

/** What `describeTemplates` tells about a built-in template. */
export interface TemplateDetails {
  readonly id: string;
  readonly category: string;
  readonly tags: readonly string[];
  readonly description: string;
  readonly variables: readonly VariableDescriptor[];
  /** A complete set of variables that renders the template, in English. */
  readonly example: Readonly<Record<string, unknown>>;
  /** How many phrasings (variants) it has. */
  readonly variants: number;
}

/** Filters of `describeTemplates`; all given filters must match. */
export interface DetailsFilter {
  readonly category?: string;
  readonly tag?: string;
  /** Words that must all appear in the id, description or tags (any case). */
  readonly search?: string;
}

const details: readonly TemplateDetails[] = catalog.map((entry) => {
  const { description, variables, example } = catalogDetails[entry.id]!;
  return Object.freeze({
    id: entry.id,
    category: entry.id.slice(0, entry.id.indexOf('.')),
    tags: entry.tags,
    description,
    variables: Object.entries(entry.variables).map(([name, [kind, optional]]) => ({ name, kind, required: optional === undefined, description: variables[name] ?? '' })),
    example,
    variants: entry.variants.length,
  });
});

/**
 * The built-in templates with their descriptions, variables and examples, by id, optionally
 * filtered.
 *
 * @example
 * ```ts
 * import { describeTemplates } from 'tactful/catalog';
 *
 * describeTemplates({ search: 'wrong item' }).map((t) => t.id); // → ['apology.wrong-item']
 * ```
 */
export function describeTemplates(filter: DetailsFilter = {}): TemplateDetails[] {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw new InvalidOptionsError('filter', 'an object such as { category: "apology", search: "late" }', filter);
  for (const key of ['category', 'tag', 'search'] as const) {
    if (filter[key] !== undefined && typeof filter[key] !== 'string') throw new InvalidOptionsError(key, 'a string', filter[key]);
  }
  // Copies: a caller that changes what it got changes nothing for anyone else.
  return details
    .filter(catalogMatcher(filter))
    .map((t) => structuredClone(t));
}

/**
 * One built-in template's description, variables and example; a `TemplateNotFoundError` with the
 * nearest ids for an unknown id.
 *
 * @example
 * ```ts
 * import { describeTemplate } from 'tactful/catalog';
 *
 * describeTemplate('closing.anything-else').variables.map((v) => v.name); // → ['customerName']
 * ```
 */
export function describeTemplate(id: string): TemplateDetails {
  const found = details.find((t) => t.id === id);
  if (!found) throw new TemplateNotFoundError(id, typeof id === 'string' ? nearest(id, details.map((t) => t.id)) : []);
  return structuredClone(found);
}

export type { VariableDescriptor, VariableKind } from '../core/variables';
