/** Stable JSON: two-space indented, a final newline, keys in the order written. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Groups items by locale, keeping their order, locales in first-seen order. */
export function groupByLocale<T>(items: readonly T[], localeOf: (item: T) => string): Array<[string, T[]]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const locale = localeOf(item);
    if (!groups.has(locale)) groups.set(locale, []);
    groups.get(locale)!.push(item);
  }
  return [...groups];
}
