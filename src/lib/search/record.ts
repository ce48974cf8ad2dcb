/**
 * What one article contributes to search: one Pagefind record. Its content is search keys
 * (text.ts, never shown); its metadata carries what a hit displays (headline, date, the text
 * excerpts are cut from), so search costs one file per article: Pagefind's fragment.
 *
 * Pagefind word-indexes metadata with its own mark-stripping rules, which would let कम match काम
 * again through the back door and would double the index. So the display text is stored
 * "hidden": every character up to U+097F (ASCII, Latin, Devanagari, the danda) is shifted into
 * the Private Use Area, which Pagefind does not count as letters or digits, so it indexes no
 * word of it; the browser shifts it back ({@link revealText}).
 */
import { formatHindiDate, timestamp, type DatePrecision } from '../dates';
import { pagefindTerm } from './pagefind-term';
import { buildSearchContent, tokenizeWords } from './text';
import { isTopicSlug } from '../topics';
import type { SearchPart } from './shards';

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
  /**
   * `d`: the Hindi date, `x`: headline, standfirst and body, `i`: the thumbnail's path when there
   * is one (all hidden from the index).
   */
  meta: { d: string; x: string; i?: string };
  /** `part`: set on records of the recent part of the index only (see shards.ts). */
  filters: { topic: string[]; part?: ['recent'] };
  sort: { date: string };
}

/** What the browser shows for a hit, read back from the record's metadata. */
export interface ArticleSearchText {
  title: string;
  date: string;
  text: string;
  /** Path of a small thumbnail (photos issue), when the article has a lead image. */
  thumbnail?: string;
}

const HIDDEN_OFFSET = 0xe000;
const HIDDEN_LAST = 0x097f;

/** Shifts letters, digits and punctuation up to U+097F into the Private Use Area (whitespace stays). */
export function hideText(text: string): string {
  let out = '';
  for (const char of text.replace(/[\ue000-\uf8ff]/gu, '')) {
    const code = char.codePointAt(0) ?? 0;
    out += code > 0x20 && code <= HIDDEN_LAST ? String.fromCharCode(code + HIDDEN_OFFSET) : char;
  }
  return out;
}

/** The text {@link hideText} hid. */
export function revealText(hidden: string): string {
  return hidden.replace(/[\ue021-\ue97f]/gu, (char) =>
    String.fromCharCode(char.charCodeAt(0) - HIDDEN_OFFSET),
  );
}

const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

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
export function searchRecord(article: ArticleForIndex, part: SearchPart = 'recent'): SearchRecord {
  const topics = article.topics.filter(isTopicSlug);
  if (topics.length !== article.topics.length) {
    throw new Error(`${article.url}: unknown topics in "${article.topics.join(' ')}"`);
  }
  const text = searchableText(article);
  return {
    url: article.url,
    content: pagefindTerm(
      buildSearchContent(text, {
        headlineWords: tokenizeWords(article.title).length,
        date: dateTokens(article.published),
      }).content,
    ),
    language: 'hi',
    meta: {
      d: hideText(formatHindiDate(article.published)),
      x: hideText(text),
      ...(article.thumbnail ? { i: hideText(article.thumbnail) } : {}),
    },
    filters: part === 'recent' ? { topic: topics, part: ['recent'] } : { topic: topics },
    sort: { date: dateSortKey(article.published) },
  };
}

/** The date tokens of an article, as a reader in India would name its day (IST). */
export function dateTokens(iso: string): { day: string; month: string; monthEnglish: string; year: string } {
  // formatHindiDate gives "1 जुलाई 2025" (day, month, year in India); the English month from the same day.
  const [day = '', month = '', year = ''] = formatHindiDate(iso).split(' ');
  const istMonth = new Date(timestamp(iso) + 5.5 * 3600_000).getUTCMonth();
  return { day, month, monthEnglish: ENGLISH_MONTHS[istMonth] ?? '', year };
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

/** Reads a hit's display data back from its Pagefind metadata. */
export function searchTextFromMeta(meta: Record<string, string | undefined>): ArticleSearchText {
  const text = revealText(meta['x'] ?? '');
  const newline = text.indexOf('\n');
  const thumbnail = meta['i'] ? revealText(meta['i']) : undefined;
  return {
    title: newline === -1 ? text : text.slice(0, newline),
    date: revealText(meta['d'] ?? ''),
    text,
    ...(thumbnail ? { thumbnail } : {}),
  };
}
