/**
 * Search over a generated archive of a few hundred articles (the scale issue's seeded generator),
 * built once here: planted rare words find exactly their articles, their near spellings and
 * prefixes find none of them, common words rank and page through, and a handful of sentences
 * added to known articles carry the issue's classes (variants, inflection, compounds, phrases).
 */
import { appendFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus';
import {
  PHONETIC_BELOW,
  runSearch,
  type PagefindApi,
  type SearchCount,
  type SearchHit,
  type SearchOutcome,
} from '../../src/lib/search/query';
import { TIER } from '../../src/lib/search/keys';
import { ROOT, astroBuild } from '../support/build';
import { loadPagefind } from '../support/pagefind-node';

const COUNT = 240;
const SEED = 11;
const CORPUS = join(tmpdir(), `search-archive-corpus-${process.pid}`);
const OUT = join(ROOT, 'dist-search-archive');
const BASE = '/';

/** Sentences added to known articles (by position in slug order), each carrying test cases. */
const ADDED: [number, string][] = [
  [3, 'खिलाड़ियों ने नये टेलीविजन पर इक्कीसवीं सदी का खान-पान देखा।'],
  [17, 'लड़कियां आयीं और कहानियां सुनाईं, प्रधानमंत्री ने BCCI की तारीफ़ की।'],
  [42, 'लड़की ने कहानी सुनाई; नए टेलिविजन पर प्रधान मंत्री और खानपान की बातें हुईं।'],
  [99, 'नदी के किनारे रानी ने पानी पिया।'],
  [60, 'बगीचे में चिड़ियों का शोर था, बच्चों की गुड़ियां सजी थीं और पहाड़ी पर लंबी कतार लगी।'],
];

/** A made-up word planted in five articles (by position in slug order) to test the ranking. */
const RANKED_WORD = 'झुमकापुरी';
const RANKED_AT = [120, 150, 180, 210, 230];

let pagefind: PagefindApi;
let slugs: string[];
let planted: Record<string, string[]>;
/** The five ranking articles, oldest first. */
let byDate: string[];

beforeAll(async () => {
  const manifest = writeCorpus({ count: COUNT, out: CORPUS, seed: SEED });
  planted = (JSON.parse(readFileSync(manifest, 'utf8')) as { planted: Record<string, string[]> }).planted;
  slugs = readdirSync(CORPUS)
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.slice(0, -3))
    .sort();
  for (const [index, sentence] of ADDED)
    appendFileSync(join(CORPUS, `${slugs[index]}.md`), `\n${sentence}\n`);
  const published = (slug: string) =>
    /^published: "([^"]+)"/m.exec(readFileSync(join(CORPUS, `${slug}.md`), 'utf8'))?.[1] ?? '';
  byDate = RANKED_AT.map((index) => slugs[index] ?? '').sort((a, b) =>
    published(a).localeCompare(published(b)),
  );
  if (new Set(byDate.map(published)).size !== byDate.length) throw new Error('ranking articles share a date');
  const [oldest = '', older = '', middle = '', newer = '', newest = ''] = byDate;
  // The oldest has the word in its headline; the next has it three times in its body; two newer
  // ones once each (alike: the newer must come first); the newest only inflected (lemma tier).
  const oldestFile = join(CORPUS, `${oldest}.md`);
  writeFileSync(
    oldestFile,
    readFileSync(oldestFile, 'utf8').replace(/^title: "/m, `title: "${RANKED_WORD} में `),
  );
  appendFileSync(
    join(CORPUS, `${older}.md`),
    `\n${RANKED_WORD} में मेला, ${RANKED_WORD} के लोग और ${RANKED_WORD} की सड़कें।\n`,
  );
  for (const slug of [middle, newer])
    appendFileSync(join(CORPUS, `${slug}.md`), `\n${RANKED_WORD} में मेला लगा।\n`);
  appendFileSync(join(CORPUS, `${newest}.md`), `\nझुमकापुरियों ने मेला देखा।\n`);
  const built = await astroBuild(OUT, { CONTENT_DIR: CORPUS });
  rmSync(CORPUS, { recursive: true, force: true });
  rmSync(`${CORPUS}.manifest.json`, { force: true });
  if (!built.ok) throw new Error(`building the generated archive failed:\n${built.output}`);
  pagefind = await loadPagefind(OUT, BASE);
}, 600_000);

const slugOf = (hit: SearchHit) => hit.url.replace(/^\/news\/|\/$/g, '');

/** Every hit of an outcome, loading "more" until the search says it is complete. */
async function allHits(outcome: SearchOutcome): Promise<SearchHit[]> {
  if (outcome.kind !== 'results') throw new Error(outcome.kind);
  const hits = [...outcome.hits];
  for (let count: SearchCount = outcome; !count.complete || hits.length < count.total;) {
    const more = await outcome.loadMore(100);
    if (more.hits.length === 0 && more.complete) break;
    hits.push(...more.hits);
    count = more;
  }
  return hits;
}

const find = async (query: string) => (await allHits(await runSearch(pagefind, query))).map(slugOf).sort();

describe('a generated archive', () => {
  it('has planted words to test', () => {
    expect(Object.keys(planted).length).toBeGreaterThanOrEqual(10);
  });

  it('finds exactly the articles of every planted rare word', async () => {
    const wrong: string[] = [];
    for (const [word, expected] of Object.entries(planted)) {
      const found = await find(word);
      if (JSON.stringify(found) !== JSON.stringify([...expected].sort()))
        wrong.push(`${word}: ${found.join(' ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('finds none of a planted word’s articles by its first three letters or by a longer word it starts', async () => {
    const leaks: string[] = [];
    for (const [word, expected] of Object.entries(planted)) {
      const letters = [...word.normalize('NFC')];
      for (const trap of [letters.slice(0, 3).join(''), `${word}क`, `${word}तम`]) {
        const found = await find(trap);
        const leaked = found.filter((slug) => expected.includes(slug));
        if (leaked.length > 0) leaks.push(`${trap} (from ${word}): ${leaked.join(' ')}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('ranks a common word by tier and pages through every result with "more", its put-off lookups included', async () => {
    const outcome = await runSearch(pagefind, 'मंत्री');
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    // Its own spelling finds a hundred or more: its lemma (मंत्रियों …) waits for the reader to page on.
    expect([outcome.total >= PHONETIC_BELOW, outcome.complete, outcome.hits.length]).toEqual([
      true,
      false,
      10,
    ]);
    const hits = await allHits(outcome);
    // Sorting by newest looks every key up at once: the same articles, each once.
    const everything = await allHits(await runSearch(pagefind, 'मंत्री', { sort: 'newest' }));
    expect(hits.map(slugOf).sort()).toEqual(everything.map(slugOf).sort());
    expect(new Set(hits.map(slugOf)).size).toBe(hits.length);
    expect(hits.length).toBeGreaterThan(outcome.total);
    expect(hits.slice(outcome.total).every((hit) => hit.tier === TIER.lemma)).toBe(true);
    const tiers = hits.map((hit) => hit.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(tiers[0]).toBe(0);
  });

  it('lists a common word newest first when asked', async () => {
    const hits = await allHits(await runSearch(pagefind, 'रक्षा', { sort: 'newest' }));
    // Generated slugs carry the date: topic-YYYY-MM-DD-id.
    const dates = hits.map((hit) => /\d{4}-\d\d-\d\d/.exec(slugOf(hit))?.[0] ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it.each([
    ['नए टेलीविजन', [3, 42]],
    ['नये', [3, 42]],
    ['लड़कियों', [17, 42]],
    ['कहानियों', [17, 42]],
    ['प्रधानमंत्री', [17, 42]],
    ['प्रधान मंत्री', [17, 42]],
    ['खानपान', [3, 42]],
    ['खान-पान', [3, 42]],

    ['BCCI', [17]],
    ['चिड़िया', [60]],
    ['चिड़ियां', [60]],
    ['गुड़िया', [60]],
    ['गुड़ियों', [60]],
    ['लंबा', [60]],
    ['लंबे', [60]],
    ['नदी रानी पानी', [99]],
  ])('finds "%s" in every article it was added to', async (query, indexes) => {
    expect(await find(query)).toEqual(expect.arrayContaining(indexes.map((index) => slugs[index])));
  });

  it('finds a quoted phrase only where its words stand together', async () => {
    const found = await find('"प्रधान मंत्री"');
    expect(found).toContain(slugs[42]);
    expect(found).not.toContain(slugs[17]);
  });

  it.each(['नद', 'रान', 'पान'])('does not find the articles of नदी, रानी, पानी by "%s"', async (query) => {
    expect(await find(query)).not.toContain(slugs[99]);
  });

  it.each(['चिड़ी', 'गुड़ी', 'लंब', 'पहाड़'])(
    'does not find the article of चिड़ियों, गुड़ियां, लंबी, पहाड़ी by "%s"',
    async (query) => {
      expect(await find(query)).not.toContain(slugs[60]);
    },
  );

  it('ranks by relevance first (headline, then frequency, then tier) and by date among equals', async () => {
    const [oldest, older, middle, newer, newest] = byDate;
    const outcome = await runSearch(pagefind, RANKED_WORD);
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    expect(outcome.hits.map(slugOf)).toEqual([oldest, older, newer, middle, newest]);
    expect(outcome.hits.map((hit) => hit.tier)).toEqual([0, 0, 0, 0, 2]);
  });

  it('lists the same articles newest first when sorting by newest', async () => {
    const outcome = await runSearch(pagefind, RANKED_WORD, { sort: 'newest' });
    if (outcome.kind !== 'results') throw new Error(outcome.kind);
    expect(outcome.hits.map(slugOf)).toEqual([...byDate].reverse());
  });
});
