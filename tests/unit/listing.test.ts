import { describe, expect, it } from 'vitest';
import { homePath, topicPath } from '../../src/lib/paths';
import {
  articlesInTopic,
  laterPageNumbers,
  type Listable,
  neighbourPages,
  PAGE_SIZE,
  pageCount,
  pageLinks,
  paginationNav,
  paginate,
  sortNewestFirst,
  topicCounts,
} from '../../src/lib/listing';

function article(slug: string, published: string, topics: string[] = []): Listable {
  return { slug, published, topics };
}

const slugs = (items: readonly Listable[]): string[] => items.map((item) => item.slug);

describe('sortNewestFirst', () => {
  it('compares instants, not the written text, when offsets differ', () => {
    // 19:41 IST is 14:11 UTC, so it is earlier than 14:30 UTC although "19:41" sorts after "14:30".
    const ist = article('ist-evening', '2021-04-09T19:41:00+05:30');
    const utc = article('utc-afternoon', '2021-04-09T14:30:00Z');
    expect(slugs(sortNewestFirst([ist, utc]))).toEqual(['utc-afternoon', 'ist-evening']);
    expect(slugs(sortNewestFirst([utc, ist]))).toEqual(['utc-afternoon', 'ist-evening']);
  });

  it('orders articles from newest to oldest across days', () => {
    const items = [
      article('b', '2021-04-08T10:00:00+05:30'),
      article('c', '2021-04-10T10:00:00+05:30'),
      article('a', '2021-04-09T10:00:00+05:30'),
    ];
    expect(slugs(sortNewestFirst(items))).toEqual(['c', 'a', 'b']);
  });

  it('breaks a tie between equal instants by slug, whatever the offsets and input order', () => {
    const items = [
      article('zeta', '2021-04-09T20:00:00+05:30'),
      article('alpha', '2021-04-09T14:30:00Z'),
      article('older', '2021-04-09T14:29:00Z'),
    ];
    expect(slugs(sortNewestFirst(items))).toEqual(['alpha', 'zeta', 'older']);
  });

  it('returns a new array and leaves the input in its order', () => {
    const items = [article('old', '2020-01-01T00:00:00Z'), article('new', '2021-01-01T00:00:00Z')];
    const sorted = sortNewestFirst(items);
    expect(sorted).not.toBe(items);
    expect(slugs(items)).toEqual(['old', 'new']);
  });
});

describe('pageCount', () => {
  it('counts one page for an empty list', () => {
    expect(pageCount(0)).toBe(1);
  });

  it('counts pages of 20 by default', () => {
    expect(PAGE_SIZE).toBe(20);
    expect([1, 20, 21, 40, 41].map((total) => pageCount(total))).toEqual([1, 1, 2, 2, 3]);
  });

  it('uses a custom page size', () => {
    expect(pageCount(10, 3)).toBe(4);
  });
});

describe('paginate', () => {
  const numbers = Array.from({ length: 45 }, (_, i) => i + 1);
  const range = (from: number, to: number): number[] => numbers.slice(from - 1, to);

  it('returns the first page', () => {
    expect(paginate(numbers, 1)).toEqual({ items: range(1, 20), page: 1, pages: 3, total: 45 });
  });

  it('returns a middle page', () => {
    expect(paginate(numbers, 2)).toEqual({ items: range(21, 40), page: 2, pages: 3, total: 45 });
  });

  it('returns a short last page', () => {
    expect(paginate(numbers, 3)).toEqual({ items: range(41, 45), page: 3, pages: 3, total: 45 });
  });

  it('returns one empty page for an empty list', () => {
    expect(paginate([], 1)).toEqual({ items: [], page: 1, pages: 1, total: 0 });
  });

  it('uses a custom page size', () => {
    expect(paginate(['क', 'ख', 'ग', 'घ', 'ङ'], 2, 2)).toEqual({
      items: ['ग', 'घ'],
      page: 2,
      pages: 3,
      total: 5,
    });
  });

  it('throws a RangeError for page 0', () => {
    expect(() => paginate(numbers, 0)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: page 0 is outside 1..3]`,
    );
  });

  it('throws a RangeError for the page after the last', () => {
    expect(() => paginate(numbers, 4)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: page 4 is outside 1..3]`,
    );
  });

  it('throws a RangeError for a page number that is not a whole number', () => {
    expect(() => paginate(numbers, 1.5)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: page 1.5 is outside 1..3]`,
    );
  });
});

describe('laterPageNumbers', () => {
  it('lists pages 2 and 3 for 41 items at 20 a page', () => {
    expect(laterPageNumbers(41, 20)).toEqual([2, 3]);
  });

  it('lists nothing when everything fits on the first page', () => {
    expect(laterPageNumbers(20)).toEqual([]);
    expect(laterPageNumbers(0)).toEqual([]);
  });
});

describe('articlesInTopic', () => {
  it('returns only the articles filed under the topic, newest first', () => {
    const all = [
      article('raksha-old', '2021-01-01T10:00:00+05:30', ['raksha']),
      article('khel', '2023-01-01T10:00:00+05:30', ['khel']),
      article('raksha-new', '2022-01-01T10:00:00+05:30', ['bharat', 'raksha']),
    ];
    expect(slugs(articlesInTopic(all, 'raksha'))).toEqual(['raksha-new', 'raksha-old']);
  });

  it('returns nothing for a topic no article uses', () => {
    expect(articlesInTopic([article('a', '2021-01-01T10:00:00+05:30', ['raksha'])], 'khel')).toEqual([]);
  });
});

describe('topicCounts', () => {
  it('orders topics by article count, then by slug', () => {
    const all = [
      { topics: ['raksha', 'bharat'] },
      { topics: ['raksha'] },
      { topics: ['duniya', 'bharat'] },
      { topics: ['arthvyavastha'] },
    ];
    expect(topicCounts(all)).toEqual([
      { slug: 'bharat', count: 2 },
      { slug: 'raksha', count: 2 },
      { slug: 'arthvyavastha', count: 1 },
      { slug: 'duniya', count: 1 },
    ]);
  });

  it('returns nothing for no articles', () => {
    expect(topicCounts([])).toEqual([]);
  });
});

describe('neighbourPages', () => {
  const pathFor = (page: number): string => homePath(page, '/khabar/');

  it('has only a next page on the first page', () => {
    expect(neighbourPages(1, 3, pathFor)).toEqual({ previous: undefined, next: '/khabar/page/2/' });
  });

  it('links back to the base itself from page 2', () => {
    expect(neighbourPages(2, 3, pathFor)).toEqual({ previous: '/khabar/', next: '/khabar/page/3/' });
  });

  it('has only a previous page on the last page', () => {
    expect(neighbourPages(3, 3, (page) => topicPath('raksha', page, '/'))).toEqual({
      previous: '/topics/raksha/page/2/',
      next: undefined,
    });
  });

  it('has neither on a single page', () => {
    expect(neighbourPages(1, 1, pathFor)).toEqual({ previous: undefined, next: undefined });
  });
});

describe('pageLinks', () => {
  const numbers = (page: number, pages: number) =>
    pageLinks(page, pages).map((link) =>
      link.kind === 'gap' ? '…' : link.current ? `[${link.page}]` : link.page,
    );

  it('shows every page of a short list', () => {
    expect(numbers(1, 1)).toEqual(['[1]']);
    expect(numbers(3, 5)).toEqual([1, 2, '[3]', 4, 5]);
  });

  it('keeps the first and last page and the pages near the current one, with gaps between', () => {
    expect(numbers(250, 500)).toEqual([1, '…', 248, 249, '[250]', 251, 252, '…', 500]);
    expect(numbers(1, 500)).toEqual(['[1]', 2, 3, '…', 500]);
    expect(numbers(500, 500)).toEqual([1, '…', 498, 499, '[500]']);
  });

  it('shows a single skipped page as its number rather than a gap', () => {
    expect(numbers(5, 9)).toEqual([1, 2, 3, 4, '[5]', 6, 7, 8, 9]);
    expect(numbers(4, 20)).toEqual([1, 2, 3, '[4]', 5, 6, '…', 20]);
  });

  it('refuses a page outside the list', () => {
    expect(() => pageLinks(0, 3)).toThrowErrorMatchingInlineSnapshot(`[RangeError: page 0 is outside 1..3]`);
  });
});

describe('paginationNav', () => {
  it('gives each numbered link its path and marks the first and last page', () => {
    const nav = paginationNav(3, 9, (n) => `/p/${n}/`);
    expect(nav.previous).toBe('/p/2/');
    expect(nav.next).toBe('/p/4/');
    expect(nav.links).toEqual([
      { kind: 'page', page: 1, path: '/p/1/', current: false, first: true, last: false },
      { kind: 'page', page: 2, path: '/p/2/', current: false, first: false, last: false },
      { kind: 'page', page: 3, path: '/p/3/', current: true, first: false, last: false },
      { kind: 'page', page: 4, path: '/p/4/', current: false, first: false, last: false },
      { kind: 'page', page: 5, path: '/p/5/', current: false, first: false, last: false },
      { kind: 'gap' },
      { kind: 'page', page: 9, path: '/p/9/', current: false, first: false, last: true },
    ]);
  });
});
