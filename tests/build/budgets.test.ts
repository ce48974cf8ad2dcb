import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagefindFirstQueryBytes } from '../../scripts/lib/pagefind-weight';
import { weighPage } from '../../scripts/lib/page-weight';
import { BUILDS } from '../support/build';
import { htmlFiles } from '../support/dist';

const { outDir, base } = BUILDS.root;
const KB = 1024;
const articles = htmlFiles(outDir).filter((page) => page.startsWith('news/'));

describe('byte budgets', () => {
  it.each(articles)('%s is at most 14 KB of brotli HTML', (page) => {
    expect(weighPage(outDir, page, base).html.brotli).toBeLessThanOrEqual(14 * KB);
  });

  it.each(htmlFiles(outDir))('%s downloads at most 30 KB (brotli) on a first visit', (page) => {
    expect(weighPage(outDir, page, base).totalBrotli).toBeLessThanOrEqual(30 * KB);
  });

  it('ships at most 26 KB of raw CSS, 5 KB brotli', () => {
    // Issue 12's reader-chosen theme doubles every dark: rule (a forced theme and the system's).
    const css = weighPage(outDir, 'index.html', base).css;
    expect(css).toHaveLength(1);
    expect(css[0]?.raw).toBeLessThanOrEqual(26 * KB);
    expect(css[0]?.brotli).toBeLessThanOrEqual(5 * KB);
  });

  it.each(articles)('%s can be read with no JavaScript: the whole text is in the HTML', (page) => {
    const html = readFileSync(join(outDir, page), 'utf8');
    // Deferred modules only: search-term marking (?highlight=) and the reader's tools (issue 12).
    // The one blocking file that applies stored reading settings is checked in reader.test.ts.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !tag.includes('application/ld+json') && !tag.includes('/preferences-head.'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/^<script type="module" src="[^"]+\.js">$/);
    // 2 KB for search-term marking plus the reader's 10 KB.
    const js = weighPage(outDir, page, base).js;
    expect(js.reduce((sum, a) => sum + a.brotli, 0)).toBeLessThanOrEqual(12 * KB);
  });

  it('fetches at most 150 KB for the first search', () => {
    expect(pagefindFirstQueryBytes(outDir).total).toBeLessThanOrEqual(150 * KB);
  });
});
