/**
 * Page weight of the built site, in bytes as served brotli-compressed: what a first visit to
 * a page downloads (the HTML, its stylesheets and scripts with their static imports).
 * Byte sizes are deterministic, so the budgets are tests (tests/build/budgets.test.ts) and
 * `npm run size` prints the same figures.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Brotli size at the quality static hosts use for pre-compressed assets. */
export function brotliSize(bytes: Uint8Array | string): number {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** One downloaded file and its sizes. */
export interface Asset {
  path: string;
  raw: number;
  brotli: number;
}

/** What one page makes a first-time visitor download. */
export interface PageWeight {
  page: string;
  html: Asset;
  css: Asset[];
  js: Asset[];
  totalBrotli: number;
}

function asset(dir: string, path: string): Asset {
  const bytes = readFileSync(join(dir, path));
  return { path, raw: bytes.length, brotli: brotliSize(bytes) };
}

function stripBase(url: string, base: string): string {
  if (!url.startsWith(base)) throw new Error(`${url} is not under the base path ${base}`);
  return url.slice(base.length);
}

/** Relative module imports of a built script (Vite emits `import"./x.js"` and `from"./x.js"`). */
function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:import|from)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map(
    (match) => match[1] ?? '',
  );
}

/** Weighs `page` (a path like `news/x/index.html`) in the build at `dir` served under `base`. */
export function weighPage(dir: string, page: string, base: string): PageWeight {
  const html = readFileSync(join(dir, page), 'utf8');
  const cssPaths = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    stripBase(m[1] ?? '', base),
  );
  const queue = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => stripBase(m[1] ?? '', base));
  const jsPaths = new Set<string>();
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (jsPaths.has(path)) continue;
    jsPaths.add(path);
    const source = readFileSync(join(dir, path), 'utf8');
    for (const spec of staticImports(source)) queue.push(posix.join(posix.dirname(path), spec));
  }
  const htmlAsset = asset(dir, page);
  const css = [...new Set(cssPaths)].map((path) => asset(dir, path));
  const js = [...jsPaths].map((path) => asset(dir, path));
  const totalBrotli = [htmlAsset, ...css, ...js].reduce((sum, a) => sum + a.brotli, 0);
  return { page, html: htmlAsset, css, js, totalBrotli };
}
