/**
 * The search query path, shared by the browser and the tests: the reader's text becomes
 * search keys (src/lib/search/text.ts), Pagefind finds the articles, and each hit comes back
 * with an excerpt cut from the article's original words.
 */
import type { ExcerptPart } from './excerpt';
import { buildExcerpt, matchedWords } from './excerpt';
import type { ArticleSearchText } from './record';
import { parseQuery, splitWords, wordIndexForLocation } from './text';

/** How results are ordered. */
export type SearchSort = 'relevance' | 'newest';

/** The part of a Pagefind result's data we read. */
export interface PagefindResultData {
  url: string;
  locations: number[];
}

/** Fetches an article's display text (`search.json` beside the article) by article URL. */
export type LoadArticleText = (articleUrl: string) => Promise<ArticleSearchText>;

/** The part of Pagefind's JS API we use (the browser module and Node tests both satisfy it). */
export interface PagefindApi {
  search(
    term: string,
    options?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] } | null>;
}

/** One article in the results, ready to render. */
export interface SearchHit {
  url: string;
  title: string;
  date: string;
  excerpt: ExcerptPart[];
  /** The article's own words that matched, for highlighting on the article page. */
  words: string[];
  /** Path of the article's thumbnail, when it has a lead image. */
  thumbnail?: string;
}

/** What a search came to: a state the page shows, or hits with a loader for the rest. */
export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'too-short' }
  | { kind: 'results'; total: number; hits: SearchHit[]; loadMore: (count: number) => Promise<SearchHit[]> };

/**
 * Longest term sent to Pagefind. Pagefind drops over-long terms from a query, which would turn
 * "राजनाथ ककककक…" (AND) into "राजनाथ" alone; no real word is this long, so such a query
 * finds nothing instead.
 */
export const MAX_TERM_LENGTH = 48;

/** Options for {@link runSearch}. */
export interface SearchOptions {
  topic?: string | undefined;
  sort?: SearchSort;
  /** How many hits to load at once (each costs a fragment and a search.json request). */
  pageSize?: number;
}

const NO_RESULTS: SearchOutcome = { kind: 'results', total: 0, hits: [], loadMore: async () => [] };

/**
 * Whether typing `next` after `previous` is the same search still being typed or erased (one
 * is the start of the other), rather than a new one. The search page keeps one history entry
 * per search, not per keystroke.
 */
export function continuesQuery(previous: string, next: string): boolean {
  const [a, b] = [previous.trim(), next.trim()];
  return a.startsWith(b) || b.startsWith(a);
}

/** Turns Pagefind's data and the article's text into a hit with an excerpt in the original script. */
export function toHit(data: PagefindResultData, article: ArticleSearchText): SearchHit {
  const { words, gaps } = splitWords(article.text);
  const indexes = [
    ...new Set(data.locations.map((location) => wordIndexForLocation(location, words.length))),
  ];
  return {
    url: data.url,
    title: article.title,
    date: article.date,
    excerpt: buildExcerpt(words, indexes, 12, gaps),
    words: matchedWords(words, indexes),
    ...(article.thumbnail ? { thumbnail: article.thumbnail } : {}),
  };
}

/** Runs a reader's query against Pagefind with Hindi normalization on the query side. */
export async function runSearch(
  pagefind: PagefindApi,
  loadText: LoadArticleText,
  rawQuery: string,
  { topic, sort = 'relevance', pageSize = 10 }: SearchOptions = {},
): Promise<SearchOutcome> {
  const parsed = parseQuery(rawQuery);
  if (parsed.kind !== 'ok') return { kind: parsed.kind };
  if (parsed.terms.some((term) => [...term].length > MAX_TERM_LENGTH)) return NO_RESULTS;
  const options = {
    ...(topic ? { filters: { topic: [topic] } } : {}),
    ...(sort === 'newest' ? { sort: { date: 'desc' as const } } : {}),
  };
  // Pagefind silently drops a term that matches nothing, so "राजनाथ football" would find every
  // राजनाथ article. Every word must find the article on its own: intersect per-term results.
  // All searches are awaited together so a failing one can never leave another unhandled.
  const [combined, ...perTerm] = await Promise.all([
    pagefind.search(parsed.terms.join(' '), options),
    ...(parsed.terms.length > 1 ? parsed.terms.map((term) => pagefind.search(term, options)) : []),
  ]);
  const allowed = perTerm.map((response) => new Set((response?.results ?? []).map((result) => result.id)));
  const results = (combined?.results ?? []).filter((result) => allowed.every((ids) => ids.has(result.id)));
  let loaded = 0;
  const loadMore = async (count: number): Promise<SearchHit[]> => {
    const slice = results.slice(loaded, loaded + count);
    loaded += slice.length;
    return Promise.all(
      slice.map(async (result) => {
        const data = await result.data();
        return toHit(data, await loadText(data.url));
      }),
    );
  };
  const hits = await loadMore(pageSize);
  return { kind: 'results', total: results.length, hits, loadMore };
}
