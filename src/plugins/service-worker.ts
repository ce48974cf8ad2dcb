import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { GenerateSWOptions, RuntimeCaching } from 'workbox-build';
// Only the manifest on every build: workbox-build's index loads Rollup and Babel (0.6 s) to
// bundle a worker, which most builds keep; `generateSW` is required when one is written (with
// Node's require: Vite's module runner, which loaded this file, is closed by astro:build:done).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { RECENT_LIMIT } from '../lib/reader/saved';

/** File name of the service worker, at the top of the base path (its scope). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** The shell precached on install: hashed assets, the offline page, icons and the manifest. */
export const PRECACHE_PATTERNS = [
  '_astro/**/*.{css,js}',
  'offline/index.html',
  'favicon.png',
  'icons/*.png',
  'manifest.webmanifest',
];

/** Cache names the browser code shares with the worker (saved pages live in `hs-saved`). */
export const CACHE_NAMES = {
  articles: 'hs-articles',
  pages: 'hs-pages',
  searchEngine: 'hs-search-engine',
  searchEntry: 'hs-search-entry',
  searchIndex: 'hs-search-index',
  assets: 'hs-assets',
} as const;

// The functions below are serialized into sw.js by workbox-build, so they close over nothing:
// everything they need comes from their arguments or the worker's own `self`.
declare const self: { registration: { scope: string } };

/** One cache entry per page: `?highlight=` and Pagefind's `?ts=` variants share it. */
const withoutQuery = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

/** Offline and not cached: a saved copy of the page if there is one, else the offline page. */
const offlineFallback = {
  handlerDidError: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    url.search = '';
    return (
      (await caches.match(url.href, { cacheName: 'hs-saved' })) ??
      (await caches.match(new URL('offline/index.html', self.registration.scope).href, {
        ignoreSearch: true,
      })) ??
      Response.error()
    );
  },
};

/** Routes for everything not precached, in order; each matches only inside the worker's scope. */
export function runtimeCaching(): RuntimeCaching[] {
  return [
    {
      // Articles: network first (a deploy shows at once), the last few read kept for offline.
      urlPattern: ({ request, url }) =>
        request.mode === 'navigate' && url.href.startsWith(new URL('news/', self.registration.scope).href),
      handler: 'NetworkFirst',
      options: {
        cacheName: 'hs-articles',
        networkTimeoutSeconds: 4,
        expiration: { maxEntries: RECENT_LIMIT },
        plugins: [withoutQuery, offlineFallback],
      },
    },
    {
      // An article fetched by a page itself (the copy of a saved story, src/scripts/reader-store.ts):
      // from the network, never the catch-all's stale-while-revalidate copy, so a story saved
      // after a correction keeps the corrected text. Offline it fails, and the copy is stored on
      // the next page read online.
      urlPattern: ({ request, url }) =>
        request.mode !== 'navigate' &&
        request.method === 'GET' &&
        url.href.startsWith(new URL('news/', self.registration.scope).href) &&
        url.pathname.endsWith('/'),
      handler: 'NetworkOnly',
    },
    {
      urlPattern: ({ request, url }) =>
        request.mode === 'navigate' && url.href.startsWith(self.registration.scope),
      handler: 'NetworkFirst',
      options: {
        cacheName: 'hs-pages',
        networkTimeoutSeconds: 4,
        expiration: { maxEntries: 20 },
        plugins: [withoutQuery, offlineFallback],
      },
    },
    {
      // Pagefind's entry files, asked for as `pagefind-entry.json?ts=<build id>` (its metaCacheTag,
      // from the search page), for the primary bundle and the archive part of the index
      // (src/lib/search/shards.ts): the same URLs all through one deploy, so they are kept, query
      // and all, and read from here (offline too); the next deploy's id is a new URL, fetched fresh.
      urlPattern: ({ url }) =>
        url.search !== '' &&
        ['pagefind/pagefind-entry.json', 'pagefind/archive/pagefind-entry.json'].some(
          (entry) => `${url.origin}${url.pathname}` === new URL(entry, self.registration.scope).href,
        ),
      handler: 'CacheFirst',
      options: { cacheName: 'hs-search-entry', expiration: { maxEntries: 6 } },
    },
    {
      // Pagefind's other entry files keep their names across builds: never served stale when online.
      urlPattern: ({ url }) =>
        url.href.startsWith(new URL('pagefind/', self.registration.scope).href) &&
        /\/pagefind\/(archive\/)?(pagefind[^/]*\.(js|json)|wasm\.[^/]+)$/.test(url.pathname),
      handler: 'NetworkFirst',
      options: { cacheName: 'hs-search-engine', expiration: { maxEntries: 10 }, plugins: [withoutQuery] },
    },
    {
      // Index chunks are named by their content's hash.
      urlPattern: ({ url }) => url.href.startsWith(new URL('pagefind/', self.registration.scope).href),
      handler: 'CacheFirst',
      options: { cacheName: 'hs-search-index', expiration: { maxEntries: 300 } },
    },
    {
      urlPattern: ({ request, url }) =>
        request.method === 'GET' && url.href.startsWith(self.registration.scope),
      handler: 'StaleWhileRevalidate',
      options: { cacheName: 'hs-assets', expiration: { maxEntries: 100 } },
    },
  ];
}

/**
 * What a generated `sw.js` depends on: the options (the runtime routes' functions by their source,
 * patterns by their text), the precache manifest (URLs and revisions) and the lockfile (the
 * workbox-build version). Equal keys give byte-identical workers.
 */
export function serviceWorkerKey(options: object, manifest: unknown, lockfile: string): string {
  const text = JSON.stringify([options, manifest, lockfile], (_key, value: unknown) =>
    typeof value === 'function' || value instanceof RegExp ? String(value) : value,
  );
  return createHash('sha256').update(text).digest('hex').slice(0, 24);
}

/**
 * Writes `sw.js` after the build (and after Pagefind) with workbox-build, from the final
 * listing of `dist/`: the shell precached, pages network first, search files as above.
 * workbox-build bundles the worker with Rollup and Babel (several seconds, on every build), so
 * the worker is kept in Astro's cache folder by {@link serviceWorkerKey} and reused while the
 * shell and the routes are unchanged, which is every build that only adds articles.
 */
export function serviceWorker(): AstroIntegration {
  const paths = { keepDir: '', lockfile: '' };
  return {
    name: 'hindi-samachar:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        paths.keepDir = join(fileURLToPath(config.cacheDir), 'service-worker');
        paths.lockfile = join(fileURLToPath(config.root), 'package-lock.json');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const swDest = join(outDir, SERVICE_WORKER_FILE);
        const shell = {
          globDirectory: outDir,
          globPatterns: PRECACHE_PATTERNS,
          // Hashed names change with their content, so no revision query is needed for them.
          dontCacheBustURLsMatching: /^_astro\//,
        };
        const options: GenerateSWOptions = {
          ...shell,
          swDest,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          skipWaiting: true,
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          runtimeCaching: runtimeCaching(),
        };
        const { manifestEntries, count, size } = await getManifest(shell);
        const { globDirectory: _dir, swDest: _dest, ...settings } = options;
        const lockfile = await readFile(paths.lockfile, 'utf8').catch(() => '');
        const kept = join(paths.keepDir, `${serviceWorkerKey(settings, manifestEntries, lockfile)}.js`);
        const reused = await stat(kept).then(
          () => true,
          () => false,
        );
        if (reused) await copyFile(kept, swDest);
        else {
          const require = createRequire(import.meta.url);
          const { generateSW } = require('workbox-build') as typeof import('workbox-build');
          const { warnings } = await generateSW(options);
          for (const warning of warnings) logger.warn(warning);
          await mkdir(paths.keepDir, { recursive: true });
          const staging = `${kept}.${process.pid}.tmp`;
          await copyFile(swDest, staging);
          await rename(staging, kept);
        }
        logger.info(
          `${SERVICE_WORKER_FILE}: ${count} files precached (${Math.round(size / 1024)} KB)` +
            (reused ? ', worker kept from an earlier build' : ''),
        );
      },
    },
  };
}
