import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BUILDS, TEST_SITE_URL } from '../support/build';
import { attrs, fileForPath, htmlFiles, one, readHtml, referencedUrls, texts } from '../support/dist';

const KAZAKHSTAN = 'rajnath-singh-kazakhstan-defence-minister-meeting';
const HEGSETH = 'rajnath-singh-hegseth-phone-call-defence-industry';

describe.each(Object.entries(BUILDS))('the %s build', (_name, { base, outDir }) => {
  const pages = htmlFiles(outDir);

  it('renders the home, topic, search and 404 pages and one page per article', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'search/index.html',
        'topics/index.html',
        'topics/defence/index.html',
        `news/${KAZAKHSTAN}/index.html`,
        `news/${HEGSETH}/index.html`,
      ]),
    );
    expect(pages.filter((page) => page.startsWith('news/'))).toHaveLength(2);
  });

  it('declares Hindi on every page', () => {
    for (const page of pages) {
      expect(attrs(readHtml(outDir, page), 'html', 'lang'), page).toEqual(['hi']);
    }
  });

  it('resolves every internal link, script, stylesheet and icon to a file in the build', () => {
    const missing: string[] = [];
    for (const page of pages) {
      for (const url of referencedUrls(readHtml(outDir, page))) {
        if (/^(?:[a-z]+:|#)/i.test(url) && !url.startsWith(TEST_SITE_URL)) continue;
        const path = url.startsWith(TEST_SITE_URL) ? new URL(url).pathname : url;
        if (!path.startsWith(base)) {
          missing.push(`${page}: ${url} is outside ${base}`);
          continue;
        }
        if (!existsSync(join(outDir, fileForPath(path.slice(base.length))))) missing.push(`${page}: ${url}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives every page a canonical URL on the configured site and base path', () => {
    for (const page of pages.filter((p) => p !== '404.html')) {
      const path = page === 'index.html' ? '' : page.replace(/index\.html$/, '');
      expect(attrs(readHtml(outDir, page), 'link[rel="canonical"]', 'href'), page).toEqual([
        `${TEST_SITE_URL}${base}${path}`,
      ]);
    }
  });

  it('publishes an RSS feed that parses and links both articles under the base path', () => {
    const feed = new XMLParser().parse(readFileSync(join(outDir, 'rss.xml'), 'utf8'));
    const items = feed.rss.channel.item as { link: string; title: string }[];
    expect(feed.rss.channel.language).toBe('hi');
    expect(items.map((item) => item.link)).toEqual([
      `${TEST_SITE_URL}${base}news/${HEGSETH}/`,
      `${TEST_SITE_URL}${base}news/${KAZAKHSTAN}/`,
    ]);
  });

  it('publishes a sitemap that parses and lists pages but not search or 404', () => {
    const parser = new XMLParser();
    const index = parser.parse(readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8'));
    const sitemapUrls = (index.sitemapindex.sitemap as { loc: string }[]).map((entry) => entry.loc);
    expect(sitemapUrls).toEqual([
      `${TEST_SITE_URL}${base}sitemap-news.xml`,
      `${TEST_SITE_URL}${base}sitemap-0.xml`,
    ]);
    const sitemap = parser.parse(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8'));
    const locs = (sitemap.urlset.url as { loc: string }[]).map((url) => url.loc);
    expect(locs).toContain(`${TEST_SITE_URL}${base}news/${KAZAKHSTAN}/`);
    expect(locs).toContain(`${TEST_SITE_URL}${base}topics/defence/`);
    expect(locs.filter((loc) => loc.includes('/search/') || loc.includes('404'))).toEqual([]);
  });

  it('names the sitemap in robots.txt', () => {
    expect(readFileSync(join(outDir, 'robots.txt'), 'utf8')).toBe(
      `User-agent: *\nAllow: /\n\nSitemap: ${TEST_SITE_URL}${base}sitemap-index.xml\n`,
    );
  });
});

describe('article pages', () => {
  const { outDir, base } = BUILDS.root;
  const kazakhstan = readHtml(outDir, `news/${KAZAKHSTAN}/index.html`);
  const hegseth = readHtml(outDir, `news/${HEGSETH}/index.html`);

  it('have the headline as their only h1', () => {
    expect(texts(kazakhstan, 'h1')).toEqual([
      'रक्षा के क्षेत्र में साझेदारी की तलाश में भारत और कजाखस्तान, राजनाथ सिंह ने अपने समकक्ष नूरलान के साथ बैठक की',
    ]);
    expect(texts(hegseth, 'h1')).toEqual([
      'राजनाथ सिंह ने हेगसेथ से बात की, रक्षा उद्योग सहयोग को मजबूत करने पर जोर दिया',
    ]);
  });

  it('print published and updated times in Hindi and IST', () => {
    expect(texts(kazakhstan, '[data-article] header time')).toEqual([
      '9 अप्रैल 2021, शाम 7:41 IST',
      '9 अप्रैल 2021, शाम 7:46 IST',
    ]);
    expect(attrs(kazakhstan, '[data-article] header time', 'dateTime')).toEqual([
      '2021-04-09T19:41:00+05:30',
      '2021-04-09T19:46:00+05:30',
    ]);
  });

  it('print only the day when the source gives no time', () => {
    expect(texts(hegseth, '[data-article] header time')).toEqual(['1 जुलाई 2025']);
    expect(attrs(hegseth, '[data-article] header time', 'dateTime')).toEqual(['2025-07-01']);
  });

  it('show the reading time in Hindi', () => {
    expect(texts(kazakhstan, 'article dl dd').at(-1)).toMatch(/^\d+ मिनट$/);
  });

  it('carry NewsArticle JSON-LD with dates, offset, language, publisher and agency', () => {
    const json = JSON.parse(texts(kazakhstan, 'script[type="application/ld+json"]')[0] ?? '');
    expect(json).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: texts(kazakhstan, 'h1')[0],
      inLanguage: 'hi',
      datePublished: '2021-04-09T19:41:00+05:30',
      dateModified: '2021-04-09T19:46:00+05:30',
      author: { '@type': 'Person', name: 'Krishna Bihari Singh' },
      publisher: { '@type': 'Organization', name: 'दैनिक जागरण' },
      sourceOrganization: { '@type': 'Organization', name: 'पीटीआई' },
      url: `${TEST_SITE_URL}${base}news/${KAZAKHSTAN}/`,
    });
  });

  it('carry Open Graph and Twitter tags', () => {
    const meta = (property: string) =>
      attrs(kazakhstan, `meta[property="${property}"], meta[name="${property}"]`, 'content');
    expect(meta('og:type')).toEqual(['article']);
    expect(meta('og:locale')).toEqual(['hi_IN']);
    expect(meta('og:url')).toEqual([`${TEST_SITE_URL}${base}news/${KAZAKHSTAN}/`]);
    expect(meta('article:published_time')).toEqual(['2021-04-09T19:41:00+05:30']);
    expect(meta('twitter:card')).toEqual(['summary']);
    expect(meta('og:title')).toEqual(texts(kazakhstan, 'h1'));
  });

  it('link their topics and credit the source', () => {
    expect(attrs(hegseth, 'article footer a', 'href')).toEqual(
      expect.arrayContaining([`${base}topics/defence/`, `${base}topics/united-states/`]),
    );
    expect(one(hegseth, 'article aside').children.length).toBeGreaterThan(0);
    expect(texts(hegseth, 'article aside')[0]).toContain('पीटीआई-भाषा');
  });

  it('link to the other article', () => {
    expect(attrs(kazakhstan, 'a[rel="next"]', 'href')).toEqual([`${base}news/${HEGSETH}/`]);
    expect(attrs(hegseth, 'a[rel="prev"]', 'href')).toEqual([`${base}news/${KAZAKHSTAN}/`]);
  });
});

describe('the home page', () => {
  const home = readHtml(BUILDS.root.outDir, 'index.html');

  it('lists the articles newest first with date and topics', () => {
    expect(texts(home, 'main article h2')).toEqual([
      'राजनाथ सिंह ने हेगसेथ से बात की, रक्षा उद्योग सहयोग को मजबूत करने पर जोर दिया',
      'रक्षा के क्षेत्र में साझेदारी की तलाश में भारत और कजाखस्तान, राजनाथ सिंह ने अपने समकक्ष नूरलान के साथ बैठक की',
    ]);
    expect(texts(home, 'main article time')).toEqual(['1 जुलाई 2025', '9 अप्रैल 2021, शाम 7:41 IST']);
  });

  it('has a search form that works without JavaScript', () => {
    expect(attrs(home, 'header form[role="search"]', 'action')).toEqual(['/search/']);
    expect(attrs(home, 'header form[role="search"] input', 'name')).toEqual(['q']);
  });
});

describe('the search page', () => {
  it.each(Object.entries(BUILDS))(
    'of the %s build is a production page that loads the index from the base path',
    (_n, { outDir, base }) => {
      const page = readHtml(outDir, 'search/index.html');
      expect(attrs(page, '#search-app', 'dataDev')).toEqual(['']);
      expect(attrs(page, '#search-app', 'dataBundle')).toEqual([`${base}pagefind/`]);
      expect(attrs(page, 'link[rel="modulepreload"]', 'href')).toEqual([`${base}pagefind/pagefind.js`]);
    },
  );

  const page = readHtml(BUILDS.root.outDir, 'search/index.html');

  it('renders every topic with its article count, and both controls belong to the search form', () => {
    expect(texts(page, '[data-search-topic] option')).toEqual([
      'सभी विषय',
      'रक्षा (2)',
      'कूटनीति (2)',
      'राजनाथ सिंह (2)',
      'कज़ाख़स्तान (1)',
      'अमेरिका (1)',
    ]);
    expect(attrs(page, '[data-search-topic] option', 'value')).toEqual([
      '',
      'defence',
      'diplomacy',
      'rajnath-singh',
      'kazakhstan',
      'united-states',
    ]);
    expect(attrs(page, 'form#search-form', 'action')).toEqual(['/search/']);
    expect(attrs(page, 'select[form="search-form"]', 'name')).toEqual(['topic', 'sort']);
  });

  it('is indexable, with the query-less /search/ as its canonical URL', () => {
    expect(attrs(page, 'meta[name="robots"]', 'content')).toEqual([]);
    expect(attrs(page, 'link[rel="canonical"]', 'href')).toEqual([`${TEST_SITE_URL}/search/`]);
  });
});

describe('the 404 page', () => {
  const page = readHtml(BUILDS.khabar.outDir, '404.html');

  it('speaks Hindi and offers a way home and a search box under the base path', () => {
    expect(texts(page, 'h1')).toEqual(['यह पन्ना नहीं मिला']);
    expect(attrs(page, 'main a', 'href')).toContain('/khabar/');
    expect(attrs(page, 'main form', 'action')).toEqual(['/khabar/search/']);
  });
});
