import { join, resolve } from 'node:path';
import { TactfulError } from '../core/errors';
import { defineLocale } from '../core/locale';
import { createTactful } from '../instance/create-tactful';
import { LocaleFileError, openLocaleProject, projectLocaleDefinitions, projectLocales } from '../translate/project';
import type { Tactful } from '../instance/types';
import { CHANNELS, REGISTERS, type Channel, type Register } from '../core/types';
import { SOURCE_LOCALE } from '../core/locale-resolver';
import { nearest } from '../core/nearest';
import { isTimeZone } from '../core/time';
import { SHIPPED_LOCALES } from '../generated/shipped-locales';
import { EXIT } from './exit-codes';
import { choice, isShippedLanguage, LOCALE_TAG, parseCommandLine, parseUserJson, refuseUnshippedLocale, UsageError, type Command } from './io';
import { coerceVariables, parseVarPairs } from './variables';

// `tactful render` and `tactful list`: the commands that read the catalog, so they load every
// shipped locale's messages and the render code; no other command waits for those.

function instance(): Tactful {
  return createTactful({ locales: SHIPPED_LOCALES, defaultLocale: SOURCE_LOCALE });
}


export const renderCommand: Command = {
  summary: 'render a template with variables',
  help: `Usage: tactful render <id> [options]

Renders one reply and prints it.

Options:
  --locale <tag>        language of the reply (en, ro, ru, lv, lt, uk; lt-LT falls back to lt)
  --register <r>        formal (default) or informal
  --channel <c>         text (default), html or markdown
  --var <name=value>    a variable; repeat for several (money: "11.99 EUR", lists: a,b; dates:
                        2026-12-01 for a day, 2026-12-01T15:00+02:00 for a moment)
  --time-zone <iana>    the customer's time zone for dates and times, e.g. Europe/Riga
                        (default: this machine's)
  --vars <file.json>    variables from a JSON object (--var values win)
  --variant <n|seed>    a phrasing by index, or a seed such as a conversation id
  --strict              fail instead of falling back to another language
  --json                print the result with the locale, register and variant used
  --dir <folder>        also load the locales of your own project's folder (i18n/pl/*.json), to
                        preview a translation (--root <dir>: the project; default: here)
  -h, --help            show this help

Example:
  tactful render greeting.welcome --locale lv --register informal --var customerName=Jānis
  tactful render closing.anything-else --locale pl --dir i18n`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { strings: ['locale', 'register', 'channel', 'vars', 'variant', 'time-zone', 'dir', 'root'], flags: ['strict', 'json'], lists: ['var'] });
    const [id, ...extra] = positionals;
    const timeZone = values['time-zone'];
    if (timeZone !== undefined && !isTimeZone(timeZone)) {
      throw new UsageError(`--time-zone must be an IANA time zone such as Europe/Riga, received "${timeZone}"`);
    }
    if (!id) throw new UsageError('render needs a template id, e.g. `tactful render greeting.welcome`');
    if (extra.length > 0) throw new UsageError(`render takes one template id, received also: ${extra.join(' ')}`);
    const tactful = instance();
    if (values.dir !== undefined || values.root !== undefined) {
      // A translator's preview: the project's locales join the shipped ones, as addLocale joins them in an app.
      const project = openLocaleProject(resolve(io.cwd, values.root ?? '.'), { dir: values.dir ?? 'locales', shippedEnglish: {} });
      const folder = join(project.root, project.dir);
      if (!io.exists(folder) || !io.isDirectory(folder)) throw new UsageError(`there is no folder ${project.dir}/ in ${project.root} (--dir names the folder of your locales)`);
      let locales: ReturnType<typeof projectLocaleDefinitions>;
      try {
        // A language tactful ships is previewed as it ships: a folder of overrides would replace its
        // registers and vocative (and a scaffold hide its text). Other folders are named when skipped.
        const codes = projectLocales(project).filter((code) => {
          const shipped = isShippedLanguage(code);
          if (!shipped && LOCALE_TAG.test(code)) return true;
          if (code !== SOURCE_LOCALE) io.stderr(`tactful: ${project.dir}/${code}/ not loaded: ${shipped ? 'tactful ships this language, and renders it as shipped' : 'not a language tag such as pl or pt-BR'}`);
          return false;
        });
        locales = projectLocaleDefinitions(project, codes);
      } catch (error) {
        if (error instanceof LocaleFileError) throw new UsageError(error.message);
        throw error;
      }
      for (const locale of locales) {
        try {
          tactful.addLocale(defineLocale(locale));
        } catch (error) {
          if (error instanceof TactfulError) throw new UsageError(`${project.dir}/${locale.code}/: ${error.message}`);
          throw error;
        }
      }
    }
    let fromFile: Record<string, unknown> = {};
    if (values.vars !== undefined) {
      if (!io.exists(values.vars)) throw new UsageError(`--vars ${values.vars}: no such file`);
      const parsed = parseUserJson(io.readFile(values.vars), `--vars ${values.vars}`);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError(`--vars ${values.vars}: expected a JSON object of variables`);
      fromFile = parsed as Record<string, unknown>;
    }
    const descriptor = tactful.templates().find((t) => t.id === id);
    const raw = { ...fromFile, ...parseVarPairs(values.var ?? []) };
    const variables = coerceVariables(raw, descriptor?.variables ?? [], timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone);
    const variant = values.variant === undefined ? undefined : /^\d+$/.test(values.variant) ? Number(values.variant) : values.variant;
    const result = tactful.renderResult(id as never, variables as never, {
      locale: values.locale,
      register: choice<Register>('register', values.register, REGISTERS),
      channel: choice<Channel>('channel', values.channel, CHANNELS),
      variant,
      strict: values.strict,
      timeZone,
    });
    io.stdout(values.json ? JSON.stringify(result, null, 2) : result.text);
    // The reply itself stays clean on stdout; the person at the terminal learns why it is not in
    // the language they asked for (--strict makes it an error instead).
    if (result.fallback && !values.json) io.stderr(`tactful: written in ${result.locale}, not ${result.requestedLocale}: ${result.fallbackReason ?? 'no text in that language'}`);
    return EXIT.ok;
  },
};

/** A filter value no template has is a typo, not an empty result: name the nearest ones. */
function knownValue(option: string, value: string | undefined, known: readonly string[]): void {
  if (value === undefined || known.includes(value)) return;
  const names = [...new Set(known)].sort();
  // Categories and tags are singular: "apologies" is "apology" a step too far for the edit distance.
  const singular = value.replace(/ies$/i, 'y').replace(/(?<=[^s])s$/i, '');
  const guesses = nearest(value, names).length > 0 ? nearest(value, names) : nearest(singular, names);
  if (guesses.length > 0) throw new UsageError(`no ${option} "${value}": did you mean ${guesses.join(', ')}?`);
  throw new UsageError(`no ${option} "${value}" (${option === 'category' ? `categories: ${names.join(', ')}` : 'tactful list --json shows every template\'s tags'})`);
}

export const listCommand: Command = {
  summary: 'list and search the templates',
  help: `Usage: tactful list [options]

Lists the templates, one a line: id and description. A --category or --tag no template has, or a
--locale tactful does not ship, is a usage error (exit 2) that names the nearest ones ("apologies":
did you mean apology?). No template matching --search exits 1.

Options:
  --category <name>     only this category (greeting, apology, escalation, …)
  --tag <tag>           only templates with this tag
  --locale <tag>        only templates this locale can render
  --search <words>      words that must all appear in the id, description or tags
  --json                print the full descriptors (variables, example, locales) as JSON
  -h, --help            show this help`,
  async run(args, io) {
    const { values, positionals } = parseCommandLine(args, { strings: ['category', 'tag', 'locale', 'search'], flags: ['json'] });
    const search = [values.search, ...positionals].filter(Boolean).join(' ') || undefined;
    const tactful = instance();
    knownValue('category', values.category, tactful.templates().map((t) => t.category));
    knownValue('tag', values.tag, tactful.templates().flatMap((t) => t.tags));
    // A language tactful does not ship is a usage error too, not an empty list.
    refuseUnshippedLocale(values.locale);
    const found = tactful.templates({ category: values.category, tag: values.tag, locale: values.locale, search });
    if (values.json) {
      io.stdout(JSON.stringify(found, null, 2));
      return EXIT.ok;
    }
    if (found.length === 0) {
      io.stderr('no template matches');
      return EXIT.failed;
    }
    const width = Math.max(...found.map((t) => t.id.length));
    io.stdout(found.map((t) => `${t.id.padEnd(width)}  ${t.description}`).join('\n'));
    return EXIT.ok;
  },
};
