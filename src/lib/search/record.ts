/**
 * What one article contributes to search: a Pagefind record whose content is search keys
 * (never shown), and a small `search.json` beside the article page with the original text,
 * from which the browser cuts excerpts in real Devanagari.
 *
 * The original text is deliberately NOT Pagefind metadata: Pagefind word-indexes metadata with
 * its own mark-stripping rules, which would let कम match काम again through the back door.
 */
import { formatHindiDate, timestamp, type DatePrecision } from '../dates';
import { buildSearchContent } from './text';
import { isTopicSlug } from '../topics';

/** The indexable parts of a built article page. */
export interface ArticleForIndex {
  url: string;
  title: string;
  standfirst: string;
  body: string;
  published: string;
  precision: DatePrecision;
  topics: string[];
  /** Path of the lead image's small thumbnail, for articles that have one. */
  thumbnail?: string | undefined;
}

/** A Pagefind custom record (the shape `addCustomRecord` takes). */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'hi';
  meta: Record<string, never>;
  filters: { topic: string[] };
  sort: { date: string };
}

/** What the browser shows for a hit, served as `search.json` next to the article page. */
export interface ArticleSearchText {
  title: string;
  date: string;
  text: string;
  /** Path of a small thumbnail (photos issue), when the article has a lead image. */
  thumbnail?: string;
}

/** The file name of an article's {@link ArticleSearchText}, relative to the article URL. */
export const SEARCH_TEXT_FILE = 'search.json';

/** The text a reader can find an article by: headline, standfirst and body, in page order. */
export function searchableText(article: Pick<ArticleForIndex, 'title' | 'standfirst' | 'body'>): string {
  return [article.title, article.standfirst, article.body].join('\n');
}

/**
 * Seconds since the epoch as a string whose string order is date order (Pagefind sorts the
 * strings): zero-padded, and before 1970 a '-' (which sorts before digits) and the seconds
 * counted up from -10^11, so an archive of old news sorts too.
 */
export function dateSortKey(iso: string): string {
  const seconds = Math.floor(timestamp(iso) / 1000);
  return seconds >= 0 ? String(seconds).padStart(12, '0') : `-${String(1e11 + seconds).padStart(11, '0')}`;
}

/** Builds the Pagefind record for one article. */
export function searchRecord(article: ArticleForIndex): SearchRecord {
  const topics = article.topics.filter(isTopicSlug);
  if (topics.length !== article.topics.length) {
    throw new Error(`${article.url}: unknown topics in "${article.topics.join(' ')}"`);
  }
  return {
    url: article.url,
    content: buildSearchContent(searchableText(article)).content,
    language: 'hi',
    meta: {},
    filters: { topic: topics },
    sort: { date: dateSortKey(article.published) },
  };
}

/** The display data of one article's search hits. */
export function articleSearchText(article: ArticleForIndex): ArticleSearchText {
  return {
    title: article.title,
    date: formatHindiDate(article.published),
    text: searchableText(article),
    ...(article.thumbnail ? { thumbnail: article.thumbnail } : {}),
  };
}
