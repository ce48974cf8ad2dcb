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

  it('ships at most 15 KB of raw CSS', () => {
    const css = weighPage(outDir, 'index.html', base).css;
    expect(css).toHaveLength(1);
    expect(css[0]?.raw).toBeLessThanOrEqual(15 * KB);
  });

  it.each(articles)('%s can be read with no JavaScript: the whole text is in the HTML', (page) => {
    const html = readFileSync(join(outDir, page), 'utf8');
    // The only script is the deferred module that marks search terms when ?highlight= is given.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !tag.includes('application/ld+json'));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(
      /^<script type="module" src="[^"]+\.js"><\/?script>?|^<script type="module" src="[^"]+\.js">$/,
    );
    const js = weighPage(outDir, page, base).js;
    expect(js.reduce((sum, a) => sum + a.brotli, 0)).toBeLessThanOrEqual(2 * KB);
    // Self-contained: a static import would be one more request before it can run.
    const src = /src="([^"]+)"/.exec(scripts[0] ?? '')?.[1] ?? '';
    expect(readFileSync(join(outDir, src.slice(base.length)), 'utf8')).not.toMatch(/\bimport\b/);
  });

  it('fetches at most 150 KB for the first search', () => {
    expect(pagefindFirstQueryBytes(outDir).total).toBeLessThanOrEqual(150 * KB);
  });
});
