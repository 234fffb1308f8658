import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from './browser';
import { buildSite } from './build';
import { serveSite } from './serve';

/**
 * `npm run docs:screenshots` (after `npm run build`): the README's pictures of the playground,
 * taken in headless Chromium into docs/images/playground-*.png, 1200 px wide. The site is built
 * for it in a temporary directory, without the API reference and without the link check (the
 * README links these very pictures).
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const IMAGES = join(ROOT, 'docs', 'images');
const WIDTH = 1200;

/** Each picture: the tab to open, what to set up, and the file. */
const SHOTS: readonly { file: string; tab: string; setUp: (page: Page) => Promise<void> }[] = [
  {
    file: 'playground-render.png',
    tab: 'render',
    setUp: async (page) => {
      await page.selectOption('#render-template', 'apology.late-delivery');
      await page.fill('#var-customerName', 'Jānis');
      // Variables are the caller's data: in a Latvian reply, the reason is in Latvian too.
      await page.fill('#var-reason', 'sastrēgums kurjera šķirošanas centrā');
      await page.selectOption('#render-locale', 'lv');
      await page.selectOption('#render-register', 'informal');
      await page.selectOption('#render-timezone', 'Europe/Riga');
    },
  },
  {
    file: 'playground-lint.png',
    tab: 'lint',
    // The page's own example reply, with its highlights; one diagnostic pointed at.
    setUp: async (page) => {
      await page.hover('#lint-diagnostics li[data-rule="policy-shield"]');
    },
  },
  {
    file: 'playground-scorecard.png',
    tab: 'transcript',
    setUp: async () => {},
  },
];

async function main(): Promise<void> {
  const site = mkdtempSync(join(tmpdir(), 'tactful-screenshots-'));
  await buildSite({ outDir: site, api: false, checkLinks: false });
  mkdirSync(IMAGES, { recursive: true });
  const server = await serveSite(site);
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      const page = await browser.newPage({ viewport: { width: WIDTH, height: 900 }, deviceScaleFactor: 1 });
      const problems: string[] = [];
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${server.url}playground/#${shot.tab}`);
      await page.waitForSelector('body[data-ready="true"]');
      await shot.setUp(page);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const path = join(IMAGES, shot.file);
      await page.locator('main').screenshot({ path });
      await page.close();
      if (problems.length > 0) throw new Error(`${shot.file}: the page reported errors:\n${problems.join('\n')}`);
      console.log(`wrote ${relative(ROOT, path)}`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
