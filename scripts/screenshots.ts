/**
 * `npm run screenshots`: the home page, an article and search results, on a phone (390×844 at 2×)
 * and a desktop (1280×800), in light and dark, what a reader sees on opening the page, as PNGs in
 * docs/screenshots/ named `<page>-<device>-<scheme>.png`. Uses the gates' build at `/`
 * (GATES_REUSE_BUILD=1 reuses it).
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import {
  BUILDS,
  ROOT,
  SAMPLE_PAGES,
  SEARCH_RESULT_SELECTOR,
  buildSite,
  launchChromium,
  serveBuild,
} from './gates/browser.ts';

const OUT_DIR = join(ROOT, 'docs/screenshots');

const DEVICES: Record<string, BrowserContextOptions> = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
};

const PAGES: { name: string; path: string; ready?: string }[] = [
  { name: 'home', path: SAMPLE_PAGES.home },
  { name: 'article', path: SAMPLE_PAGES.article },
  { name: 'search', path: SAMPLE_PAGES.search, ready: SEARCH_RESULT_SELECTOR },
];

const build = BUILDS[0]!;
await buildSite(build);
mkdirSync(OUT_DIR, { recursive: true });
const server = await serveBuild(build);
const browser = await launchChromium();
try {
  for (const [device, options] of Object.entries(DEVICES)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ ...options, colorScheme });
      for (const { name, path, ready } of PAGES) {
        const page = await context.newPage();
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        if (ready) await page.waitForSelector(ready);
        await page.evaluate(() => document.fonts.ready);
        const file = join(OUT_DIR, `${name}-${device}-${colorScheme}.png`);
        await page.screenshot({ path: file, type: 'png', animations: 'disabled', caret: 'hide' });
        console.log(`${file.slice(ROOT.length + 1)}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
        await page.close();
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
