/**
 * `npm run bench:search:index -- <corpus dir> <out dir>`: builds only the search index of a
 * Markdown archive (a generated corpus, `npm run corpus`), with the same records and vocabulary
 * as the site build (src/lib/search/record.ts, suggest.ts) but without rendering any page, and
 * prints how long the records and Pagefind took. The output can be measured with
 * `npm run size -- <out dir>` and `npm run bench:search:browser` needs a full build instead.
 * Article text is read from the Markdown (frontmatter title and standfirst, body without
 * Markdown syntax), close to what the build reads from the rendered page.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { resolveSrcImports } from '../lib/resolve-src.ts';

// src/ imports its modules without extensions, as Vite resolves them; teach Node the same.
resolveSrcImports();
const { searchRecord, searchableText } = await import('../../src/lib/search/record.ts');
const { VOCABULARY_DIR, VocabularyBuilder } = await import('../../src/lib/search/suggest.ts');
const { emptyFragmentContent } = await import('../../src/plugins/pagefind-fragments.ts');

const [corpus, outArg] = process.argv.slice(2);
if (!corpus || !outArg) {
  console.error('Usage: npm run bench:search:index -- <corpus dir> <out dir>');
  process.exit(2);
}
const out = resolve(outArg);

/** A frontmatter string field (double-quoted, as the generator and the seed articles write them). */
function field(front: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*"((?:[^"\\\\]|\\\\.)*)"`, 'm').exec(front);
  return match ? (JSON.parse(`"${match[1]}"`) as string) : '';
}

const started = performance.now();
const files = readdirSync(corpus)
  .filter((file) => file.endsWith('.md'))
  .sort();
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'hi' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const vocabulary = new VocabularyBuilder();
let recordMs = 0;
for (const file of files) {
  const text = readFileSync(join(corpus, file), 'utf8');
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const topics = /^topics:\s*\[([^\]]*)\]/m.exec(front)?.[1]?.match(/[\w-]+/g) ?? [];
  const article = {
    url: `/news/${file.slice(0, -3)}/`,
    title: field(front, 'title'),
    standfirst: field(front, 'standfirst'),
    body: body
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[#>*_`]/g, '')
      .trim(),
    published: field(front, 'published'),
    precision: 'minute' as const,
    topics,
  };
  const t0 = performance.now();
  vocabulary.add(searchableText(article));
  const record = searchRecord(article);
  recordMs += performance.now() - t0;
  const added = await index.addCustomRecord(record);
  if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('; ')}`);
}
const indexed = performance.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, VOCABULARY_DIR), { recursive: true });
const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
if (written.errors.length > 0) throw new Error(written.errors.join('; '));
await pagefind.close();
await emptyFragmentContent(join(out, 'pagefind'));
for (const [name, shard] of vocabulary.shards()) {
  writeFileSync(join(out, VOCABULARY_DIR, `${name}.json`), JSON.stringify(shard));
}
// The size report looks for a site; this is only its search half.
writeFileSync(join(out, 'index.html'), '<!doctype html><title>search index only</title>');
const done = performance.now();
console.log(
  `${files.length} articles: records and keys ${(recordMs / 1000).toFixed(1)} s, ` +
    `adding to Pagefind ${((indexed - started - recordMs) / 1000).toFixed(1)} s, ` +
    `writing ${((done - indexed) / 1000).toFixed(1)} s, total ${((done - started) / 1000).toFixed(1)} s`,
);
