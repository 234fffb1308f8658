import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AnyTemplate } from '../core/template';
import { REGISTERS, type Register } from '../core/types';
import { EXPORT_FORMATS, exportCatalog, type ExportFormatName, type ExportReport } from '../export';
import { UsageError, type Command } from './io';
import { SHIPPED_LOCALES } from '../generated/shipped-locales';

const FORMATS = Object.keys(EXPORT_FORMATS);

/** `tactful export --to <format>`: the catalog in a help desk's or bot framework's own format. */
export const exportCommand: Command = {
  summary: 'export the catalog to Chatwoot, Zendesk, Freshdesk, Gorgias, Rasa or Bot Framework LG',
  help: `Usage: tactful export --to <format> [options]

Writes the catalog (and your own templates) in a tool's own format, in every locale and
register asked for. One file goes to stdout; several (one per locale) need --out. What the tool
cannot do (put a name in the vocative, choose a plural form, leave out a missing value) and how
the export handled it is reported on stderr.

Formats:
${FORMATS.map((name) => `  ${name.padEnd(10)}${EXPORT_FORMATS[name]!.summary}`).join('\n')}

Options:
  --to <format>          the format (required)
  --locale <tags>        locales to export, comma-separated (default: ${SHIPPED_LOCALES.map((l) => l.code).join(',')})
  --register <r>         formal or informal (default: both, where the language has both)
  --templates <file.js>  a module whose exports are your own templates (defineTemplate); they join
                         the built-in ones, and one with a built-in id replaces it
  --no-builtin           export only the templates from --templates
  --out <dir>            write the files under this folder (their paths start with the format)
  --rasa-channel <c=n>   rasa: give the html or markdown text to a Rasa channel, e.g. markdown=socketio
  --report <file.json>   also write the full report (every note and refusal) as JSON
  --strict               exit with 1 when a template had to be left out
  -h, --help             show this help

Examples:
  tactful export --to chatwoot --locale lv > chatwoot-lv.json
  tactful export --to lg --out exports/`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        to: { type: 'string' },
        locale: { type: 'string', multiple: true },
        register: { type: 'string' },
        templates: { type: 'string', multiple: true },
        'no-builtin': { type: 'boolean' },
        out: { type: 'string' },
        'rasa-channel': { type: 'string', multiple: true },
        report: { type: 'string' },
        strict: { type: 'boolean' },
      },
    });
    if (positionals.length > 0) throw new UsageError(`export takes no arguments, received: ${positionals.join(' ')}`);
    const format = values.to;
    if (format === undefined) throw new UsageError(`export needs --to, one of ${FORMATS.join(', ')}`);
    if (!FORMATS.includes(format)) throw new UsageError(`--to must be one of ${FORMATS.join(', ')}, received "${format}"`);
    // Each locale once: `--locale lv,lv` exported every entry twice, under the same short codes.
    const codes = [...new Set((values.locale ?? []).flatMap((l) => l.split(',')).map((l) => l.trim().toLowerCase()).filter(Boolean))];
    const locales = codes.length === 0 ? SHIPPED_LOCALES : codes.map((code) => {
      const locale = SHIPPED_LOCALES.find((l) => l.code.toLowerCase() === code.toLowerCase());
      if (!locale) throw new UsageError(`--locale ${code}: not a shipped locale (${SHIPPED_LOCALES.map((l) => l.code).join(', ')})`);
      return locale;
    });
    let registers: readonly Register[] | undefined;
    if (values.register !== undefined) {
      if (!REGISTERS.includes(values.register as Register)) throw new UsageError(`--register must be formal or informal, received "${values.register}"`);
      registers = [values.register as Register];
    }
    const rasaChannels: Record<string, string> = {};
    for (const pair of values['rasa-channel'] ?? []) {
      const [kind, name] = pair.split('=');
      if ((kind !== 'html' && kind !== 'markdown') || !name) throw new UsageError(`--rasa-channel expects html=<channel> or markdown=<channel>, received "${pair}"`);
      rasaChannels[kind] = name;
    }
    const templates: AnyTemplate[] = [];
    for (const file of values.templates ?? []) templates.push(...(await loadTemplates(resolve(io.cwd, file), file)));
    if (values['no-builtin'] && templates.length === 0) throw new UsageError('--no-builtin leaves nothing to export: add --templates <file.js>');

    const result = exportCatalog(format as ExportFormatName, { locales, registers, templates, builtin: !values['no-builtin'], rasaChannels });
    if (values.out !== undefined) {
      const out = resolve(io.cwd, values.out);
      if (existsSync(out) && !statSync(out).isDirectory()) throw new UsageError(`--out ${values.out}: is a file; --out names a folder to write the export into`);
      for (const file of result.files) {
        const path = join(out, file.path);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.content);
        io.stdout(path);
      }
    } else if (result.files.length === 1) {
      io.stdout(result.files[0]!.content);
    } else if (result.files.length > 1) {
      throw new UsageError(`${format} writes ${result.files.length} files (one per locale): pass --out <dir>, or one --locale`);
    }
    if (values.report !== undefined) writeFileSync(resolve(io.cwd, values.report), `${JSON.stringify(result.report, null, 2)}\n`);
    io.stderr(summarize(result.report, result.files.length));
    return values.strict && result.report.refused.length > 0 ? 1 : 0;
  },
};

/** The report in a few lines: what was exported, what had to be decided, what was left out and why. */
export function summarize(report: ExportReport, files: number): string {
  const counts = new Map<string, number>();
  for (const note of report.notes) counts.set(note.code, (counts.get(note.code) ?? 0) + 1);
  const lines = [`tactful: ${report.entries} ${report.entries === 1 ? 'entry' : 'entries'} exported to ${report.format} in ${files} file${files === 1 ? '' : 's'}`];
  if (counts.size > 0) {
    lines.push(`  adapted to what ${report.format} can do: ${[...counts].map(([code, n]) => `${code} ${n}`).join(', ')} (--report <file.json> lists each)`);
    const examples = new Map<string, string>();
    for (const note of report.notes) if (!examples.has(note.code)) examples.set(note.code, `  e.g. ${note.templateId} (${note.locale}, ${note.register}): ${note.message}`);
    lines.push(...examples.values());
  }
  for (const refusal of report.refused) lines.push(`  left out: ${refusal.templateId} (${refusal.locale}, ${refusal.register}): ${refusal.reason}`);
  return lines.join('\n');
}

async function loadTemplates(path: string, shown: string): Promise<AnyTemplate[]> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`--templates ${shown}: could not load it (${(error as Error).message.split('\n')[0]})`);
  }
  const isTemplate = (value: unknown): value is AnyTemplate =>
    typeof value === 'object' && value !== null && typeof (value as AnyTemplate).id === 'string' && Array.isArray((value as AnyTemplate).variants);
  const found = Object.values(module).flatMap((value) => (Array.isArray(value) ? value : [value])).filter(isTemplate);
  if (found.length === 0) throw new UsageError(`--templates ${shown}: exports no template made with defineTemplate()`);
  return [...new Map(found.map((t) => [t.id, t])).values()];
}
