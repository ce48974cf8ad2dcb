/**
 * The search index in two parts, so that the day's new story re-indexes one day, not the
 * archive. Pagefind cannot add a page to a written bundle: every build used to index every
 * article again (about 60 s at 10,000). Articles of the newest article's day (IST) form the
 * recent part, the primary bundle at `pagefind/`, indexed on every build; all older articles
 * form the archive part at `pagefind/archive/`, merged in the browser with Pagefind's
 * `mergeIndex`, and indexed again only when an archive article changes, is removed or added, or
 * the index code changes (src/plugins/pagefind-index.ts keeps it between builds): once a day
 * when the day turns, for a newsroom that builds dozens of times a day.
 *
 * A day and not a month or a year: Pagefind fetches one index chunk (10-15 KB at our chunk size,
 * INDEX_CHUNK_SIZE in src/plugins/pagefind-index.ts) per bundle for each word looked up, however
 * small the bundle, so a reader pays for every part. A day's
 * part is small enough to be one or two chunks, fetched once and then cached for the session.
 *
 * Records of the recent part carry a `part` filter, so the browser can list the recent part
 * before the archive when sorting by date: Pagefind merges two bundles' results by score, and a
 * sorted search scores by rank within each bundle, which would interleave the two. The archive's
 * records carry none: a filter on all of them would cost a reader a 20 KB filter file.
 */
import { parseIsoWithOffset, toIstParts } from '../dates.ts';

/** The two parts of the index, as their `part` filter values. */
export type SearchPart = 'recent' | 'archive';

/** The archive part's bundle, relative to the primary bundle's folder. */
export const ARCHIVE_BUNDLE = 'archive/';

/** An IST calendar day as a sortable number (2025-07-01 -> 20250701). */
function istDay(iso: string): number {
  const { year, month, day } = toIstParts(parseIsoWithOffset(iso));
  return year * 10_000 + month * 100 + day;
}

/** The part of the index an article published at `published` belongs to, given the newest article. */
export function searchPart(published: string, newestPublished: string): SearchPart {
  return istDay(published) >= istDay(newestPublished) ? 'recent' : 'archive';
}

/** Whether an archive part exists: some article is older than the newest article's day. */
export function hasArchivePart(published: readonly string[]): boolean {
  if (published.length === 0) return false;
  const newest = published.reduce((a, b) => (parseIsoWithOffset(a) > parseIsoWithOffset(b) ? a : b));
  return published.some((date) => searchPart(date, newest) === 'archive');
}
