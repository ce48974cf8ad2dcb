/**
 * The /search/ page: reads the query from the URL (`?q=`, `&topic=`, `&sort=`), runs it
 * through our Hindi query code and Pagefind, and renders results with DOM APIs only
 * (textContent, never innerHTML), so nothing a reader types can run as code.
 */
import { withHighlight } from '../lib/search/highlight-link';
import { continuesQuery } from '../lib/search/continues-query';
import type { MoreHits, SearchCount, SearchHit, SearchSort } from '../lib/search/query';
import { searchText } from '../lib/strings';
import { stripBidiControls } from '../lib/bidi';
import { isTopicSlug } from '../lib/topics';
import { startSearchEngine, type SearchEngine } from './search-engine';

interface SearchState {
  q: string;
  topic: string;
  sort: SearchSort;
}

const PAGE_SIZE = 10;

function readState(): SearchState {
  const params = new URLSearchParams(location.search);
  const topic = params.get('topic') ?? '';
  return {
    q: params.get('q') ?? '',
    topic: isTopicSlug(topic) ? topic : '',
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

function stateUrl(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.topic) params.set('topic', state.topic);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'border-b border-rule py-4 dark:border-night-rule';
  const heading = document.createElement('h2');
  // Reader (issue 12): the same headline, link and date styles as every other list (ArticleCard).
  heading.className = 'text-xl font-bold sm:text-2xl';
  const link = document.createElement('a');
  link.className = 'text-ink no-underline hover:underline dark:text-night-ink';
  link.href = withHighlight(hit.url, hit.words);
  link.textContent = hit.title;
  heading.append(link);
  const date = document.createElement('p');
  date.className = 'mt-1 text-sm text-muted dark:text-night-muted';
  date.dataset['num'] = '';
  date.textContent = hit.date;
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-2';
  for (const part of hit.excerpt) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      excerpt.append(mark);
    } else {
      excerpt.append(part.text);
    }
  }
  if (hit.thumbnail) {
    // Decorative (the headline is the link); the box is reserved by width and height.
    const thumb = document.createElement('img');
    Object.assign(thumb, {
      src: hit.thumbnail,
      alt: '',
      width: 112,
      height: 75,
      loading: 'lazy',
      decoding: 'async',
    });
    thumb.className = 'float-end ms-4 rounded';
    item.classList.add('flow-root');
    item.append(thumb);
  }
  item.append(heading, date, excerpt);
  return item;
}

/** Wires up the search page; safe to call once per page load. */
export function startSearchPage(): void {
  const app = document.querySelector<HTMLElement>('#search-app');
  const input = app?.querySelector<HTMLInputElement>('input[name="q"]');
  const form = input?.form;
  const status = app?.querySelector<HTMLElement>('[data-search-status]');
  const list = app?.querySelector<HTMLOListElement>('[data-search-results]');
  const topicSelect = app?.querySelector<HTMLSelectElement>('[data-search-topic]');
  const sortSelect = app?.querySelector<HTMLSelectElement>('[data-search-sort]');
  const more = app?.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!app || !input || !form || !status || !list || !topicSelect || !sortSelect || !more) return;

  const bundle = app.dataset['bundle'] ?? '/pagefind/';
  let pagefind: Promise<SearchEngine> | undefined;
  let generation = 0;
  let loadMore: ((count: number) => Promise<MoreHits>) | undefined;
  /** The shown search's count as it stands, its hits on the page, and its query as echoed. */
  let found: SearchCount = { total: 0, complete: true };
  let shown = 0;
  let echoed = '';

  const setStatus = (text: string) => {
    status.textContent = text;
  };

  // While some of a search's looser lookups wait (query.ts), its count is a lower bound and
  // "more" stays offered past it: the next page runs them.
  const offerMore = (count: SearchCount) => {
    more.hidden = count.complete && shown >= count.total;
  };
  const showCount = (count: SearchCount) => {
    found = count;
    setStatus(searchText.count(count.total, echoed, count.complete));
    offerMore(count);
  };

  const showError = (message: string, retry: boolean) => {
    setStatus(message);
    list.replaceChildren();
    more.hidden = true;
    if (retry) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'ms-2 underline';
      button.textContent = searchText.retry;
      button.addEventListener('click', () => {
        pagefind = undefined;
        void search(readState());
      });
      status.append(' ', button);
    }
  };

  /** Under "nothing found": the nearest spellings the archive has, if they find something. */
  const offerSuggestion = async (engine: SearchEngine, state: SearchState, run: number) => {
    const suggestion = await engine.suggest(state.q, state.topic || undefined).catch(() => null);
    if (!suggestion || run !== generation) return;
    const link = document.createElement('a');
    link.href = stateUrl({ ...state, q: suggestion });
    link.textContent = suggestion;
    link.dataset['searchSuggestion'] = '';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState(null, '', link.href);
      void search(readState());
    });
    status.append(` ${searchText.didYouMean} `, link, '?');
  };

  const loadPagefind = (): Promise<SearchEngine> => {
    pagefind ??= startSearchEngine(bundle, app.dataset['cacheTag'], app.dataset['archive'] === 'true');
    pagefind.catch(() => {
      pagefind = undefined;
    });
    return pagefind;
  };

  // `typing`: the query comes from keystrokes, so its last word may be unfinished (a prefix).
  const search = async (state: SearchState, typing = false) => {
    const run = ++generation;
    input.value = state.q;
    topicSelect.value = state.topic;
    sortSelect.value = state.sort;
    if (app.dataset['dev'] === 'true') {
      showError(searchText.devNoIndex, false);
      return;
    }
    if (state.q.trim() === '') {
      list.replaceChildren();
      more.hidden = true;
      setStatus(searchText.empty);
      return;
    }
    let engine: SearchEngine;
    try {
      setStatus(searchText.loading);
      engine = await loadPagefind();
    } catch {
      if (run === generation) showError(searchText.loadError, true);
      return;
    }
    try {
      const outcome = await engine.search(state.q, {
        topic: state.topic || undefined,
        sort: state.sort,
        pageSize: PAGE_SIZE,
        typing,
      });
      if (run !== generation) return;
      list.replaceChildren();
      more.hidden = true;
      if (outcome.kind === 'empty') return setStatus(searchText.empty);
      if (outcome.kind === 'too-short') return setStatus(searchText.tooShort);
      // Echoed text carries no bidi overrides, so it cannot reorder the status line around it.
      const query = stripBidiControls(state.q.trim()).slice(0, 200);
      if (outcome.total === 0) {
        setStatus(searchText.noResults(query));
        return void offerSuggestion(engine, state, run);
      }
      list.append(...outcome.hits.map(renderHit));
      loadMore = outcome.loadMore;
      shown = outcome.hits.length;
      echoed = query;
      showCount(outcome);
    } catch {
      if (run === generation) showError(searchText.loadError, true);
    }
  };

  const commit = (push: boolean, typing = false) => {
    const state: SearchState = {
      q: input.value,
      topic: topicSelect.value,
      sort: sortSelect.value === 'newest' ? 'newest' : 'relevance',
    };
    const url = stateUrl(state);
    if (url !== `${location.pathname}${location.search}`) {
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    void search(state, typing);
  };

  // Start fetching the engine as soon as the reader shows intent, not on every page view.
  input.addEventListener('focus', () => {
    if (app.dataset['dev'] !== 'true') loadPagefind().catch(() => undefined);
  });

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    // Still typing (or erasing) the same search: update this history entry. A different search
    // gets an entry of its own, so Back returns to the results the reader saw before.
    typingTimer = setTimeout(() => commit(!continuesQuery(readState().q, input.value), true), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    commit(true);
  });
  topicSelect.addEventListener('change', () => commit(true));
  sortSelect.addEventListener('change', () => commit(true));
  more.addEventListener('click', async () => {
    if (!loadMore) return;
    const { hits, ...count } = await loadMore(PAGE_SIZE);
    shown += hits.length;
    list.append(...hits.map(renderHit));
    // The status line is rewritten only when the count changed: it is a live region.
    if (count.total !== found.total || count.complete !== found.complete) showCount(count);
    else offerMore(count);
    list.querySelectorAll('a')[list.children.length - hits.length]?.focus();
  });
  window.addEventListener('popstate', () => void search(readState()));

  void search(readState());
}
