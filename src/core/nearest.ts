/**
 * Edit distance between two short strings (ids, option values), for "did you mean" hints: an
 * insertion, a deletion, a change or two neighbours swapped ("lsit" → "list") each count one.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current[j] = best;
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known names closest to an unknown one: close in spelling, or containing it (so
 * `wrong-item` finds `apology.wrong-item`). At most `limit`, nearest first.
 *
 * @example
 * ```ts
 * nearest('greeting.welcom', ['greeting.welcome', 'closing.goodbye']); // → ['greeting.welcome']
 * ```
 */
export function nearest(unknown: string, known: Iterable<string>, limit = 3): string[] {
  const needle = unknown.toLowerCase();
  const scored: Array<{ name: string; score: number }> = [];
  for (const name of known) {
    const lower = name.toLowerCase();
    const distance = editDistance(needle.slice(0, 80), lower);
    const contains = needle.length >= 3 && (lower.includes(needle) || needle.includes(lower));
    if (distance <= Math.max(2, Math.floor(lower.length / 3)) || contains) scored.push({ name, score: contains ? Math.min(distance, 1) : distance });
  }
  return scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name)).slice(0, limit).map((s) => s.name);
}
