import { describe, expect, it } from 'vitest';
import {
  PHONETIC_BELOW,
  PREFIX_CUT_BACK,
  MIN_SPLIT_AKSHARAS,
  MAX_TERM_LENGTH,
  runSearch,
  toHit,
  type PagefindApi,
  type PagefindResult,
  type PagefindSearchOptions,
} from '../../../src/lib/search/query';
import { hideText } from '../../../src/lib/search/record';
import { TIER } from '../../../src/lib/search/keys';
import { phoneticKey } from '../../../src/lib/hindi/phonetic';
import { REPEAT_MARK, TIER_MARKS } from '../../../src/lib/search/text';

const [M0, M1, M2, M3] = TIER_MARKS;

/** A page of a fake index: its text, and the terms (with marks) that find it, each at locations. */
interface FakePage {
  id: string;
  text: string;
  terms: Record<string, number[]>;
  score?: number;
  /** The part of the index the page is in (shards.ts); recent unless said. */
  part?: 'recent' | 'archive';
  /** Publication date, for Pagefind's date sort (pages without one keep their order, after dated ones). */
  date?: string;
}

/** A fake Pagefind answering from `pages`; records every call. Prefix terms (no mark) match by startsWith. */
function fakePagefind(pages: FakePage[]) {
  const calls: [string | null, PagefindSearchOptions | undefined][] = [];
  const api: PagefindApi = {
    async search(term, options) {
      calls.push([term, options]);
      const results: PagefindResult[] = [];
      const listed =
        term === null && options?.sort
          ? [...pages].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
          : pages;
      for (const page of listed) {
        const part = options?.filters?.['part'];
        if (part && !part.includes(page.part ?? 'recent')) continue;
        const locations =
          term === null
            ? []
            : Object.entries(page.terms)
                .filter(([key]) =>
                  /[\u0900\u093A\u093B\u094E]"?$/u.test(term) ? key === term : key.startsWith(term),
                )
                .flatMap(([, at]) => at);
        if (term !== null && locations.length === 0) continue;
        results.push({
          id: page.id,
          score: page.score ?? 1,
          words: locations,
          data: async () => ({
            url: `/news/${page.id}/`,
            meta: { x: hideText(page.text), d: hideText('1 जुलाई 2025') },
          }),
        });
      }
      return { results };
    },
  };
  return { api, calls };
}

const urls = async (outcome: ReturnType<typeof runSearch>) => {
  const result = await outcome;
  if (result.kind !== 'results') throw new Error(result.kind);
  return result.hits.map((hit) => `${hit.url} t${hit.tier}`);
};

// Texts of three words: locations 0-2 are exact keys, 3-5 variant, 6-8 lemma, 9-11 phonetic.
const PAGES: FakePage[] = [
  { id: 'exact', text: 'खेल और राजनीति', terms: { [`खेल${M0}`]: [0], [`राजनीति${M0}`]: [2] } },
  { id: 'lemma', text: 'खेलने गए बच्चे', terms: { [`खेलने${M0}`]: [0], [`खेल${M2}`]: [6] } },
  { id: 'phonetic', text: 'खैल नाम गांव', terms: { [`खैल${M0}`]: [0], [`kil${M3}`]: [9] } },
];

describe('runSearch', () => {
  it('answers an empty query with "empty" and one letter with "too-short", never calling Pagefind', async () => {
    const { api, calls } = fakePagefind(PAGES);
    expect(await runSearch(api, '  ')).toEqual({ kind: 'empty' });
    expect(await runSearch(api, 'क')).toEqual({ kind: 'too-short' });
    expect(calls).toEqual([]);
  });

  it('looks a Devanagari word up as a whole word at the exact, variant and lemma tiers', async () => {
    const { api, calls } = fakePagefind(PAGES);
    await runSearch(api, 'खेल');
    expect(calls.map(([term]) => term)).toEqual([`खेल${M0}`, `खेल${M1}`, `खेल${M2}`]);
  });

  it('ranks an exact match above an inflected one, and finds no page by a word it lacks', async () => {
    const { api } = fakePagefind(PAGES);
    expect(await urls(runSearch(api, 'खेल'))).toEqual(['/news/exact/ t0', '/news/lemma/ t2']);
  });

  it('adds the prefix of the word being typed, ranked last, only when typing', async () => {
    const { api, calls } = fakePagefind(PAGES);
    expect(await urls(runSearch(api, 'खेल', { typing: true }))).toEqual([
      '/news/exact/ t0',
      '/news/lemma/ t2',
    ]);
    expect(calls.map(([term]) => term)).toContain('खेल');
    expect(await urls(runSearch(api, 'राजनी', { typing: true }))).toEqual(['/news/exact/ t4']);
    expect(await urls(runSearch(api, 'राजनी'))).toEqual([]);
  });

  it(`keeps a word being typed from emptying the results mid-word: cut back by up to ${PREFIX_CUT_BACK} letters, ranked as a prefix`, async () => {
    // The index has साझेदारी (its variant key साझेदारि); साझेदारियों is typed letter by letter.
    const pages: FakePage[] = [
      { id: 'sajhe', text: 'साझेदारी', terms: { [`साझेदारी${M0}`]: [0], [`साझेदारि${M1}`]: [1] } },
    ];
    const { api } = fakePagefind(pages);
    const typed = async (query: string) => urls(runSearch(api, query, { typing: true }));
    expect(await typed('साझेदारि')).toEqual(['/news/sajhe/ t1']);
    expect(await typed('साझेदारिय')).toEqual(['/news/sajhe/ t4']);
    expect(await typed('साझेदारियो')).toEqual(['/news/sajhe/ t4']);
    // Three letters past what is found (साझेदारियों is, by its variant key), or submitted: nothing.
    expect(await typed('साझेदारियोंक')).toEqual(['/news/sajhe/ t4']);
    expect(await typed('साझेदारियोंकाम')).toEqual([]);
    expect(await urls(runSearch(api, 'साझेदारियो'))).toEqual([]);
  });

  it('reads an acronym (BCCI, bcci) by its letters, and as a word only when its letters find nothing', async () => {
    const letters = `${phoneticKey('बीसीसीआई')}${M3}`;
    const word = `${phoneticKey('बाकी')}${M3}`;
    const acronym: FakePage = { id: 'bcci', text: 'बीसीसीआई', terms: { [letters]: [3] } };
    const baaki: FakePage = { id: 'baaki', text: 'बाकी', terms: { [word]: [3] } };
    const { api, calls } = fakePagefind([baaki, acronym]);
    expect(await urls(runSearch(api, 'BCCI'))).toEqual(['/news/bcci/ t3']);
    expect(await urls(runSearch(api, 'bcci'))).toEqual(['/news/bcci/ t3']);
    expect(calls.map(([term]) => term)).not.toContain(word);
    // Without the acronym in the archive, its word reading still answers.
    expect(await urls(runSearch(fakePagefind([baaki]).api, 'BCCI'))).toEqual(['/news/baaki/ t3']);
  });

  it('searches a Roman word by its phonetic key', async () => {
    const { api } = fakePagefind(PAGES);
    expect(await urls(runSearch(api, 'khail'))).toEqual(['/news/phonetic/ t3']);
  });

  it(`looks a Devanagari word up by its phonetic key too while its own spellings find fewer than ${PHONETIC_BELOW} pages`, async () => {
    const exact = (count: number): FakePage[] =>
      Array.from({ length: count }, (_, i) => ({ id: `e${i}`, text: 'मंत्री', terms: { [`मंत्री${M0}`]: [0] } }));
    const sound: FakePage = { id: 'sound', text: 'मन्तरी', terms: { [`mntri${M3}`]: [3] } };
    const few = fakePagefind([sound, ...exact(PHONETIC_BELOW - 1)]);
    const outcome = await runSearch(few.api, 'मंत्री', { pageSize: PHONETIC_BELOW });
    expect(outcome.kind === 'results' && outcome.total).toBe(PHONETIC_BELOW);
    expect((await urls(Promise.resolve(outcome))).at(-1)).toBe('/news/sound/ t3');
    const many = fakePagefind([sound, ...exact(PHONETIC_BELOW)]);
    const common = await runSearch(many.api, 'मंत्री');
    if (common.kind !== 'results') throw new Error(common.kind);
    expect([common.total, common.complete]).toEqual([PHONETIC_BELOW, false]);
    // The other calls are the date order's (null): equal matches are listed newest first.
    const terms = () => many.calls.flatMap(([term]) => (term === null ? [] : [term]));
    expect(terms()).toEqual([`मंत्री${M0}`, `मंत्री${M1}`]);
    // Paging past the hundred runs the lemma and phonetic lookups, and their page comes last.
    const more = await common.loadMore(PHONETIC_BELOW);
    expect([more.hits.length, more.hits.at(-1)?.url, more.total, more.complete]).toEqual([
      PHONETIC_BELOW - 10 + 1,
      '/news/sound/',
      PHONETIC_BELOW + 1,
      true,
    ]);
    expect(terms().slice(2)).toEqual([`मंत्री${M2}`, `mntri${M3}`, `mntri${M0}`]);
  });

  it(`puts off a Devanagari word's lemma while its own spellings find ${PHONETIC_BELOW} pages, then lists its lemma's pages after them`, async () => {
    const exact = (count: number): FakePage[] =>
      Array.from({ length: count }, (_, i) => ({ id: `e${i}`, text: 'खेलने', terms: { [`खेलने${M0}`]: [0] } }));
    const lemma: FakePage = { id: 'lemma', text: 'खेला', terms: { [`खेल${M2}`]: [0] } };
    const few = await runSearch(fakePagefind([lemma, ...exact(3)]).api, 'खेलने');
    expect([few.kind === 'results' && few.total, few.kind === 'results' && few.complete]).toEqual([4, true]);
    const many = fakePagefind([lemma, ...exact(PHONETIC_BELOW)]);
    const common = await runSearch(many.api, 'खेलने', { pageSize: PHONETIC_BELOW });
    if (common.kind !== 'results') throw new Error(common.kind);
    expect([common.total, common.complete, common.hits.map((hit) => hit.tier)]).toEqual([
      PHONETIC_BELOW,
      false,
      Array(PHONETIC_BELOW).fill(TIER.exact),
    ]);
    expect(many.calls.map(([term]) => term)).not.toContain(`खेल${M2}`);
    const more = await common.loadMore(10);
    expect(more.hits.map((hit) => [hit.url, hit.tier])).toEqual([['/news/lemma/', TIER.lemma]]);
    expect(await common.loadMore(10)).toEqual({ hits: [], total: PHONETIC_BELOW + 1, complete: true });
  });

  it('looks everything up at once when sorting by newest: a put-off page may be the newest', async () => {
    const exact = Array.from({ length: PHONETIC_BELOW }, (_, i) => ({
      id: `e${i}`,
      text: 'खेलने',
      terms: { [`खेलने${M0}`]: [0] },
    }));
    const { api } = fakePagefind([{ id: 'lemma', text: 'खेला', terms: { [`खेल${M2}`]: [0] } }, ...exact]);
    const outcome = await runSearch(api, 'खेलने', { sort: 'newest' });
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    expect([outcome.total, outcome.complete]).toEqual([PHONETIC_BELOW + 1, true]);
  });

  it(`tries a Roman word's other readings (raksha: rksa, then rks) only while its first finds fewer than ${PHONETIC_BELOW} pages`, async () => {
    const first = (count: number): FakePage[] =>
      Array.from({ length: count }, (_, i) => ({ id: `r${i}`, text: 'रक्षा', terms: { [`rksa${M3}`]: [3] } }));
    const other: FakePage = { id: 'other', text: 'रक्स', terms: { [`rks${M3}`]: [3] } };
    const few = await runSearch(fakePagefind([other, ...first(PHONETIC_BELOW - 1)]).api, 'raksha');
    expect(few.kind === 'results' && few.total).toBe(PHONETIC_BELOW);
    const many = fakePagefind([other, ...first(PHONETIC_BELOW)]);
    const common = await runSearch(many.api, 'raksha');
    if (common.kind !== 'results') throw new Error(common.kind);
    expect([common.total, common.complete]).toEqual([PHONETIC_BELOW, false]);
    expect(many.calls.map(([term]) => term)).not.toContain(`rks${M3}`);
    const rest = await common.loadMore(PHONETIC_BELOW);
    expect([rest.hits.at(-1)?.url, rest.total, rest.complete]).toEqual([
      '/news/other/',
      PHONETIC_BELOW + 1,
      true,
    ]);
  });

  it('looks a Devanagari word up by its phonetic key at once when its own spellings find nothing', async () => {
    const { api } = fakePagefind([{ id: 'israel', text: 'इजरायल', terms: { [`isrel${M3}`]: [3] } }]);
    expect(await urls(runSearch(api, 'इस्राइल'))).toEqual(['/news/israel/ t3']);
  });

  it('finds a quoted phrase where its words stand at consecutive locations, from the words’ own lookups of every place', async () => {
    const pages: FakePage[] = [
      { id: 'apart', text: 'प्रधान ने कहा मंत्री', terms: { [`प्रधान${M0}`]: [0], [`मंत्री${M0}`]: [3] } },
      { id: 'reversed', text: 'मंत्री प्रधान', terms: { [`प्रधान${M0}`]: [1], [`मंत्री${M0}`]: [0] } },
      {
        id: 'together',
        text: 'प्रधान और प्रधान मंत्री',
        // A key's first place is its own word; its second and third are under the repeat form.
        terms: { [`प्रधान${M0}`]: [0], [`${REPEAT_MARK}प्रधान${M0}`]: [2], [`मंत्री${M0}`]: [3] },
      },
    ];
    const { api, calls } = fakePagefind(pages);
    const outcome = await runSearch(api, '"प्रधान मंत्री"');
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    expect(outcome.hits.map((hit) => [hit.url, hit.words])).toEqual([['/news/together/', ['प्रधान', 'मंत्री']]]);
    // First places first; fewer than PHONETIC_BELOW found, so the later places at once.
    expect(calls.map(([term]) => term)).toEqual([
      `प्रधान${M0}`,
      `मंत्री${M0}`,
      `${REPEAT_MARK}प्रधान${M0}`,
      `${REPEAT_MARK}मंत्री${M0}`,
    ]);
  });

  it(`puts off a phrase's later places while its first places find ${PHONETIC_BELOW} pages, and adds what they find when the reader pages past`, async () => {
    const firstPlaces = Array.from({ length: PHONETIC_BELOW }, (_, i): FakePage => ({
      id: `first${i}`,
      text: 'प्रधान मंत्री',
      terms: { [`प्रधान${M0}`]: [0], [`मंत्री${M0}`]: [1] },
    }));
    const later: FakePage = {
      id: 'later',
      text: 'प्रधान और प्रधान मंत्री',
      terms: { [`प्रधान${M0}`]: [0], [`${REPEAT_MARK}प्रधान${M0}`]: [2], [`मंत्री${M0}`]: [3] },
    };
    const { api, calls } = fakePagefind([later, ...firstPlaces]);
    const outcome = await runSearch(api, '"प्रधान मंत्री"', { pageSize: 99 });
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    expect([outcome.total, outcome.complete, outcome.hits.length]).toEqual([PHONETIC_BELOW, false, 99]);
    expect(calls.map(([term]) => term).filter((term) => term?.startsWith(REPEAT_MARK))).toEqual([]);
    // Still within what was found: nothing more is looked up.
    const next = await outcome.loadMore(1);
    expect([next.hits.length, next.total, next.complete]).toEqual([1, PHONETIC_BELOW, false]);
    const rest = await outcome.loadMore(10);
    expect([rest.hits.map((hit) => [hit.url, hit.words]), rest.total, rest.complete]).toEqual([
      [['/news/later/', ['प्रधान', 'मंत्री']]],
      PHONETIC_BELOW + 1,
      true,
    ]);
  });

  it(`splits a word found nowhere only into halves of ${MIN_SPLIT_AKSHARAS} aksharas or more (रक्षा|मंत्री, never रक्|षामंत्री)`, async () => {
    const { api, calls } = fakePagefind([
      { id: 'apart', text: 'रक्षा मंत्री', terms: { [`रक्षा${M0}`]: [0], [`मंत्री${M0}`]: [1] } },
    ]);
    expect(await urls(runSearch(api, 'रक्षामंत्री'))).toEqual(['/news/apart/ t2']);
    const halves = calls.map(([term]) => term);
    expect(halves).toContain(`रक्षा${M0}`);
    expect(halves).not.toContain(`रक्${M0}`);
    expect(halves).not.toContain(`त्री${M0}`);
  });

  it(`looks a long word found ${PHONETIC_BELOW} times as one up as two words only when the reader pages past`, async () => {
    const whole = Array.from({ length: PHONETIC_BELOW }, (_, i): FakePage => ({
      id: `w${i}`,
      text: 'प्रधानमंत्री',
      terms: { [`प्रधानमंत्री${M0}`]: [0] },
    }));
    const apart: FakePage = {
      id: 'apart',
      text: 'प्रधान मंत्री',
      terms: { [`प्रधान${M0}`]: [0], [`मंत्री${M0}`]: [1] },
    };
    const { api, calls } = fakePagefind([apart, ...whole]);
    const outcome = await runSearch(api, 'प्रधानमंत्री');
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    expect([outcome.total, outcome.complete]).toEqual([PHONETIC_BELOW, false]);
    expect(calls.map(([term]) => term)).not.toContain(`प्रधान${M0}`);
    const rest = await outcome.loadMore(PHONETIC_BELOW);
    expect([rest.hits.at(-1)?.url, rest.total, rest.complete]).toEqual([
      '/news/apart/',
      PHONETIC_BELOW + 1,
      true,
    ]);
  });

  it('requires every word (AND): a word found nowhere empties the results', async () => {
    const { api } = fakePagefind(PAGES);
    expect(await urls(runSearch(api, 'खेल राजनीति'))).toEqual(['/news/exact/ t0']);
    expect(await urls(runSearch(api, 'खेल football'))).toEqual([]);
  });

  it('lists every article, newest first, for a query of stop words alone (के, ke)', async () => {
    const { api, calls } = fakePagefind(PAGES);
    const outcome = await runSearch(api, 'के');
    expect(outcome.kind === 'results' && outcome.total).toBe(3);
    expect(calls).toEqual([
      [null, { filters: { part: ['recent'] }, sort: { date: 'desc' } }],
      [null, { sort: { date: 'desc' } }],
    ]);
  });

  it('sorts by date with the recent part of the index before the archive, each in its own order', async () => {
    // Pagefind's sorted search answers each part in its date order; merged, the parts interleave.
    const pages: FakePage[] = [
      { id: 'old-a', text: 'खेल', terms: { [`खेल${M0}`]: [0] }, part: 'archive' },
      { id: 'new-a', text: 'खेल', terms: { [`खेल${M0}`]: [0] } },
      { id: 'old-b', text: 'खेल', terms: { [`खेल${M0}`]: [0] }, part: 'archive' },
      { id: 'new-b', text: 'खेल', terms: { [`खेल${M0}`]: [0] } },
    ];
    const { api } = fakePagefind(pages);
    expect(await urls(runSearch(api, 'खेल', { sort: 'newest' }))).toEqual([
      '/news/new-a/ t0',
      '/news/new-b/ t0',
      '/news/old-a/ t0',
      '/news/old-b/ t0',
    ]);
  });

  it('sends the topic filter with every search', async () => {
    const { api, calls } = fakePagefind(PAGES);
    await runSearch(api, 'खेल', { topic: 'sport' });
    expect(calls.every(([, options]) => JSON.stringify(options) === '{"filters":{"topic":["sport"]}}')).toBe(
      true,
    );
  });

  it('orders by the date order of Pagefind’s sorted list when sorting by newest', async () => {
    const { api } = fakePagefind([...PAGES].reverse());
    expect(await urls(runSearch(api, 'खेल', { sort: 'newest' }))).toEqual([
      '/news/lemma/ t2',
      '/news/exact/ t0',
    ]);
  });

  it('ranks the newer of two pages that match alike first, and reads the date order only then', async () => {
    const older = { id: 'older', text: 'खेल', terms: { [`खेल${M0}`]: [0] }, score: 2, date: '2024-01-01' };
    const newer = { ...older, id: 'newer', date: '2025-06-01' };
    const { api, calls } = fakePagefind([older, newer]);
    expect(await urls(runSearch(api, 'खेल'))).toEqual(['/news/newer/ t0', '/news/older/ t0']);
    // The recent part of the index sorted, then all pages sorted (shards.ts).
    expect(calls.filter(([term]) => term === null)).toEqual([
      [null, { filters: { part: ['recent'] }, sort: { date: 'desc' } }],
      [null, { sort: { date: 'desc' } }],
    ]);

    // Read once per Pagefind instance: a second search of the same page reuses it.
    await runSearch(api, 'खेल');
    expect(calls.filter(([term]) => term === null)).toHaveLength(2);

    const alone = fakePagefind([older]);
    await runSearch(alone.api, 'खेल');
    expect(alone.calls.some(([term]) => term === null)).toBe(false);
  });

  it('ranks a stronger match first however old it is: tier before score, score before date', async () => {
    const pages: FakePage[] = [
      { id: 'new-lemma', text: 'खेलने', terms: { [`खेल${M2}`]: [2] }, score: 9, date: '2026-01-01' },
      { id: 'new-body', text: 'खेल', terms: { [`खेल${M0}`]: [0] }, score: 1, date: '2025-01-01' },
      { id: 'old-headline', text: 'खेल', terms: { [`खेल${M0}`]: [0] }, score: 4, date: '2019-01-01' },
    ];
    const { api } = fakePagefind(pages);
    expect(await urls(runSearch(api, 'खेल'))).toEqual([
      '/news/old-headline/ t0',
      '/news/new-body/ t0',
      '/news/new-lemma/ t2',
    ]);
  });

  it('treats scores equal to a millionth as equal, so float noise never outranks the date', async () => {
    const older = {
      id: 'older',
      text: 'खेल',
      terms: { [`खेल${M0}`]: [0] },
      score: 1.0000001,
      date: '2020-01-01',
    };
    const newer = { ...older, id: 'newer', score: 1, date: '2021-01-01' };
    const { api } = fakePagefind([older, newer]);
    expect(await urls(runSearch(api, 'खेल'))).toEqual(['/news/newer/ t0', '/news/older/ t0']);
  });

  it(`finds nothing for a word longer than ${MAX_TERM_LENGTH} letters, without calling Pagefind`, async () => {
    const { api, calls } = fakePagefind(PAGES);
    expect(await urls(runSearch(api, 'क'.repeat(MAX_TERM_LENGTH + 1)))).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('loads pageSize hits, then the rest with loadMore', async () => {
    const { api } = fakePagefind(PAGES);
    const outcome = await runSearch(api, 'खेल', { pageSize: 1 });
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    expect([outcome.total, outcome.complete, outcome.hits.length]).toEqual([2, true, 1]);
    const more = await outcome.loadMore(5);
    expect([more.hits.map((hit) => hit.url), more.total, more.complete]).toEqual([['/news/lemma/'], 2, true]);
    expect(await outcome.loadMore(5)).toEqual({ hits: [], total: 2, complete: true });
  });
});

describe('toHit', () => {
  const data = {
    url: '/news/a/',
    meta: { x: hideText('राजनाथ सिंह\nमुलाक़ात हुई'), d: hideText('1 जुलाई 2025') },
  };

  it('reads title and date from the hidden metadata and marks the word at a location of any tier', () => {
    // Four words: location 6 is the lemma section's word 2.
    expect(toHit(data, [6], 2)).toEqual({
      url: '/news/a/',
      title: 'राजनाथ सिंह',
      date: '1 जुलाई 2025',
      excerpt: [
        { text: 'राजनाथ सिंह — ', mark: false },
        { text: 'मुलाक़ात', mark: true },
        { text: ' हुई', mark: false },
      ],
      words: ['मुलाक़ात'],
      tier: 2,
    });
  });

  it('lists a word found at several tiers once and ignores date-token locations', () => {
    expect(toHit(data, [0, 4, 12, 99]).words).toEqual(['राजनाथ']);
  });
});
