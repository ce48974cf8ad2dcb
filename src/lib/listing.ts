/**
 * Ordering, paging and cross-linking of articles: plain data in, plain data out, so pages
 * only route and render.
 */
import { timestamp } from './dates';

/** Articles shown on one page of the home and topic lists. */
export const PAGE_SIZE = 20;

/** The fields listing logic needs from an article. */
export interface Listable {
  slug: string;
  published: string;
  topics: readonly string[];
}

/** One page of a paginated list. */
export interface Page<T> {
  items: T[];
  /** 1-based page number. */
  page: number;
  /** Total number of pages (at least 1, so an empty list still has a page). */
  pages: number;
  total: number;
}

/** Newest first; equal times fall back to the slug so the order never depends on file order. */
export function sortNewestFirst<T extends Listable>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => timestamp(b.published) - timestamp(a.published) || a.slug.localeCompare(b.slug),
  );
}

/** How many pages `total` items fill. */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `page` (1-based) of `items`; throws for a page that does not exist. */
export function paginate<T>(items: readonly T[], page: number, size: number = PAGE_SIZE): Page<T> {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) {
    throw new RangeError(`page ${page} is outside 1..${pages}`);
  }
  return { items: items.slice((page - 1) * size, page * size), page, pages, total: items.length };
}

/** Every page number after the first, for getStaticPaths of `/page/N/` routes. */
export function laterPageNumbers(total: number, size: number = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/** The newer and older neighbours of an article in a newest-first list. */
export function adjacentArticles<T extends Listable>(
  sorted: readonly T[],
  slug: string,
): { newer: T | undefined; older: T | undefined } {
  const index = sorted.findIndex((item) => item.slug === slug);
  if (index === -1) throw new Error(`adjacentArticles: no article "${slug}"`);
  return { newer: sorted[index - 1], older: sorted[index + 1] };
}

/** Articles sharing the most topics with `article`, then the newest; never the article itself. */
export function relatedArticles<T extends Listable>(article: Listable, all: readonly T[], limit = 3): T[] {
  const mine = new Set(article.topics);
  return all
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({ other, shared: other.topics.filter((topic) => mine.has(topic)).length }))
    .filter(({ shared }) => shared > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        timestamp(b.other.published) - timestamp(a.other.published) ||
        a.other.slug.localeCompare(b.other.slug),
    )
    .slice(0, limit)
    .map(({ other }) => other);
}

/** The articles filed under `topic`, newest first. */
export function articlesInTopic<T extends Listable>(all: readonly T[], topic: string): T[] {
  return sortNewestFirst(all.filter((item) => item.topics.includes(topic)));
}

/** Topics in use with their article counts, most used first, then by slug. */
export function topicCounts<S extends string>(
  all: readonly { topics: readonly S[] }[],
): { slug: S; count: number }[] {
  const counts = new Map<S, number>();
  for (const item of all) for (const topic of item.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return [...counts]
    .map(([slug, count]) => ({ slug, count }))
    .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
}

/** Paths of the pages before and after `page`, built with the route's own path function. */
export function neighbourPages(
  page: number,
  pages: number,
  pathFor: (page: number) => string,
): { previous: string | undefined; next: string | undefined } {
  return {
    previous: page > 1 ? pathFor(page - 1) : undefined,
    next: page < pages ? pathFor(page + 1) : undefined,
  };
}
