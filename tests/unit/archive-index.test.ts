import { describe, expect, it } from 'vitest';
import {
  archiveYears,
  buildArchiveIndex,
  relatedKeys,
  sortByTime,
  type IndexableArticle,
} from '../../src/lib/archive-index';

function article(
  slug: string,
  published: string,
  topics: string[],
  title = slug,
  standfirst = '',
): IndexableArticle {
  return { slug, published, topics, title, standfirst };
}
const slugs = (items: readonly { slug: string }[]) => items.map((item) => item.slug);

describe('relatedKeys', () => {
  it('folds the nukta and chandrabindu and drops one-letter words and punctuation', () => {
    expect(relatedKeys('राजनाथ ने कज़ाख़स्तान में हँसी, व बात की')).toEqual([
      'राजनाथ',
      'ने',
      'कजाखस्तान',
      'में',
      'हंसी',
      'बात',
      'की',
    ]);
  });
});

describe('sortByTime', () => {
  it('orders by instant across offsets, newest first, equal instants by slug', () => {
    const items = [
      article('b', '2021-04-09T19:41:00+05:30', []),
      article('c', '2021-04-09T14:30:00Z', []),
      article('a', '2021-04-09T14:11:00Z', []),
    ];
    expect(slugs(sortByTime(items))).toEqual(['c', 'a', 'b']);
  });
});

describe('buildArchiveIndex', () => {
  const articles = [
    article('hegseth-call', '2025-07-01T10:00:00+05:30', ['defence', 'united-states'], 'राजनाथ हेगसेथ बातचीत'),
    article('kazakh-meeting', '2021-04-09T19:41:00+05:30', ['defence', 'kazakhstan'], 'राजनाथ नूरलान बैठक'),
    article('hegseth-visit', '2025-09-01T10:00:00+05:30', ['defence', 'united-states'], 'हेगसेथ भारत दौरा'),
    article('cricket-final', '2025-08-01T10:00:00+05:30', ['sports'], 'क्रिकेट फ़ाइनल जीत'),
    article('nurlan-return', '2021-05-01T10:00:00+05:30', ['kazakhstan'], 'नूरलान लौटे'),
    article('defence-budget', '2024-02-01T10:00:00+05:30', ['defence'], 'रक्षा बजट बढ़ा'),
    article('defence-expo', '2023-02-01T10:00:00+05:30', ['defence'], 'रक्षा प्रदर्शनी'),
  ];
  const index = buildArchiveIndex(articles, { rareLimit: 3 });

  it('lists every article newest first', () => {
    expect(slugs(index.sorted)).toEqual([
      'hegseth-visit',
      'cricket-final',
      'hegseth-call',
      'defence-budget',
      'defence-expo',
      'nurlan-return',
      'kazakh-meeting',
    ]);
  });

  it('gives each article its newer and older neighbour', () => {
    expect(index.neighbours('hegseth-visit')).toEqual({ newer: undefined, older: articles[3] });
    expect(slugs(Object.values(index.neighbours('defence-budget')) as IndexableArticle[])).toEqual([
      'hegseth-call',
      'defence-expo',
    ]);
  });

  it('relates stories sharing a rare headline word first, never the article or its neighbours', () => {
    // hegseth-call's neighbours are cricket-final and defence-budget; हेगसेथ links it to hegseth-visit.
    // राजनाथ links it to kazakh-meeting too, which shares fewer topics; defence fills the third.
    expect(slugs(index.related('hegseth-call'))).toEqual(['hegseth-visit', 'kazakh-meeting', 'defence-expo']);
    // नूरलान would link the two Kazakhstan stories, but nurlan-return is already the link beside it.
    expect(slugs(index.related('kazakh-meeting'))).toEqual([
      'hegseth-call',
      'defence-expo',
      'defence-budget',
    ]);
    for (const { slug } of index.sorted) {
      const { newer, older } = index.neighbours(slug);
      const related = slugs(index.related(slug));
      expect(related).not.toContain(slug);
      if (newer) expect(related).not.toContain(newer.slug);
      if (older) expect(related).not.toContain(older.slug);
      expect(new Set(related).size).toBe(related.length);
    }
  });

  it('fills related stories from the nearest stories of the same topic when no word is shared', () => {
    // रक्षा is shared only with defence-budget, its neighbour, which the link beside it already shows.
    expect(slugs(index.related('defence-expo'))).toEqual(['kazakh-meeting', 'hegseth-call', 'hegseth-visit']);
    expect(index.related('cricket-final')).toEqual([]);
  });

  it('gives different articles different related stories in a big archive of one topic', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      article(
        `a${i}`,
        new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().replace('.000Z', 'Z'),
        ['defence'],
        `ख़बर ${i}`,
      ),
    );
    const big = buildArchiveIndex(many);
    const lists = new Set(big.sorted.map(({ slug }) => slugs(big.related(slug)).join(' ')));
    expect(lists.size).toBe(200);
  });

  it('lists articles per topic newest first and counts topics, most used first', () => {
    expect(slugs(index.byTopic.get('kazakhstan') ?? [])).toEqual(['nurlan-return', 'kazakh-meeting']);
    expect(index.topicCounts).toEqual([
      { slug: 'defence', count: 5 },
      { slug: 'kazakhstan', count: 2 },
      { slug: 'united-states', count: 2 },
      { slug: 'sports', count: 1 },
    ]);
  });

  it('groups the archive by IST month, newest first', () => {
    const months = index.months.map(({ year, month, items }) => [year, month, slugs(items)]);
    expect(months).toEqual([
      [2025, 9, ['hegseth-visit']],
      [2025, 8, ['cricket-final']],
      [2025, 7, ['hegseth-call']],
      [2024, 2, ['defence-budget']],
      [2023, 2, ['defence-expo']],
      [2021, 5, ['nurlan-return']],
      [2021, 4, ['kazakh-meeting']],
    ]);
  });

  it('files an article published just after midnight IST under its IST month, not the UTC one', () => {
    const { months } = buildArchiveIndex([article('x', '2021-04-30T18:45:00Z', [])]);
    expect([months[0]?.year, months[0]?.month]).toEqual([2021, 5]);
  });

  it('names a missing article', () => {
    expect(() => index.related('missing')).toThrowErrorMatchingInlineSnapshot(
      `[Error: archive index: no article "missing"]`,
    );
  });
});

describe('archiveYears', () => {
  it('sums months into years, newest first', () => {
    const months = [
      { year: 2025, month: 9, items: [1, 2] },
      { year: 2025, month: 7, items: [3] },
      { year: 2021, month: 4, items: [4] },
    ];
    expect(archiveYears(months)).toEqual([
      {
        year: 2025,
        count: 3,
        months: [
          { month: 9, count: 2 },
          { month: 7, count: 1 },
        ],
      },
      { year: 2021, count: 1, months: [{ month: 4, count: 1 }] },
    ]);
  });
});
