import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { searchRecord, searchableText } from '../lib/search/record';
import { VOCABULARY_DIR, VocabularyBuilder } from '../lib/search/suggest';
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

/**
 * Builds the Pagefind index after `astro build`, through Pagefind's Node API as Starlight
 * does. Only article pages are indexed, as custom records whose content is the Hindi search
 * keys (see `src/lib/search/text.ts`), so one normalization serves index and query alike.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'hindi-samachar:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const newsDir = join(outDir, 'news');
        const slugs = (await readdir(newsDir, { withFileTypes: true }))
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
          .sort();
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'hi' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const vocabulary = new VocabularyBuilder();
        // Records are sent while later pages are still being read and keyed; Pagefind's service
        // takes them in whatever order they come, and sorts by the date key at query time.
        await forEachConcurrently(slugs, CONCURRENCY, async (slug) => {
          // Site-relative: Pagefind prefixes its baseUrl (derived from the bundle path) at query time.
          const url = `/news/${slug}/`;
          const html = await readFile(join(newsDir, slug, 'index.html'), 'utf8');
          const article = readArticleHtml(html, url);
          vocabulary.add(searchableText(article));
          const added = await index.addCustomRecord(searchRecord(article));
          if (added.errors.length > 0)
            throw new Error(`Pagefind rejected ${url}: ${added.errors.join('; ')}`);
        });
        const recordsAdded = performance.now();
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        await emptyFragmentContent(join(outDir, 'pagefind'));
        // The "did you mean" vocabulary, fetched by the browser only when a search finds nothing.
        const vocabularyDir = join(outDir, VOCABULARY_DIR);
        await rm(vocabularyDir, { recursive: true, force: true });
        await mkdir(vocabularyDir, { recursive: true });
        for (const [name, shard] of vocabulary.shards()) {
          await writeFile(join(vocabularyDir, `${name}.json`), JSON.stringify(shard));
        }
        await Promise.all(
          UNUSED_BUNDLE_FILES.map((file) => rm(join(outDir, 'pagefind', file), { force: true })),
        );
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        // scripts/bench/scale.ts reads these two figures from the build log.
        logger.info(
          `Pagefind indexed ${slugs.length} articles: records ${seconds(recordsAdded - started)}, ` +
            `write ${seconds(performance.now() - recordsAdded)}`,
        );
      },
    },
  };
}
