/**
 * The saved page (`/saved/`) and the offline page: both render the on-device lists into
 * markup the server already shaped (`[data-list]` with a heading and an empty message).
 */
import { RECENT_KEY, SAVED_KEY, type StoredArticle } from '../lib/reader/saved';
import { readerText } from '../lib/strings';
import { isAvailableOffline, readList, unsaveArticle } from './reader-store';

const LINK = 'text-ink no-underline hover:underline dark:text-night-ink';
const REMOVE =
  'mt-2 inline-flex h-9 items-center rounded-full border border-rule px-3 text-sm leading-none text-ink hover:border-brand dark:border-night-rule dark:text-night-ink';

function item(article: StoredArticle, removable: boolean, onRemove: () => void): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'border-b border-rule py-4 last:border-b-0 dark:border-night-rule';
  const heading = document.createElement('h2');
  heading.className = 'text-xl font-bold sm:text-2xl';
  const link = document.createElement('a');
  link.href = article.url;
  link.className = LINK;
  link.textContent = article.title;
  heading.append(link);
  li.append(heading);
  if (removable) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = REMOVE;
    button.textContent = readerText.unsave;
    button.setAttribute('aria-label', `${readerText.unsave}: ${article.title}`);
    button.addEventListener('click', () => {
      void unsaveArticle(article.url);
      onRemove();
    });
    li.append(button);
  }
  return li;
}

function render(section: HTMLElement, articles: StoredArticle[], removable: boolean): void {
  const list = section.querySelector<HTMLOListElement>('[data-list-items]');
  const empty = section.querySelector<HTMLElement>('[data-list-empty]');
  if (!list || !empty) return;
  list.replaceChildren(
    ...articles.map((article) =>
      item(article, removable, () => {
        render(
          section,
          articles.filter((other) => other.url !== article.url),
          removable,
        );
        section.querySelector<HTMLElement>('h1, h2')?.focus();
      }),
    ),
  );
  empty.hidden = articles.length > 0;
}

/** Renders the saved list with a remove button for each article. */
export function startSavedPage(): void {
  const section = document.querySelector<HTMLElement>('[data-list="saved"]');
  if (section) render(section, readList(SAVED_KEY), true);
}

/** Renders the saved and recently read articles this device can open offline. */
export async function startOfflinePage(): Promise<void> {
  for (const [name, key] of [
    ['saved', SAVED_KEY],
    ['recent', RECENT_KEY],
  ] as const) {
    const section = document.querySelector<HTMLElement>(`[data-list="${name}"]`);
    if (!section) continue;
    const articles = readList(key);
    const offline = await Promise.all(articles.map((article) => isAvailableOffline(article.url)));
    render(
      section,
      articles.filter((_, i) => offline[i]),
      false,
    );
  }
}
