/**
 * The bridge from Astro's content collection to plain article objects. The only module that
 * calls `getCollection`; everything it returns is plain data for `src/lib` and the pages.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleData } from '../lib/article-schema';
import { sortNewestFirst } from '../lib/listing';
import { isPublished, lastUpdate } from '../lib/publishing';

/** An article as pages use it: its frontmatter plus the slug it is routed under. */
export type Article = Omit<ArticleData, 'slug'> & { slug: string };

/** An article's lead image: Astro's image metadata plus the words that go with it. */
export type ArticleImage = NonNullable<ArticleData['image']>;

/** The collection entry behind an article, for `render()`. */
export type ArticleEntry = CollectionEntry<'articles'>;

function toArticle(entry: ArticleEntry): Article {
  const { slug: _ignored, ...data } = entry.data;
  // A correction is a change: `updated` shows the latest of the two.
  return { ...data, updated: lastUpdate(data), slug: entry.id };
}

/**
 * Every article in this build with its entry, newest first. Production builds leave out
 * drafts and articles whose `published` time is still to come (the content guard logs them);
 * `npm run dev` shows them all.
 */
export async function loadArticles(): Promise<{ article: Article; entry: ArticleEntry }[]> {
  // The content guard fixes the build's clock once, so it and the pages agree on what is out.
  const now = new Date(process.env['BUILD_NOW'] ?? Date.now());
  const entries = await getCollection('articles', ({ data }) => isPublished(data, now, import.meta.env.DEV));
  const byArticle = new Map(entries.map((entry) => [entry.id, entry]));
  return sortNewestFirst(entries.map(toArticle)).map((article) => ({
    article,
    entry: byArticle.get(article.slug) as ArticleEntry,
  }));
}

/** Every article, newest first. */
export async function allArticles(): Promise<Article[]> {
  return (await loadArticles()).map(({ article }) => article);
}
