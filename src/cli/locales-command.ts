import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { languageOf } from '../core/locale';
import { SOURCE_LOCALE } from '../core/locale-resolver';
import type { MessageTree } from '../core/types';
import type { LocaleProblem } from '../translate/check';
import en from '../generated/locales/en';
import { checkProjectLocale, LocaleFileError, mergeTranslations, openLocaleProject, projectLocales, readLocaleResources, scaffoldLocale, type LocaleProject } from '../translate/project';
import { fromXliff, toXliff } from '../translate/xliff';
import { loadShippedLocales } from '../generated/shipped-locale-loaders';
import { EXIT, exitWhen, type ExitCode } from './exit-codes';
import { choice, isShippedLanguage, LOCALE_TAG, painter, parseCommandLine, UsageError, type CliIo, type Command, type OptionValues } from './io';

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
  tactful locales import <file.xlf>     write an XLIFF file's translations into <dir>/<lng>/,
                                        keeping every other message of the files as it is

Options:
  --root <dir>       the project (default: the working directory)
  --dir <folder>     the folder of locales inside it (default: locales)
  --format <f>       check: stylish (default) or json
  --no-tone          check: skip the tone linter on translations
  --registers <r>    add: formal, or formal,informal (default)
  --locale <lng>     import: the locale to write into (default: the file's trgLang)
  -h, --help         show this help

check exits with 1 when an error is found, and every action with 1 when a file of the locale
is not valid JSON; 2 when it is called wrongly (tactful --help lists the exit codes).`;

/** `tactful locales`: the translator's workflow. */
export const localesCommand: Command = {
  summary: 'check, add, export and import locales (for translators)',
  help: HELP,
  async run(args, io: CliIo) {
    const { values, positionals } = parseCommandLine(args, { strings: ['root', 'dir', 'format', 'name', 'registers', 'locale'], flags: ['no-tone'] });
    try {
      return await run(values, positionals, io);
    } catch (error) {
      // A file of the project that cannot be read: said with its path, and nothing was written.
      if (!(error instanceof LocaleFileError)) throw error;
      io.stderr(`tactful locales: ${error.message}`);
      return EXIT.failed;
    }
  },
};

/** One `tactful locales` action. */
async function run(values: OptionValues<'root' | 'dir' | 'format' | 'name' | 'registers' | 'locale', 'no-tone', never>, positionals: readonly string[], io: CliIo): Promise<ExitCode> {
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
      const tone = !values['no-tone'];
      const problems: LocaleProblem[] = [];
      for (const code of codes) {
        // A folder not named with a language tag (lv_LV, .git) is no locale: said, never a crash in Intl.
        if (!LOCALE_TAG.test(code)) {
          problems.push({ severity: 'error', code: 'missing-file', locale: code, namespace: '', key: '', message: `${join(project.dir, code)}/ is not named with a language tag such as pl or pt-BR (lv_LV is lv-LV)`, file: join(project.dir, code) });
          continue;
        }
        // Outside the repository a translation is linted with the shipped language's phrases; a
        // language tactful does not ship has none, and the check says so rather than stay silent.
        const shipped = isShippedLanguage(code);
        const lint = tone && !project.repository && shipped ? (await loadShippedLocales(code, 'lint'))[0]?.lint : undefined;
        if (tone && !project.repository && !shipped) io.stderr(`tactful locales: ${code}: tone not checked (tactful has no tone-rule phrases in this language)`);
        problems.push(...checkProjectLocale(project, code, { tone, ...(lint ? { lint } : {}) }));
      }
      io.stdout(format === 'json' ? JSON.stringify(problems, null, 2) : report(problems, io.color));
      return exitWhen(problems.some((p) => p.severity === 'error'));
    }
    case 'add': {
      const [code] = rest;
      if (!code || !LOCALE_TAG.test(code)) throw new UsageError('add needs a language tag such as `pl` or `pt-BR`');
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
      const { target: trgLang, resources } = fromXliff(io.readFile(resolve(io.cwd, file)));
      const target = values.locale ?? trgLang;
      if (values.locale !== undefined) {
        // A folder name the app loads as a locale, and the file's own language: never Polish into ru/.
        if (!LOCALE_TAG.test(values.locale)) throw new UsageError(`--locale must be a language tag such as \`pl\` or \`pt-BR\`, received "${values.locale}"`);
        if (languageOf(values.locale) !== languageOf(trgLang)) throw new UsageError(`${file} is in "${trgLang}": --locale ${values.locale} would write it into another language's files`);
      }
      // A CAT tool often writes the region (trgLang="pl-PL" where the project has pl, or "pt" where
      // it has pt-BR): written to a folder of its own, the translations would sit beside the
      // locale the app loads.
      const known = projectLocales(project);
      const sameLanguage = known.filter((code) => code !== target && languageOf(code) === languageOf(target));
      if (values.locale === undefined && !known.includes(target) && sameLanguage.length > 0) {
        throw new UsageError(`${file}: its language is "${target}", which is not a locale of this project, and ${sameLanguage.map((c) => `"${c}"`).join(', ')} ${sameLanguage.length === 1 ? 'is' : 'are'}: import into it with --locale ${sameLanguage[0]} (or start "${target}" with --locale ${target})`);
      }
      // fromXliff already refuses a trgLang or file id that is not a tag or a name; every path
      // is still resolved and confined to locales/<lng>/, whatever a future reader lets through.
      const locales = resolve(root, project.dir);
      const dir = resolve(locales, target);
      for (const namespace of Object.keys(resources)) {
        const path = resolve(dir, `${namespace}.json`);
        if (!dir.startsWith(locales + sep) || !path.startsWith(dir + sep) || path.slice(dir.length + 1).includes(sep)) throw new UsageError(`${file}: refusing to write ${path}: not a file directly inside ${locales}${sep}<lng>`);
      }
      if (Object.keys(resources).length === 0) {
        io.stdout(`${file} has no translated unit yet: nothing was written.`);
        return EXIT.ok;
      }
      const { files, changed } = mergeTranslations(project, target, resources);
      const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
      const where = `${values.root === undefined ? '' : ` --root ${values.root}`}${values.dir === undefined ? '' : ` --dir ${values.dir}`}`;
      io.stdout(`Wrote ${plural(changed, 'changed translation')} into ${plural(files.length, 'file')} of ${join(project.dir, target)}/ (the other messages are as they were). Check them: npx tactful locales check ${target}${where}`);
      return EXIT.ok;
    }
    default:
      throw new UsageError(action ? `unknown locales action "${action}"` : 'locales needs an action: check, add, export or import');
  }
}
