/**
 * Bytes a reader's browser fetches for its first search: Pagefind's script, worker and
 * WebAssembly, the entry and metadata files, the index and filter chunks, the result
 * fragments, and each hit's search.json (the original text excerpts are cut from). Pagefind's binary files (`.pagefind`, `.pf_*`) are already gzip-compressed and
 * served as they are; its scripts are counted brotli-compressed, as a host or CDN serves them.
 * On a larger site a query loads only some index chunks and fragments, so counting every one
 * is an upper bound.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from './files.ts';
import { brotliSize } from './page-weight.ts';

/** One file of the first search and the bytes it costs on the wire. */
export interface FetchedFile {
  path: string;
  bytes: number;
}

/** Wire bytes of everything the first search fetches, per file and in total. */
export function pagefindFirstQueryBytes(dir: string): { files: FetchedFile[]; total: number } {
  const bundle = join(dir, 'pagefind');
  const files = listFiles(bundle)
    .filter(
      (path) =>
        path === 'pagefind.js' ||
        path === 'pagefind-worker.js' ||
        path === 'pagefind-entry.json' ||
        /^wasm\.hi\.pagefind$/.test(path) ||
        /^pagefind\.hi_[^/]+\.pf_meta$/.test(path) ||
        /^(index|filter|fragment)\//.test(path),
    )
    .map((path) => {
      const bytes = readFileSync(join(bundle, path));
      return { path, bytes: /\.(js|json)$/.test(path) ? brotliSize(bytes) : bytes.length };
    });
  const texts = listFiles(dir)
    .filter((path) => /^news\/[^/]+\/search\.json$/.test(path))
    .map((path) => ({ path, bytes: brotliSize(readFileSync(join(dir, path))) }));
  const all = [...files, ...texts];
  return { files: all, total: all.reduce((sum, file) => sum + file.bytes, 0) };
}
