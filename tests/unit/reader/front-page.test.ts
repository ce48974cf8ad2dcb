import { describe, expect, it } from 'vitest';
import { frontPage } from '../../../src/lib/reader/front-page';

/** Newest first: story n is published n minutes before the newest. */
function stories(topicsOf: string[][]) {
  return topicsOf.map((topics, n) => ({
    slug: `s${n}`,
    published: new Date(Date.UTC(2025, 6, 1, 12, 0) - n * 60_000).toISOString(),
    topics,
  }));
}
const slugs = (items: { slug: string }[]) => items.map((item) => item.slug);
const options = { next: 2, sections: 2, perSection: 2, latest: 8 };

describe('frontPage', () => {
  it('leads with the newest story, then the next few', () => {
    const page = frontPage(stories([['a'], ['a'], ['b'], ['a']]), options);
    expect(page.lead?.slug).toBe('s0');
    expect(slugs(page.next)).toEqual(['s1', 's2']);
  });

  it('fills a section per most used topic with stories not shown above, each story once', () => {
    const all = stories([['a'], ['b'], ['a', 'b'], ['a', 'b'], ['b'], ['a'], ['c'], ['a']]);
    const page = frontPage(all, options);
    expect(page.sections.map((s) => [s.topic, slugs(s.articles)])).toEqual([
      ['a', ['s3', 's5']],
      ['b', ['s4']],
    ]);
    expect(slugs(page.latest)).toEqual(['s6', 's7']);
    const shown = [
      page.lead?.slug,
      ...slugs(page.next),
      ...page.sections.flatMap((s) => slugs(s.articles)),
      ...slugs(page.latest),
    ];
    expect(new Set(shown).size).toBe(shown.length);
  });

  it('works with two stories: a lead, one more, no empty sections or latest list', () => {
    const page = frontPage(stories([['a'], ['a', 'b']]), options);
    expect(page.lead?.slug).toBe('s0');
    expect(slugs(page.next)).toEqual(['s1']);
    expect(page.sections).toEqual([]);
    expect(page.latest).toEqual([]);
  });

  it('works with no stories at all', () => {
    expect(frontPage([], options)).toEqual({ lead: undefined, next: [], sections: [], latest: [] });
  });

  it('stays bounded with ten thousand stories: latest holds only the first page not shown above', () => {
    const all = stories(Array.from({ length: 10_000 }, (_, n) => [['a', 'b', 'c'][n % 3] as string]));
    const page = frontPage(all, { next: 4, sections: 3, perSection: 3, latest: 20 });
    expect(page.sections.map((s) => s.articles.length)).toEqual([3, 3, 3]);
    expect(page.latest.length).toBe(20 - 1 - 4 - 9);
    expect(slugs(page.latest)).toEqual(['s14', 's15', 's16', 's17', 's18', 's19']);
  });
});
