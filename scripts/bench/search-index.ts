/**
 * `npm run bench:search:index -- <corpus dir> <out dir>`: builds only the search index of a
 * Markdown archive (a generated corpus, `npm run corpus`), with the same records and vocabulary
 * as the site build (src/lib/search/record.ts, suggest.ts) but without rendering any page, in the
 * build's two parts (the newest IST day at `pagefind/`, the rest at `pagefind/archive/`, written by
 * the build's own `writePart`), and prints how long the records and Pagefind took. The output can be measured with
 * `npm run size -- <out dir>` and `npm run bench:search:browser` needs a full build instead.
 * Article text is read from the Markdown (frontmatter title and standfirst, body without
 * Markdown syntax), close to what the build reads from the rendered page.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import type { ArticleForIndex } from '../../src/lib/search/record.ts';
import { resolveSrcImports } from '../lib/resolve-src.ts';

// src/ imports its modules without extensions, as Vite resolves them; teach Node the same.
resolveSrcImports();
const { searchableText } = await import('../../src/lib/search/record.ts');
const { ARCHIVE_BUNDLE, searchPart } = await import('../../src/lib/search/shards.ts');
const { VOCABULARY_DIR, VocabularyBuilder } = await import('../../src/lib/search/suggest.ts');
const { writePart } = await import('../../src/plugins/pagefind-index.ts');

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
const vocabulary = new VocabularyBuilder();
const articles: ArticleForIndex[] = [];
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
  vocabulary.add(searchableText(article));
  articles.push(article);
}
const read = performance.now();
// The two parts of the index, split and written as the build writes them (src/plugins/pagefind-index.ts).
const newest = articles.reduce(
  (latest, { published }) => (Date.parse(published) > Date.parse(latest) ? published : latest),
  articles[0]?.published ?? '',
);
const parts = { recent: [] as ArticleForIndex[], archive: [] as ArticleForIndex[] };
for (const article of articles) parts[searchPart(article.published, newest)].push(article);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, VOCABULARY_DIR), { recursive: true });
const recent = await writePart(parts.recent, 'recent', join(out, 'pagefind'));
const archive =
  parts.archive.length > 0
    ? await writePart(parts.archive, 'archive', join(out, 'pagefind', ARCHIVE_BUNDLE))
    : { records: 0, write: 0 };
await pagefind.close();
for (const [name, shard] of vocabulary.shards()) {
  writeFileSync(join(out, VOCABULARY_DIR, `${name}.json`), JSON.stringify(shard));
}
// The size report looks for a site; this is only its search half.
writeFileSync(join(out, 'index.html'), '<!doctype html><title>search index only</title>');
const done = performance.now();
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `${files.length} articles (recent part ${parts.recent.length}, archive ${parts.archive.length}): ` +
    `reading ${s(read - started)}, records ${s((recent.records + archive.records) * 1000)}, ` +
    `writing ${s((recent.write + archive.write) * 1000)}, total ${s(done - started)}`,
);
