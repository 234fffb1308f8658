import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { SOURCE_LOCALE } from '../core/locale-resolver';
import type { MessageTree } from '../core/types';
import type { LocaleProblem } from '../translate/check';
import en from '../generated/locales/en';
import { checkProjectLocale, openLocaleProject, projectLocales, readLocaleResources, scaffoldLocale, type LocaleProject } from '../translate/project';
import { fromXliff, toXliff } from '../translate/xliff';
import { EXIT, exitWhen } from './exit-codes';
import { choice, painter, parseCommandLine, UsageError, type CliIo, type Command } from './io';

function readResources(project: LocaleProject, code: string): Record<string, MessageTree> {
  if (code === SOURCE_LOCALE && !project.repository) return project.source as Record<string, MessageTree>;
  if (!projectLocales(project).includes(code)) throw new UsageError(`"${code}" is not a locale of this project (${join(project.dir, code)})`);
  return readLocaleResources(project, code);
}

function report(problems: readonly LocaleProblem[], color: boolean): string {
  if (problems.length === 0) return 'No problems found.';
  const paint = painter(color);
  const lines = problems.map((p) => {
    const where = `${p.file ?? `${p.locale}/${p.namespace}.json`}${p.line ? `:${p.line}${p.column ? `:${p.column}` : ''}` : ''}`;
    return `${where}  ${paint(p.severity === 'error' ? '31' : '33', p.severity.padEnd(8))}${p.key ? `${p.key}  ` : ''}${p.message}  ${paint('2', p.code)}`;
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  return `${lines.join('\n')}\n\n${errors} error${errors === 1 ? '' : 's'}, ${problems.length - errors} warning${problems.length - errors === 1 ? '' : 's'}`;
}

const HELP = `Usage: tactful locales <check|add|export|import> [options]

Works on a folder of i18next JSON, <dir>/<lng>/<namespace>.json: in your own project (the
locales your app loads with addLocale, checked against the English tactful ships) or in a
checkout of the tactful repository (where a locale also has the linter's data files).

  tactful locales check [lng…]          check locales against English (all when none named):
                                        missing and extra keys, untranslated values, placeholders,
                                        message syntax, plural forms, registers, tone
  tactful locales add <lng> --name <n>  scaffold a new locale (--registers formal,informal)
  tactful locales export <lng>          print the locale as XLIFF 2.0 for CAT tools
  tactful locales import <file.xlf>     write an XLIFF file's translations into <dir>/<lng>/

Options:
  --root <dir>       the project (default: the working directory)
  --dir <folder>     the folder of locales inside it (default: locales)
  --format <f>       check: stylish (default) or json
  --no-tone          check: skip the tone linter on translations
  --registers <r>    add: formal, or formal,informal (default)
  -h, --help         show this help

check exits with 1 when an error is found, 2 when it is called wrongly (tactful --help lists the exit codes).`;

/** `tactful locales`: the translator's workflow. */
export const localesCommand: Command = {
  summary: 'check, add, export and import locales (for translators)',
  help: HELP,
  async run(args, io: CliIo) {
    const { values, positionals } = parseCommandLine(args, { strings: ['root', 'dir', 'format', 'name', 'registers'], flags: ['no-tone'] });
    const [action, ...rest] = positionals;
    const root = resolve(io.cwd, values.root ?? '.');
    const project = openLocaleProject(root, { ...(values.dir === undefined ? {} : { dir: values.dir }), shippedEnglish: en.resources });
    switch (action) {
      case 'check': {
        const format = choice('format', values.format, ['stylish', 'json'] as const) ?? 'stylish';
        const codes = rest.length > 0 ? rest : projectLocales(project);
        // A named locale with no folder is almost always a check run in the wrong place (the
        // shipped locales live inside the package, not in the project's locales/).
        const absent = rest.find((code) => !existsSync(join(project.root, project.dir, code)));
        if (absent) {
          throw new UsageError(`there is no ${project.dir}/${absent}/ in ${project.root}: \`locales check\` checks the translations in your project's ${project.dir}/ folder (--dir to name another). Start one with \`tactful locales add ${absent} --name …\`.`);
        }
        const problems = codes.flatMap((code) => checkProjectLocale(project, code, { tone: !values['no-tone'] }));
        io.stdout(format === 'json' ? JSON.stringify(problems, null, 2) : report(problems, io.color));
        return exitWhen(problems.some((p) => p.severity === 'error'));
      }
      case 'add': {
        const [code] = rest;
        if (!code || !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code)) throw new UsageError('add needs a language tag such as `pl` or `pt-BR`');
        if (!values.name) throw new UsageError('add needs --name, the language’s name in the language itself (e.g. --name polski)');
        const registers = (values.registers ?? 'formal,informal').split(',').map((r) => r.trim());
        if (!registers.includes('formal') || registers.some((r) => r !== 'formal' && r !== 'informal')) throw new UsageError('--registers must be "formal" or "formal,informal"');
        let written: string[];
        try {
          written = scaffoldLocale(project, code, { name: values.name, registers: registers as Array<'formal' | 'informal'> });
        } catch (error) {
          throw new UsageError((error as Error).message);
        }
        const folder = join(project.dir, code);
        io.stdout(
          project.repository
            ? `Scaffolded ${code} (${written.length} files). Next:\n  npm run generate\n  translate ${folder}/*.json\n  npx tactful locales check ${code}`
            : `Scaffolded ${code} (${written.length} files). Next:\n  translate ${folder}/*.json\n  npx tactful locales check ${code}${values.dir === undefined ? '' : ` --dir ${values.dir}`}\n  load it: tactful.addLocale(defineLocale({ code: '${code}', name: …, registers: […], resources }))`,
        );
        return EXIT.ok;
      }
      case 'export': {
        const [code] = rest;
        if (!code) throw new UsageError('export needs a locale, e.g. `tactful locales export lv > lv.xlf`');
        io.stdout(toXliff(readResources(project, code), readResources(project, SOURCE_LOCALE), { source: SOURCE_LOCALE, target: code }));
        return EXIT.ok;
      }
      case 'import': {
        const [file] = rest;
        if (!file) throw new UsageError('import needs an XLIFF file');
        const { target, resources } = fromXliff(io.readFile(resolve(io.cwd, file)));
        // fromXliff already refuses a trgLang or file id that is not a tag or a name; every path
        // is still resolved and confined to locales/, whatever a future reader lets through.
        const locales = resolve(root, project.dir);
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
        io.stdout(`Wrote ${Object.keys(resources).length} files to ${join(project.dir, target)}/. Check them: npx tactful locales check ${target}${values.dir === undefined ? '' : ` --dir ${values.dir}`}`);
        return EXIT.ok;
      }
      default:
        throw new UsageError(action ? `unknown locales action "${action}"` : 'locales needs an action: check, add, export or import');
    }
  },
};
