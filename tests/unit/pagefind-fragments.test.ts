import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyFragmentContent } from '../../src/plugins/pagefind-fragments';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A bundle folder with one fragment written as Pagefind writes it (gzip of signature + JSON). */
function bundleWith(fragment: object): { bundle: string; file: string } {
  const bundle = mkdtempSync(join(tmpdir(), 'pagefind-fragments-'));
  dirs.push(bundle);
  mkdirSync(join(bundle, 'fragment'));
  const file = join(bundle, 'fragment', 'hi_abc.pf_fragment');
  writeFileSync(file, gzipSync(`pagefind_dcd${JSON.stringify(fragment)}`));
  return { bundle, file };
}

const read = (file: string) => gunzipSync(readFileSync(file)).toString('utf8');

describe('emptyFragmentContent', () => {
  it('empties the content and keeps every other field and the signature', async () => {
    const fragment = {
      url: '/news/a/',
      content: 'रक्षाऀ मंत्रीऀ · '.repeat(50),
      word_count: 150,
      filters: { topic: ['defence'] },
      meta: { x: '\ue915\ue930' },
      anchors: [],
    };
    const { bundle, file } = bundleWith(fragment);
    const result = await emptyFragmentContent(bundle);
    expect(read(file)).toBe(`pagefind_dcd${JSON.stringify({ ...fragment, content: '' })}`);
    expect(result.files).toBe(1);
    expect(result.after).toBeLessThan(result.before);
  });

  it('refuses a file that is not a Pagefind fragment, naming it', async () => {
    const { bundle, file } = bundleWith({});
    writeFileSync(file, gzipSync('{"content":"x"}'));
    await expect(emptyFragmentContent(bundle)).rejects.toThrow(`${file}: not a Pagefind fragment`);
  });
});
