import { InvalidOptionsError } from './errors';
import { nearest } from './nearest';

/**
 * A misspelt option (`stict`, `varient`, `medum`) would be silently ignored, and the result made
 * with the default: refused, with the nearest name. `path` names where the object sits
 * (`commitments.`), `what` what its keys are. TypeScript callers are stopped by the types
 * already; this is for JavaScript callers and data from outside.
 *
 * @example
 * ```ts
 * checkKnownOptions({ medum: 'social' }, new Set(['medium'])); // → throws InvalidOptionsError
 * ```
 */
export function checkKnownOptions(options: object, known: ReadonlySet<string>, path = '', what = 'a known option'): void {
  for (const key in options) {
    if (!known.has(key)) {
      const [guess] = nearest(key, known, 1);
      throw new InvalidOptionsError(`${path}${key}`, `${what}${guess ? ` (did you mean "${guess}"?)` : ''}: ${[...known].join(', ')}`, key);
    }
  }
}
