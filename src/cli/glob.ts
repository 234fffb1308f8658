import { createRequire } from 'node:module';

type Tinyglobby = typeof import('tinyglobby');
let loaded: Tinyglobby | undefined;

/**
 * tinyglobby, loaded at its first use: it and its matchers are ten files for Node to read, and
 * `tactful lint` of a line on standard input or of a named file never expands a pattern.
 */
export function tinyglobby(): Tinyglobby {
  loaded ??= createRequire(import.meta.url)('tinyglobby') as Tinyglobby;
  return loaded;
}
