import { describe, expect, it } from 'vitest';
import { runSearch, type SearchOptions, type SearchOutcome } from '../../src/lib/search/query';
import { BUILDS } from '../support/build';
import { loadPagefind } from '../support/pagefind-node';

const K = '/news/rajnath-singh-kazakhstan-defence-minister-meeting/';
const H = '/news/rajnath-singh-hegseth-phone-call-defence-industry/';
const BOTH = [H, K];
const NONE: string[] = [];

/** Hits in rank order, as site paths. */
function ranked(outcome: SearchOutcome, base: string): string[] {
  if (outcome.kind !== 'results') throw new Error(`expected results, got ${outcome.kind}`);
  return outcome.hits.map((hit) => `/${hit.url.slice(base.length)}`);
}

/**
 * What readers type, class by class (the classes 1-7), over the two seed articles:
 * [query, the articles it must find]. A leading ~ means "still typing" (the last word is a prefix).
 * Empty answers are precision traps: a word the articles do not contain, however close.
 */
const TABLE: Record<string, [string, string[]][]> = {
  '1 spelling variants': [
    ['नयी', BOTH],
    ['नई', BOTH],
    ['जतायी', [H]],
    ['जताई', [H]],
    ['निभाई', [H]],
    ['टेलीफोन', [H]],
    ['टेलिफोन', [H]],
    ['टेलीफ़ोन', [H]],
    ['12वीं', [K]],
    ['१२वीं', [K]],
    ['सम्बन्धित', [K]],
    ['संबंधित', [K]],
    ['ऊँचाइयों', [H]],
    ['ऊंचाइयों', [H]],
    ['पहुँचाने', [H]],
    ['अन्तरिम', [K]],
    ['केन्द्रित', [K]],
    ['हूँ', [H]],
    ['ख़िलाफ़', [H]],
    ['खिलाफ', [H]],
    ['मुलाक़ात', [H]],
    ['मुलाकात', [H]],
    ['हिन्दी', NONE],
    // नये is नया's plural: it finds the feminine नयी and नई (class 3, adjectives).
    ['नये', BOTH],
  ],
  '2 names transliterated': [
    ['कज़ाख़स्तान', [K]],
    ['कजाखस्तान', [K]],
    ['नूरलान', [K]],
    ['नुरलान', [K]],
    ['यरमेकबेयेव', [K]],
    ['येरमेकबायेव', [K]],
    ['जैसलमेर', [K]],
    ['जैसलमीर', [K]],
    ['हेगसेथ', [H]],
    ['लेफ़्टिनेंट', [K]],
    ['बिपिन रावत', [K]],
    ['इजराइल', NONE],
    ['पाकिस्तान', NONE],
    // A name with or without an inner vowel sign (अमेरिका in the article).
    ['अमरीका', [H]],
    ['अमरीकी', [H]],
    ['amrika', [H]],
    ['अमीर', NONE],
    ['अमर', NONE],
    ['अमरा', NONE],
  ],
  '3 inflection': [
    ['अभ्यास', [K, H]],
    ['अभ्यासों', [H, K]],
    ['मंत्रियों', [K, H]],
    ['साझेदारी', BOTH],
    ['भागीदार', [H]],
    ['भागीदारों', [H]],
    ['नेताओं', [H]],
    ['समझौतों', [K]],
    // -ा nouns: the singular and oblique find the plural समझौतों.
    ['समझौता', [K]],
    ['समझौते', [K]],
    ['समझौत', NONE],
    // Adjectives agree in gender and number: नयी (H) and नई (K) are नया's; बड़े (K) is बड़ा's.
    ['नया', BOTH],
    ['बड़ा', [K]],
    ['बड़ी', [K]],
    ['बड़', NONE],
    ['पान', NONE],
    ['रान', NONE],
    ['नद', NONE],
    ['साल', NONE],
    ['सह', NONE],
    // बढ़ती is a form of बढ़ (बढ़ना); बढ़ाने (बढ़ाना, to increase) is another verb.
    ['बढ़', [H]],
    ['समर्थ', NONE],
    ['सेना', NONE],
  ],
  '4 whole words, prefix only while typing': [
    ['कल', NONE],
    ['मंत्र', NONE],
    ['सहयो', NONE],
    ['राज', NONE],
    ['नाथ', NONE],
    ['मंगल', NONE],
    ['कुमार', [K]],
    ['~सहयो', BOTH],
    ['~मुला', [H]],
    ['~मुलाक़ा', [H]],
    ['~hegs', [H]],
    ['~मंत्र', BOTH],
    ['~रक्षा मं', BOTH],
    ['~राजनाथ हेग', [H]],
    ['~राजनाथ सि', BOTH],
  ],
  '5 Roman letters': [
    ['rajnath', BOTH],
    ['raajnaath', BOTH],
    ['rajnath singh', BOTH],
    ['hegseth', [H]],
    ['jaisalmer', [K]],
    ['jaisalmeer', [K]],
    ['kazakhstan', [K]],
    ['delhi', BOTH],
    ['dilli', BOTH],
    ['bharat', BOTH],
    ['america', [H]],
    ['raksha mantri', BOTH],
    ['jaipur', [K]],
    ['tweet', [K]],
    ['CDS', [K]],
    ['राजनाथ hegseth', [H]],
    ['cricket', NONE],
    ['hindustan', NONE],
    ['mangal', NONE],
    ['shukra', NONE],
    ['football', NONE],
  ],
  '6 compounds and glued words': [
    ['आदानप्रदान', BOTH],
    ['आदान प्रदान', BOTH],
    ['आदान-प्रदान', BOTH],
    ['भारतके', BOTH],
    ['साजोसामान', [H]],
    ['साजो सामान', [H]],
    ['विचारविमर्श', [K]],
    ['तौरतरीकों', [K]],
    ['रक्षामंत्री', BOTH],
    ['12 वीं', [K]],
    ['अंतरसंचालन', [H]],
    ['प्रधानमंत्री', NONE],
  ],
  '7 phrases and dates': [
    ['"राजनाथ सिंह"', BOTH],
    ['"सिंह राजनाथ"', NONE],
    ['"अटूट समर्थन"', [H]],
    ['"समर्थन अटूट"', NONE],
    ['"रक्षा के क्षेत्र"', [K]],
    ['"क्षेत्र के रक्षा"', NONE],
    ['2025', [H]],
    ['२०२५', [H]],
    ['2021', [K]],
    ['२०२१', [K]],
    ['जुलाई 2025', [H]],
    ['अप्रैल 2021', [K]],
    ['9 अप्रैल 2021', [K]],
    ['july 2025', [H]],
    ['जुलाई 2021', NONE],
    ['2024', NONE],
  ],
};

describe.each(Object.entries(BUILDS))('searching the %s build', (_name, { outDir, base }) => {
  const pagefind = loadPagefind(outDir, base);
  const search = async (query: string, options?: SearchOptions) => runSearch(await pagefind, query, options);
  const find = async (query: string) => {
    const typing = query.startsWith('~');
    return ranked(await search(typing ? query.slice(1) : query, { typing }), base);
  };
  const unordered = async (query: string) => (await find(query)).sort();

  describe.each(Object.entries(TABLE))('class %s', (_class, rows) => {
    it.each(rows)('"%s" finds %j', async (query, expected) => {
      // Where an order is given (not both articles), it is the rank order.
      const found = expected === BOTH ? await unordered(query) : await find(query);
      expect(found).toEqual(expected);
    });
  });

  it('ranks an exact match above an inflected one: अभ्यास first in the article that has अभ्यास itself', async () => {
    const outcome = await search('अभ्यास');
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    expect(outcome.hits.map((hit) => [hit.tier, hit.words])).toEqual([
      [0, ['अभ्यास']],
      [2, ['अभ्यासों']],
    ]);
  });

  it('answers a query of stop words alone (के, ke) with every article, newest first', async () => {
    expect(await find('के')).toEqual([H, K]);
    expect(await find('ke')).toEqual([H, K]);
  });

  it('ranks a headline match first however old, and the newer of two equal matches first', async () => {
    // साझेदारी: in the Kazakhstan report's headline, only in the newer Hegseth call's body.
    expect(await find('साझेदारी')).toEqual([K, H]);
    // राजनाथ: in both headlines and four times or more in both bodies (the cap), so equal: newer first.
    expect(await find('राजनाथ')).toEqual([H, K]);
  });

  it('filters by topic and sorts by date', async () => {
    expect(ranked(await search('राजनाथ', { topic: 'kazakhstan' }), base)).toEqual([K]);
    expect(ranked(await search('राजनाथ', { sort: 'newest' }), base)).toEqual([H, K]);
  });

  it('cuts excerpts from the original Devanagari in the record’s metadata and marks the matched words', async () => {
    const outcome = await search('मुलाकात');
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    const [hit] = outcome.hits;
    expect(hit?.words).toEqual(['मुलाक़ात']);
    expect(hit?.excerpt.filter((part) => part.mark).map((part) => part.text)).toEqual(['मुलाक़ात']);
    expect(hit?.excerpt.map((part) => part.text).join('')).toMatch(/^\S.*व्यक्तिगत रूप से मुलाक़ात करके/);
    expect(hit?.title).toBe('राजनाथ सिंह ने हेगसेथ से बात की, रक्षा उद्योग सहयोग को मजबूत करने पर जोर दिया');
    expect(hit?.date).toBe('1 जुलाई 2025');
  });

  it('marks every word of a quoted phrase, stop words included', async () => {
    const outcome = await search('"रक्षा के क्षेत्र"');
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    expect(outcome.hits[0]?.words).toEqual(['रक्षा', 'के', 'क्षेत्र']);
  });

  it('answers awkward queries sensibly', async () => {
    expect(await search('')).toEqual({ kind: 'empty' });
    expect(await search('!!! ??? 🙂🙂')).toEqual({ kind: 'empty' });
    expect(await search('क')).toEqual({ kind: 'too-short' });
    expect(await find('<script>alert(1)</script>')).toEqual([]);
    expect(await find(`राजनाथ ${'क'.repeat(2000)}`)).toEqual([]);
    expect(await unordered(`${'राजनाथ '.repeat(300)}`)).toEqual(BOTH);
  });
});
