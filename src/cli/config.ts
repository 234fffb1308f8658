import { join } from 'node:path';
import { unsafeKeyPath } from '../core/message-keys';
import { checkLintConfig, type LintConfig } from '../lint/options';
import { parseUserJson, UsageError, type CliIo } from './io';

/**
 * Reads the linter's configuration: `--config <file>`, else `tactful.config.json` in the working
 * directory, else the `"tactful"` key of its package.json, else nothing. The file is checked by
 * the library's own schema of lint options (`lintConfigSchema`); a malformed one is a usage
 * error that names the file and the key.
 */
export function loadConfig(io: CliIo, explicit: string | undefined): { config: LintConfig; source: string | undefined } {
  const candidates: Array<{ path: string; key?: string }> = explicit
    ? [{ path: explicit }]
    : [{ path: join(io.cwd, 'tactful.config.json') }, { path: join(io.cwd, 'package.json'), key: 'tactful' }];
  for (const { path, key } of candidates) {
    if (!io.exists(path)) {
      if (explicit) throw new UsageError(`--config ${path}: no such file`);
      continue;
    }
    let parsed = parseUserJson(io.readFile(path), path);
    if (key !== undefined) {
      if (typeof parsed !== 'object' || parsed === null || !Object.hasOwn(parsed, key)) continue;
      parsed = (parsed as Record<string, unknown>)[key];
    }
    const unsafe = unsafeKeyPath(parsed);
    if (unsafe !== undefined) throw new UsageError(`${path}: ${[key, unsafe].filter(Boolean).join('.')}: a key may not be __proto__, constructor or prototype`);
    const result = checkLintConfig(parsed);
    if (!result.ok) {
      const where = (place: string) => [key, place].filter(Boolean).join('.') || '(top level)';
      throw new UsageError(`${path}: ${result.problems.map((p) => `${where(p.path)}: ${p.unknown ? 'unknown key, ' : ''}expected ${p.expected}`).join('; ')}`);
    }
    return { config: result.config, source: path };
  }
  return { config: {}, source: undefined };
}
