import { describe, expect, it } from 'vitest';
import { PAGEFIND_OPTIONS, openSearchIndex, type PagefindModule } from '../../../src/lib/search/engine';

/** A Pagefind module that records what it is asked. */
function fakeModule() {
  const calls: unknown[][] = [];
  const module: PagefindModule = {
    options: async (options) => void calls.push(['options', options]),
    init: async () => void calls.push(['init']),
    mergeIndex: async (path, options) => void calls.push(['mergeIndex', path, options]),
    search: async (term, options) => {
      calls.push(['search', term, options]);
      return { results: [] };
    },
  };
  return { module, calls };
}

describe('openSearchIndex', () => {
  it('starts Pagefind on the bundle and merges the archive part with the same options and cache tag', async () => {
    const { module, calls } = fakeModule();
    await openSearchIndex(module, '/khabar/pagefind/', { archive: true, cacheTag: 'b1' });
    const options = { ...PAGEFIND_OPTIONS, metaCacheTag: 'b1' };
    expect(calls).toEqual([
      ['options', { basePath: '/khabar/pagefind/', ...options }],
      ['init'],
      ['mergeIndex', '/khabar/pagefind/archive/', options],
    ]);
  });

  it('merges nothing when the build has no archive part', async () => {
    const { module, calls } = fakeModule();
    await openSearchIndex(module, '/pagefind/', { archive: false });
    expect(calls.map(([name]) => name)).toEqual(['options', 'init']);
  });

  it('hands Pagefind each term in the form the index was written in, and a filter-only search as it is', async () => {
    const { module, calls } = fakeModule();
    const engine = await openSearchIndex(module, '/pagefind/', { archive: false });
    await engine.search('रक्षा\u0900', { filters: { topic: ['defence'] } });
    await engine.search(null, { sort: { date: 'desc' } });
    expect(calls.slice(2)).toEqual([
      ['search', 'रकtषe\u0900', { filters: { topic: ['defence'] } }],
      ['search', null, { sort: { date: 'desc' } }],
    ]);
  });
});
