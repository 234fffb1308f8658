import { tinyglobby } from './glob';
import { UsageError, type CliIo } from './io';

/** Folders a directory or a glob never reaches into, as ESLint skips them by default. */
export const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'] as const;

/** What a command reads from a directory: the extensions it knows, named for messages. */
export interface InputKinds {
  /** Lower-case extensions without the dot, e.g. `['txt', 'md']`. */
  readonly extensions: readonly string[];
  /** Patterns from `--ignore-pattern`, relative to the working directory. */
  readonly ignore: readonly string[];
}

/**
 * The files a command's arguments name, in the order given and each once, as ESLint reads them:
 * a file as named (whatever its extension, even when an ignore pattern matches it); a directory,
 * every file with one of `kinds.extensions` below it; a glob the shell left quoted
 * (`'replies/*.txt'`), the files it matches. Directories and globs skip `node_modules`, `.git`
 * and `--ignore-pattern`; one that finds nothing, or a path that does not exist, is a usage
 * error, as a typo should not pass as "no problems".
 *
 * @example
 * ```ts
 * import { processIo } from './io';
 *
 * // `tactful lint src/cli --ignore-pattern '**\/*.test.ts'`, were .ts a text file:
 * expandInputs(['src/cli'], processIo, { extensions: ['ts'], ignore: ['**\/*.test.ts'] }).includes('src/cli/inputs.ts');
 * // → true
 * ```
 */
export function expandInputs(args: readonly string[], io: CliIo, kinds: InputKinds): string[] {
  const found = new Set<string>();
  const ignore = [...ALWAYS_IGNORED, ...kinds.ignore];
  for (const arg of args) {
    let matches: string[];
    if (io.exists(arg) && !io.isDirectory(arg)) {
      matches = [arg];
    } else if (io.exists(arg)) {
      const base = tinyglobby().escapePath(arg.replace(/[\\/]+$/, '') || '/');
      const extensions = kinds.extensions.length === 1 ? kinds.extensions[0] : `{${kinds.extensions.join(',')}}`;
      matches = io.glob([`${base}/**/*.${extensions}`], ignore);
      if (matches.length === 0) throw new UsageError(`${arg}: a directory with no ${kinds.extensions.map((e) => `.${e}`).join(', ')} files in it (outside node_modules, .git and --ignore-pattern)`);
    } else if (tinyglobby().isDynamicPattern(arg)) {
      matches = io.glob([arg], ignore);
      if (matches.length === 0) throw new UsageError(`${arg}: no files match this pattern`);
    } else {
      throw new UsageError(`${arg}: no such file`);
    }
    for (const path of matches) found.add(path);
  }
  return [...found];
}
