import { join } from 'node:path';
import * as z from 'zod/mini';
import { unsafeKeyPath } from '../core/message-keys';
import { RULE_IDS } from '../lint/types';
import { parseUserJson, UsageError, type CliIo } from './io';

const severity = z.enum(['error', 'warning', 'info', 'off']);
const ruleId = z.enum(RULE_IDS);

/** The schema of `tactful.config.json` (or the `"tactful"` key of package.json). */
const configSchema = z.strictObject({
  locale: z.optional(z.string()),
  register: z.optional(z.enum(['formal', 'informal'])),
  audience: z.optional(z.enum(['one', 'group'])),
  voice: z.optional(z.enum(['casual', 'formal'])),
  rules: z.optional(z.partialRecord(ruleId, severity)),
  allow: z.optional(z.array(z.string())),
  extraPhrases: z.optional(z.partialRecord(ruleId, z.record(z.string(), z.array(z.string())))),
  glossary: z.optional(z.record(z.string(), z.string())),
});

/** What a config file may set; command-line options win over it. */
export type LintConfig = z.infer<typeof configSchema>;

/**
 * Reads the linter's configuration: `--config <file>`, else `tactful.config.json` in the working
 * directory, else the `"tactful"` key of its package.json, else nothing. A malformed file is a
 * usage error that names the file and the key.
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
    const result = z.safeParse(configSchema, parsed);
    if (!result.success) {
      const where = (path: readonly PropertyKey[]) => [key, ...path].filter(Boolean).join('.') || '(top level)';
      const problems = result.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((k) => `${where([...issue.path, k])}: ${issue.path.length > 0 ? `unknown rule (rules: ${RULE_IDS.join(', ')})` : 'unknown key'}`)
          : [`${where(issue.path)}: ${describe(issue)}`],
      );
      throw new UsageError(`${path}: ${problems.join('; ')}`);
    }
    return { config: result.data, source: path };
  }
  return { config: {}, source: undefined };
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `expected one of ${issue.values.join(', ')}`;
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.code === 'invalid_key') return `unknown rule (rules: ${RULE_IDS.join(', ')})`;
  return issue.code.replace(/_/g, ' ');
}
