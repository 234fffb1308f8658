/**
 * The snippets of `bench/size-entries.json` (the code a user writes for each case), bundled from
 * the build in dist/ the way a web app's bundler does it (esbuild, minified, browser, ESM, UTF-8)
 * and gzipped, then run with Node to check that each prints what it claims. Shared by
 * `npm run bench:size` and tests/size.test.ts, which guards the budgets.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Metafile, type Plugin } from 'esbuild';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The snippets by name: `render-lv`, `lint-lv`, `full-en`, … */
export const SNIPPETS: Readonly<Record<string, string>> = JSON.parse(readFileSync(join(ROOT, 'bench', 'size-entries.json'), 'utf8')) as Record<string, string>;

/**
 * Budgets in KB min+gz, from issue #20: a render-only widget in one locale (`render-<lng>`: the
 * apology templates and their text, `createRendererFor`), lint only in one locale, and `tactful`
 * with English. They apply to the snippets of each kind; `render-all-<lng>` (`createRenderer`,
 * every template) is measured beside the widget and reported against the same number.
 */
export const BUDGETS: Readonly<Record<'render' | 'lint' | 'full', number>> = { render: 50, lint: 25, full: 76 };

export const kindOf = (name: string) => name.split('-')[0] as keyof typeof BUDGETS;
export const localeOf = (name: string) => name.split('-').at(-1)!;
/** `render-all-<lng>`: `createRenderer` with every template, measured beside the widget. */
export const isWholeCatalog = (name: string) => name.includes('-all-');

/** `tactful` and `tactful/…` resolved through the package's own `exports` (the `import` condition), as an app resolves them. */
const packageExports: Plugin = {
  name: 'tactful-exports',
  setup(build) {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { import?: { default: string } }> };
    build.onResolve({ filter: /^tactful(\/.*)?$/ }, (args) => {
      const target = pkg.exports[`.${args.path.slice('tactful'.length)}`]?.import?.default;
      if (!target) return { errors: [{ text: `"${args.path}" is not exported by the package` }] };
      return { path: join(ROOT, target) };
    });
  },
};

export interface Bundle {
  readonly minified: number;
  readonly gzipped: number;
  readonly code: string;
  readonly metafile: Metafile;
}

/** Bundles an ES module as an app would: every byte it would download. */
export async function bundle(contents: string, loader: 'js' | 'ts' = 'js'): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader },
    // Letters as UTF-8, as application bundlers write them (esbuild's default escapes every
    // Cyrillic letter to six bytes).
    charset: 'utf8',
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [packageExports],
  });
  const output = result.outputFiles[0]!.contents;
  return { minified: output.length, gzipped: gzipSync(output).length, code: result.outputFiles[0]!.text, metafile: result.metafile };
}

/** Runs a bundle with Node and returns what it printed. */
export function run(name: string, code: string): string {
  const dir = join(ROOT, '.tactful-tmp', 'size');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, code);
  return execFileSync(process.execPath, [file], { encoding: 'utf8' }).trim();
}

/** Rule ids as the snippets print them: one line of ids separated by spaces. */
const RULE_LINE = /^[a-z]+(?:-[a-z]+)*(?: [a-z]+(?:-[a-z]+)*)*$/;
const BROKEN = /undefined|\[object|NaN|\{\{|&amp;/;
const LETTERS: Readonly<Record<string, RegExp>> = { lv: /[āčēģīķļņšūž]/i, lt: /[ąčęėįšųūž]/i, ro: /[ăâîșț]/i, ru: /\p{Script=Cyrillic}/u, uk: /[іїєґ]/i, en: /^[\x20-\x7e’“”—–…]+$/ };

/**
 * Whether a snippet printed what it claims: a reply in its language (render), rule ids (lint), a
 * reply and then rule ids (full). A problem as a sentence, or undefined.
 */
export function checkOutput(name: string, output: string, ruleIds: readonly string[]): string | undefined {
  const lines = output.split('\n').filter(Boolean);
  const kind = kindOf(name);
  const reply = kind === 'lint' ? undefined : lines[0];
  const rules = kind === 'render' ? undefined : lines.at(-1);
  if (reply !== undefined) {
    if (reply.length < 20 || BROKEN.test(reply)) return `${name} printed no clean reply: ${JSON.stringify(reply)}`;
    const letters = LETTERS[localeOf(name)];
    if (letters && !letters.test(reply)) return `${name} printed a reply that is not in ${localeOf(name)}: ${JSON.stringify(reply)}`;
  }
  if (rules !== undefined) {
    if (!RULE_LINE.test(rules) || rules.split(' ').some((id) => !ruleIds.includes(id))) return `${name} printed no rule ids: ${JSON.stringify(rules)}`;
  }
  return undefined;
}

/**
 * A sentence of each shipped locale's template text, tone-rule data and conversation data: a
 * bundle that holds one of another locale's has pulled that locale in.
 */
export function localeMarkers(code: string): string[] {
  const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
  const closing = read(`locales/${code}/closing.json`)['anything-else'] as Record<string, string>;
  const policy = read(`src/lint/rules/policy-shield/${code}.json`) as { message: string };
  const conversation = read(`src/conversation/data/${code}.json`) as { notApplicable: string };
  return [closing.plain ?? closing.plain_formal!, policy.message, conversation.notApplicable];
}
