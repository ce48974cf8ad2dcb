/**
 * Gate 1, accessibility: axe-core on every page of the sitemap, the search page with results and
 * with none, the 404 page, the saved and offline pages and the settings menu open, in light and
 * dark colour schemes; with the build at `/`, also the photo fixture's article (its lead and body
 * photos); any violation fails.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type RunningServer } from '../lib/static-server.ts';
import {
  PHOTO_ARTICLE,
  PHOTO_BUILD,
  SAMPLE_PAGES,
  SEARCH_RESULT_SELECTOR,
  buildPhotoSite,
  type SiteBuild,
} from './browser.ts';
import { formatTable, type GateResult } from './report.ts';
import { sitemapPages } from './site-urls.ts';

/** The rule sets checked: WCAG 2.0–2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const SCHEMES = ['light', 'dark'] as const;

interface Target {
  url: string;
  status: number;
  /** Selector to wait for before auditing (content rendered by script). */
  ready?: string;
  /** Puts the page into the state to audit (a menu open, a list filled). */
  prepare?: (page: Page) => Promise<void>;
}

/** The reader's on-device states (issue 12): a saved list, the settings menu open. */
const saveOneArticle = async (page: Page) => {
  await page.evaluate((url) => {
    localStorage.setItem('hs-saved', JSON.stringify([{ url, title: document.title, at: 1 }]));
    localStorage.setItem('hs-recent', JSON.stringify([{ url, title: document.title, at: 1 }]));
  }, new URL(page.url()).pathname);
  await page.reload({ waitUntil: 'load' });
};
const openSettings = async (page: Page) => {
  await page.locator('[data-settings] summary').click();
};

/** Loads one page and audits it; a wrong HTTP status counts as a problem too. */
async function audit(page: Page, target: Target): Promise<{ violations: Result[]; problems: string[] }> {
  const response = await page.goto(target.url, { waitUntil: 'load' });
  const problems: string[] = [];
  if (response?.status() !== target.status) {
    problems.push(`answered HTTP ${response?.status() ?? 'nothing'}, expected ${target.status}`);
  }
  await target.prepare?.(page);
  if (target.ready) {
    try {
      await page.waitForSelector(target.ready, { timeout: 10_000 });
    } catch {
      problems.push(`${target.ready} never appeared, so the page was audited without its results`);
    }
  }
  const { violations, passes } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  // A page where no rule passed was not really audited (axe blocked or an empty document).
  if (passes.length === 0) problems.push('axe-core ran no rule that passed: was the page audited at all?');
  return { violations, problems };
}

/** Prints one violation with every element it was found on. */
function describe(violation: Result): string {
  const nodes = violation.nodes.map((node) => {
    const why = (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
    return `      ${node.target.join(' ')}\n        ${node.html.slice(0, 200)}${why ? `\n        ${why}` : ''}`;
  });
  return `    ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n      ${violation.helpUrl}\n${nodes.join('\n')}`;
}

/** Runs axe over the build served at `server`. */
export async function checkAccessibility(
  build: SiteBuild,
  server: RunningServer,
  browser: Browser,
): Promise<GateResult> {
  console.log(`\n## Accessibility (axe-core, ${AXE_TAGS.join(', ')}): ${build.base}`);
  const targets: Target[] = [
    ...(await sitemapPages(server)).map((url) => ({ url, status: 200 })),
    { url: `${server.url}${SAMPLE_PAGES.search}`, status: 200, ready: SEARCH_RESULT_SELECTOR },
    { url: `${server.url}gates-no-such-page/`, status: 404 },
    { url: `${server.url}saved/`, status: 200, prepare: saveOneArticle, ready: '[data-list="saved"] li' },
    { url: `${server.url}offline/`, status: 200 },
    { url: `${server.url}${SAMPLE_PAGES.article}#settings-open`, status: 200, prepare: openSettings },
    {
      url: `${server.url}search/?q=${encodeURIComponent('क्रिकेट')}`,
      status: 200,
      ready: '[data-search-suggestions]:not([hidden])',
    },
  ];
  let photos: RunningServer | undefined;
  if (build.name === 'root') {
    await buildPhotoSite();
    photos = await serveStatic(PHOTO_BUILD.outDir, PHOTO_BUILD.base);
    targets.push({ url: `${photos.url}${PHOTO_ARTICLE}`, status: 200 });
  }
  try {
    return await auditTargets(build, server, browser, targets);
  } finally {
    await photos?.close();
  }
}

/** Audits every target in light and dark, prints the table and the violations. */
async function auditTargets(
  build: SiteBuild,
  server: RunningServer,
  browser: Browser,
  targets: readonly Target[],
): Promise<GateResult> {
  const counts = new Map<string, number[]>(targets.map(({ url }) => [url, []]));
  const reports: string[] = [];
  let total = 0;
  for (const colorScheme of SCHEMES) {
    const context = await browser.newContext({ colorScheme });
    for (const target of targets) {
      const page = await context.newPage();
      const { violations, problems } = await audit(page, target);
      await page.close();
      const found = violations.length + problems.length;
      counts.get(target.url)?.push(found);
      total += found;
      if (found > 0) {
        reports.push(
          [
            `  ${label(target.url, server)} [${colorScheme}]`,
            ...problems.map((p) => `    ${p}`),
            ...violations.map(describe),
          ].join('\n'),
        );
      }
    }
    await context.close();
  }
  const rows = targets.map(({ url }) => [label(url, server), ...(counts.get(url) ?? []).map(String)]);
  console.log(formatTable(['page', 'light', 'dark'], rows));
  if (reports.length > 0) console.log(`\nViolations:\n${reports.join('\n\n')}`);
  const detail = `${total} violations on ${targets.length} pages × ${SCHEMES.length} colour schemes`;
  console.log(`\n${detail}`);
  return { gate: 'accessibility', build: build.base, passed: total === 0, detail };
}

/** A page's path and query as a reader would type them. */
function label(url: string, server: RunningServer): string {
  // The photo fixture's article is served from a server of its own.
  if (!url.startsWith(server.origin)) return `${decodeURIComponent(new URL(url).pathname)} (photo fixture)`;
  return decodeURIComponent(url.slice(server.origin.length));
}
