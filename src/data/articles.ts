/**
 * The bridge from Astro's content collection to plain article objects. The only module that
 * calls `getCollection`; it loads the archive and builds its index once per build, and every
 * page reads that one index.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleData } from '../lib/article-schema';
import { buildArchiveIndex, type ArchiveIndex } from '../lib/archive-index';
import { articleFiles } from '../lib/content/article-file';
import { contentDir } from '../lib/content/folder';
import { isPublished, lastUpdate } from '../lib/publishing';

/** An article as pages use it: its frontmatter plus the slug it is routed under. */
export type Article = Omit<ArticleData, 'slug'> & { slug: string };

/** An article's lead image: Astro's image metadata plus the words that go with it. */
export type ArticleImage = NonNullable<ArticleData['image']>;

/** The collection entry behind an article, for its rendered body (src/data/article-body.ts). */
export type ArticleEntry = CollectionEntry<'articles'>;

/** The archive: its index and each article's collection entry. */
export interface Archive {
  index: ArchiveIndex<Article>;
  entries: ReadonlyMap<string, ArticleEntry>;
}

function toArticle(entry: ArticleEntry): Article {
  const { slug: _ignored, ...data } = entry.data;
  // A correction is a change: `updated` shows the latest of the two.
  return { ...data, updated: lastUpdate(data), slug: entry.id };
}

let archive: Promise<Archive> | undefined;

/**
 * The archive, loaded and indexed on first use and shared by every page of the build.
 * Production builds leave out drafts and articles whose `published` time is still to come (the
 * content guard logs them); `npm run dev` shows them all.
 */
export function loadArchive(): Promise<Archive> {
  // The content guard fixes the build's clock once, so it and the pages agree on what is out.
  const now = new Date(process.env['BUILD_NOW'] ?? Date.now());
  archive ??= getCollection('articles', ({ data }) => isPublished(data, now, import.meta.env.DEV)).then(
    (entries) => ({
      index: buildArchiveIndex(entries.map(toArticle)),
      entries: new Map(entries.map((entry) => [entry.id, entry])),
    }),
  );
  return archive;
}

/** Every article, newest first. */
export async function allArticles(): Promise<Article[]> {
  return (await loadArchive()).index.sorted;
}

/** Today's file of an article (src/lib/content/article-file.ts): the content folder as the collection reads it. */
const articleFile = articleFiles(contentDir());

/**
 * An article's Markdown body, read from its file: the data store keeps only the rendered HTML
 * (`retainBody: false` in src/content.config.ts), and only the feeds need the Markdown. Trimmed
 * as Astro's own body is.
 */
export function articleMarkdown(entry: ArticleEntry): string {
  const source = readFileSync(articleFile(entry.id, entry.filePath), 'utf8');
  return parseFrontmatter(source, { frontmatter: 'remove' }).content.trim();
}
