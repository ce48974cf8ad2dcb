/**
 * The browser side of the on-device lists (saved and recently read articles): localStorage for
 * the lists, and a Cache Storage cache holding saved pages so they open offline. Nothing is
 * ever sent anywhere.
 */
import {
  RECENT_KEY,
  RECENT_LIMIT,
  SAVED_KEY,
  addArticle,
  parseArticleList,
  removeArticle,
  type StoredArticle,
} from '../lib/reader/saved';

/** The Cache Storage cache the service worker also reads saved pages from. */
export const SAVED_CACHE = 'hs-saved';

/** Reads one list; an unavailable storage reads as empty. */
export function readList(key: typeof SAVED_KEY | typeof RECENT_KEY): StoredArticle[] {
  try {
    return parseArticleList(localStorage.getItem(key));
  } catch {
    return [];
  }
}

function writeList(key: string, list: StoredArticle[]): void {
  try {
    localStorage.setItem(key, JSON.stringify(list));
  } catch {
    // Storage full or refused: the list stays as it was.
  }
}

/** Saves an article and keeps a copy of its page for offline reading. */
export async function saveArticle(url: string, title: string): Promise<void> {
  writeList(SAVED_KEY, addArticle(readList(SAVED_KEY), { url, title, at: Date.now() }));
  if (!('caches' in window)) return;
  try {
    await storeCopy(await caches.open(SAVED_CACHE), url);
  } catch {
    // Offline and never read: it is in the list, and the next page opened online stores it.
  }
}

/** Puts a copy of the page at `url` in the saved cache: the one a reading left in the worker's caches, else fetched. */
async function storeCopy(cache: Cache, url: string): Promise<void> {
  const copy = await caches.match(url);
  await (copy ? cache.put(url, copy) : cache.add(url));
}

/**
 * Stores the copy of every saved article that has none yet: one saved while offline, or whose
 * fetch stopped when the reader left the page at once. Runs on each page while online, so a
 * saved story is readable offline after the next visit at the latest.
 */
export async function fillSavedCopies(): Promise<void> {
  if (!('caches' in window) || !navigator.onLine) return;
  const saved = readList(SAVED_KEY);
  if (saved.length === 0) return;
  const cache = await caches.open(SAVED_CACHE);
  for (const { url } of saved) {
    if (!(await cache.match(url))) await storeCopy(cache, url).catch(() => undefined);
  }
}

/** Removes an article from the saved list and its saved copy. */
export async function unsaveArticle(url: string): Promise<void> {
  writeList(SAVED_KEY, removeArticle(readList(SAVED_KEY), url));
  if ('caches' in window) await (await caches.open(SAVED_CACHE)).delete(url).catch(() => false);
}

/** Remembers that the article was read (most recent first, bounded). */
export function markRead(url: string, title: string): void {
  writeList(RECENT_KEY, addArticle(readList(RECENT_KEY), { url, title, at: Date.now() }, RECENT_LIMIT));
}

/** Whether a page can be opened offline: in the saved copies or the service worker's caches. */
export async function isAvailableOffline(url: string): Promise<boolean> {
  if (!('caches' in window)) return false;
  return (await caches.match(url).catch(() => undefined)) !== undefined;
}

/** Wires a save button (`data-save` holds the url, `data-save-title` the headline). */
export function wireSaveButton(button: HTMLButtonElement): void {
  const url = button.dataset['save'] ?? '';
  const title = button.dataset['saveTitle'] ?? '';
  // A toggle with a constant name: its state is aria-pressed (drawn as a tick and a fill).
  const show = (saved: boolean) => button.setAttribute('aria-pressed', String(saved));
  show(readList(SAVED_KEY).some((item) => item.url === url));
  button.addEventListener('click', () => {
    const saving = button.getAttribute('aria-pressed') !== 'true';
    show(saving);
    void (saving ? saveArticle(url, title) : unsaveArticle(url));
  });
}
