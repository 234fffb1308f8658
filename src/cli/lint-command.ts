import { version } from '../../package.json';
import { resolveTextLocale, SOURCE_LOCALE } from '../core/locale-resolver';
import { REGISTERS, type Register } from '../core/types';
import { detectLocale } from '../conversation/language';
import { fixResult, lint } from '../lint/linter';
import { AUDIENCES, VOICES, RULE_SETTINGS, type LintOptions } from '../lint/options';
import { RULE_IDS, type Diagnostic, type RuleId, type Severity } from '../lint/types';
import { loadConfig } from './config';
import { exitWhen } from './exit-codes';
import { choice, parseCommandLine, readInput, refuseUnshippedLocale, UsageError, type Command } from './io';
import { loadShippedLocales } from '../generated/shipped-locale-loaders';
import { json, sarif, stylish, tally, type FileReport } from './report';

const FORMATS = ['stylish', 'json', 'sarif'] as const;
/** What a directory holds that lint reads as prose: plain text and Markdown (HTML and JSON are markup or data). */
const LINTED_EXTENSIONS = ['txt', 'md', 'markdown', 'mdx'] as const;

function parseRuleOptions(values: readonly string[]): Partial<Record<RuleId, Severity | 'off'>> {
  const rules: Partial<Record<RuleId, Severity | 'off'>> = {};
  for (const value of values) {
    const [id, level] = value.split('=');
    if (!(RULE_IDS as readonly string[]).includes(id ?? '')) throw new UsageError(`--rule ${value}: unknown rule "${id}" (rules: ${RULE_IDS.join(', ')})`);
    const severity = choice('rule', level, RULE_SETTINGS);
    if (!severity) throw new UsageError(`--rule ${value}: expected ${id}=error|warning|info|off`);
    rules[id as RuleId] = severity;
  }
  return rules;
}

/** `tactful lint`: files or standard input, three output formats, safe fixes, exit 1 on errors. */
export const lintCommand: Command = {
  summary: 'check replies for phrases a support agent should never send',
  help: `Usage: tactful lint [files, directories or globs…] [options]

Lints the files (standard input when none, or for -) and prints what a support agent should not send,
why, and what to write instead. Markdown files (.md) are linted as prose: code and link
targets are skipped. Exits with 1 when an error-level problem is found, or more warnings than
--max-warnings allows.

A directory is linted recursively: its .txt, .md, .markdown and .mdx files (name any other
file to lint it as plain text). A quoted glob ('replies/**/*.txt') is expanded as ESLint does.
Directories and globs skip node_modules and .git.

Options:
  --locale <tag>         language of the text (en, ro, ru, lv, lt, uk); default: the config's,
                         else detected in each file (en when unsure)
  --register <r>         formal (default) or informal: the address the text should keep
  --audience <a>         one (default) or group: a post to a whole thread or channel, where
                         plural "you" is right in both registers (the register rule is off)
  --voice <v>            casual (default: "Hi there", "Cheers" pass) or formal (casual
                         greetings and sign-offs are flagged too)
  --format <f>           stylish (default), json or sarif
  --fix                  apply the safe rewrites (files are rewritten; stdin is printed fixed)
  --max-warnings <n>     exit with 1 when there are more than n warnings (as ESLint; default:
                         no limit)
  --rule <id=level>      change a rule: error, warning, info or off; repeatable
  --markdown             lint standard input as Markdown
  --config <file>        read options from this file instead of tactful.config.json
  --ignore-pattern <g>   skip the files this glob matches in directories and globs, e.g.
                         'replies/drafts/**'; repeatable
  -h, --help             show this help

Configuration: tactful.config.json (or the "tactful" key of package.json) in the working
directory may set locale, register, audience, voice, rules, allow, extraPhrases and glossary.

Examples:
  echo "It's company policy." | tactful lint
  tactful lint replies --ignore-pattern 'replies/drafts/**'
  tactful lint replies/*.md --locale lv --format sarif > tactful.sarif`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { strings: ['locale', 'register', 'audience', 'voice', 'format', 'config', 'max-warnings'], flags: ['fix', 'markdown'], lists: ['rule', 'ignore-pattern'] });
    const format = choice('format', values.format, FORMATS) ?? 'stylish';
    const maxWarnings = values['max-warnings'];
    if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) throw new UsageError(`--max-warnings must be a whole number from 0, received "${maxWarnings}"`);
    const { config, source } = loadConfig(io, values.config);
    // With a locale, only its tone rules are loaded: a pre-commit hook linting one reply should
    // not read every language's phrases and templates. Without one, every language, to detect it.
    const locale = values.locale ?? config.locale;
    // A language tactful does not ship is the caller's mistake (exit 2), not "problems found" (1).
    refuseUnshippedLocale(typeof locale === 'string' ? locale : undefined, values.locale !== undefined ? '--locale' : `${source}: locale`);
    const shipped = await loadShippedLocales(typeof locale === 'string' ? locale : undefined, 'lint');
    const options: LintOptions = {
      ...config,
      locale,
      locales: shipped,
      register: choice<Register>('register', values.register, REGISTERS) ?? config.register,
      audience: choice('audience', values.audience, AUDIENCES) ?? config.audience,
      voice: choice('voice', values.voice, VOICES) ?? config.voice,
      rules: { ...config.rules, ...parseRuleOptions(values.rule ?? []) },
    };
    // `-` is standard input, as `tactful check --jsonl -` reads it.
    const files = positionals.length === 1 && positionals[0] === '-' ? [] : positionals;
    const inputs =
      files.length > 0
        ? // The file finder (and its glob matcher) is loaded only when there are files to find.
          (await import('./inputs')).expandInputs(files, io, { extensions: LINTED_EXTENSIONS, ignore: values['ignore-pattern'] ?? [] }).map((path) => ({
            path,
            text: io.readFile(path),
            markdown: /\.(md|markdown|mdx)$/i.test(path),
          }))
        : [{ path: '<stdin>', text: await readInput(io, 'the reply'), markdown: values.markdown ?? false }];

    const reports: FileReport[] = [];
    for (const input of inputs) {
      const fileLocale = resolveTextLocale(options.locale, shipped, { detect: () => detectLocale(input.text, shipped), fallback: SOURCE_LOCALE });
      const fileOptions = { ...options, locale: fileLocale, markdown: input.markdown };
      let diagnostics: Diagnostic[];
      let fixed = 0;
      if (values.fix) {
        const result = fixResult(input.text, fileOptions);
        diagnostics = [...result.remaining];
        fixed = result.applied.length;
        if (input.path === '<stdin>') io.stdout(result.text);
        else if (result.applied.length > 0) io.writeFile(input.path, result.text);
      } else {
        diagnostics = lint(input.text, fileOptions);
      }
      reports.push({ path: input.path, diagnostics, fixed });
    }
    const output = format === 'json' ? json(reports) : format === 'sarif' ? sarif(reports, version) : stylish(reports, io.color);
    // With --fix on stdin the fixed text goes to stdout, so the report goes to stderr.
    if (values.fix && files.length === 0) io.stderr(output);
    else io.stdout(output);
    const counts = tally(reports);
    return exitWhen(counts.error > 0 || (maxWarnings !== undefined && counts.warning > Number(maxWarnings)));
  },
};
