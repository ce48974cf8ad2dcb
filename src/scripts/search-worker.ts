/**
 * The search worker (started by search-engine.ts): loads Pagefind and runs the reader's queries
 * through our Hindi query code, off the page's main thread. Pagefind, loaded inside a worker,
 * searches in this thread rather than starting a worker of its own.
 */
import { openSearchIndex, type PagefindModule } from '../lib/search/engine';
import type { PagefindApi } from '../lib/search/query';
import { runSearch, type MoreHits } from '../lib/search/query';
import { suggestQuery, VOCABULARY_DIR, type VocabularyShard } from '../lib/search/suggest';
import type { SearchOutcomeData, SearchReply, SearchRequest } from './search-engine';

/** The worker's global scope, typed for what we use (the project's types are the DOM's). */
const scope = self as unknown as {
  postMessage(reply: SearchReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void;
};

let engine: PagefindApi | undefined;
let bundle = '/pagefind/';
/** The loaders of the rest of the latest searches' results, by request id (a few, for a click racing a new search). */
const rests = new Map<number, (count: number) => Promise<MoreHits>>();
const KEPT_RESTS = 3;

async function load(path: string, cacheTag: string | undefined, archive: boolean): Promise<null> {
  if (engine) return null;
  bundle = path;
  const module = (await import(/* @vite-ignore */ `${path}pagefind.js`)) as PagefindModule;
  engine = await openSearchIndex(module, path, { archive, cacheTag });
  return null;
}

function loaded(): PagefindApi {
  if (!engine) throw new Error('Pagefind is not loaded');
  return engine;
}

// The vocabulary shards live beside the Pagefind bundle (`…/pagefind/` → `…/search-words/`).
async function loadShard(name: string): Promise<VocabularyShard> {
  const response = await fetch(`${bundle.replace(/pagefind\/$/, `${VOCABULARY_DIR}/`)}${name}.json`);
  if (!response.ok) return [];
  return (await response.json()) as VocabularyShard;
}

async function answer(request: SearchRequest): Promise<unknown> {
  switch (request.kind) {
    case 'load':
      return load(request.bundle, request.cacheTag, request.archive);
    case 'search': {
      const outcome = await runSearch(loaded(), request.query, request.options);
      if (outcome.kind !== 'results') return outcome;
      const { loadMore, ...data } = outcome;
      rests.set(request.id, loadMore);
      for (const id of [...rests.keys()].slice(0, -KEPT_RESTS)) rests.delete(id);
      return data satisfies SearchOutcomeData;
    }
    case 'more': {
      const load = rests.get(request.search);
      if (!load) throw new Error('these results were replaced by newer searches');
      return load(request.count);
    }
    case 'suggest': {
      const suggestion = await suggestQuery(request.query, loadShard).catch(() => null);
      if (!suggestion) return null;
      const check = await runSearch(loaded(), suggestion, { topic: request.topic, pageSize: 0 });
      return check.kind === 'results' && check.total > 0 ? suggestion : null;
    }
  }
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  answer(request).then(
    (value) => scope.postMessage({ id: request.id, ok: true, value }),
    (error: unknown) => scope.postMessage({ id: request.id, ok: false, error: String(error) }),
  );
});
