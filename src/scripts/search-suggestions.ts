/**
 * Shows the latest stories and the topics when a search finds nothing. It watches the status
 * line and the results list that search-page.ts (the search helpers' code) maintains, so that
 * code needs no change: suggestions show when a query was searched and no result came back.
 */
import { searchText } from '../lib/strings';

/** Starts watching the search page's status and results. */
export function startSearchSuggestions(): void {
  const suggestions = document.querySelector<HTMLElement>('[data-search-suggestions]');
  const status = document.querySelector('[data-search-status]');
  const results = document.querySelector('[data-search-results]');
  if (!suggestions || !status || !results) return;
  const noResultsStart = searchText.noResults('\u0000').split('\u0000')[0] ?? '';
  const noResultsEnd = searchText.noResults('\u0000').split('\u0000')[1] ?? '';
  const update = () => {
    const text = status.textContent ?? '';
    suggestions.hidden = !(
      results.children.length === 0 &&
      text.startsWith(noResultsStart) &&
      text.endsWith(noResultsEnd)
    );
  };
  update();
  const observer = new MutationObserver(update);
  observer.observe(status, { childList: true, characterData: true, subtree: true });
  observer.observe(results, { childList: true });
}
