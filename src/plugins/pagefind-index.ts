import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import * as pagefind from 'pagefind';
import { searchRecord, searchableText, type ArticleForIndex } from '../lib/search/record';
import { VOCABULARY_DIR, VocabularyBuilder } from '../lib/search/suggest';

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

/** Reads the indexable parts of one built article page. */
export function readArticleHtml(html: string, url: string): ArticleForIndex {
  const tree = fromHtml(html);
  const article = select('[data-article]', tree);
  const need = (selector: string) => {
    const node = select(selector, tree);
    if (!node) throw new Error(`${url}: no ${selector} element to index`);
    return node;
  };
  if (!article) throw new Error(`${url}: no [data-article] element to index`);
  const props = article.properties;
  return {
    url,
    title: toText(need('[data-article-title]')).trim(),
    standfirst: toText(need('[data-article-standfirst]')).trim(),
    body: toText(need('[data-article-body]')).trim(),
    published: String(props['dataPublished'] ?? ''),
    precision: props['dataPrecision'] === 'day' ? 'day' : 'minute',
    thumbnail: typeof props['dataThumbnail'] === 'string' ? props['dataThumbnail'] : undefined,
    topics: String(props['dataTopics'] ?? '')
      .split(/\s+/)
      .filter(Boolean),
  };
}

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
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'hi' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const vocabulary = new VocabularyBuilder();
        for (const slug of slugs) {
          // Site-relative: Pagefind prefixes its baseUrl (derived from the bundle path) at query time.
          const url = `/news/${slug}/`;
          const html = await readFile(join(newsDir, slug, 'index.html'), 'utf8');
          const article = readArticleHtml(html, url);
          vocabulary.add(searchableText(article));
          const added = await index.addCustomRecord(searchRecord(article));
          if (added.errors.length > 0)
            throw new Error(`Pagefind rejected ${url}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
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
        logger.info(`Pagefind indexed ${slugs.length} articles`);
      },
    },
  };
}
