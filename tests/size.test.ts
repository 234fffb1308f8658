import { describe, expect, it } from 'vitest';
import { bundle, checkOutput, isWholeCatalog, kindOf, localeMarkers, localeOf, run, SNIPPETS } from '../bench/size-entries';
import { LOCALE_CODES } from '../src/generated/locale-codes';
import { RULE_IDS } from '../src/lint/types';

/**
 * Size guard on the built package (npm test builds first): the snippets of
 * bench/size-entries.json, the code a user writes for each case, bundled and minified like an
 * application would, gzipped, and run. Issue #20's budgets (`BUDGETS` in bench/size-entries.ts):
 * a render-only widget in one locale at most 50 KB min+gz, linting in one locale at most 25 KB
 * (`tactful/lint` + `tactful/locales/<lng>/lint`), and `tactful` with English at most 76 KB.
 *
 * The widget (`render-<lng>`) is `createRendererFor` with the apology templates of
 * `tactful/templates` and the apology text of `tactful/locales/<lng>/categories`: 37.9–40.5 KB when it
 * came (session 9), so it is held to the budget itself. `render-all-<lng>` (`createRenderer`, every
 * template, the whole text part) stood at 57.1 (lv) when the entry points came and 59.0 in session 9.
 * The other two budgets are still missed (docs/performance.md says by how much and why), so the
 * guard holds the line where each stands, with about 1 KB to spare. full-en: 99.7 KB when the entry
 * points came; 102.6 after messages from outside came to be read once and checked and the checker
 * learned negated complaints; 104.3 after four hostile reviews; 106.6 (gzip level 6, as measured
 * here) after the linter read Markdown as CommonMark does and the checker grew its English
 * complaint phrases from real tweets; 108.4 when parts of one locale came to join (a locale's text
 * by category, or its text and its lint part, given separately) and a missing category's error
 * came to name the part to import; 105.9 when the link finder replaced linkify-it, 106.6 with the
 * linter's ASCII classes over plain text and the entries on top built apart (session 10).
 * lint-lv 32.7, then 30.6 with the link finder; lint-uk 38.6 (Cyrillic weighs more). Session 12:
 * +0.5 KB on everything that renders for variables checked in plain code (a quarter of a render
 * was zod's parse): full-en 107.4, render-all-uk 65.1. Session 13: +1.1 KB on full-en for checking
 * the options of guard, polish and lint that were silently misread (a hostile review): 108.6. The
 * lint entries +0.7 KB for the same review's fixes: lint's own option check (with "did you mean"),
 * file names and initials after a dash read as non-prose, and what a locale of one's own needs to
 * lint: lint-lv 31.7, lint-uk 39.6. Then full-en 111.0 and render-all-uk 66.0 with the rest of that
 * review's fixes and of a review of them (polish keeping blocks and the reply's language, values'
 * white space and invisible characters, the guard reading number words and hours, no reply
 * without a word). Session 14: full-en 112.7, render-all-uk 66.9, lint-lv 32.6, lint-uk 40.5 for
 * every exported helper refusing an argument of the wrong kind by name, a url variable refusing a
 * spoofing address however it is shown, a caller's template naming a shared message no locale has
 * refused when the instance is made, and promises read in the word orders these languages use
 * (and not in their questions and conditions).
 */
const CEILING_KB: Readonly<Record<string, number>> = { 'lint-lv': 33.5, 'full-en': 113.5, render: 50, 'render-all': 67.5, lint: 41.5 };
const ceilingOf = (name: string) => CEILING_KB[name] ?? CEILING_KB[isWholeCatalog(name) ? 'render-all' : kindOf(name)]!;

const names = Object.keys(SNIPPETS);
const built = new Map(await Promise.all(names.map(async (name) => [name, await bundle(SNIPPETS[name]!)] as const)));

describe('bench/size-entries.json', () => {
  it('has the cases of issue #20, and rendering and linting in every shipped locale', () => {
    expect(names).toEqual(expect.arrayContaining(['render-lv', 'lint-lv', 'full-en', ...LOCALE_CODES.flatMap((code) => [`render-${code}`, `render-all-${code}`, `lint-${code}`])]));
  });

  it.each(names.map((name) => [name]))('%s prints what it claims', (name) => {
    expect(checkOutput(name, run(name, built.get(name)!.code), RULE_IDS)).toBeUndefined();
  });

  it.each(names.map((name) => [name, ceilingOf(name)] as const))('%s stays under %d KB min+gz', (name, ceiling) => {
    expect(built.get(name)!.gzipped / 1024).toBeLessThan(ceiling);
  });

  it.each(names.map((name) => [name]))('%s carries no other locale', (name) => {
    const { code } = built.get(name)!;
    for (const other of LOCALE_CODES.filter((c) => c !== localeOf(name))) {
      for (const text of localeMarkers(other)) expect(code.includes(text), `${other}: ${text}`).toBe(false);
    }
  });
});

describe('what each entry leaves out', () => {
  const inputs = (name: string) => Object.values(built.get(name)!.metafile.outputs).flatMap((output) => Object.keys(output.inputs));
  const text = (name: string) => built.get(name)!.code;

  it('rendering carries neither the linter nor the conversation checker, nor the catalog descriptions', () => {
    // Sentences of the linter's, the checker's and the catalog's own (their messages and descriptions).
    expect(text('render-lv')).not.toMatch(/Does not apply to this conversation|phrases by rule and locale|apologise and put it right/);
    // Nor the link finder (its table of two-letter domain endings), which linting carries.
    expect(text('lint-lv')).toContain('a:cdefgilmnoqrstuwxz');
    expect(text('render-lv')).not.toContain('a:cdefgilmnoqrstuwxz');
  });

  it('the widget carries its category alone: no other category’s text or templates', () => {
    expect(text('render-all-lv')).toContain('Vai varu Jums vēl kaut kā palīdzēt?');
    expect(text('render-all-lv')).toContain('greeting.welcome');
    expect(text('render-lv')).not.toContain('Vai varu Jums vēl kaut kā palīdzēt?');
    expect(text('render-lv')).not.toContain('greeting.welcome');
    expect(text('render-lv')).toContain('apology.wrong-item');
  });

  it('linting carries neither i18next nor zod nor the template text', () => {
    expect(inputs('lint-lv').filter((path) => /node_modules\/(i18next|zod)\//.test(path))).toEqual([]);
    expect(text('lint-lv')).not.toContain('Vai varu Jums vēl kaut kā palīdzēt?');
    expect(text('lint-lv')).not.toMatch(/apologise and put it right/);
  });

  it('the XML parser fromXliff needs, the MCP SDK and the exporters stay out of `tactful`', () => {
    const included = inputs('full-en');
    expect(included.filter((path) => /node_modules\/(saxes|xmlchars|@modelcontextprotocol)\/|dist\/export/.test(path))).toEqual([]);
  });
});
