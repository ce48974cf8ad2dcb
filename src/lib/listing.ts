/**
 * Ordering, paging and cross-linking of articles: plain data in, plain data out, so pages
 * only route and render.
 */
import { sortByTime } from './archive-index';

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
  return sortByTime(items);
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

/** One entry of a numbered page list: a page link, or a gap standing for skipped pages. */
export type PageLink = { kind: 'page'; page: number; current: boolean } | { kind: 'gap' };

/**
 * The numbered links of a pagination bar: always the first and last page, the pages within
 * `around` of the current one, and a gap wherever pages are skipped (a gap of one page is
 * shown as that page, since a number is no wider than an ellipsis).
 */
export function pageLinks(page: number, pages: number, around = 2): PageLink[] {
  if (!Number.isInteger(page) || page < 1 || page > pages) {
    throw new RangeError(`page ${page} is outside 1..${pages}`);
  }
  const shown = new Set<number>([1, pages]);
  for (let n = page - around; n <= page + around; n++) if (n >= 1 && n <= pages) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  numbers.forEach((n, i) => {
    const before = numbers[i - 1];
    if (before !== undefined && n - before === 2) links.push({ kind: 'page', page: n - 1, current: false });
    else if (before !== undefined && n - before > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', page: n, current: n === page });
  });
  return links;
}

/** A pagination bar ready to render: previous/next paths and numbered links with their paths. */
export interface PaginationNav {
  previous: string | undefined;
  next: string | undefined;
  links: (
    | { kind: 'page'; page: number; path: string; current: boolean; first: boolean; last: boolean }
    | { kind: 'gap' }
  )[];
}

/** The pagination bar of page `page` of `pages`, with paths from the route's own path function. */
export function paginationNav(page: number, pages: number, pathFor: (page: number) => string): PaginationNav {
  return {
    ...neighbourPages(page, pages, pathFor),
    links: pageLinks(page, pages).map((link) =>
      link.kind === 'gap'
        ? link
        : { ...link, path: pathFor(link.page), first: link.page === 1, last: link.page === pages },
    ),
  };
}
