import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { weighPage } from '../../scripts/lib/page-weight';
import { BUILDS } from '../support/build';
import { attrs, htmlFiles, listFiles, readHtml, texts } from '../support/dist';
import { PRECACHE_PATTERNS } from '../../src/plugins/service-worker';
import { readerText } from '../../src/lib/strings';

const KB = 1024;

describe.each(Object.values(BUILDS))('reader features in the $name build', ({ outDir, base }) => {
  const articles = htmlFiles(outDir).filter((page) => page.startsWith('news/'));

  it('publishes a manifest whose start_url, scope and icons are under the base path', () => {
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8'));
    expect([manifest.start_url, manifest.scope]).toEqual([base, base]);
    expect(manifest.name).toBe('हिंदी समाचार');
    for (const icon of manifest.icons as { src: string }[]) {
      expect(icon.src.startsWith(`${base}icons/`)).toBe(true);
      expect(listFiles(outDir)).toContain(icon.src.slice(base.length));
    }
    expect(attrs(readHtml(outDir, 'index.html'), 'link[rel="manifest"]', 'href')).toEqual([
      `${base}manifest.webmanifest`,
    ]);
  });

  it('writes a service worker that precaches exactly the built shell, and no page but the offline one', () => {
    const sw = readFileSync(join(outDir, 'sw.js'), 'utf8');
    const precached = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]).sort();
    const assets = listFiles(outDir)
      .filter((file) => /^_astro\/.*\.(css|js)$/.test(file))
      .sort();
    expect(precached).toEqual(
      [
        ...assets,
        'favicon.png',
        'icons/icon-192.png',
        'icons/icon-512.png',
        'icons/maskable-512.png',
        'manifest.webmanifest',
        'offline/index.html',
      ].sort(),
    );
    expect(PRECACHE_PATTERNS).toContain('offline/index.html');
    // Self-contained (no importScripts, no CDN) and every precached URL relative to its scope.
    expect(sw).not.toMatch(/importScripts\(/);
    expect(precached.filter((url) => /^(\/|https?:)/.test(url ?? ''))).toEqual([]);
  });

  it('runs search in a worker: the search page loads 7 KB of script, none of it the query code', () => {
    const js = weighPage(outDir, 'search/index.html', base).js;
    // The query code and the language core (35 KB raw) run in the worker, fetched when a search starts.
    expect(js.reduce((sum, asset) => sum + asset.brotli, 0)).toBeLessThanOrEqual(7 * KB);
    const worker = listFiles(outDir).filter((file) => /^_astro\/search-worker-[\w-]+\.js$/.test(file));
    expect(worker).toHaveLength(1);
    const pageScripts = js.map((asset) => readFileSync(join(outDir, asset.path), 'utf8')).join('\n');
    expect(pageScripts).toContain(`${base}${worker[0]}`);
    // A word of the language core's spelling lists (FOLD_KEEP): in the worker, not in the page.
    expect(pageScripts).not.toContain('जीतने');
    expect(readFileSync(join(outDir, worker[0] ?? ''), 'utf8')).toContain('जीतने');
  });

  it("gives Pagefind this build's id as metaCacheTag, so its entry file is cached for one deploy only", () => {
    const tags = attrs(readHtml(outDir, 'search/index.html'), '#search-app', 'dataCacheTag');
    expect(tags).toHaveLength(1);
    expect(tags[0]).toMatch(/^[0-9a-z]{6,}$/);
    // The id is the build's time: a later build gets a later one.
    expect(parseInt(tags[0] ?? '', 36)).toBeGreaterThan(Date.parse('2026-01-01'));
    expect(parseInt(tags[0] ?? '', 36)).toBeLessThanOrEqual(Date.now());
  });

  it('builds a Hindi offline page and a saved page that search engines skip', () => {
    const offline = readHtml(outDir, 'offline/index.html');
    expect(texts(offline, 'h1')).toEqual([readerText.offlineTitle]);
    expect(texts(offline, '[data-list] h2')).toEqual([readerText.offlineSaved, readerText.offlineRecent]);
    expect(texts(readHtml(outDir, 'saved/index.html'), 'h1')).toEqual([readerText.savedTitle]);
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toMatch(/\/(saved|offline)\//);
  });

  it.each(articles)(
    '%s: the enhancements add at most 10 KB of brotli JS, all deferred but the tiny head script',
    (page) => {
      const html = readFileSync(join(outDir, page), 'utf8');
      const tags = [...html.matchAll(/<script\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((tag) => !tag.includes('ld+json'));
      const blocking = tags.filter((tag) => !tag.includes('type="module"'));
      expect(blocking).toHaveLength(1);
      expect(blocking[0]).toMatch(/^<script src="[^"]*\/_astro\/preferences-head\.[\w-]+\.js">$/);
      expect(html.indexOf(blocking[0] ?? '')).toBeGreaterThan(html.indexOf('<body'));
      const js = weighPage(outDir, page, base).js;
      const highlight = js.filter((asset) =>
        readFileSync(join(outDir, asset.path), 'utf8').includes('highlight='),
      );
      const added = js
        .filter((asset) => !highlight.includes(asset))
        .reduce((sum, asset) => sum + asset.brotli, 0);
      expect(added).toBeGreaterThan(0);
      expect(added).toBeLessThanOrEqual(10 * KB);
      expect(js.find((asset) => asset.path.includes('preferences-head'))?.brotli).toBeLessThanOrEqual(1 * KB);
    },
  );

  it('renders the article byline in two lines, not a table', () => {
    const tree = readHtml(outDir, articles[0] ?? '');
    expect(attrs(tree, '[data-article] header dl', 'class')).toEqual([]);
    expect(texts(tree, '[data-article] header [data-byline]')).toHaveLength(1);
  });
});
