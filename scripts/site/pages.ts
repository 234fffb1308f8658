import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { Marked, type Tokens } from 'marked';
import { CSP_META } from './csp';

/**
 * The Markdown half of the docs site: which file becomes which page, one layout for all of them,
 * and link rewriting (`linter.md#fix` → `linter.html#fix`, `../README.md` → `readme.html`).
 */

/** Directories under docs/ that hold no pages: the site itself, its sources, typedoc's old output. */
const NOT_PAGES = new Set(['_site', 'api', 'site', 'images']);

/** Top-level files of the repository that become pages, and their names in the site. */
const ROOT_PAGES: Readonly<Record<string, string>> = { 'README.md': 'readme.html', 'CHANGELOG.md': 'changelog.html', 'SECURITY.md': 'security.html' };

/** One Markdown source and the page it becomes (both paths use `/`). */
export interface PageSource {
  /** Path relative to the repository root, e.g. `docs/rules/README.md`. */
  readonly source: string;
  /** Path relative to the site root, e.g. `rules/index.html`. */
  readonly output: string;
}

/** Where a docs/ Markdown file goes: `docs/x.md` → `x.html`, a folder's README.md → its index.html. */
export function outputPathOf(source: string): string {
  if (ROOT_PAGES[source]) return ROOT_PAGES[source];
  const inDocs = source.replace(/^docs\//, '');
  if (inDocs === 'README.md' || inDocs.endsWith('/README.md')) return inDocs.replace(/README\.md$/, 'index.html');
  return inDocs.replace(/\.md$/, '.html');
}

/** Every Markdown file of the site, in a stable order. */
export function findPages(root: string): PageSource[] {
  const sources: string[] = Object.keys(ROOT_PAGES).filter((file) => existsSync(join(root, file)));
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!(dir === 'docs' && NOT_PAGES.has(entry.name))) walk(path);
      } else if (entry.name.endsWith('.md')) sources.push(path);
    }
  };
  if (existsSync(join(root, 'docs'))) walk('docs');
  return sources.map((source) => ({ source, output: outputPathOf(source) }));
}

/** The site's sections, in the order of the header navigation. */
export const SECTIONS = [
  { label: 'Home', href: 'index.html', owns: (page: string) => ['index.html', 'readme.html', 'changelog.html', 'security.html'].includes(page) },
  { label: 'Guides', href: 'guides.html', owns: (page: string) => !page.includes('/') },
  { label: 'Catalog', href: 'catalog/index.html', owns: (page: string) => page.startsWith('catalog/') },
  { label: 'Rules', href: 'rules/index.html', owns: (page: string) => page.startsWith('rules/') },
  { label: 'API', href: 'api/index.html', owns: (page: string) => page.startsWith('api/') },
  { label: 'Playground', href: 'playground/index.html', owns: (page: string) => page.startsWith('playground/') },
] as const;

/** The relative URL from one page of the site to another path of the site. */
export function relativeUrl(fromPage: string, to: string): string {
  const url = posix.relative(posix.dirname(fromPage), to);
  return url === '' ? posix.basename(to) : url;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What the layout needs to know about one page. */
export interface LayoutOptions {
  /** The page's path in the site, e.g. `rules/blame.html`. */
  readonly page: string;
  readonly title: string;
  /** The body of `<main>`, already HTML. */
  readonly content: string;
  /** Extra stylesheets and module scripts, as paths in the site. */
  readonly stylesheets?: readonly string[];
  readonly scripts?: readonly string[];
  /** A class for `<main>`, e.g. a wider layout for the playground. */
  readonly mainClass?: string;
}

/** The one layout of every page the site build writes (typedoc's pages keep their own). */
export function layout(options: LayoutOptions): string {
  const url = (to: string) => escapeHtml(relativeUrl(options.page, to));
  const section = SECTIONS.find((s) => s.owns(options.page));
  const nav = SECTIONS.map((s) => {
    const current = s.href === options.page ? ' aria-current="page"' : s === section ? ' class="current"' : '';
    return `<li><a href="${url(s.href)}"${current}>${s.label}</a></li>`;
  }).join('');
  const styles = ['site.css', ...(options.stylesheets ?? [])].map((href) => `<link rel="stylesheet" href="${url(href)}">`).join('\n');
  const scripts = (options.scripts ?? []).map((src) => `<script type="module" src="${url(src)}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${CSP_META}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)} · tactful</title>
<link rel="icon" href="${url('favicon.svg')}" type="image/svg+xml">
${styles}
${scripts}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="brand" href="${url('index.html')}">tactful</a>
<nav aria-label="Site"><ul>${nav}</ul></nav>
</header>
<main id="main"${options.mainClass ? ` class="${escapeHtml(options.mainClass)}"` : ''}>
${options.content}
</main>
<footer class="site-footer"><p>tactful · MIT · built from the repository's <code>docs/</code> by <code>npm run docs</code></p></footer>
</body>
</html>
`;
}

/** Text of an HTML fragment, as a reader sees it. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** GitHub's heading anchors (github-slugger), so `catalog/greeting.md#greetingwelcome` keeps working. */
export function slugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = text.toLowerCase().trim().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

/** A rendered page: its HTML content, title, and the files outside the pages it refers to. */
export interface RenderedPage {
  readonly title: string;
  readonly content: string;
  /** Files of docs/ (images) a link or image points at: repository path → path in the site. */
  readonly assets: ReadonlyMap<string, string>;
}

/**
 * Converts one Markdown file to the body of its page. Relative links to Markdown files become
 * links to their pages; links to other files of docs/ (images) are copied into the site; any
 * other relative link is left as written, so the link check reports it.
 */
export function renderMarkdown(markdown: string, page: PageSource, pages: ReadonlyMap<string, string>, root: string): RenderedPage {
  const assets = new Map<string, string>();
  const rewrite = (href: string): string => {
    if (/^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/')) return href;
    const hash = href.indexOf('#');
    const path = decodeURI(hash === -1 ? href : href.slice(0, hash));
    const fragment = hash === -1 ? '' : href.slice(hash);
    const target = posix.normalize(posix.join(posix.dirname(page.source), path));
    const output = pages.get(target);
    if (output) return relativeUrl(page.output, output) + fragment;
    if (target.startsWith('docs/') && !target.endsWith('.md') && existsSync(join(root, target))) {
      const inSite = target.slice('docs/'.length);
      assets.set(target, inSite);
      return relativeUrl(page.output, inSite) + fragment;
    }
    return href;
  };
  const slug = slugger();
  let title: string | undefined;
  const marked = new Marked({
    gfm: true,
    walkTokens(token) {
      if (token.type === 'link' || token.type === 'image') {
        const link = token as Tokens.Link | Tokens.Image;
        link.href = rewrite(link.href);
      }
    },
    renderer: {
      heading({ tokens, depth }) {
        const inner = this.parser.parseInline(tokens);
        const text = plainText(inner);
        if (depth === 1) title ??= text;
        return `<h${depth} id="${escapeHtml(slug(text))}">${inner}</h${depth}>\n`;
      },
    },
  });
  const content = marked.parse(markdown, { async: false });
  return { title: title ?? posix.basename(page.source, '.md'), content, assets };
}

/** The first paragraph of a Markdown file, without its links (for the guides index). */
export function summaryOf(markdown: string): string {
  const paragraph = markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block !== '' && !/^(#|```|\||-|\d+\.|>)/.test(block));
  // Links are left out: a relative link or an anchor means something else on another page.
  return (paragraph ?? '').replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, ' ');
}

/** The Markdown of the generated guides page: every page directly in docs/, with its first paragraph. */
export function guidesMarkdown(root: string, pages: readonly PageSource[]): string {
  const guides = pages.filter((p) => /^docs\/[^/]+\.md$/.test(p.source) && p.source !== 'docs/index.md');
  const items = guides.map((p) => {
    const markdown = readFileSync(join(root, p.source), 'utf8');
    const heading = /^# (.+)$/m.exec(markdown)?.[1] ?? posix.basename(p.source, '.md');
    const summary = summaryOf(markdown.replace(/^# .+$/m, ''));
    return `- [${heading}](${posix.basename(p.source)})${summary ? `: ${summary}` : ''}`;
  });
  return `# Guides\n\n${items.join('\n')}\n\nAlso: the [template catalog](catalog/README.md), the [tone rules](rules/README.md) and the [README](../README.md).\n`;
}
