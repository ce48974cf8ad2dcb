/**
 * Runs Pagefind's own browser bundle (`pagefind.js`) in Node against a built index: a small
 * `fetch` shim answers its requests from the files in the build, so search tests exercise the
 * real engine and the real index, through the same query code the browser runs.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { openSearchIndex, type PagefindModule } from '../../src/lib/search/engine';
import type { PagefindApi } from '../../src/lib/search/query';
import { ARCHIVE_BUNDLE } from '../../src/lib/search/shards';

const builds = new Map<string, string>();
let installed = false;
let loads = 0;

function installFetchShim(): void {
  if (installed) return;
  installed = true;
  globalThis.fetch = async (input: string | URL | Request) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = decodeURIComponent(new URL(href, 'http://localhost/').pathname);
    // Longest base first, so `/khabar/` wins over `/`.
    const base = [...builds.keys()].sort((a, b) => b.length - a.length).find((b) => path.startsWith(b));
    if (base === undefined) return new Response('not found', { status: 404 });
    try {
      return new Response(await readFile(join(builds.get(base) as string, path.slice(base.length))));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

/** Loads the Pagefind bundle of the build in `outDir` (served under `base`), ready to search. */
export async function loadPagefind(outDir: string, base: string): Promise<PagefindApi> {
  builds.set(base, outDir);
  installFetchShim();
  // A module of its own per load: a rebuilt bundle at the same path is a new engine.
  loads += 1;
  const module = (await import(
    `${pathToFileURL(join(outDir, 'pagefind', 'pagefind.js')).href}?load=${loads}`
  )) as PagefindModule;
  // The browser learns this from the search page; here the build's files say it.
  const archive = existsSync(join(outDir, 'pagefind', ARCHIVE_BUNDLE, 'pagefind-entry.json'));
  return openSearchIndex(module, `${base}pagefind/`, { archive });
}
