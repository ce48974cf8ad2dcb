/**
 * A generated archive of 60 articles over three months, built once: numbered pagination, the
 * archive by year and month, feeds of the latest 50 with full text, sitemaps with lastmod and
 * the Google News sitemap. (The two-article fixture is too small to page.)
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus';
import { feedHtml } from '../../src/lib/feed';
import { frontmatterDates } from '../../src/lib/sitemap';
import { astroBuild, ROOT, TEST_SITE_URL } from '../support/build';
import { attrs, readHtml, texts } from '../support/dist';

const COUNT = 60;
const work = mkdtempSync(join(tmpdir(), 'archive-build-'));
const content = join(work, 'content');
const outDir = join(work, 'dist');
// Two days before this instant hold the news sitemap's articles.
const NOW = '2024-03-31T22:00:00+05:30';

interface Written {
  slug: string;
  published: string;
  updated?: string | undefined;
  datePrecision: 'minute' | 'day';
}
let articles: Written[] = [];

beforeAll(async () => {
  writeCorpus({ count: COUNT, out: content, seed: 3, from: '2024-01-01', to: '2024-03-31' });
  articles = readdirSync(content)
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({
      ...frontmatterDates(readFileSync(join(content, file), 'utf8'))!,
      slug: file.slice(0, -3),
    }))
    .sort((a, b) => Date.parse(b.published) - Date.parse(a.published) || (a.slug < b.slug ? -1 : 1));
  const result = await astroBuild(outDir, {
    CONTENT_DIR: content,
    ASTRO_CACHE_DIR: join(ROOT, 'node_modules', '.astro-archive-test'),
    SITE_NOW: NOW,
  });
  if (!result.ok) throw new Error(result.output);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const istMonth = (iso: string) => {
  const d = new Date(Date.parse(iso) + 330 * 60_000);
  return `${d.getUTCFullYear()}/${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};
const xml = (file: string) =>
  new XMLParser({ ignoreAttributes: false }).parse(readFileSync(join(outDir, file), 'utf8'));

describe('a 60-article archive', () => {
  it('pages the home list with numbered links, the first and last page labelled', () => {
    const home = readHtml(outDir, 'index.html');
    expect(texts(home, 'nav[aria-label="पन्ने"] li a')).toEqual(['1', '2', '3', 'अगला पन्ना →']);
    expect(attrs(home, 'nav[aria-label="पन्ने"] a[aria-current="page"]', 'href')).toEqual(['/']);
    expect(attrs(home, 'nav[aria-label="पन्ने"] a[aria-label]', 'ariaLabel')).toEqual([
      'पहला पन्ना (1)',
      'पन्ना 2',
      'अंतिम पन्ना (3)',
    ]);
    const last = readHtml(outDir, 'page/3/index.html');
    expect(attrs(last, 'nav[aria-label="पन्ने"] a', 'href')).toEqual(['/page/2/', '/', '/page/2/', '/page/3/']);
    expect(texts(last, 'main article')).toHaveLength(COUNT - 40);
  });

  it('links the archive from the footer of every page', () => {
    expect(attrs(readHtml(outDir, 'index.html'), 'footer a', 'href')).toContain('/archive/');
  });

  it('lists each IST month with its article count and every article of a month on its page', () => {
    const index = readHtml(outDir, 'archive/index.html');
    const months = ['2024/03', '2024/02', '2024/01'];
    expect(attrs(index, 'main li a', 'href')).toEqual(months.map((m) => `/archive/${m}/`));
    for (const month of months) {
      const expected = articles.filter((a) => istMonth(a.published) === month).map((a) => `/news/${a.slug}/`);
      const page = readHtml(outDir, `archive/${month}/index.html`);
      const linked = attrs(page, 'main article a', 'href').filter((href) => href.startsWith('/news/'));
      expect(linked).toEqual(expected.slice(0, 20));
    }
    expect(texts(readHtml(outDir, 'archive/2024/index.html'), 'h1')).toEqual(['2024 की ख़बरें']);
  });

  it('carries the latest 50 articles in the main feed, with full text, author, topics and its own URL', () => {
    const channel = xml('rss.xml').rss.channel;
    expect(channel['atom:link']['@_href']).toBe(`${TEST_SITE_URL}/rss.xml`);
    expect(channel['atom:link']['@_rel']).toBe('self');
    const items = channel.item as Record<string, unknown>[];
    expect(items.map((item) => item['link'])).toEqual(
      articles.slice(0, 50).map((a) => `${TEST_SITE_URL}/news/${a.slug}/`),
    );
    expect(new Date(String(channel.lastBuildDate)).getTime()).toBeGreaterThanOrEqual(
      Date.parse(articles[0]!.published),
    );
    for (const item of items) {
      expect(String(item['content:encoded'])).toMatch(/^<p>[\s\S]+<\/p>$/u);
      // The whole text as written in its file (the data store keeps no Markdown: retainBody false).
      const source = readFileSync(join(content, `${String(item['link']).split('/').at(-2)}.md`), 'utf8');
      expect(String(item['content:encoded'])).toBe(
        feedHtml(parseFrontmatter(source, { frontmatter: 'remove' }).content.trim()),
      );
      expect(String(item['dc:creator']).length).toBeGreaterThan(0);
      expect(item['category']).toBeDefined();
    }
  });

  it('gives every topic a feed of its own latest articles', () => {
    const channel = xml('feeds/defence.xml').rss.channel;
    expect(channel['atom:link']['@_href']).toBe(`${TEST_SITE_URL}/feeds/defence.xml`);
    const items = [channel.item].flat() as { category: string | string[] }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(50);
    for (const item of items) expect([item.category].flat()).toContain('रक्षा');
  });

  it('dates every article in the sitemap, a day-precision one on its own day', () => {
    const urls = xml('sitemap-0.xml').urlset.url as { loc: string; lastmod?: string }[];
    for (const article of articles) {
      const url = urls.find((u) => u.loc === `${TEST_SITE_URL}/news/${article.slug}/`);
      const expected =
        article.updated ??
        (article.datePrecision === 'day' ? `${article.published.slice(0, 10)}` : article.published);
      expect(url?.lastmod && new Date(url.lastmod).getTime(), article.slug).toBe(
        new Date(expected).getTime(),
      );
    }
  });

  it('lists in the news sitemap exactly the articles of the two days before the build', () => {
    const now = Date.parse(NOW);
    const expected = articles
      .filter((a) => Date.parse(a.published) <= now && now - Date.parse(a.published) <= 2 * 86_400_000)
      .map((a) => `${TEST_SITE_URL}/news/${a.slug}/`);
    expect(expected.length).toBeGreaterThan(0);
    const urls = [xml('sitemap-news.xml').urlset.url].flat() as { loc: string }[];
    expect(urls.map((u) => u.loc)).toEqual(expected);
  });
});
