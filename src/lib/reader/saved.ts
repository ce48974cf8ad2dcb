/**
 * The reader's on-device lists: saved articles and recently read ones. Plain data in, plain
 * data out; the browser code stores the result in localStorage. Nothing leaves the device.
 */

/** localStorage key of the saved list. */
export const SAVED_KEY = 'hs-saved';

/** localStorage key of the recently read list. */
export const RECENT_KEY = 'hs-recent';

/** How many recently read articles are remembered (and kept by the service worker). */
export const RECENT_LIMIT = 30;

/** One article in a list. */
export interface StoredArticle {
  /** Path of the article page, with the base path. */
  url: string;
  title: string;
  /** Milliseconds since the epoch when it was saved or last read. */
  at: number;
}

/** Reads a stored list; entries without a url or title, or broken JSON, are dropped. */
export function parseArticleList(stored: string | null): StoredArticle[] {
  let raw: unknown;
  try {
    raw = stored ? JSON.parse(stored) : [];
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    if (!item || typeof item !== 'object') return [];
    const { url, title, at } = item as Record<string, unknown>;
    if (typeof url !== 'string' || typeof title !== 'string' || !url || !title) return [];
    return [{ url, title, at: typeof at === 'number' ? at : 0 }];
  });
}

/** The list with `article` first (moved there if present), at most `limit` long. */
export function addArticle(
  list: readonly StoredArticle[],
  article: StoredArticle,
  limit = Number.POSITIVE_INFINITY,
): StoredArticle[] {
  return [article, ...list.filter((item) => item.url !== article.url)].slice(0, limit);
}

/** The list without the article at `url`. */
export function removeArticle(list: readonly StoredArticle[], url: string): StoredArticle[] {
  return list.filter((item) => item.url !== url);
}

/** Whether the article at `url` is in the list. */
export function hasArticle(list: readonly StoredArticle[], url: string): boolean {
  return list.some((item) => item.url === url);
}
