import { describe, expect, it } from 'vitest';
import { runSearch, type SearchOptions, type SearchOutcome } from '../../src/lib/search/query';
import { BUILDS } from '../support/build';
import { articleTextLoader, loadPagefind } from '../support/pagefind-node';

const KAZAKHSTAN = '/news/rajnath-singh-kazakhstan-defence-minister-meeting/';
const HEGSETH = '/news/rajnath-singh-hegseth-phone-call-defence-industry/';

function urls(outcome: SearchOutcome, base: string): string[] {
  if (outcome.kind !== 'results') throw new Error(`expected results, got ${outcome.kind}`);
  return outcome.hits.map((hit) => `/${hit.url.slice(base.length)}`).sort();
}

describe.each(Object.entries(BUILDS))('searching the %s build', (_name, { outDir, base }) => {
  const pagefind = loadPagefind(outDir, base);
  const loadText = articleTextLoader(outDir, base);
  const search = async (query: string, options?: SearchOptions) =>
    runSearch(await pagefind, loadText, query, options);
  const find = async (query: string) => urls(await search(query), base);

  // The table: a sample of what readers type, run through the browser's query code.
  it.each([
    ['राजनाथ', [HEGSETH, KAZAKHSTAN]],
    ['हेगसेथ', [HEGSETH]],
    ['कजाखस्तान', [KAZAKHSTAN]],
    ['कज़ाख़स्तान', [KAZAKHSTAN]],
    ['मुलाकात', [HEGSETH]],
    ['अभ्यास', [HEGSETH, KAZAKHSTAN]],
    ['सही', []],
    ['कम', []],
    ['rajnath', [HEGSETH, KAZAKHSTAN]],
    ['hegseth', [HEGSETH]],
    ['jaisalmer', [KAZAKHSTAN]],
    ['क्रिकेट', []],
  ])('"%s" finds %j', async (query, expected) => {
    expect(await find(query)).toEqual(expected);
  });

  it('combines words as AND across scripts: "राजनाथ hegseth" finds only the Hegseth call', async () => {
    expect(await find('राजनाथ hegseth')).toEqual([HEGSETH]);
  });

  it('finds both articles from the inflected अभ्यासों, as from अभ्यास', async () => {
    expect(await find('अभ्यासों')).toEqual([HEGSETH, KAZAKHSTAN]);
  });

  it('treats a decomposed nukta and a zero-width joiner in the query like the clean word', async () => {
    expect(await find('मुलाक\u093Cात')).toEqual([HEGSETH]);
    expect(await find('राज\u200Dनाथ')).toEqual([HEGSETH, KAZAKHSTAN]);
  });

  it('filters by topic and sorts by date', async () => {
    expect(urls(await search('राजनाथ', { topic: 'kazakhstan' }), base)).toEqual([KAZAKHSTAN]);
    const newest = await search('राजनाथ', { sort: 'newest' });
    expect(newest.kind === 'results' && newest.hits.map((hit) => `/${hit.url.slice(base.length)}`)).toEqual([
      HEGSETH,
      KAZAKHSTAN,
    ]);
  });

  it('cuts excerpts from the original Devanagari and marks the matched words', async () => {
    const outcome = await search('मुलाकात');
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    const [hit] = outcome.hits;
    expect(hit?.words).toEqual(['मुलाक़ात']);
    expect(hit?.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['मुलाक़ात']);
    expect(hit?.excerpt.map((part) => part.text).join('')).toMatch(/^\S.*व्यक्तिगत रूप से मुलाक़ात करके/);
    expect(hit?.title).toBe('राजनाथ सिंह ने हेगसेथ से बात की, रक्षा उद्योग सहयोग को मजबूत करने पर जोर दिया');
    expect(hit?.date).toBe('1 जुलाई 2025');
  });

  it('answers awkward queries sensibly', async () => {
    expect(await search('')).toEqual({ kind: 'empty' });
    expect(await search('   \t ')).toEqual({ kind: 'empty' });
    expect(await search('!!! ??? 🙂🙂')).toEqual({ kind: 'empty' });
    expect(await search('क')).toEqual({ kind: 'too-short' });
    expect(await find('<script>alert(1)</script>')).toEqual([]);
    expect(await find(`राजनाथ ${'क'.repeat(2000)}`)).toEqual([]);
    expect(await find(`${'राजनाथ '.repeat(300)}`)).toEqual([HEGSETH, KAZAKHSTAN]);
  });

  it('requires every word: a word that matches nothing empties the results', async () => {
    expect(await find('राजनाथ football')).toEqual([]);
    expect(await find('हेगसेथ onerror')).toEqual([]);
    expect(await find('<img src=x onerror=alert(1)>')).toEqual([]);
  });

  it('does not fall back to a shorter indexed word for an unknown longer one', async () => {
    expect(await find('क्रिकेटर')).toEqual([]);
    expect(await find('hindustan')).toEqual([]);
  });
});
