/**
 * Save for later on search results. The results are rendered by search-page.ts (the search
 * helpers' code); this adds a save button to each result as it arrives, in the same frame, so
 * nothing moves after paint and search-page.ts needs no change.
 */
import { readerText } from '../lib/strings';
import { wireSaveButton } from './reader-store';

const BUTTON =
  'mt-2 inline-flex h-9 items-center rounded-full border border-rule px-3 text-sm leading-none text-ink hover:border-brand aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-white dark:border-night-rule dark:text-night-ink dark:aria-pressed:bg-brand-dark dark:aria-pressed:text-night';

function addButton(item: Element): void {
  if (item.querySelector('[data-save]')) return;
  const link = item.querySelector<HTMLAnchorElement>('h2 a, h3 a');
  if (!link) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = BUTTON;
  button.dataset['save'] = new URL(link.href).pathname;
  button.dataset['saveToggle'] = '';
  button.dataset['saveTitle'] = link.textContent ?? '';
  button.textContent = readerText.save;
  // The visible name starts the accessible one (WCAG 2.5.3), the headline says which result.
  button.setAttribute('aria-label', `${readerText.save}: ${link.textContent ?? ''}`);
  item.append(button);
  wireSaveButton(button);
}

/** Adds save buttons to the search results, now and whenever more arrive. */
export function startSearchSave(): void {
  const results = document.querySelector('[data-search-results]');
  if (!results) return;
  const all = () => results.querySelectorAll(':scope > li').forEach(addButton);
  all();
  new MutationObserver(all).observe(results, { childList: true });
}
