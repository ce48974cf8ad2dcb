import { describe, expect, it } from 'vitest';
import {
  MAX_TERM_LENGTH,
  continuesQuery,
  runSearch,
  toHit,
  type PagefindApi,
  type PagefindResultData,
  type SearchOptions,
  type SearchOutcome,
} from '../../../src/lib/search/query';
import type { ArticleSearchText } from '../../../src/lib/search/record';
import { parseQuery } from '../../../src/lib/search/text';

/** One indexed article in the fake index: its Pagefind data and its `search.json`. */
interface FakeArticle {
  id: string;
  data: PagefindResultData;
  text: ArticleSearchText;
}

/** One call the fake Pagefind received. */
interface SearchCall {
  term: string;
  options: Parameters<PagefindApi['search']>[1];
}

/** An article whose text is `text`, found at `locations`. */
function article(id: string, text = `${id} की ख़बर`, locations = [0]): FakeArticle {
  return {
    id,
    data: { url: `/news/${id}/`, locations },
    text: { title: `शीर्षक ${id}`, date: '9 अप्रैल 2021', text },
  };
}

/**
 * An in-memory Pagefind: `answers` maps the exact term string it is searched for to the ids it
 * returns, in order (`null` answers like Pagefind's superseded search). Anything else finds nothing.
 */
function fakePagefind(articles: FakeArticle[], answers: Record<string, string[] | null>) {
  const byId = new Map(articles.map((entry) => [entry.id, entry]));
  const calls: SearchCall[] = [];
  const dataLoads: string[] = [];
  const textLoads: string[] = [];
  const pagefind: PagefindApi = {
    async search(term, options) {
      calls.push({ term, options });
      const ids = Object.hasOwn(answers, term) ? answers[term] : [];
      if (ids === null || ids === undefined) return null;
      return {
        results: ids.map((id) => ({
          id,
          data: async () => {
            dataLoads.push(id);
            const found = byId.get(id);
            if (!found) throw new Error(`no article ${id}`);
            return found.data;
          },
        })),
      };
    },
  };
  const loadText = async (url: string): Promise<ArticleSearchText> => {
    textLoads.push(url);
    const found = articles.find((entry) => entry.data.url === url);
    if (!found) throw new Error(`no search.json for ${url}`);
    return found.text;
  };
  return { pagefind, loadText, calls, dataLoads, textLoads };
}

/** The terms runSearch must send for `query`. */
function termsOf(query: string): string[] {
  const parsed = parseQuery(query);
  if (parsed.kind !== 'ok') throw new Error(`"${query}" parses as ${parsed.kind}`);
  return parsed.terms;
}

/** The URLs of an outcome's hits, in order. */
function hitUrls(outcome: SearchOutcome): string[] {
  if (outcome.kind !== 'results') throw new Error(`expected results, got ${outcome.kind}`);
  return outcome.hits.map((hit) => hit.url);
}

/** Runs one search against a fake that answers `term` with `ids`, returning the calls it made. */
async function callsFor(query: string, options?: SearchOptions): Promise<SearchCall[]> {
  const [term = ''] = termsOf(query);
  const fake = fakePagefind([article('a')], { [term]: ['a'] });
  await runSearch(fake.pagefind, fake.loadText, query, options);
  return fake.calls;
}

describe('toHit', () => {
  const text: ArticleSearchText = { title: 'राजनाथ सिंह', date: '1 जुलाई 2025', text: 'राजनाथ सिंह ने बात की' };

  it('keeps url, title and date and marks the word at a Devanagari-key location', () => {
    expect(toHit({ url: '/news/a/', locations: [1] }, text)).toEqual({
      url: '/news/a/',
      title: 'राजनाथ सिंह',
      date: '1 जुलाई 2025',
      excerpt: [
        { text: 'राजनाथ ', mark: false },
        { text: 'सिंह', mark: true },
        { text: ' ने बात की', mark: false },
      ],
      words: ['सिंह'],
    });
  });

  it('maps a Latin-key location (word count + i) back to original word i', () => {
    // Five words: locations 0–4 are Devanagari keys, 5–9 the Latin keys of the same words.
    const hit = toHit({ url: '/news/a/', locations: [5, 8] }, text);
    expect(hit.words).toEqual(['राजनाथ', 'बात']);
    expect(hit.excerpt).toEqual([
      { text: 'राजनाथ', mark: true },
      { text: ' सिंह ने ', mark: false },
      { text: 'बात', mark: true },
      { text: ' की', mark: false },
    ]);
  });

  it('lists a word found by both its keys once', () => {
    expect(toHit({ url: '/news/a/', locations: [0, 5] }, text).words).toEqual(['राजनाथ']);
  });

  it('shows the words of the original script, nukta included, for a word found by its key', () => {
    const hit = toHit(
      { url: '/news/a/', locations: [3] },
      { title: 't', date: 'd', text: 'व्यक्तिगत रूप से मुलाक़ात करके' },
    );
    expect(hit.words).toEqual(['मुलाक़ात']);
    expect(hit.excerpt).toEqual([
      { text: 'व्यक्तिगत रूप से ', mark: false },
      { text: 'मुलाक़ात', mark: true },
      { text: ' करके', mark: false },
    ]);
  });

  it('ignores a location past both halves of the record and shows the start unmarked', () => {
    const hit = toHit({ url: '/news/a/', locations: [10, 99] }, text);
    expect(hit.words).toEqual([]);
    expect(hit.excerpt).toEqual([{ text: 'राजनाथ सिंह ने बात की', mark: false }]);
  });
});

describe('runSearch', () => {
  it('answers an empty query with "empty" and never calls Pagefind', async () => {
    const fake = fakePagefind([article('a')], {});
    for (const query of ['', '   \t ', '!!! ??? 🙂🙂', '।']) {
      expect(await runSearch(fake.pagefind, fake.loadText, query)).toEqual({ kind: 'empty' });
    }
    expect(fake.calls).toEqual([]);
    expect(fake.textLoads).toEqual([]);
  });

  it('answers a one-letter query with "too-short" and never calls Pagefind', async () => {
    const fake = fakePagefind([article('a')], {});
    for (const query of ['क', ' a ', 'क़']) {
      expect(await runSearch(fake.pagefind, fake.loadText, query)).toEqual({ kind: 'too-short' });
    }
    expect(fake.calls).toEqual([]);
  });

  it('searches for the normalized key, not the typed word: कज़ाख़स्तान is sent as कजाखस्तान', async () => {
    const calls = await callsFor('कज़ाख़स्तान');
    expect(calls.map((call) => call.term)).toEqual([termsOf('कज़ाख़स्तान').join(' ')]);
    expect(calls.map((call) => call.term)).toEqual(['कजाखस्तान']);
  });

  it('sends several words as their keys joined by single spaces, then each key alone', async () => {
    const terms = termsOf('  राजनाथ,   hegseth ');
    expect(terms).toHaveLength(2);
    const fake = fakePagefind([], {});
    await runSearch(fake.pagefind, fake.loadText, '  राजनाथ,   hegseth ');
    expect(fake.calls.map((call) => call.term)).toEqual([terms.join(' '), ...terms]);
  });

  it('sends a word typed twice once', async () => {
    const fake = fakePagefind([], {});
    await runSearch(fake.pagefind, fake.loadText, 'राजनाथ राजनाथ');
    expect(fake.calls.map((call) => call.term)).toEqual(termsOf('राजनाथ'));
  });

  it('sends no filters and no sort key for relevance, the default', async () => {
    expect((await callsFor('राजनाथ')).map((call) => call.options)).toEqual([{}]);
    expect((await callsFor('राजनाथ', { sort: 'relevance' })).map((call) => call.options)).toEqual([{}]);
  });

  it('filters by topic with { filters: { topic: [slug] } }', async () => {
    expect((await callsFor('राजनाथ', { topic: 'kazakhstan' })).map((call) => call.options)).toEqual([
      { filters: { topic: ['kazakhstan'] } },
    ]);
  });

  it('sorts newest first with { sort: { date: "desc" } }', async () => {
    expect((await callsFor('राजनाथ', { sort: 'newest' })).map((call) => call.options)).toEqual([
      { sort: { date: 'desc' } },
    ]);
  });

  it('sends the topic and the sort with every per-word search too', async () => {
    const fake = fakePagefind([], {});
    await runSearch(fake.pagefind, fake.loadText, 'राजनाथ hegseth', { topic: 'defence', sort: 'newest' });
    const options = { filters: { topic: ['defence'] }, sort: { date: 'desc' } };
    expect(fake.calls.map((call) => call.options)).toEqual([options, options, options]);
  });

  it('treats an empty topic as no topic', async () => {
    expect((await callsFor('राजनाथ', { topic: '' })).map((call) => call.options)).toEqual([{}]);
  });

  it('keeps only articles every word finds on its own, and counts only those', async () => {
    const [rajnath = '', hegseth = ''] = termsOf('राजनाथ hegseth');
    // Pagefind drops a word that matches nothing from the combined search, so it returns b too.
    const fake = fakePagefind([article('a'), article('b'), article('c')], {
      [`${rajnath} ${hegseth}`]: ['a', 'b', 'c'],
      [rajnath]: ['a', 'b', 'c'],
      [hegseth]: ['c', 'a'],
    });
    const outcome = await runSearch(fake.pagefind, fake.loadText, 'राजनाथ hegseth');
    expect(outcome.kind === 'results' && outcome.total).toBe(2);
    // The combined search's (relevance) order is kept.
    expect(hitUrls(outcome)).toEqual(['/news/a/', '/news/c/']);
    expect(fake.dataLoads).toEqual(['a', 'c']);
  });

  it('finds nothing when one word finds nothing, whatever the combined search returns', async () => {
    const [rajnath = '', football = ''] = termsOf('राजनाथ football');
    const fake = fakePagefind([article('a')], { [`${rajnath} ${football}`]: ['a'], [rajnath]: ['a'] });
    const outcome = await runSearch(fake.pagefind, fake.loadText, 'राजनाथ football');
    expect(outcome.kind === 'results' && { total: outcome.total, hits: outcome.hits }).toEqual({
      total: 0,
      hits: [],
    });
    expect(fake.dataLoads).toEqual([]);
  });

  it('reads a null answer from Pagefind as no results', async () => {
    const [term = ''] = termsOf('राजनाथ');
    const fake = fakePagefind([article('a')], { [term]: null });
    const outcome = await runSearch(fake.pagefind, fake.loadText, 'राजनाथ');
    expect(outcome.kind === 'results' && { total: outcome.total, hits: outcome.hits }).toEqual({
      total: 0,
      hits: [],
    });
  });

  it('rejects when Pagefind fails, and handles every search it started (no unhandled rejection)', async () => {
    // A thenable records whether anyone awaited it; a native promise would report the rejection itself.
    const started: { term: string; observed: boolean }[] = [];
    const failing: PagefindApi = {
      search(term) {
        const entry = { term, observed: false };
        started.push(entry);
        const thenable = {
          then(_resolve: unknown, reject: (reason: Error) => void) {
            entry.observed = true;
            reject(new Error('index chunk failed to load'));
          },
        };
        return thenable as unknown as ReturnType<PagefindApi['search']>;
      },
    };
    const loadText = async (): Promise<ArticleSearchText> => ({ title: '', date: '', text: '' });
    await expect(runSearch(failing, loadText, 'राजनाथ hegseth')).rejects.toThrow(
      new Error('index chunk failed to load'),
    );
    const [rajnath = '', hegseth = ''] = termsOf('राजनाथ hegseth');
    expect(started).toEqual([
      { term: `${rajnath} ${hegseth}`, observed: true },
      { term: rajnath, observed: true },
      { term: hegseth, observed: true },
    ]);
  });

  it(`finds nothing for a word whose key is longer than ${MAX_TERM_LENGTH} letters, without calling Pagefind`, async () => {
    const fake = fakePagefind([article('a')], {});
    const query = `राजनाथ ${'क'.repeat(MAX_TERM_LENGTH + 1)}`;
    const outcome = await runSearch(fake.pagefind, fake.loadText, query);
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    expect({ total: outcome.total, hits: outcome.hits }).toEqual({ total: 0, hits: [] });
    expect(await outcome.loadMore(10)).toEqual([]);
    expect(fake.calls).toEqual([]);
  });

  it(`still searches for a word whose key is exactly ${MAX_TERM_LENGTH} letters`, async () => {
    const word = 'क'.repeat(MAX_TERM_LENGTH);
    expect((await callsFor(word)).map((call) => call.term)).toEqual([word]);
  });

  it('loads only pageSize hits, then the next ones with loadMore, then none', async () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const [term = ''] = termsOf('राजनाथ');
    const fake = fakePagefind(
      ids.map((id) => article(id)),
      { [term]: ids },
    );
    const outcome = await runSearch(fake.pagefind, fake.loadText, 'राजनाथ', { pageSize: 2 });
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    expect(outcome.total).toBe(5);
    expect(hitUrls(outcome)).toEqual(['/news/a/', '/news/b/']);
    expect(fake.textLoads).toEqual(['/news/a/', '/news/b/']);
    expect((await outcome.loadMore(2)).map((hit) => hit.url)).toEqual(['/news/c/', '/news/d/']);
    expect((await outcome.loadMore(2)).map((hit) => hit.url)).toEqual(['/news/e/']);
    expect(await outcome.loadMore(2)).toEqual([]);
    expect(fake.dataLoads).toEqual(ids);
    expect(fake.textLoads).toEqual(ids.map((id) => `/news/${id}/`));
  });

  it('loads ten hits by default', async () => {
    const ids = Array.from({ length: 12 }, (_, index) => `n${index}`);
    const [term = ''] = termsOf('राजनाथ');
    const fake = fakePagefind(
      ids.map((id) => article(id)),
      { [term]: ids },
    );
    const outcome = await runSearch(fake.pagefind, fake.loadText, 'राजनाथ');
    expect(outcome.kind === 'results' && outcome.total).toBe(12);
    expect(hitUrls(outcome)).toEqual(ids.slice(0, 10).map((id) => `/news/${id}/`));
  });

  it('builds each hit from the article’s search.json, excerpt marked at the found word', async () => {
    const [term = ''] = termsOf('hegseth');
    const hegseth = article('h', 'रक्षा मंत्री पीट हेगसेथ से बात', [9]);
    const fake = fakePagefind([hegseth], { [term]: ['h'] });
    const outcome = await runSearch(fake.pagefind, fake.loadText, 'hegseth');
    expect(outcome.kind === 'results' && outcome.hits).toEqual([
      {
        url: '/news/h/',
        title: 'शीर्षक h',
        date: '9 अप्रैल 2021',
        excerpt: [
          { text: 'रक्षा मंत्री पीट ', mark: false },
          { text: 'हेगसेथ', mark: true },
          { text: ' से बात', mark: false },
        ],
        words: ['हेगसेथ'],
      },
    ]);
  });
});

describe('continuesQuery', () => {
  it('is the same search while a word is typed further or erased', () => {
    expect(continuesQuery('', 'र')).toBe(true);
    expect(continuesQuery('राज', 'राजनाथ')).toBe(true);
    expect(continuesQuery('राजनाथ', 'राज')).toBe(true);
    expect(continuesQuery('राजनाथ', 'राजनाथ hegseth')).toBe(true);
    expect(continuesQuery('hegseth ', ' hegseth')).toBe(true);
  });

  it('is a new search when the text is replaced by another', () => {
    expect(continuesQuery('hegseth', 'jaisalmer')).toBe(false);
    expect(continuesQuery('राजनाथ', 'रक्षा')).toBe(false);
  });
});
