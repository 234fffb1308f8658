import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CSP_META } from './csp';
import { checkLinks, htmlFiles, type BrokenLink } from './links';
import { findPages, guidesMarkdown, layout, renderMarkdown, type PageSource } from './pages';

/**
 * `npm run docs`: builds the static docs site into docs/_site/ — every Markdown page of the
 * repository's docs in one layout, a guides index, the typedoc API reference under api/, and the
 * playground, a page that runs the BUILT library (dist/) under a strict Content-Security-Policy.
 * The build fails on a broken internal link.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The site's own sources: stylesheet, favicon, the playground. */
const SITE_SOURCES = join(ROOT, 'docs', 'site');

/** Options of {@link buildSite}. */
export interface BuildSiteOptions {
  /** The repository whose README.md and docs/ become the site. Default: this repository. */
  readonly root?: string;
  /** Where the site goes; emptied first. Default: `<root>/docs/_site`. */
  readonly outDir?: string;
  /** Build the typedoc API reference into api/ (the slow part, ~15–30 s). Default: true. */
  readonly api?: boolean;
  /** Bundle the playground from dist/ (needs `npm run build` first). Default: true. */
  readonly playground?: boolean;
  /**
   * Fail on broken links. Default: true; only the screenshot script turns it off, as it makes
   * the README's pictures the check would miss.
   */
  readonly checkLinks?: boolean;
  /** Print what is written. Default: false. */
  readonly verbose?: boolean;
}

/** What {@link buildSite} made. */
export interface SiteBuild {
  readonly outDir: string;
  /** Every HTML page of the site, as site paths. */
  readonly pages: readonly string[];
  /** Site paths not built this time; links into them were not checked. */
  readonly notBuilt: readonly string[];
}

/** Thrown when a page of the site links to a page or file that does not exist. */
export class BrokenLinksError extends Error {
  constructor(readonly broken: readonly BrokenLink[]) {
    super(`${broken.length} broken link${broken.length === 1 ? '' : 's'} in the docs site:\n${broken.map((b) => `  ${b.page}: ${b.href} — ${b.problem}`).join('\n')}`);
    this.name = 'BrokenLinksError';
  }
}

function write(outDir: string, path: string, content: string | Uint8Array): void {
  const target = join(outDir, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}

/** The Markdown pages: README, changelog, security policy, every docs/ page, and the guides index. */
function buildMarkdownPages(root: string, outDir: string): void {
  const sources = findPages(root);
  const guides: PageSource = { source: 'docs/guides.md', output: 'guides.html' };
  const pages = new Map([...sources, guides].map((p) => [p.source, p.output]));
  const markdownOf = (page: PageSource) => (page === guides ? guidesMarkdown(root, sources) : readFileSync(join(root, page.source), 'utf8'));
  for (const page of [...sources, guides]) {
    const rendered = renderMarkdown(markdownOf(page), page, pages, root);
    write(outDir, page.output, layout({ page: page.output, title: rendered.title, content: rendered.content }));
    for (const [from, to] of rendered.assets) {
      mkdirSync(dirname(join(outDir, to)), { recursive: true });
      copyFileSync(join(root, from), join(outDir, to));
    }
  }
}

/** The playground: its page in the site layout, its stylesheet, and its script bundled with the built library. */
async function buildPlayground(outDir: string): Promise<void> {
  for (const entry of ['index.js', ...['en', 'ro', 'ru', 'lv', 'lt', 'uk'].map((code) => `locales/${code}.js`)]) {
    if (!existsSync(join(ROOT, 'dist', entry))) throw new Error(`dist/${entry} is missing: the playground uses the built library, run \`npm run build\` first`);
  }
  const source = join(SITE_SOURCES, 'playground');
  const page = 'playground/index.html';
  const content = readFileSync(join(source, 'page.html'), 'utf8');
  write(outDir, page, layout({ page, title: 'Playground', content, stylesheets: ['playground/playground.css'], scripts: ['playground/playground.js'], mainClass: 'wide' }));
  copyFileSync(join(source, 'playground.css'), join(outDir, 'playground', 'playground.css'));
  await build({
    entryPoints: [join(source, 'main.ts')],
    outfile: join(outDir, 'playground', 'playground.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'linked',
    logLevel: 'warning',
    // dist/locales/*.js import shared chunks for load order only; with the package's
    // `sideEffects: false` an application's bundler drops those imports, and so does this one.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
}

/** Where typedoc's main.js makes the `<style>` its member filters write into. */
const TYPEDOC_FILTER_STYLE = 'document.head.appendChild(document.createElement("style"))';

/**
 * The typedoc API reference in api/. typedoc's pages keep their own look, but are made to work
 * under the site's strict policy too (the server sends it for every page):
 * - their one inline script (theme, "hide until ready") moves to a file;
 * - the member filters ("Protected", "Inherited", "External") write CSS rules into a `<style>`
 *   element at run time, which the policy refuses (and reports). The rules are static, so they
 *   go into assets/filters.css, and main.js keeps its `<style>` out of the document.
 */
function buildApi(outDir: string): void {
  const apiDir = join(outDir, 'api');
  const typedoc = join(dirname(createRequire(import.meta.url).resolve('typedoc/package.json')), 'bin', 'typedoc');
  // Type errors are `npm run typecheck`'s job; typedoc only documents (and checks its links).
  execFileSync(process.execPath, [typedoc, '--out', apiDir, '--skipErrorChecking', '--logLevel', 'Warn'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });

  const mainJs = join(apiDir, 'assets', 'main.js');
  const main = readFileSync(mainJs, 'utf8');
  if (!main.includes(TYPEDOC_FILTER_STYLE)) {
    throw new Error(`typedoc's assets/main.js no longer contains ${TYPEDOC_FILTER_STYLE}: check the API pages under the site's policy again (scripts/site/build.ts)`);
  }
  writeFileSync(mainJs, main.replace(TYPEDOC_FILTER_STYLE, 'document.createElement("style")'));

  const scripts = new Map<string, string>();
  const filters = new Set<string>();
  for (const page of htmlFiles(apiDir)) {
    const path = join(apiDir, page);
    const toAssets = posix.relative(posix.dirname(page), 'assets');
    const toSite = posix.relative(posix.dirname(`api/${page}`), '.') || '.';
    let html = readFileSync(path, 'utf8');
    for (const match of html.matchAll(/<input type="checkbox" id="tsd-filter-([\w-]+)"/g)) filters.add(match[1]!);
    html = html
      .replace(/<script>([\s\S]*?)<\/script>/g, (_, code: string) => {
        const name = `inline-${createHash('sha256').update(code).digest('hex').slice(0, 10)}.js`;
        scripts.set(name, code);
        return `<script src="${toAssets}/${name}"></script>`;
      })
      .replace(/<meta charset="utf-8"\/?>/i, (charset) => `${charset}${CSP_META}`)
      .replace('</head>', `<link rel="stylesheet" href="${toAssets}/filters.css"/><link rel="icon" href="${toSite}/favicon.svg" type="image/svg+xml"/></head>`);
    if (!html.includes(CSP_META)) throw new Error(`api/${page}: no <meta charset> to put the Content-Security-Policy after`);
    if (/\son[a-z]+="/i.test(html) || /\sstyle="/i.test(html) || /<style/i.test(html)) throw new Error(`api/${page}: inline styles or event handlers would break under the site's policy`);
    writeFileSync(path, html);
  }
  for (const [name, code] of scripts) write(apiDir, `assets/${name}`, code);
  // The rule main.js writes for each filter that is off (the <html> element gets `filter-<name>` when it is on).
  write(apiDir, 'assets/filters.css', [...filters].map((name) => `html:not(.filter-${name}) .tsd-is-${name} { display: none; }\n`).join(''));
}

/** Builds the site; throws {@link BrokenLinksError} when a link leads nowhere. */
export async function buildSite(options: BuildSiteOptions = {}): Promise<SiteBuild> {
  const root = options.root ?? ROOT;
  const outDir = options.outDir ?? join(root, 'docs', '_site');
  const log = (message: string) => options.verbose && console.log(message);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const file of ['site.css', 'favicon.svg']) copyFileSync(join(SITE_SOURCES, 'assets', file), join(outDir, file));

  buildMarkdownPages(root, outDir);
  log('pages written');
  const notBuilt: string[] = [];
  if (options.playground ?? true) {
    await buildPlayground(outDir);
    log('playground bundled');
  } else notBuilt.push('playground/');
  if (options.api ?? true) {
    buildApi(outDir);
    log('API reference written');
  } else notBuilt.push('api/');

  const generated = new Set(htmlFiles(outDir).filter((page) => !page.startsWith('api/')));
  const broken = options.checkLinks === false ? [] : checkLinks(outDir, { notBuilt, checkFragmentsOf: (page) => generated.has(page) });
  if (broken.length > 0) throw new BrokenLinksError(broken);
  return { outDir, pages: htmlFiles(outDir), notBuilt };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const api = !process.argv.includes('--no-api');
  buildSite({ api, verbose: true }).then(
    (site) => console.log(`docs site: ${site.pages.length} pages in ${relative(ROOT, site.outDir) || site.outDir} (${((performance.now() - started) / 1000).toFixed(1)} s)`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
