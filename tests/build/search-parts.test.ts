/**
 * The search index in two parts (src/lib/search/shards.ts) over a small generated archive, built
 * three times on one cache: cold; after the day's new story (the archive part is kept, byte for
 * byte, and only the day is indexed again); after an edit to an old story (the archive part is
 * indexed again). Each time, search through Pagefind's own `pagefind.js` finds what the articles
 * now say. The warm build renders only what shows the new story and copies the rest.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus';
import { listFiles } from '../../scripts/lib/files';
import { runSearch, type SearchOutcome } from '../../src/lib/search/query';
import { shardOf, VOCABULARY_DIR, type VocabularyShard } from '../../src/lib/search/suggest';
import { TEST_BUILD_ROOT, astroBuild } from '../support/build';
import { loadPagefind } from '../support/pagefind-node';

const CORPUS = join(tmpdir(), `search-parts-corpus-${process.pid}`);
const OUT = join(TEST_BUILD_ROOT, 'dist-search-parts');
const CACHE = join(TEST_BUILD_ROOT, 'cache-search-parts');
const env = { CONTENT_DIR: CORPUS, ASTRO_CACHE_DIR: CACHE };

/** An article written by hand, so its day is known. */
function article(slug: string, published: string, word: string): void {
  writeFileSync(
    join(CORPUS, `${slug}.md`),
    [
      '---',
      `title: "नई खबर ${word} पर"`,
      'standfirst: "दिल्ली में आज एक नई घोषणा हुई।"',
      `published: "${published}"`,
      'datePrecision: "minute"',
      'author: "समाचार डेस्क"',
      'dateline: "नई दिल्ली"',
      'publisher:',
      '  name: "समाचार डेस्क"',
      'topics: ["delhi"]',
      '---',
      '',
      `नई दिल्ली में ${word} की घोषणा हुई। सरकार ने इस पर बयान दिया।`,
      '',
    ].join('\n'),
  );
}

/** The archive part's files and their bytes. */
function archiveFiles(): Map<string, string> {
  const dir = join(OUT, 'pagefind', 'archive');
  return new Map(listFiles(dir).map((file) => [file, readFileSync(join(dir, file)).toString('base64')]));
}

/** Every file a build wrote, from its log, and whether it was copied from the previous build. */
function builtFiles(output: string): { file: string; copied: boolean }[] {
  // Astro logs `├─ <file>` then `(restored)` or `(+12ms)`; a line's end may be missing.
  return output
    .replace(/\u001b\[[0-9;]*m/gu, '')
    .split(/[├└]─ /u)
    .slice(1)
    .map((entry) => ({
      file: /^(\S+?)(?=\d\d:\d\d:\d\d|\s|$)/u.exec(entry)?.[1] ?? '',
      copied: /\((?:restored|cached)\)/u.test(entry.split('\n')[0] ?? ''),
    }));
}

/** The files a build rendered rather than copied from the previous build. */
const rendered = (output: string) =>
  builtFiles(output)
    .filter(({ copied }) => !copied)
    .map(({ file }) => file)
    .sort();

/** URLs a query finds in the build as it is now, newest first when asked. */
async function found(query: string, sort: 'relevance' | 'newest' = 'relevance'): Promise<string[]> {
  const pagefind = await loadPagefind(OUT, `/parts-${Math.random().toString(36).slice(2)}/`);
  const outcome: SearchOutcome = await runSearch(pagefind, query, { sort, pageSize: 100 });
  if (outcome.kind !== 'results') throw new Error(outcome.kind);
  return outcome.hits.map((hit) => hit.url.replace(/^.*\/news\//, '/news/'));
}

const logs: string[] = [];
const outputs: string[] = [];
let cold: Map<string, string>;
let warm: Map<string, string>;
let warmWords: (VocabularyShard[number] | undefined)[] = [];
let oldest = '';
const found1: Record<string, string[]> = {};

beforeAll(async () => {
  rmSync(CACHE, { recursive: true, force: true });
  writeCorpus({ count: 40, out: CORPUS, seed: 3, from: '2026-01-01', to: '2026-10-20' });
  article('delhi-2026-11-03-fresh', '2026-11-03T09:00:00+05:30', 'जलमहोत्सव');
  // The day before: in the archive part, beside the generated articles.
  article('delhi-2026-11-02-eve', '2026-11-02T21:00:00+05:30', 'दीपदान');
  const build = async () => {
    const built = await astroBuild(OUT, env);
    if (!built.ok) throw new Error(`build failed:\n${built.output}`);
    logs.push(built.output.split('\n').find((line) => line.includes('Pagefind indexed')) ?? '');
    outputs.push(built.output);
  };
  await build();
  cold = archiveFiles();
  found1['जलमहोत्सव'] = await found('जलमहोत्सव');

  // The day's next story, on the same IST day as the newest one.
  article('delhi-2026-11-03-today', '2026-11-03T18:30:00+05:30', 'नौकाविहार');
  await build();
  warm = archiveFiles();
  warmWords = ['नौकाविहार', 'दीपदान', 'जलमहोत्सव'].map((word) => {
    const shard = JSON.parse(
      readFileSync(join(OUT, VOCABULARY_DIR, `${shardOf(word)}.json`), 'utf8'),
    ) as VocabularyShard;
    return shard.find(([spelling]) => spelling === word);
  });
  found1['नौकाविहार'] = await found('नौकाविहार');
  found1['newest'] = await found('दिल्ली', 'newest');

  // An edit to the oldest story, in the archive part.
  oldest =
    readdirSync(CORPUS)
      .filter((file) => file.endsWith('.md'))
      .sort((a, b) => a.localeCompare(b))[0] ?? '';
  writeFileSync(join(CORPUS, oldest), `${readFileSync(join(CORPUS, oldest), 'utf8')}\nपतंगबाज़ी का उत्सव हुआ।\n`);
  await build();
  found1['पतंगबाज़ी'] = await found('पतंगबाज़ी');
  rmSync(CORPUS, { recursive: true, force: true });
  rmSync(`${CORPUS}.manifest.json`, { force: true });
}, 600_000);

describe('the search index in two parts', () => {
  it('indexes the archive part on a cold build, keeps it after a new story, indexes it again after an edit', () => {
    expect(logs).toHaveLength(3);
    expect(logs[0]).toMatch(/\(recent part 1; archive part of 41 indexed\)/u);
    expect(logs[1]).toMatch(/\(recent part 2; archive part of 41 kept from the last build\)/u);
    expect(logs[2]).toMatch(/\(recent part 2; archive part of 41 indexed\)/u);
  });

  it('ships the kept archive part byte for byte as the cold build wrote it', () => {
    expect(cold.size).toBeGreaterThan(3);
    expect(warm).toEqual(cold);
  });

  it('leaves the engine files to the primary bundle: the archive part has no script or WebAssembly', () => {
    expect(
      [...cold.keys()].filter((file) => !/^(index|fragment|filter)\/|^pagefind[.-]/u.test(file)),
    ).toEqual([]);
    expect([...cold.keys()].filter((file) => /\.js$|wasm/u.test(file))).toEqual([]);
  });

  it('suggests words of the kept archive part and of the day’s new story after the warm build', () => {
    expect(warmWords).toEqual([
      ['नौकाविहार', 1],
      ['दीपदान', 1],
      ['जलमहोत्सव', 1],
    ]);
  });

  it('finds the new story and the day’s stories after the warm build', () => {
    expect(found1['जलमहोत्सव']).toEqual(['/news/delhi-2026-11-03-fresh/']);
    expect(found1['नौकाविहार']).toEqual(['/news/delhi-2026-11-03-today/']);
  });

  it('lists results newest first across both parts: the day’s stories, then the archive', () => {
    const newest = found1['newest'] ?? [];
    expect(newest.slice(0, 3)).toEqual([
      '/news/delhi-2026-11-03-today/',
      '/news/delhi-2026-11-03-fresh/',
      '/news/delhi-2026-11-02-eve/',
    ]);
    expect(newest.length).toBeGreaterThan(2);
  });

  it('finds an edit to an archive story once the archive part is indexed again', () => {
    expect(found1['पतंगबाज़ी']).toEqual([`/news/${oldest.slice(0, -3)}/`]);
  });
});

describe('the warm build after the day’s new story (Astro’s incremental build)', () => {
  const warmBuild = () => rendered(outputs[1] ?? '');

  it('renders only the article pages that show the story, and copies every other one', () => {
    expect(warmBuild().filter((file) => file.startsWith('/news/'))).toEqual([
      // Whose related stories now include the new one (shared rare words).
      '/news/delhi-2026-11-02-eve/index.html',
      // Its neighbour, whose "newer" link now points to it.
      '/news/delhi-2026-11-03-fresh/index.html',
      '/news/delhi-2026-11-03-today/index.html',
      '/news/supreme-court-2026-01-20-3/index.html',
    ]);
    // 43 articles: the other 39 pages are copied from the cold build.
    expect(
      builtFiles(outputs[1] ?? '').filter(({ file, copied }) => copied && file.startsWith('/news/')),
    ).toHaveLength(39);
  });

  it('draws only the new story’s share card and writes only its topic’s feed', () => {
    expect(warmBuild().filter((file) => file.startsWith('/cards/'))).toEqual([
      expect.stringMatching(/^\/cards\/delhi-2026-11-03-today-[0-9a-f]{12}\.png$/u),
    ]);
    expect(warmBuild().filter((file) => file.startsWith('/feeds/'))).toEqual(['/feeds/delhi.xml']);
  });
});
