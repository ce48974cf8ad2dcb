import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  firstQueryCost,
  laterQueryCost,
  sampleWords,
  type RunQuery,
} from '../../scripts/lib/pagefind-weight';
import { listFiles } from '../../scripts/lib/files';
import { runSearch } from '../../src/lib/search/query';
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

  describe('search, measured by running queries through pagefind.js', () => {
    const runQuery: RunQuery = (pagefind, query) => runSearch(pagefind as never, query);
    const { rare, common } = sampleWords(outDir, listFiles(outDir));

    it('samples a rare and the commonest word from the build’s vocabulary', () => {
      expect([rare, common]).toEqual(['12वीं', 'अन्य']);
    });

    it.each([rare, common])(
      'downloads at most 150 KB for a first query of "%s", everything counted',
      async (word) => {
        const cost = await firstQueryCost(outDir, base, word, runQuery);
        expect(cost.found).toBeGreaterThan(0);
        expect(cost.files.map((file) => file.path)).toEqual(
          expect.arrayContaining([
            'pagefind/pagefind.js',
            'pagefind/pagefind-worker.js',
            'pagefind/wasm.hi.pagefind',
          ]),
        );
        expect(cost.total).toBeLessThanOrEqual(150 * KB);
      },
    );

    it('downloads at most 60 KB for a later query', async () => {
      expect((await laterQueryCost(outDir, base, rare, common, runQuery)).total).toBeLessThanOrEqual(60 * KB);
      expect((await laterQueryCost(outDir, base, common, rare, runQuery)).total).toBeLessThanOrEqual(60 * KB);
    });

    it('answers a query of stop words alone (के, ke) with every article and no index chunk', async () => {
      for (const word of ['के', 'ke']) {
        const first = await firstQueryCost(outDir, base, word, runQuery);
        expect(first.found).toBe(articles.length);
        expect(first.files.filter((file) => /\/index\//.test(file.path))).toEqual([]);
        expect(first.total).toBeLessThanOrEqual(150 * KB);
        expect((await laterQueryCost(outDir, base, rare, word, runQuery)).total).toBeLessThanOrEqual(60 * KB);
      }
    });

    it('costs one search file per article: its Pagefind fragment, and no search.json', () => {
      const articles = listFiles(outDir).filter((file) => /^news\/[^/]+\/index\.html$/.test(file));
      // Fragments of both parts of the index (src/lib/search/shards.ts): each article is in one.
      const fragments = listFiles(outDir).filter((file) => /^pagefind\/(archive\/)?fragment\//.test(file));
      expect(fragments).toHaveLength(articles.length);
      expect(listFiles(outDir).filter((file) => file.endsWith('search.json'))).toEqual([]);
    });
  });
});
