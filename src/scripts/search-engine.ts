/**
 * The search page's side of the search worker (search-worker.ts): Pagefind and our Hindi query
 * code run in the worker, so a search never blocks the page's main thread (the tiered search
 * runs several Pagefind lookups and builds excerpts, and the language core builds its word
 * lists when loaded: together 100-400 ms of main thread on a phone). The page posts a query
 * and renders the hits that come back.
 */
import type { MoreHits, SearchCount, SearchHit, SearchOptions, SearchOutcome } from '../lib/search/query';

/**
 * What the page asks the worker. `bundle` is the Pagefind bundle's path, `cacheTag` its
 * metaCacheTag, `archive` whether the index has an archive part to merge (src/lib/search/shards.ts).
 */
export type SearchRequest =
  | { id: number; kind: 'load'; bundle: string; cacheTag: string | undefined; archive: boolean }
  | { id: number; kind: 'search'; query: string; options: SearchOptions }
  | { id: number; kind: 'more'; search: number; count: number }
  | { id: number; kind: 'suggest'; query: string; topic: string | undefined };

/** The worker's answer to request `id`. */
export type SearchReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** A search outcome as the worker sends it: results without their loader. */
export type SearchOutcomeData =
  Exclude<SearchOutcome, { kind: 'results' }> | ({ kind: 'results'; hits: SearchHit[] } & SearchCount);

/** Search, as the page uses it. */
export interface SearchEngine {
  search(query: string, options: SearchOptions): Promise<SearchOutcome>;
  /** The nearest spelling the archive has, if it finds something; else null. */
  suggest(query: string, topic: string | undefined): Promise<string | null>;
}

/** Starts the worker and loads Pagefind in it; rejects when either fails (the page offers a retry). */
export async function startSearchEngine(
  bundle: string,
  cacheTag: string | undefined,
  archive: boolean,
): Promise<SearchEngine> {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const fail = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker.terminate();
  };
  worker.addEventListener('error', () => fail(new Error('the search worker stopped')));
  worker.addEventListener('message', (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiting?.resolve(reply.value);
    else waiting?.reject(new Error(reply.error));
  });
  // Distributes over the union, so each request keeps its own fields.
  type Body<T> = T extends SearchRequest ? Omit<T, 'id'> : never;
  const ask = <T>(body: Body<SearchRequest>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      worker.postMessage({ ...body, id } as SearchRequest);
    });
  try {
    await ask({ kind: 'load', bundle, cacheTag, archive });
  } catch (error) {
    worker.terminate();
    throw error;
  }
  return {
    async search(query, options) {
      const search = nextId + 1; // the id ask() gives this request
      const outcome = await ask<SearchOutcomeData>({ kind: 'search', query, options });
      if (outcome.kind !== 'results') return outcome;
      return {
        ...outcome,
        loadMore: (count: number) => ask<MoreHits>({ kind: 'more', search, count }),
      };
    },
    suggest: (query, topic) => ask<string | null>({ kind: 'suggest', query, topic }),
  };
}
