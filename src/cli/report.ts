import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../lint/rules';
import type { Diagnostic, Severity } from '../lint/types';
import { painter } from './io';

/** The diagnostics of one file (or of standard input, named `<stdin>`). */
export interface FileReport {
  readonly path: string;
  readonly diagnostics: readonly Diagnostic[];
  /** How many findings `--fix` rewrote (they are no longer among the diagnostics). */
  readonly fixed?: number;
}

const COLORS: Readonly<Record<Severity, string>> = { error: '31', warning: '33', info: '36' };

/** Counts by severity. */
export function tally(reports: readonly FileReport[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const report of reports) for (const d of report.diagnostics) counts[d.severity]++;
  return counts;
}

/** ESLint-like output for people: file, then `line:column  severity  message  rule`, then a suggestion. */
export function stylish(reports: readonly FileReport[], color: boolean): string {
  const paint = painter(color);
  const out: string[] = [];
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    out.push(paint('4', report.path));
    for (const d of report.diagnostics) {
      out.push(`  ${`${d.line}:${d.column}`.padEnd(8)}${paint(COLORS[d.severity], d.severity.padEnd(8))}“${d.text}” — ${d.message}  ${paint('2', d.ruleId)}`);
      const suggestion = d.fix ? `fix: “${d.fix.text}”` : d.suggestions[0];
      if (suggestion) out.push(`  ${''.padEnd(16)}${paint('2', `→ ${suggestion}`)}`);
    }
    out.push('');
  }
  const counts = tally(reports);
  const total = counts.error + counts.warning + counts.info;
  const fixed = reports.reduce((sum, r) => sum + (r.fixed ?? 0), 0);
  const fixedLine = fixed > 0 ? `Fixed ${fixed} problem${fixed === 1 ? '' : 's'}.` : undefined;
  if (total === 0) return fixedLine ? `${fixedLine} No problems left.` : 'No problems found.';
  if (fixedLine) out.push(fixedLine);
  out.push(paint(counts.error > 0 ? '31' : '33', `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info)`));
  return out.join('\n');
}

/** Machine-readable output: one object per file with its diagnostics. */
export function json(reports: readonly FileReport[]): string {
  return JSON.stringify(reports.map((r) => ({ path: r.path, diagnostics: r.diagnostics })), null, 2);
}

const SARIF_LEVEL: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, which code-scanning tools (GitHub, Azure DevOps, IDEs) read. */
export function sarif(reports: readonly FileReport[], version: string): string {
  const used = [...new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.ruleId)))].sort();
  const run = {
    tool: {
      driver: {
        name: 'tactful',
        version,
        informationUri: 'https://www.npmjs.com/package/tactful',
        rules: used.map((id) => ({
          id,
          shortDescription: { text: RULES[id].description },
          defaultConfiguration: { level: SARIF_LEVEL[RULES[id].severity] },
          properties: { category: RULES[id].category },
        })),
      },
    },
    results: reports.flatMap((report) =>
      report.diagnostics.map((d) => ({
        ruleId: d.ruleId,
        ruleIndex: used.indexOf(d.ruleId),
        level: SARIF_LEVEL[d.severity],
        message: { text: `${d.message}${d.suggestions[0] ? ` ${d.suggestions[0]}` : ''}` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(report.path) },
              region: { startLine: d.line, startColumn: d.column, charOffset: d.offset, charLength: d.length, snippet: { text: d.text } },
            },
          },
        ],
        ...(d.fix
          ? {
              fixes: [
                {
                  description: { text: `Replace with “${d.fix.text}”` },
                  artifactChanges: [
                    {
                      artifactLocation: { uri: toUri(report.path) },
                      replacements: [{ deletedRegion: { charOffset: d.fix.offset, charLength: d.fix.length }, insertedContent: { text: d.fix.text } }],
                    },
                  ],
                },
              ],
            }
          : {}),
      })),
    ),
  };
  return JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] }, null, 2);
}

/**
 * A SARIF `uri` is a URI reference, not a path: `a b#c?.md` must be `a%20b%23c%3F.md`, or a
 * viewer reads `#c?.md` as a fragment. Relative paths stay relative (SARIF resolves them against
 * the run's base); absolute ones become file: URLs.
 */
export function toUri(path: string): string {
  if (isAbsolute(path) || /^[a-z]:[\\/]/i.test(path)) return pathToFileURL(path).href;
  return path.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
}
