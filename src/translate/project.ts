import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleLocaleData } from '../core/lint-data';
import { SOURCE_LOCALE } from '../core/locale-resolver';
import type { LocaleResources, MessageTree, Register } from '../core/types';
import { checkLocale, UNTRANSLATED, type LocaleProblem } from './check';
import { jsonErrorPosition } from './json-lines';

/**
 * The translator workflow on files: a folder of i18next JSON, `<dir>/<lng>/<namespace>.json`, with
 * an optional `<dir>/index.json` naming each locale and its registers.
 *
 * Two kinds of project hold such a folder. The tactful repository itself (`locales/`, listed in
 * `locales/index.json`), where a locale also has the linter's phrases in
 * `src/lint/rules/<rule>/<lng>.json` and the conversation checker's in
 * `src/conversation/data/<lng>.json`, and is a package entry point. And any other project, where a
 * company's translator keeps locales that the app loads with `addLocale`: checked against the
 * English that ships with tactful (and the project's own `<dir>/en/`, for its own templates).
 */
export interface LocaleProject {
  /** The folder that paths in problems are relative to. */
  readonly root: string;
  /** The folder of locales, relative to `root`. */
  readonly dir: string;
  /** True in the tactful repository: the tool data files and the package exports are part of a locale. */
  readonly repository: boolean;
  /** English by namespace: what every locale is checked against and scaffolded from. */
  readonly source: LocaleResources;
}

interface LocaleMeta {
  readonly name: string;
  readonly registers: readonly Register[];
}

/** Whether `root` is a checkout of tactful: its locales are listed and its rules have data files. */
export function isTactfulRepository(root: string): boolean {
  return existsSync(join(root, 'locales', 'index.json')) && existsSync(join(root, 'src', 'lint', 'rules'));
}

/**
 * Opens the locales of a project. In the tactful repository English is read from `locales/en/`;
 * elsewhere it is the shipped English (`shippedEnglish`) with the project's own `<dir>/en/` over it.
 */
export function openLocaleProject(root: string, options: { dir?: string; shippedEnglish: LocaleResources }): LocaleProject {
  const repository = options.dir === undefined && isTactfulRepository(root);
  const dir = options.dir ?? 'locales';
  const own = readFolder({ root, dir }, SOURCE_LOCALE, []).resources;
  const source = repository ? own : { ...options.shippedEnglish, ...own };
  return { root, dir, repository, source };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON file as an editor saved it: a byte-order mark (Windows editors write one) is not part of the JSON. */
function readJsonText(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/** A file of the project that cannot be read as it must be: the CLI says which and why, and writes nothing. */
export class LocaleFileError extends Error {}

function readIndex(project: Pick<LocaleProject, 'root' | 'dir'>): Record<string, LocaleMeta> {
  const path = join(project.root, project.dir, 'index.json');
  if (!existsSync(path)) return {};
  let index: unknown;
  try {
    index = JSON.parse(readJsonText(path));
  } catch (error) {
    throw new LocaleFileError(`${join(project.dir, 'index.json')} is not valid JSON: ${(error as Error).message}`);
  }
  // Valid JSON of the wrong shape is as unreadable: each locale by its code, with its name and registers.
  const entries = isObject(index) ? Object.entries(index) : undefined;
  const bad = entries === undefined ? index : entries.find(([, meta]) => !isObject(meta) || typeof meta.name !== 'string' || !Array.isArray(meta.registers))?.[0];
  if (entries === undefined || bad !== undefined) {
    throw new LocaleFileError(`${join(project.dir, 'index.json')} must map each locale's code to its name and registers, e.g. { "pl": { "name": "polski", "registers": ["formal", "informal"] } }${entries ? ` (see "${String(bad)}")` : ''}`);
  }
  return index as Record<string, LocaleMeta>;
}

function readFolder(project: Pick<LocaleProject, 'root' | 'dir'>, code: string, problems: LocaleProblem[]) {
  const dir = join(project.root, project.dir, code);
  const resources: Record<string, MessageTree> = {};
  const files: Record<string, { path: string; text: string }> = {};
  if (!existsSync(dir)) return { resources, files };
  for (const file of readdirSync(dir, { withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.json')).map((f) => f.name).sort()) {
    const namespace = file.slice(0, -'.json'.length);
    const path = join(project.dir, code, file);
    const text = readJsonText(join(project.root, path));
    files[namespace] = { path, text };
    try {
      resources[namespace] = JSON.parse(text) as MessageTree;
    } catch (error) {
      // A broken file is reported, and the rest of the locale is still checked.
      problems.push({ severity: 'error', code: 'json', locale: code, namespace, key: '', message: `not valid JSON: ${(error as Error).message}`, file: path, ...jsonErrorPosition(text, error) });
      resources[namespace] = {};
    }
  }
  return { resources, files };
}

function readLint(root: string, code: string): Record<string, RuleLocaleData> {
  const rules = join(root, 'src', 'lint', 'rules');
  const out: Record<string, RuleLocaleData> = {};
  for (const rule of readdirSync(rules, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const path = join(rules, rule.name, `${code}.json`);
    if (existsSync(path)) {
      try {
        out[rule.name] = JSON.parse(readFileSync(path, 'utf8')) as RuleLocaleData;
      } catch {
        // reported by the data tests; the tone check just goes without this rule
      }
    }
  }
  return out;
}

/** Every text in a JSON value, with its path (`suggestions[0]`, `items.greeted.title`). */
function* texts(value: unknown, path = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* texts(item, `${path}[${i}]`);
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) yield* texts(item, path ? `${path}.${key}` : key);
}

/**
 * The tone linter's and the conversation checker's data for a locale: the files `locales add`
 * scaffolds next to the code. Reported like the messages: a file English has and this locale
 * lacks, a text still marked untranslated, a rule or signal with no phrases (it can never fire),
 * a rule without the examples the tests and its page need.
 */
function checkToolData(root: string, code: string): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const report = (code_: LocaleProblem['code'], namespace: string, key: string, message: string, file: string) =>
    problems.push({ severity: 'error', code: code_, locale: code, namespace, key, message, file });
  const inspect = (namespace: string, relative: string, check: (data: Record<string, unknown>, english: Record<string, unknown>) => void) => {
    const english = join(root, relative.replace(/[^/]+\.json$/, 'en.json'));
    if (!existsSync(english)) return;
    if (!existsSync(join(root, relative))) {
      report('missing-file', namespace, '', 'English has this file and this locale does not (run `tactful locales add` or copy it)', relative);
      return;
    }
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(readFileSync(join(root, relative), 'utf8')) as Record<string, unknown>;
    } catch (error) {
      report('json', namespace, '', `not valid JSON: ${(error as Error).message}`, relative);
      return;
    }
    for (const [key, text] of texts(data)) if (text.startsWith(UNTRANSLATED)) report('untranslated', namespace, key, 'still the English text, marked [untranslated]', relative);
    check(data, JSON.parse(readFileSync(english, 'utf8')) as Record<string, unknown>);
  };
  const rules = join(root, 'src', 'lint', 'rules');
  for (const rule of readdirSync(rules, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    inspect(`lint/${rule}`, join('src', 'lint', 'rules', rule, `${code}.json`), (data, english) => {
      const file = join('src', 'lint', 'rules', rule, `${code}.json`);
      const phrases = (data.phrases as unknown[] | undefined) ?? [];
      if ((english.phrases as unknown[] | undefined)?.length && phrases.length === 0) report('missing', `lint/${rule}`, 'phrases', 'no phrases yet: the rule cannot flag anything in this language', file);
      const examples = (data.examples as { flag?: unknown[]; pass?: unknown[] } | undefined) ?? {};
      if (phrases.length > 0 && !examples.flag?.length) report('missing', `lint/${rule}`, 'examples.flag', 'give texts the rule must flag: the tests run them and the rule page shows them', file);
      if (!examples.pass?.length) report('missing', `lint/${rule}`, 'examples.pass', 'give texts the rule must let through: the tests run them and the rule page shows them', file);
    });
  }
  inspect('conversation', join('src', 'conversation', 'data', `${code}.json`), (data) => {
    const file = join('src', 'conversation', 'data', `${code}.json`);
    for (const [signal, value] of Object.entries((data.signals as Record<string, { phrases?: unknown[] }> | undefined) ?? {})) {
      if (!value.phrases?.length) report('missing', 'conversation', `signals.${signal}.phrases`, 'no phrases yet: the checker cannot see this in a conversation', file);
    }
  });
  return problems;
}

/** The locale's name and registers: from the index, else (outside the repository) read off its keys. */
function localeMeta(project: LocaleProject, code: string, resources: LocaleResources): LocaleMeta | undefined {
  const index = readIndex(project);
  if (Object.hasOwn(index, code)) return index[code];
  if (project.repository) return undefined;
  const informal = JSON.stringify(resources).includes('_informal"');
  return { name: code, registers: informal ? ['formal', 'informal'] : ['formal'] };
}

/**
 * Checks one locale of the project against English: everything `checkLocale` checks, plus files
 * that are not valid JSON, with the file, key, line and column of each problem.
 */
export function checkProjectLocale(project: LocaleProject, code: string, options: { tone?: boolean; lint?: Readonly<Partial<Record<string, RuleLocaleData>>> } = {}): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const target = readFolder(project, code, problems);
  const meta = localeMeta(project, code, target.resources);
  if (!meta) {
    return [{ severity: 'error', code: 'missing-file', locale: code, namespace: '', key: '', message: `"${code}" is not listed in ${join(project.dir, 'index.json')} (run \`tactful locales add ${code}\`)`, file: join(project.dir, 'index.json') }];
  }
  // The repository's own rule files, or (in a project of one's own) the shipped language's phrases.
  const lint = options.tone === false ? undefined : project.repository ? readLint(project.root, code) : options.lint;
  if (project.repository && code !== SOURCE_LOCALE) problems.push(...checkToolData(project.root, code));
  return [
    ...problems,
    ...checkLocale({ code, registers: meta.registers, resources: target.resources, ...(lint ? { lint } : {}) }, { source: project.source, files: target.files, tone: options.tone !== false }),
  ];
}

/**
 * A locale's messages as they are on disk, by namespace. A file that is not valid JSON is a
 * `LocaleFileError`: what is read is exported or written back, and a file read as empty would
 * lose its translations without a word.
 */
export function readLocaleResources(project: LocaleProject, code: string): Record<string, MessageTree> {
  const problems: LocaleProblem[] = [];
  const { resources } = readFolder(project, code, problems);
  const [broken] = problems;
  if (broken) throw new LocaleFileError(`${broken.file}${broken.line ? `:${broken.line}:${broken.column ?? 1}` : ''} is not valid JSON (${broken.message.replace(/^not valid JSON: /, '')}): fix it first`);
  return resources;
}

/**
 * Writes translations (from `fromXliff`) into a locale's files: each translated message is set at
 * its key, and everything else in the file stays as it was — messages translated since the export,
 * the `[untranslated]` ones, the key order. Returns the files written and how many messages
 * changed. A key that would have to replace a group of messages, or a group a message, is refused
 * before anything is written.
 */
export function mergeTranslations(project: LocaleProject, code: string, resources: Readonly<Record<string, MessageTree>>): { readonly files: string[]; readonly changed: number } {
  const folder = join(project.root, project.dir, code);
  const existing = readLocaleResources(project, code);
  let changed = 0;
  const writes: Array<[string, string]> = [];
  for (const [namespace, tree] of Object.entries(resources)) {
    const path = join(project.dir, code, `${namespace}.json`);
    const refuse = (at: string, what: string) => new LocaleFileError(`${path}: ${at ? `"${at}"` : 'the file'} ${what}; nothing was written`);
    const before = Object.hasOwn(existing, namespace) ? (existing[namespace] as unknown) : {};
    if (!isObject(before)) throw refuse('', 'is not an object of messages');
    const target = structuredClone(before);
    const visit = (from: MessageTree, into: Record<string, unknown>, path: string) => {
      for (const [key, value] of Object.entries(from)) {
        const at = path ? `${path}.${key}` : key;
        // Own keys only: "toString" is a message's name here, never the prototype's method.
        const current = Object.hasOwn(into, key) ? into[key] : undefined;
        if (typeof value === 'string') {
          if (current !== undefined && typeof current !== 'string') throw refuse(at, 'holds messages, and the XLIFF file gives it one text');
          if (current !== value) changed++;
          into[key] = value;
        } else {
          if (current !== undefined && !isObject(current)) throw refuse(at, 'is not a group of messages, and the XLIFF file gives it several');
          if (current === undefined) into[key] = {};
          visit(value, into[key] as Record<string, unknown>, at);
        }
      }
    };
    visit(tree, target, '');
    const text = json(target);
    // A file the import does not change is left as it is (its byte-order mark, line ends, indent).
    if (Object.hasOwn(existing, namespace) && JSON.stringify(target) === JSON.stringify(before)) continue;
    writes.push([path, text]);
  }
  if (writes.length > 0) mkdirSync(folder, { recursive: true });
  for (const [path, text] of writes) {
    // Written beside and renamed into place: a full disk or a killed process leaves the old file whole.
    const temporary = join(project.root, `${path}.tmp-${process.pid}`);
    writeFileSync(temporary, text);
    renameSync(temporary, join(project.root, path));
  }
  return { files: writes.map(([path]) => path), changed };
}

/**
 * The project's own locales (not its English, which holds its own templates' source text) as an
 * app loads them: each with its name and registers and its messages, for `addLocale`. What is still
 * `[untranslated]` is loaded too and never sent; its templates fall back.
 */
export function projectLocaleDefinitions(
  project: LocaleProject,
  codes: readonly string[] = projectLocales(project).filter((code) => code !== SOURCE_LOCALE),
): Array<{ code: string; name: string; registers: readonly Register[]; resources: Record<string, MessageTree> }> {
  return codes.map((code) => {
    const resources = readLocaleResources(project, code);
    const meta = localeMeta(project, code, resources) ?? { name: code, registers: ['formal'] as const };
    return { code, name: meta.name, registers: meta.registers, resources };
  });
}

/** Every locale of the project: those its index lists and, outside the repository, its folders (English first). */
export function projectLocales(project: LocaleProject): string[] {
  const listed = Object.keys(readIndex(project));
  if (project.repository) return listed;
  const folder = join(project.root, project.dir);
  const folders = existsSync(folder) ? readdirSync(folder, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
  const codes = [...new Set([...listed, ...folders])].sort();
  return codes.includes(SOURCE_LOCALE) ? [SOURCE_LOCALE, ...codes.filter((c) => c !== SOURCE_LOCALE)] : codes;
}

function untranslated(tree: MessageTree, categories: readonly string[]): MessageTree {
  const out: Record<string, string | MessageTree> = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value !== 'string') {
      out[key] = untranslated(value, categories);
    } else if (/_(one|other)$/.test(key)) {
      // Plural forms follow the new language's CLDR categories, not English's.
      const base = key.replace(/_(one|other)$/, '');
      const other = (tree[`${base}_other`] as string | undefined) ?? value;
      for (const category of categories) out[`${base}_${category}`] ??= `${UNTRANSLATED}${category === 'one' ? ((tree[`${base}_one`] as string | undefined) ?? other) : other}`;
    } else {
      out[key] = `${UNTRANSLATED}${value}`;
    }
  }
  return out;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Scaffolds a new locale: `<dir>/<lng>/` with every English message marked untranslated (plural
 * keys already in the language's CLDR categories) and its entry in `<dir>/index.json`. In the
 * tactful repository also its package export and the linter's and the conversation checker's
 * data files to fill in; run `npm run generate` afterwards to create its entry point. Returns the
 * files written.
 */
export function scaffoldLocale(project: LocaleProject, code: string, meta: LocaleMeta): string[] {
  const { root } = project;
  const written: string[] = [];
  const write = (path: string, content: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
    written.push(path);
  };
  const index = readIndex(project);
  if (Object.hasOwn(index, code) || (!project.repository && existsSync(join(root, project.dir, code)))) {
    throw new Error(`locale "${code}" already exists in ${project.repository ? join(project.dir, 'index.json') : join(project.dir, code)}`);
  }
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  for (const [namespace, tree] of Object.entries(project.source)) write(join(project.dir, code, `${namespace}.json`), json(untranslated(tree, categories)));
  write(join(project.dir, 'index.json'), json({ ...index, [code]: meta }));
  if (!project.repository) return written;

  const pkgPath = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, unknown> };
  const entry = (n: string) => ({ import: { types: `./dist/${n}.d.ts`, default: `./dist/${n}.js` }, require: { types: `./dist/${n}.d.cts`, default: `./dist/${n}.cjs` } });
  const exports: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(pkg.exports)) {
    // The whole locale and its parts, as every shipped locale has them (tsup builds all four).
    if (key === './package.json') for (const part of ['', '/text', '/lint', '/categories']) exports[`./locales/${code}${part}`] = entry(`locales/${code}${part}`);
    exports[key] = value;
  }
  write('package.json', json({ ...pkg, exports }));

  const rules = join(root, 'src', 'lint', 'rules');
  for (const rule of readdirSync(rules, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const english = JSON.parse(readFileSync(join(rules, rule.name, 'en.json'), 'utf8')) as RuleLocaleData;
    const data = {
      message: `${UNTRANSLATED}${english.message}`,
      suggestions: english.suggestions.map((s) => `${UNTRANSLATED}${s}`),
      phrases: [],
      ...(english.reverse ? { reverse: { message: `${UNTRANSLATED}${english.reverse.message}`, suggestions: [], phrases: [] } } : {}),
      ...(english.acronyms ? { acronyms: [] } : {}),
      ...(english.notAfter ? { notAfter: [] } : {}),
      ...(english.standIns ? { standIns: [], standInPrefixes: [], standInSuffixes: [], valueNotAfter: [], valueNotBefore: [] } : {}),
      examples: { flag: [], pass: [] },
    };
    write(join('src', 'lint', 'rules', rule.name, `${code}.json`), json(data));
  }
  const conversation = JSON.parse(readFileSync(join(root, 'src', 'conversation', 'data', 'en.json'), 'utf8')) as {
    signals: Record<string, unknown>;
    items: Record<string, Record<string, string>>;
    notApplicable: string;
  };
  write(
    join('src', 'conversation', 'data', `${code}.json`),
    json({
      signals: Object.fromEntries(Object.keys(conversation.signals).map((s) => [s, { phrases: [], match: [], miss: [] }])),
      items: Object.fromEntries(Object.entries(conversation.items).map(([id, texts]) => [id, Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, `${UNTRANSLATED}${v}`]))])),
      notApplicable: `${UNTRANSLATED}${conversation.notApplicable}`,
    }),
  );
  return written;
}
