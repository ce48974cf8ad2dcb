import { createHash } from 'node:crypto';
import { cpSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchRecord, searchableText, type ArticleForIndex } from '../lib/search/record';
import { ARCHIVE_BUNDLE, searchPart, type SearchPart } from '../lib/search/shards';
import { VOCABULARY_DIR, VocabularyBuilder, type VocabularyCounts } from '../lib/search/suggest';
import { readArticleHtml } from './article-html';
import { emptyFragmentContent } from './pagefind-fragments';

/** Articles read and sent to Pagefind at once: enough to keep its service busy, bounded memory. */
const CONCURRENCY = 64;

/** Runs `work` over `items` with at most `limit` in flight. */
async function forEachConcurrently<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Size of Pagefind's index chunks, in its own unit (a word's locations plus one per page it is on;
 * Pagefind's default is 20,000). A query downloads, per word and per part, the whole chunk that
 * holds the word: a word's entry never splits, and the words before it in its chunk come along.
 * At 10,000 articles, 4,000 costs a later query for a rare word 16 KB and for मंत्री 44 KB
 * (8,000: 29 KB and 53 KB), for 4 KB more chunk list in the archive's metadata on the first query;
 * 2,000 cost the first query more than it saved (docs/scaling.md). Pagefind reads it from the
 * environment of its service (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, pagefind/src/options.rs),
 * started at a createIndex after the last close: {@link writePart} starts one per part.
 */
export const INDEX_CHUNK_SIZE = 4000;

/**
 * The recent part's chunk size: a day's few dozen articles hold many words per chunk, and every
 * word a reader looks up fetches the recent part's chunk as well as the archive's: at 4,000 those
 * chunks were about 6 KB each for a day of eight articles, at 1,000 about 1.5 KB, for a few more
 * entries in the part's small metadata file.
 */
export const RECENT_CHUNK_SIZE = 1000;

/** Pagefind's own UI bundles: we ship our own Hindi UI, so these are never requested. */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'wasm.unknown.pagefind',
];

/** What a merged bundle never serves: `mergeIndex` runs on the primary bundle's script, worker and WebAssembly. */
const ENGINE_FILES = ['pagefind.js', 'pagefind-worker.js', 'wasm.hi.pagefind'];

/** What the kept archive part was built from: compared with this build's to decide whether it still holds. */
interface ArchiveManifest {
  /** Digest of the lockfile: another Pagefind (or any dependency) may write another bundle. */
  lockfile: string;
  /** Digest of each archive article's indexable parts, by URL. */
  articles: Record<string, string>;
  /** Digests of a few whole records: any change in how records are made changes them. */
  probes: Record<string, string>;
  /** Digest of the pass that rewrites Pagefind's fragments after it writes them. */
  fragments: string;
  /** Digest of the code that counts the "did you mean" vocabulary kept with the part. */
  vocabulary: string;
  /** Pagefind's index chunk size the part was written with. */
  chunkSize: number;
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** The manifest this build's archive part would have. */
async function archiveManifest(
  archive: readonly ArticleForIndex[],
  lockfile: string,
): Promise<ArchiveManifest> {
  const articles = Object.fromEntries(archive.map((article) => [article.url, digest(article)]));
  // First, middle and last: three records rebuilt on every build is cheap, and a change to the
  // keys, tiers or metadata code shows in every record.
  const picks = [archive[0], archive[Math.floor(archive.length / 2)], archive.at(-1)];
  const probes = Object.fromEntries(
    picks.flatMap((article) => (article ? [[article.url, digest(searchRecord(article, 'archive'))]] : [])),
  );
  return {
    lockfile: digest(await readFile(lockfile, 'utf8').catch(() => '')),
    articles,
    probes,
    fragments: digest(String(emptyFragmentContent)),
    vocabulary: digest(String(VocabularyBuilder)),
    chunkSize: INDEX_CHUNK_SIZE,
  };
}

/**
 * Writes one part of the index to `outputPath`; returns seconds spent adding records and writing.
 * Also used by `npm run bench:search:index`, so its bundles are the build's.
 */
export async function writePart(
  articles: readonly ArticleForIndex[],
  part: SearchPart,
  outputPath: string,
): Promise<{ records: number; write: number }> {
  const started = performance.now();
  // A service of its own for each part, started with the part's chunk size (and whatever the
  // previous part held in memory gone with the previous service).
  await pagefind.close();
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(
    part === 'archive' ? INDEX_CHUNK_SIZE : RECENT_CHUNK_SIZE,
  );
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'hi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind's service takes records in whatever order they come and sorts by the date key at query time.
  await forEachConcurrently(articles, CONCURRENCY, async (article) => {
    const added = await index.addCustomRecord(searchRecord(article, part));
    if (added.errors.length > 0)
      throw new Error(`Pagefind rejected ${article.url}: ${added.errors.join('; ')}`);
  });
  const recordsAdded = performance.now();
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
  // Frees the service's memory before the other part is indexed.
  await index.deleteIndex();
  await emptyFragmentContent(outputPath);
  const unused = part === 'archive' ? [...UNUSED_BUNDLE_FILES, ...ENGINE_FILES] : UNUSED_BUNDLE_FILES;
  await Promise.all(unused.map((file) => rm(join(outputPath, file), { force: true })));
  return { records: (recordsAdded - started) / 1000, write: (performance.now() - recordsAdded) / 1000 };
}

/**
 * Copies a folder. Node's promise `cp` walks the tree in JavaScript, a few awaits per file: 5.4 s
 * for the 10,821 files of a 10,000-article archive part, against 0.2 s for `cpSync`, which is
 * native.
 */
const copyTree = (from: string, to: string) => cpSync(from, to, { recursive: true });

/**
 * The archive part at `outputPath`: copied from the kept one when it was built from the same
 * articles by the same code, else indexed afresh and kept for the next build. Builds sharing a
 * cache folder may run side by side: a keeper removes the manifest before it touches the bundle
 * and writes it last, and a reader checks the manifest again after copying, so a bundle that
 * changed under the copy is never shipped (the reader indexes instead). Keeping is only a saving:
 * if it fails, the build goes on with what it indexed.
 */
async function writeArchivePart(
  archive: readonly ArticleForIndex[],
  outputPath: string,
  { keepDir, lockfile }: { keepDir: string; lockfile: string },
): Promise<{
  reused: boolean;
  records: number;
  write: number;
  vocabulary: VocabularyBuilder;
  keepError?: string;
}> {
  const manifest = JSON.stringify(await archiveManifest(archive, lockfile));
  const manifestFile = join(keepDir, 'manifest.json');
  const kept = join(keepDir, 'bundle');
  // The archive's "did you mean" counts, kept with its part: counting 10,000 articles' words was
  // 3 s of every warm build.
  const vocabularyFile = join(keepDir, 'vocabulary.json');
  const keptManifest = () => readFile(manifestFile, 'utf8').catch(() => '');
  if ((await keptManifest()) === manifest) {
    let copied: VocabularyBuilder | undefined;
    try {
      copyTree(kept, outputPath);
      copied = VocabularyBuilder.from(JSON.parse(await readFile(vocabularyFile, 'utf8')) as VocabularyCounts);
    } catch {
      copied = undefined;
    }
    if (copied && (await keptManifest()) === manifest)
      return { reused: true, records: 0, write: 0, vocabulary: copied };
    await rm(outputPath, { recursive: true, force: true });
  }
  const seconds = await writePart(archive, 'archive', outputPath);
  const vocabulary = new VocabularyBuilder();
  for (const article of archive) vocabulary.add(searchableText(article));
  const staging = `${kept}.${process.pid}.tmp`;
  try {
    await rm(manifestFile, { force: true });
    await rm(staging, { recursive: true, force: true });
    copyTree(outputPath, staging);
    await rm(kept, { recursive: true, force: true });
    await rename(staging, kept);
    await writeFile(vocabularyFile, JSON.stringify(vocabulary.counts()));
    await writeFile(manifestFile, manifest);
    return { reused: false, ...seconds, vocabulary };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return { reused: false, ...seconds, vocabulary, keepError: String(error) };
  }
}

/**
 * Builds the Pagefind index after `astro build`, through Pagefind's Node API as Starlight
 * does. Only article pages are indexed, as custom records whose content is the Hindi search
 * keys (see `src/lib/search/text.ts`), so one normalization serves index and query alike.
 * The index is written in two parts (src/lib/search/shards.ts): the newest day at
 * `pagefind/`, indexed every build, and the archive at `pagefind/archive/`, kept in Astro's
 * cache folder and indexed again only when it changed.
 */
export function pagefindIndex(): AstroIntegration {
  const kept = { keepDir: '', lockfile: '' };
  return {
    name: 'hindi-samachar:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro's cache folder: kept between CI runs with the rest of the incremental build.
        kept.keepDir = join(fileURLToPath(config.cacheDir), 'search-archive');
        kept.lockfile = join(fileURLToPath(config.root), 'package-lock.json');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const newsDir = join(outDir, 'news');
        const slugs = (await readdir(newsDir, { withFileTypes: true }))
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
          .sort();
        const started = performance.now();
        const articles: ArticleForIndex[] = [];
        await forEachConcurrently(slugs, CONCURRENCY, async (slug) => {
          // Site-relative: Pagefind prefixes its baseUrl (derived from the bundle path) at query time.
          const url = `/news/${slug}/`;
          articles.push(readArticleHtml(await readFile(join(newsDir, slug, 'index.html'), 'utf8'), url));
        });
        articles.sort((a, b) => (a.url < b.url ? -1 : 1));
        const newest = articles.reduce<string | undefined>(
          (latest, { published }) =>
            !latest || Date.parse(published) > Date.parse(latest) ? published : latest,
          undefined,
        );
        const parts = { recent: [] as ArticleForIndex[], archive: [] as ArticleForIndex[] };
        for (const article of articles)
          parts[searchPart(article.published, newest ?? article.published)].push(article);
        const read = (performance.now() - started) / 1000;

        // The recent part first: Pagefind writes its bundle folder whole, the archive goes inside it.
        const bundleDir = join(outDir, 'pagefind');
        const recent = await writePart(parts.recent, 'recent', bundleDir);
        const archive =
          parts.archive.length > 0
            ? await writeArchivePart(parts.archive, join(bundleDir, ARCHIVE_BUNDLE), kept)
            : undefined;
        await pagefind.close();
        if (archive?.keepError)
          logger.warn(`The archive part was not kept for the next build: ${archive.keepError}`);

        // The "did you mean" vocabulary, fetched by the browser only when a search finds nothing:
        // the archive part's counts (kept with it) plus the day's articles.
        const vocabulary = archive?.vocabulary ?? new VocabularyBuilder();
        for (const article of parts.recent) vocabulary.add(searchableText(article));
        const vocabularyDir = join(outDir, VOCABULARY_DIR);
        await rm(vocabularyDir, { recursive: true, force: true });
        await mkdir(vocabularyDir, { recursive: true });
        for (const [name, shard] of vocabulary.shards()) {
          await writeFile(join(vocabularyDir, `${name}.json`), JSON.stringify(shard));
        }
        const s = (seconds: number) => `${seconds.toFixed(1)} s`;
        const records = read + recent.records + (archive?.records ?? 0);
        const write = recent.write + (archive?.write ?? 0);
        const archiveNote = !archive
          ? 'no archive part'
          : archive.reused
            ? `archive part of ${parts.archive.length} kept from the last build`
            : `archive part of ${parts.archive.length} indexed`;
        // scripts/bench/scale.ts reads the two figures after "records" and "write" from the build log.
        logger.info(
          `Pagefind indexed ${slugs.length} articles: records ${s(records)}, write ${s(write)} ` +
            `(recent part ${parts.recent.length}; ${archiveNote})`,
        );
      },
    },
  };
}
