/**
 * The search index in two parts, so that a day's new story re-indexes one month, not the archive.
 * Pagefind cannot add a page to a written bundle: every build used to index every article again
 * (about 60 s at 10,000). Articles of the newest article's month (IST) form the recent part, the
 * primary bundle at `pagefind/`, indexed on every build; all older articles form the archive
 * part at `pagefind/archive/`, merged in the browser with Pagefind's `mergeIndex`, and rebuilt
 * only when an archive article changes, is removed or added, or the index code changes
 * (src/plugins/pagefind-index.ts keeps it between builds). A month of a busy newsroom is about
 * a thousand articles; when the month turns, the archive is rebuilt once.
 *
 * Every record carries a `part` filter, so the browser can list the recent part before the
 * archive when sorting by date: Pagefind merges two bundles' results by score, and a sorted
 * search scores by rank within each bundle, which would interleave the two.
 */
import { parseIsoWithOffset, toIstParts } from '../dates.ts';

/** The two parts of the index, as their `part` filter values. */
export type SearchPart = 'recent' | 'archive';

/** The archive part's bundle, relative to the primary bundle's folder. */
export const ARCHIVE_BUNDLE = 'archive/';

/** An IST calendar month as a sortable number (2025-07 -> 202507). */
function istMonth(iso: string): number {
  const { year, month } = toIstParts(parseIsoWithOffset(iso));
  return year * 100 + month;
}

/** The part of the index an article published at `published` belongs to, given the newest article. */
export function searchPart(published: string, newestPublished: string): SearchPart {
  return istMonth(published) >= istMonth(newestPublished) ? 'recent' : 'archive';
}

/** Whether an archive part exists: some article is older than the newest article's month. */
export function hasArchivePart(published: readonly string[]): boolean {
  if (published.length === 0) return false;
  const newest = published.reduce((a, b) => (parseIsoWithOffset(a) > parseIsoWithOffset(b) ? a : b));
  return published.some((date) => searchPart(date, newest) === 'archive');
}
