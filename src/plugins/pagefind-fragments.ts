import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** What Pagefind writes before a fragment's JSON (it checks for it after decompressing). */
const SIGNATURE = 'pagefind_dcd';

/**
 * Empties the `content` of every fragment in a written Pagefind bundle. Pagefind keeps a
 * record's content in its fragment for its own excerpts; ours is the search keys
 * (src/lib/search/text.ts), never shown, since our excerpts are cut from the metadata
 * (src/lib/search/record.ts). It was two thirds of each fragment, and a page of ten results
 * downloads ten fragments. Pagefind has no option to leave content out of fragments, hence this
 * pass over the files it wrote; the index chunks, which hold the words, are untouched.
 * Returns the fragments rewritten and their total bytes before and after.
 */
export async function emptyFragmentContent(
  bundleDir: string,
): Promise<{ files: number; before: number; after: number }> {
  const dir = join(bundleDir, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'));
  let [before, after] = [0, 0];
  for (const name of names) {
    const path = join(dir, name);
    const packed = await readFile(path);
    const text = gunzipSync(packed).toString('utf8');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${path}: not a Pagefind fragment`);
    const fragment = JSON.parse(text.slice(SIGNATURE.length)) as { content?: string };
    fragment.content = '';
    const repacked = gzipSync(SIGNATURE + JSON.stringify(fragment), { level: 9 });
    await writeFile(path, repacked);
    before += packed.length;
    after += repacked.length;
  }
  return { files: names.length, before, after };
}
