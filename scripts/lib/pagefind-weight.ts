/**
 * Bytes a reader's browser really downloads to search, measured by running queries through
 * Pagefind's own `pagefind.js` in Node with a `fetch` that serves the build and records every
 * file requested: Pagefind's entry, WebAssembly, metadata, the index and filter chunks the query
 * needed, and the fragments of the hits shown (which carry the excerpt text). The scripts a
 * browser loads before it can fetch anything (`pagefind.js`, and `pagefind-worker.js`, which
 * Pagefind runs in a Web Worker) are added as well. Pagefind's binary files (`.pagefind`,
 * `.pf_*`) are already gzip-compressed and served as they are; scripts and JSON are counted
 * brotli-compressed, as a host or CDN serves them.
 *
 * A "first query" starts from a fresh page (a new instance of pagefind.js); a "later query" is
 * a second query on the same page, so it costs only what the first did not already fetch.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliSize } from './page-weight.ts';

/** One file a query fetched and the bytes it costs on the wire. */
export interface FetchedFile {
  path: string;
  bytes: number;
}

/** What one query downloaded. */
export interface QueryCost {
  query: string;
  /** Articles found, so a figure is never reported for a query that found nothing by accident. */
  found: number;
  files: FetchedFile[];
  total: number;
}

/** The search function measured: the browser's own query code (src/lib/search/query.ts runSearch). */
export type RunQuery = (pagefind: unknown, query: string) => Promise<{ kind: string; total?: number }>;

/** Scripts the browser loads before Pagefind fetches anything (imported, or started as a worker). */
const SCRIPTS = ['pagefind.js', 'pagefind-worker.js'];

function wireBytes(dir: string, path: string): number {
  const bytes = readFileSync(join(dir, path));
  return /\.(js|json|css|html)$/.test(path) ? brotliSize(bytes) : bytes.length;
}

let instance = 0;
let recording: string[] | null = null;
let servedDir = '';
let servedBase = '/';

/** Installs (once) a fetch that answers from the build being measured and records each path. */
function installRecordingFetch(): void {
  const marker = Symbol.for('hindi-samachar:recording-fetch');
  const current = globalThis.fetch as typeof fetch & { [marker]?: boolean };
  if (current[marker]) return;
  const shim = async (input: string | URL | Request) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = decodeURIComponent(new URL(href, 'http://localhost/').pathname);
    if (!path.startsWith(servedBase)) return new Response('not found', { status: 404 });
    const file = path.slice(servedBase.length);
    try {
      const body = readFileSync(join(servedDir, file));
      recording?.push(file);
      return new Response(body);
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  globalThis.fetch = Object.assign(shim, { [marker]: true }) as unknown as typeof fetch;
}

/** A fresh Pagefind, as a newly opened search page has. */
async function freshPagefind(dir: string, base: string): Promise<unknown> {
  // The site's own options (query.ts), loaded as the size report loads query.ts: through its resolve hook.
  const { PAGEFIND_OPTIONS: options } = (await import('../../src/lib/search/query.ts')) as {
    PAGEFIND_OPTIONS: Record<string, unknown>;
  };
  servedDir = dir;
  servedBase = base;
  installRecordingFetch();
  instance += 1;
  const url = `${pathToFileURL(join(dir, 'pagefind', 'pagefind.js')).href}?page=${instance}`;
  const module = (await import(url)) as {
    options(options: Record<string, unknown>): Promise<void>;
    init(): Promise<void>;
  };
  await module.options({ basePath: `${base}pagefind/`, ...options });
  await module.init();
  return module;
}

async function measure(
  dir: string,
  pagefind: unknown,
  query: string,
  runQuery: RunQuery,
  scripts: string[],
): Promise<QueryCost> {
  recording = [];
  const outcome = await runQuery(pagefind, query);
  const fetched = [...new Set([...scripts.map((file) => `pagefind/${file}`), ...recording])];
  recording = null;
  const files = fetched.map((path) => ({ path, bytes: wireBytes(dir, path) }));
  return {
    query,
    found: outcome.kind === 'results' ? (outcome.total ?? 0) : 0,
    files,
    total: files.reduce((sum, file) => sum + file.bytes, 0),
  };
}

/** What a fresh page downloads for its first query. */
export async function firstQueryCost(
  dir: string,
  base: string,
  query: string,
  runQuery: RunQuery,
): Promise<QueryCost> {
  recording = [];
  const pagefind = await freshPagefind(dir, base);
  const init = recording;
  const cost = await measure(dir, pagefind, query, runQuery, SCRIPTS);
  const extra = init.filter((path) => !cost.files.some((file) => file.path === path));
  const files = [...extra.map((path) => ({ path, bytes: wireBytes(dir, path) })), ...cost.files];
  return { ...cost, files, total: files.reduce((sum, file) => sum + file.bytes, 0) };
}

/** What `query` downloads on a page that has already run `before`. */
export async function laterQueryCost(
  dir: string,
  base: string,
  before: string,
  query: string,
  runQuery: RunQuery,
): Promise<QueryCost> {
  const pagefind = await freshPagefind(dir, base);
  await runQuery(pagefind, before);
  return measure(dir, pagefind, query, runQuery, []);
}

/**
 * The commonest and the rarest word of a build, read from its did-you-mean vocabulary
 * (search-words/*.json: [word, articles] pairs), ties broken by code point order.
 */
export function sampleWords(dir: string, files: readonly string[]): { common: string; rare: string } {
  let common: [string, number] = ['', 0];
  let rare: [string, number] = ['', Infinity];
  for (const file of files.filter((path) => /^search-words\/[^/]+\.json$/.test(path))) {
    const shard = JSON.parse(readFileSync(join(dir, file), 'utf8')) as [string, number][];
    for (const [word, count] of shard) {
      if (count > common[1] || (count === common[1] && word < common[0])) common = [word, count];
      if (count < rare[1] || (count === rare[1] && word < rare[0])) rare = [word, count];
    }
  }
  return { common: common[0], rare: rare[0] };
}
