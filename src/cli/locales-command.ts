import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import type { MessageTree } from '../core/types';
import type { LocaleProblem } from '../translate/check';
import { checkProjectLocale, projectLocales, readLocaleResources, scaffoldLocale } from '../translate/project';
import { fromXliff, toXliff } from '../translate/xliff';
import { choice, painter, UsageError, type CliIo, type Command } from './io';

function readResources(root: string, code: string): Record<string, MessageTree> {
  if (!projectLocales(root).includes(code)) throw new UsageError(`"${code}" is not a locale of this project (locales/index.json)`);
  return readLocaleResources(root, code);
}

function report(problems: readonly LocaleProblem[], color: boolean): string {
  if (problems.length === 0) return 'No problems found.';
  const paint = painter(color);
  const lines = problems.map((p) => {
    const where = `${p.file ?? `locales/${p.locale}/${p.namespace}.json`}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
    return `${where}  ${paint(p.severity === 'error' ? '31' : '33', p.severity.padEnd(8))}${p.key ? `${p.key}  ` : ''}${p.message}  ${paint('2', p.code)}`;
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  return `${lines.join('\n')}\n\n${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}`;
}

const HELP = `Usage: tactful locales <check|add|export|import> [options]

Run in a checkout of the tactful repository (or pass --root).

  tactful locales check [lng…]          check locales against English (all when none named):
                                        missing and extra keys, untranslated values, placeholders,
                                        message syntax, plural forms, registers, tone
  tactful locales add <lng> --name <n>  scaffold a new locale (--registers formal,informal)
  tactful locales export <lng>          print the locale as XLIFF 2.0 for CAT tools
  tactful locales import <file.xlf>     write an XLIFF file's translations into locales/<lng>/

Options:
  --root <dir>       the repository (default: the working directory)
  --format <f>       check: stylish (default) or json
  --no-tone          check: skip the tone linter on translations
  --registers <r>    add: formal, or formal,informal (default)
  -h, --help         show this help

check exits with 1 when an error is found.`;

/** `tactful locales`: the translator's workflow. */
export const localesCommand: Command = {
  summary: 'check, add, export and import locales (for translators)',
  help: HELP,
  async run(args, io: CliIo) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { root: { type: 'string' }, format: { type: 'string' }, 'no-tone': { type: 'boolean' }, name: { type: 'string' }, registers: { type: 'string' } },
    });
    const [action, ...rest] = positionals;
    const root = resolve(io.cwd, values.root ?? '.');
    if (!existsSync(join(root, 'locales', 'index.json'))) throw new UsageError(`${root} has no locales/index.json: run this in the tactful repository or pass --root`);
    switch (action) {
      case 'check': {
        const format = choice('format', values.format, ['stylish', 'json'] as const) ?? 'stylish';
        const codes = rest.length > 0 ? rest : projectLocales(root);
        const problems = codes.flatMap((code) => checkProjectLocale(root, code, { tone: !values['no-tone'] }));
        io.stdout(format === 'json' ? JSON.stringify(problems, null, 2) : report(problems, io.color));
        return problems.some((p) => p.severity === 'error') ? 1 : 0;
      }
      case 'add': {
        const [code] = rest;
        if (!code || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code)) throw new UsageError('add needs a language tag such as `pl` or `pt-BR`');
        if (!values.name) throw new UsageError('add needs --name, the language’s name in the language itself (e.g. --name polski)');
        const registers = (values.registers ?? 'formal,informal').split(',').map((r) => r.trim());
        if (!registers.includes('formal') || registers.some((r) => r !== 'formal' && r !== 'informal')) throw new UsageError('--registers must be "formal" or "formal,informal"');
        let written: string[];
        try {
          written = scaffoldLocale(root, code, { name: values.name, registers: registers as Array<'formal' | 'informal'> });
        } catch (error) {
          throw new UsageError((error as Error).message);
        }
        io.stdout(`Scaffolded ${code} (${written.length} files). Next:\n  npm run generate\n  translate locales/${code}/*.json\n  npx tactful locales check ${code}`);
        return 0;
      }
      case 'export': {
        const [code] = rest;
        if (!code) throw new UsageError('export needs a locale, e.g. `tactful locales export lv > lv.xlf`');
        io.stdout(toXliff(readResources(root, code), readResources(root, 'en'), { source: 'en', target: code }));
        return 0;
      }
      case 'import': {
        const [file] = rest;
        if (!file) throw new UsageError('import needs an XLIFF file');
        const { target, resources } = fromXliff(io.readFile(resolve(io.cwd, file)));
        // fromXliff already refuses a trgLang or file id that is not a tag or a name; every path
        // is still resolved and confined to locales/, whatever a future reader lets through.
        const locales = resolve(root, 'locales');
        const inside = (...parts: string[]) => {
          const path = resolve(locales, ...parts);
          if (!path.startsWith(locales + sep)) throw new UsageError(`${file}: refusing to write ${path}, outside ${locales}`);
          return path;
        };
        const dir = inside(target);
        const writes = Object.entries(resources).map(([namespace, tree]) => [inside(target, `${namespace}.json`), tree] as const);
        if (writes.some(([path]) => dirname(path) !== dir)) throw new UsageError(`${file}: a file id must name a namespace, not a folder`);
        mkdirSync(dir, { recursive: true });
        for (const [path, tree] of writes) writeFileSync(path, `${JSON.stringify(tree, null, 2)}\n`);
        io.stdout(`Wrote ${Object.keys(resources).length} files to locales/${target}/. Check them: npx tactful locales check ${target}`);
        return 0;
      }
      default:
        throw new UsageError(action ? `unknown locales action "${action}"` : 'locales needs an action: check, add, export or import');
    }
  },
};
