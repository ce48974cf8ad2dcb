/**
 * Search speed in Node against the built index in `dist/`, through the browser's own query
 * code (`runSearch`) and Pagefind's own bundle. Prints figures only: nothing here fails on speed,
 * and Node figures are a floor for a phone, not a prediction of one.
 */
import { test } from 'vitest';
import { runSearch, type PagefindApi, type SearchOutcome } from '../../src/lib/search/query';
import { MAX_QUERY_LENGTH, parseQuery } from '../../src/lib/search/text';
import { BUILDS } from '../support/build';
import { loadPagefind } from '../support/pagefind-node';

const { outDir, base } = BUILDS.root;

/** The query table, and one AND query across scripts. */
const QUERIES = [
  'राजनाथ',
  'हेगसेथ',
  'कजाखस्तान',
  'कज़ाख़स्तान',
  'मुलाकात',
  'अभ्यास',
  'सही',
  'कम',
  'rajnath',
  'hegseth',
  'jaisalmer',
  'क्रिकेट',
  'राजनाथ hegseth',
];

/** The same query repeated to `length` UTF-16 code units, as a pasted paragraph would be. */
function pasted(length: number): string {
  const sentence = 'रक्षा मंत्री राजनाथ सिंह ने शुक्रवार को कज़ाख़स्तान के अपने समकक्ष के साथ बैठक की। ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const hitCount = (outcome: SearchOutcome) =>
  outcome.kind === 'results' ? String(outcome.total) : outcome.kind;

// Loaded once, by the first test: the module import and Pagefind's init are the cold start.
let engine: PagefindApi | undefined;
async function pagefind(): Promise<PagefindApi> {
  engine ??= await loadPagefind(outDir, base);
  return engine;
}

// Results land here so no engine can discard the work being timed.
const sink: { last?: unknown } = {};

test('cold start: Pagefind init, then the first query (measured once)', async () => {
  const start = performance.now();
  const loaded = await pagefind();
  const ready = performance.now();
  const outcome = await runSearch(loaded, 'राजनाथ');
  const answered = performance.now();
  console.log(
    [
      `init (import pagefind.js, entry, wasm, meta): ${ms(ready - start)}`,
      `first query "राजनाथ" (index chunks, fragments): ${ms(answered - ready)} → ${hitCount(outcome)} hits`,
      `init + first query: ${ms(answered - start)}`,
    ].join('\n'),
  );
});

test('warm queries: the issue table through runSearch (hits loaded, excerpts cut)', async ({ bench }) => {
  const loaded = await pagefind();
  // One pass first, so every query's index chunk is cached and the table below is all warm.
  const rows: string[] = [];
  for (const query of QUERIES) {
    const start = performance.now();
    const outcome = await runSearch(loaded, query);
    rows.push(`"${query}": ${hitCount(outcome)} hits, first run ${ms(performance.now() - start)}`);
  }
  console.log(rows.join('\n'));
  await bench.compare(
    ...QUERIES.map((query) =>
      bench(`runSearch "${query}"`, async () => {
        sink.last = await runSearch(loaded, query);
      }),
    ),
    { time: 300, warmupTime: 50 },
  );
});

test(`parseQuery alone: a 2,000-character paste, ${MAX_QUERY_LENGTH} characters, one word`, async ({
  bench,
}) => {
  const long = pasted(2000);
  const capped = pasted(MAX_QUERY_LENGTH);
  await bench.compare(
    bench('parseQuery, 2,000 characters', () => {
      sink.last = parseQuery(long);
    }),
    bench(`parseQuery, ${MAX_QUERY_LENGTH} characters`, () => {
      sink.last = parseQuery(capped);
    }),
    bench('parseQuery, one word', () => {
      sink.last = parseQuery('कज़ाख़स्तान');
    }),
    { time: 300, warmupTime: 50 },
  );
});
