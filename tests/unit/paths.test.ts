import { describe, expect, it } from 'vitest';
import {
  BASE_PATH,
  absoluteUrl,
  archivePath,
  articlePath,
  feedPath,
  homePath,
  newsSitemapPath,
  searchPath,
  topicFeedPath,
  topicPath,
  topicsIndexPath,
  withBase,
} from '../../src/lib/paths';

/** "राजनाथ & हेगसेथ", percent-encoded as UTF-8. */
const ENCODED_QUERY =
  '%E0%A4%B0%E0%A4%BE%E0%A4%9C%E0%A4%A8%E0%A4%BE%E0%A4%A5%20%26%20%E0%A4%B9%E0%A5%87%E0%A4%97%E0%A4%B8%E0%A5%87%E0%A4%A5';

describe('BASE_PATH', () => {
  it('is "/" under Vitest, where import.meta.env.BASE_URL is "/"', () => {
    expect(BASE_PATH).toBe('/');
  });

  it('is the default base of every path function', () => {
    expect(articlePath('rajnath-singh')).toBe('/news/rajnath-singh/');
    expect(homePath(2)).toBe('/page/2/');
    expect(searchPath()).toBe('/search/');
  });
});

describe.each([
  ['/', ''],
  ['/khabar/', '/khabar'],
])('at base %s', (base, prefix) => {
  it('prefixes a site-relative path with the base', () => {
    expect(withBase('news/x/', base)).toBe(`${prefix}/news/x/`);
  });

  it('does not double the slash when the path starts with one or more slashes', () => {
    expect(withBase('/news/x/', base)).toBe(`${prefix}/news/x/`);
    expect(withBase('//news/x/', base)).toBe(`${prefix}/news/x/`);
  });

  it('turns an empty path into the base itself', () => {
    expect(withBase('', base)).toBe(base);
  });

  it('builds an article path under /news/', () => {
    expect(articlePath('rajnath-singh-kazakhstan-defence-minister-meeting', base)).toBe(
      `${prefix}/news/rajnath-singh-kazakhstan-defence-minister-meeting/`,
    );
  });

  it('builds the home path for page 1 as the base itself', () => {
    expect(homePath(1, base)).toBe(base);
  });

  it('builds the home path for later pages under /page/N/', () => {
    expect(homePath(2, base)).toBe(`${prefix}/page/2/`);
    expect(homePath(12, base)).toBe(`${prefix}/page/12/`);
  });

  it('builds the topics index path', () => {
    expect(topicsIndexPath(base)).toBe(`${prefix}/topics/`);
  });

  it('builds the first page of a topic without a page segment', () => {
    expect(topicPath('raksha', 1, base)).toBe(`${prefix}/topics/raksha/`);
  });

  it('builds later pages of a topic under /page/N/', () => {
    expect(topicPath('raksha', 3, base)).toBe(`${prefix}/topics/raksha/page/3/`);
  });

  it('builds the search path without a query', () => {
    expect(searchPath(undefined, base)).toBe(`${prefix}/search/`);
  });

  it('leaves out ?q= for an empty query', () => {
    expect(searchPath('', base)).toBe(`${prefix}/search/`);
  });

  it('percent-encodes Devanagari, spaces and & in the search query', () => {
    expect(searchPath('राजनाथ & हेगसेथ', base)).toBe(`${prefix}/search/?q=${ENCODED_QUERY}`);
  });

  it('builds the feed path', () => {
    expect(feedPath(base)).toBe(`${prefix}/rss.xml`);
  });
});

describe('absoluteUrl', () => {
  it('joins a based path to the site origin', () => {
    expect(absoluteUrl('/khabar/news/x/', 'https://example.org')).toBe('https://example.org/khabar/news/x/');
  });

  it('accepts the site as a URL object', () => {
    expect(absoluteUrl('/news/x/', new URL('https://example.github.io'))).toBe(
      'https://example.github.io/news/x/',
    );
  });

  it('keeps an encoded query string', () => {
    expect(absoluteUrl(`/search/?q=${ENCODED_QUERY}`, 'http://localhost:4321')).toBe(
      `http://localhost:4321/search/?q=${ENCODED_QUERY}`,
    );
  });

  it('throws when no site is configured', () => {
    expect(() => absoluteUrl('/news/x/', undefined)).toThrowErrorMatchingInlineSnapshot(
      `[Error: absoluteUrl: the site URL is not configured]`,
    );
  });
});

describe('archive, topic feed and news sitemap paths', () => {
  it('builds the archive index, a year, a month and a later page of a month', () => {
    expect(archivePath(undefined, undefined, 1, '/')).toBe('/archive/');
    expect(archivePath(2021, undefined, 1, '/')).toBe('/archive/2021/');
    expect(archivePath(2021, 4, 1, '/khabar/')).toBe('/khabar/archive/2021/04/');
    expect(archivePath(2021, 12, 3, '/')).toBe('/archive/2021/12/page/3/');
  });

  it('puts topic feeds and the news sitemap under the base path', () => {
    expect(topicFeedPath('defence', '/khabar/')).toBe('/khabar/feeds/defence.xml');
    expect(newsSitemapPath('/')).toBe('/sitemap-news.xml');
  });
});
