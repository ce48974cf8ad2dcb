/**
 * Helpers for the browser journeys: building and serving the site, the articles the journeys
 * expect, waiting for the search page's states, keyboard focus, and colour arithmetic.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, siteBuilds, type BuildName, type SiteBuild } from '../../scripts/lib/site-build.ts';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';

export { ROOT, type BuildName } from '../../scripts/lib/site-build.ts';

/** The site at the domain root and under `/khabar/`, built apart from `dist/` and the unit tests' builds. */
export const SITE_BUILDS: readonly SiteBuild[] = Object.values(siteBuilds('dist-e2e'));

/** A served build, and how journeys address it. */
export interface Site {
  name: BuildName;
  base: string;
  /** The folder the build was written to. */
  outDir: string;
  /** Whether the build has a `_headers` file (so responses carry its Content-Security-Policy). */
  hasHeadersFile: boolean;
  server: RunningServer;
  /** The path a browser sees for a site-relative path: `news/x/` → `/khabar/news/x/`. */
  path(sitePath: string): string;
  /** The full URL of a site-relative path. */
  url(sitePath: string): string;
}

/** Serves a build with the static server the project's other tools use. */
export async function serveSite(build: SiteBuild): Promise<Site> {
  const server = await serveStatic(build.outDir, build.base);
  const path = (sitePath: string) => `${build.base}${sitePath.replace(/^\/+/, '')}`;
  return {
    name: build.name,
    base: build.base,
    outDir: build.outDir,
    hasHeadersFile: existsSync(join(build.outDir, '_headers')),
    server,
    path,
    url: (sitePath) => `${server.origin}${path(sitePath)}`,
  };
}

/** An article the journeys rely on. */
export interface KnownArticle {
  slug: string;
  title: string;
}

/** The Hegseth phone call (2025), the newest article. */
export const HEGSETH: KnownArticle = {
  slug: 'rajnath-singh-hegseth-phone-call-defence-industry',
  title: 'राजनाथ सिंह ने हेगसेथ से बात की, रक्षा उद्योग सहयोग को मजबूत करने पर जोर दिया',
};

/** The Kazakhstan defence ministers' meeting (2021). */
export const KAZAKHSTAN: KnownArticle = {
  slug: 'rajnath-singh-kazakhstan-defence-minister-meeting',
  title: 'रक्षा के क्षेत्र में साझेदारी की तलाश में भारत और कजाखस्तान, राजनाथ सिंह ने अपने समकक्ष नूरलान के साथ बैठक की',
};

/** Site-relative path of an article. */
export function articleSitePath(article: KnownArticle): string {
  return `news/${article.slug}/`;
}

/** The pathname of the page a `Page` shows (no query, no hash). */
export function currentPath(page: Page): string {
  return new URL(page.url()).pathname;
}

/** A query parameter of the page's URL. */
export function currentParam(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

const STATUS = '[data-search-status]';
const RESULT = '[data-search-results] > li';

/** Waits until the search page's status line reads exactly `expected`; fails saying what it read. */
export async function waitForSearchStatus(page: Page, expected: string): Promise<void> {
  try {
    await page.waitForFunction(([selector, text]) => document.querySelector(selector)?.textContent === text, [
      STATUS,
      expected,
    ] as const);
  } catch (error) {
    const actual = await page
      .locator(STATUS)
      .textContent({ timeout: 1000 })
      .catch(() => null);
    throw new Error(
      `the search status never read ${JSON.stringify(expected)}; it reads ${JSON.stringify(actual)} (${String(error).split('\n')[0]})`,
    );
  }
}

/**
 * Does `action` (typing, choosing a filter, going back) and waits until the search page has
 * rendered a fresh list and its status reads `expected`. The current results are tagged first,
 * so a list that merely looks the same is not mistaken for the new one.
 */
export async function searchAgain(
  page: Page,
  action: () => Promise<unknown>,
  expected: string,
): Promise<void> {
  await page.$$eval(RESULT, (items) => items.forEach((item) => item.setAttribute('data-e2e-stale', '')));
  await action();
  await waitForSearchStatus(page, expected);
  await page.waitForFunction(
    (selector) => document.querySelector(selector) === null,
    `${RESULT}[data-e2e-stale]`,
  );
}

/** One rendered search result. */
export interface ResultLink {
  title: string;
  /** The article's pathname, without the `?highlight=` words. */
  path: string;
  href: string;
}

/** The results the search page shows, in order. */
export async function searchResults(page: Page): Promise<ResultLink[]> {
  const links = await page.$$eval(`${RESULT} h2 a`, (anchors) =>
    anchors.map((anchor) => ({ title: anchor.textContent ?? '', href: (anchor as HTMLAnchorElement).href })),
  );
  return links.map((link) => ({ ...link, path: new URL(link.href).pathname }));
}

/** The article paths a list of results points to, in order. */
export function resultPaths(results: readonly ResultLink[]): string[] {
  return results.map((result) => result.path);
}

/** A short description of the focused element, for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const id = element.id ? `#${element.id}` : '';
    const text = (element.textContent ?? '').trim().slice(0, 30);
    return `${element.tagName.toLowerCase()}${id}${text ? ` "${text}"` : ''}`;
  });
}

/** Presses Tab until the focused element matches `selector`; fails listing where focus went. */
export async function tabTo(page: Page, selector: string, maxPresses = 30): Promise<number> {
  const visited: string[] = [];
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return presses;
    visited.push(await describeFocus(page));
  }
  throw new Error(
    `Tab never reached ${selector} in ${maxPresses} presses; focus went: ${visited.join(' → ')}`,
  );
}

/** The colour tokens `src/styles/global.css` defines in its `@theme` block, by name (`paper`, `night-ink`…). */
export function themeColours(): Map<string, string> {
  const css = readFileSync(join(ROOT, 'src', 'styles', 'global.css'), 'utf8');
  const colours = new Map<string, string>();
  for (const match of css.matchAll(/--color-([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)) {
    colours.set(match[1] as string, hexToRgb(match[2] as string));
  }
  return colours;
}

/** `#fffdf9` → `rgb(255, 253, 249)`, the form `getComputedStyle` reports. */
export function hexToRgb(hex: string): string {
  const value = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255})`;
}

function channels(colour: string): [number, number, number] {
  const match = /^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)(?:,\s*([\d.]+))?\)$/.exec(
    colour,
  );
  if (!match) throw new Error(`not an rgb() colour: ${colour}`);
  if (match[4] !== undefined && Number(match[4]) !== 1)
    throw new Error(`a translucent colour has no fixed contrast: ${colour}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two opaque `rgb()` colours (1 to 21). */
export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}
