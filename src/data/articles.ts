/**
 * The bridge from Astro's content collection to plain article objects. The only module that
 * calls `getCollection`; it loads the archive and builds its index once per build, and every
 * page reads that one index.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleData } from '../lib/article-schema';
import { buildArchiveIndex, type ArchiveIndex } from '../lib/archive-index';

/** An article as pages use it: its frontmatter plus the slug it is routed under. */
export type Article = Omit<ArticleData, 'slug'> & { slug: string };

/** The collection entry behind an article, for `render()`. */
export type ArticleEntry = CollectionEntry<'articles'>;

/** The archive: its index and each article's collection entry. */
export interface Archive {
  index: ArchiveIndex<Article>;
  entries: ReadonlyMap<string, ArticleEntry>;
}

function toArticle(entry: ArticleEntry): Article {
  const { slug: _ignored, ...data } = entry.data;
  return { ...data, slug: entry.id };
}

let archive: Promise<Archive> | undefined;

/** The archive, loaded and indexed on first use and shared by every page of the build. */
export function loadArchive(): Promise<Archive> {
  archive ??= getCollection('articles').then((entries) => ({
    index: buildArchiveIndex(entries.map(toArticle)),
    entries: new Map(entries.map((entry) => [entry.id, entry])),
  }));
  return archive;
}

/** Every article, newest first. */
export async function allArticles(): Promise<Article[]> {
  return (await loadArchive()).index.sorted;
}
