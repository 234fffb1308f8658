import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { plainText } from './pages';

/** A link of the site that leads nowhere. */
export interface BrokenLink {
  /** The page that has the link, relative to the site root. */
  readonly page: string;
  /** The link as written in the page. */
  readonly href: string;
  readonly problem: string;
}

/** Options of {@link checkLinks}. */
export interface CheckLinksOptions {
  /** Site paths not built this time (e.g. `api/` when typedoc was skipped): links into them are not checked. */
  readonly notBuilt?: readonly string[];
  /**
   * Pages whose `#fragment` targets are checked against their ids (the pages the site build
   * writes; typedoc's pages make some anchors at run time).
   */
  readonly checkFragmentsOf?: (page: string) => boolean;
}

/** Every HTML file under a directory, as site paths. */
export function htmlFiles(siteDir: string, dir = ''): string[] {
  return readdirSync(join(siteDir, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return htmlFiles(siteDir, path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The `href` and `src` values of a page, entities decoded. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => plainText(m[1]!));
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\s(?:id|name)="([^"]*)"/g)].map((m) => plainText(m[1]!)));
}

/**
 * Checks every relative link and resource of every page of a built site: the file must exist
 * (a directory needs its index.html), and a `#fragment` must name an element of the target page.
 * External URLs are not fetched.
 */
export function checkLinks(siteDir: string, options: CheckLinksOptions = {}): BrokenLink[] {
  const pages = htmlFiles(siteDir);
  const html = new Map(pages.map((page) => [page, readFileSync(join(siteDir, page), 'utf8')]));
  const ids = new Map<string, Set<string>>();
  const idsFor = (page: string) => {
    let found = ids.get(page);
    if (!found) ids.set(page, (found = idsOf(html.get(page) ?? '')));
    return found;
  };
  const checkFragments = options.checkFragmentsOf ?? (() => true);
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of linksOf(html.get(page)!)) {
      if (href === '' || /^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const [pathAndQuery = '', fragment] = href.split('#', 2) as [string, string | undefined];
      const path = pathAndQuery.split('?')[0]!;
      if (path.startsWith('/')) {
        broken.push({ page, href, problem: 'root-relative link: the site must work from any directory' });
        continue;
      }
      let target = path === '' ? page : posix.normalize(posix.join(posix.dirname(page), decodeURI(path)));
      if (target.startsWith('..')) {
        broken.push({ page, href, problem: 'leads out of the site' });
        continue;
      }
      if (options.notBuilt?.some((prefix) => target.startsWith(prefix))) continue;
      const onDisk = join(siteDir, target);
      if (existsSync(onDisk) && statSync(onDisk).isDirectory()) target = posix.join(target, 'index.html');
      if (!existsSync(join(siteDir, target))) {
        broken.push({ page, href, problem: `no such file: ${target}` });
        continue;
      }
      if (fragment && target.endsWith('.html') && checkFragments(target) && !idsFor(target).has(decodeURIComponent(fragment))) {
        broken.push({ page, href, problem: `${target} has no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}
