import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../../scripts/site/browser';
import { BrokenLinksError, buildSite, type SiteBuild } from '../../scripts/site/build';
import { CONTENT_SECURITY_POLICY, CSP_META } from '../../scripts/site/csp';
import { checkLinks, htmlFiles, linksOf } from '../../scripts/site/links';
import { serveSite, type SiteServer } from '../../scripts/site/serve';

/**
 * The docs site and its playground, end to end: the site is built (without the typedoc reference,
 * the slow part, which `npm run docs` builds and link-checks) into a temporary directory, served
 * by the site's own server with its Content-Security-Policy header, and the playground is driven
 * in Debian's headless Chromium. Assertions look at structure (rule ids, marks, fields, statuses),
 * never at message prose.
 */

const root = join(__dirname, '..', '..');
const chromium = hasChromium();

let outDir: string;
let site: SiteBuild;
let server: SiteServer;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: the playground runs the built library, run `npm run build` first');
  outDir = mkdtempSync(join(tmpdir(), 'tactful-site-'));
  site = await buildSite({ outDir, api: false });
  server = await serveSite(outDir);
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise `..`). */
function rawGet(url: string, path: string): Promise<{ status: number; headers: Record<string, unknown> }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('docs site', () => {
  it('turns every Markdown page into a page of the site', () => {
    for (const page of ['index.html', 'readme.html', 'guides.html', 'linter.html', 'catalog/index.html', 'catalog/greeting.html', 'rules/index.html', 'rules/policy-shield.html', 'playground/index.html']) {
      expect(site.pages).toContain(page);
    }
    expect(site.notBuilt).toEqual(['api/']);
  });

  it('puts the Content-Security-Policy in every page, with no inline script or style', () => {
    for (const page of htmlFiles(outDir)) {
      const html = readFileSync(join(outDir, page), 'utf8');
      expect(html, page).toContain(CSP_META);
      expect(html, page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, page).not.toMatch(/<style|\sstyle="|\son[a-z]+="/i);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline)/);
  });

  it('has no broken internal links, and every page and resource is served with the policy', async () => {
    expect(checkLinks(outDir, { notBuilt: site.notBuilt })).toEqual([]);
    const targets = new Set<string>();
    for (const page of htmlFiles(outDir)) {
      targets.add(page);
      for (const href of linksOf(readFileSync(join(outDir, page), 'utf8'))) {
        if (/^[a-z]+:/i.test(href) || href.startsWith('#')) continue;
        const url = new URL(href, `http://site/${page}`);
        if (!url.pathname.startsWith('/api/')) targets.add(url.pathname.slice(1));
      }
    }
    for (const target of targets) {
      const response = await fetch(server.url + target, { method: 'HEAD' });
      expect(response.status, target).toBe(200);
      expect(response.headers.get('content-security-policy'), target).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('rewrites links between Markdown files and keeps GitHub heading anchors', () => {
    const catalog = readFileSync(join(outDir, 'catalog', 'index.html'), 'utf8');
    expect(catalog).toContain('href="greeting.html#greetingwelcome"');
    expect(readFileSync(join(outDir, 'catalog', 'greeting.html'), 'utf8')).toContain('id="greetingwelcome"');
    expect(readFileSync(join(outDir, 'readme.html'), 'utf8')).toContain('href="rules/index.html"');
  });

  it('fails the build on a link to a missing page', async () => {
    const fake = mkdtempSync(join(tmpdir(), 'tactful-site-src-'));
    try {
      for (const dir of ['catalog', 'rules']) {
        mkdirSync(join(fake, 'docs', dir), { recursive: true });
        writeFileSync(join(fake, 'docs', dir, 'README.md'), `# ${dir}\n`);
      }
      writeFileSync(join(fake, 'README.md'), '# fake\n\n[Docs](docs/index.md)\n');
      writeFileSync(join(fake, 'docs', 'index.md'), '# Home\n\nSee [the guide](guide.md) and [a missing page](missing.md#part).\n');
      writeFileSync(join(fake, 'docs', 'guide.md'), '# Guide\n\n[Back](index.md#home), [nowhere](#no-such-heading).\n');
      const failure: unknown = await buildSite({ root: fake, outDir: join(fake, 'out'), api: false, playground: false }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(BrokenLinksError);
      expect((failure as BrokenLinksError).broken.map((b) => [b.page, b.href])).toEqual([
        ['guide.html', '#no-such-heading'],
        ['index.html', 'missing.md#part'],
      ]);
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });

  it('serves nothing outside the site', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/playground/..%2f..%2fpackage.json', '/%00', '/nope.html']) {
      expect((await rawGet(server.url, path)).status, path).toBe(404);
    }
    const redirect = await rawGet(server.url, '/playground');
    expect([redirect.status, redirect.headers.location]).toEqual([301, '/playground/']);
    const post = await fetch(`${server.url}index.html`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});

// Without Chromium the browser tests cannot run: in CI that is a failure (.ci/run installs
// Debian's chromium), elsewhere they are skipped with the reason below.
describe.skipIf(!chromium && !process.env.CI)(`playground in headless Chromium (${CHROMIUM_PATH})`, () => {
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  /** Watches a page for console errors, uncaught errors and CSP violations. */
  async function watch(target: Page, into: string[]): Promise<void> {
    target.on('console', (message) => {
      if (message.type() === 'error') into.push(`console: ${message.text()}`);
    });
    target.on('pageerror', (error) => into.push(`pageerror: ${error.message}`));
    // An init script runs before the page's own scripts, outside the page's policy.
    await target.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`securitypolicyviolation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
  }

  const text = (selector: string) => page.locator(selector).innerText();
  const metaField = (field: string) => text(`#render-meta dd[data-field="${field}"]`);

  beforeAll(async () => {
    if (!chromium) throw new Error(`${CHROMIUM_PATH} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does`);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await watch(page, problems);
    await page.goto(`${server.url}playground/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('runs with the page policy in force and sees violations when they happen', async () => {
    // The detector works: a second page that tries eval reports a violation.
    const probe = await browser.newPage();
    const seen: string[] = [];
    await watch(probe, seen);
    await probe.goto(`${server.url}index.html`);
    // page.evaluate itself is exempt from the policy, but an inline <script> it adds is not.
    const ran = await probe.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inline = "ran";';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return document.body.dataset.inline ?? 'blocked';
    });
    await probe.close();
    expect(ran).toBe('blocked');
    expect(seen.some((s) => s.includes('securitypolicyviolation'))).toBe(true);
  });

  it('renders a template in two locales with the variables filled in', async () => {
    await page.selectOption('#render-template', 'update.shipping');
    await page.fill('#var-orderId', 'Z-9001');
    const replies: Record<string, string> = {};
    for (const code of ['en', 'lv']) {
      await page.selectOption('#render-locale', code);
      await expect.poll(() => metaField('locale')).toBe(code);
      replies[code] = await text('#render-output');
      expect(replies[code]).toContain('Z-9001');
      expect(replies[code]).not.toMatch(/undefined|\{\{|\}\}|NaN|\[object/);
      expect(await metaField('fallback')).toBe('no');
      expect(await metaField('template')).toBe('update.shipping');
      expect(await page.getAttribute('#render-output', 'lang')).toBe(code);
    }
    expect(replies.lv).not.toBe(replies.en);
    await expect.poll(() => page.locator('#render-error').isVisible()).toBe(false);
  });

  it('fills the example in the chosen language, until the user edits a field', async () => {
    const latvian = (JSON.parse(readFileSync(join(root, 'templates/examples/lv.json'), 'utf8')) as Record<string, Record<string, string>>)['apology.wrong-item']!;
    await page.selectOption('#render-locale', 'en');
    await page.selectOption('#render-template', 'apology.wrong-item');
    const english = await page.inputValue('#var-ordered');
    await page.selectOption('#render-locale', 'lv');
    await expect.poll(() => page.inputValue('#var-ordered')).toBe(latvian.ordered);
    await expect.poll(() => text('#render-output')).toContain(latvian.ordered!);
    expect(await text('#render-output')).not.toContain(english);
    await page.fill('#var-ordered', 'zils krekls');
    await page.selectOption('#render-locale', 'en');
    await expect.poll(() => metaField('locale')).toBe('en');
    expect(await page.inputValue('#var-ordered')).toBe('zils krekls');
    await page.click('#render-reset');
    await expect.poll(() => page.inputValue('#var-ordered')).toBe(english);
    // Back to where the next tests start.
    await page.selectOption('#render-locale', 'lv');
    await page.selectOption('#render-template', 'update.shipping');
    await page.fill('#var-orderId', 'Z-9001');
  });

  it('filters the catalog by category and words', async () => {
    await page.fill('#render-search', 'late delivery');
    const ids = await page.locator('#render-template option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(ids).toContain('apology.late-delivery');
    expect(ids.length).toBeLessThan(10);
    await page.fill('#render-search', '');
    await page.selectOption('#render-category', 'closing');
    const closing = await page.locator('#render-template option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(closing.length).toBeGreaterThan(0);
    expect(closing.every((id) => id.startsWith('closing.'))).toBe(true);
    await page.selectOption('#render-category', '');
    await page.selectOption('#render-template', 'update.shipping');
  });

  it('shows a variable problem next to its field instead of rendering', async () => {
    await page.fill('#var-trackingUrl', '');
    await expect.poll(() => page.locator('#var-trackingUrl-error').isVisible()).toBe(true);
    expect(await page.getAttribute('#var-trackingUrl', 'aria-invalid')).toBe('true');
    expect(await text('#render-output')).toBe('');
    expect(await page.locator('#render-error').isVisible()).toBe(true);
    await page.fill('#var-trackingUrl', 'https://track.example.com/Z-9001');
    await expect.poll(() => text('#render-output')).toContain('Z-9001');
    expect(await page.locator('#var-trackingUrl-error').isVisible()).toBe(false);
  });

  it('shows the html channel as escaped source and a safe preview', async () => {
    await page.selectOption('#render-channel', 'html');
    await page.fill('#var-orderId', '<img src=x onerror=alert(1)>');
    await expect.poll(() => text('#render-output')).toContain('&lt;img');
    expect(await page.locator('#render-preview p').count()).toBeGreaterThan(0);
    expect(await page.locator('#render-preview img').count()).toBe(0);
    expect(await page.locator('#render-preview a[href="https://track.example.com/Z-9001"]').count()).toBe(1);
    await page.selectOption('#render-channel', 'text');
    await page.fill('#var-orderId', 'Z-9001');
  });

  it('switches tabs with the keyboard', async () => {
    await page.focus('#tab-render');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-lint', 'aria-selected')).toBe('true');
    expect(await page.locator('#panel-lint').isVisible()).toBe(true);
    expect(await page.locator('#panel-render').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-lint');
  });

  it('lints a bad reply and highlights each flagged span', async () => {
    await page.selectOption('#lint-locale', 'en');
    await page.fill('#lint-input', "Pls wait a moment!!! It's company policy. Have you checked our website?");
    await expect.poll(() => page.locator('mark[data-rule~="policy-shield"]').count()).toBe(1);
    expect(await text('mark[data-rule~="policy-shield"]')).toBe("It's company policy");
    for (const rule of ['slang', 'shouting', 'self-service-deflection']) {
      expect(await page.locator(`mark[data-rule~="${rule}"]`).count(), rule).toBe(1);
      expect(await page.locator(`#lint-diagnostics li[data-rule="${rule}"]`).count(), rule).toBe(1);
    }
    // The highlighted copy is the text itself, mark by mark.
    expect(await text('#lint-highlighted')).toBe("Pls wait a moment!!! It's company policy. Have you checked our website?");
    expect(await page.getAttribute('#lint-diagnostics li[data-rule="policy-shield"] a.rule', 'href')).toBe('../rules/policy-shield.html');
  });

  it('lints in the chosen language', async () => {
    const latvian = (JSON.parse(readFileSync(join(root, 'src/lint/rules/policy-shield/lv.json'), 'utf8')) as { examples: { flag: string[] } }).examples.flag[0]!;
    await page.selectOption('#lint-locale', 'lv');
    await page.fill('#lint-input', latvian);
    await expect.poll(() => page.locator('mark[data-rule~="policy-shield"]').count()).toBe(1);
    expect(await page.getAttribute('#lint-highlighted', 'lang')).toBe('lv');
    await page.selectOption('#lint-locale', 'en');
  });

  it('applies the safe fixes, and only those', async () => {
    const before = "Pls wait a moment!!! It's company policy. Have you checked our website?";
    await page.fill('#lint-input', before);
    await expect.poll(() => page.locator('mark[data-rule~="slang"]').count()).toBe(1);
    await page.click('#lint-fix');
    const after = await page.inputValue('#lint-input');
    expect(after).not.toBe(before);
    expect(await page.locator('mark[data-rule~="slang"], mark[data-rule~="shouting"]').count()).toBe(0);
    expect(await page.locator('#lint-diagnostics li[data-rule="slang"], #lint-diagnostics li[data-rule="shouting"]').count()).toBe(0);
    // Nothing rewrites a policy shield mechanically: it stays flagged.
    expect(await page.locator('mark[data-rule~="policy-shield"]').count()).toBe(1);
    expect(await page.locator('#lint-changes li').count()).toBe(2);
    await page.click('#lint-undo');
    expect(await page.inputValue('#lint-input')).toBe(before);
  });

  it('applies one fix from its diagnostic', async () => {
    await page.locator('#lint-diagnostics li[data-rule="shouting"] button').click();
    expect(await page.inputValue('#lint-input')).not.toContain('!!!');
    expect(await page.locator('mark[data-rule~="shouting"]').count()).toBe(0);
    expect(await page.locator('mark[data-rule~="slang"]').count()).toBe(1);
  });

  it('hands a rendered reply to the linter', async () => {
    await page.click('#tab-render');
    await page.selectOption('#render-locale', 'lv');
    const reply = await text('#render-output');
    await page.click('#render-to-lint');
    expect(await page.getAttribute('#tab-lint', 'aria-selected')).toBe('true');
    expect(await page.inputValue('#lint-input')).toBe(reply);
    expect(await page.inputValue('#lint-locale')).toBe('lv');
    // The built-in catalog passes its own linter.
    expect(await page.locator('#lint-highlighted mark').count()).toBe(0);
  });

  it('scores a transcript like the library does', async () => {
    const transcript = [
      '[2026-12-01T10:00:00Z] Customer: Hi, my order A-2087 arrived with a broken lid.',
      "[2026-12-01T10:01:00Z] Agent: Hello! Have you checked our website? It's company policy to ask for photos.",
      "[2026-12-01T10:02:00Z] Customer: I'm Sarah. Here are the photos.",
      "[2026-12-01T10:03:00Z] Agent: Thank you, Sarah. I'm sorry about the lid. I'll send a replacement today and it will arrive within 3 days.",
    ].join('\n');
    // The page runs dist/, so the reference score comes from dist/ too (typed by src/: the
    // type-check runs before the build, when dist/ may not exist).
    const { CHECKLIST_IDS, checkConversation, parseTranscript } = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof import('../../src/index');
    const { default: en } = (await import(pathToFileURL(join(root, 'dist', 'locales', 'en.js')).href)) as typeof import('../../src/generated/locales/en');
    await page.click('#tab-transcript');
    await page.selectOption('#transcript-locale', 'en');
    await page.fill('#transcript-input', transcript);
    await expect.poll(() => page.locator('#transcript-scorecard tbody tr').count()).toBe(CHECKLIST_IDS.length);
    expect(await page.locator('#transcript-error').isVisible()).toBe(false);
    const rows = await page.locator('#transcript-scorecard tbody tr').evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.item, (tr as HTMLElement).dataset.status]));
    const expected = checkConversation(parseTranscript(transcript), { locales: [en], locale: 'en', expectFeedback: true, facts: {} });
    expect(rows).toEqual(expected.items.map((item) => [item.id, item.status]));
    expect(rows.map(([id]) => id)).toEqual([...CHECKLIST_IDS]);
    expect(Number(await page.getAttribute('#transcript-score', 'data-score'))).toBeCloseTo(expected.score, 5);
    expect(await page.locator('tr[data-item="greets"]').getAttribute('data-status')).toBe('pass');
    expect(await page.locator('tr[data-item="tone"]').getAttribute('data-status')).toBe('fail');
    expect(await page.locator('#transcript-diagnostics li[data-rule="policy-shield"]').count()).toBe(1);
  });

  it('reports an unreadable transcript on the page', async () => {
    await page.fill('#transcript-input', 'this line has no speaker');
    await expect.poll(() => page.locator('#transcript-error').isVisible()).toBe(true);
    expect(await page.locator('#transcript-scorecard tbody tr').count()).toBe(0);
  });

  it('had no console errors, uncaught errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
