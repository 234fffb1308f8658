/** What a catalog filter looks at in a template. */
interface Filterable {
  readonly id: string;
  readonly category: string;
  readonly tags: readonly string[];
  readonly description: string;
}

/**
 * The category, tag and search words of a catalog filter, as one test: `templates()` on an
 * instance and `describeTemplates` (`tactful/catalog`) match the same way.
 */
export function catalogMatcher(filter: { readonly category?: string; readonly tag?: string; readonly search?: string }): (template: Filterable) => boolean {
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return (t) =>
    (filter.category === undefined || t.category === filter.category) &&
    (filter.tag === undefined || t.tags.includes(filter.tag)) &&
    words.every((word) => `${t.id} ${t.description} ${t.tags.join(' ')}`.toLowerCase().includes(word));
}
