/**
 * The reading settings menu (every page), the service worker's registration and the saved
 * stories' missing copies. Stored choices were already applied before paint by
 * preferences-head.js; this keeps the menu in step with them and applies new ones at once. None
 * is needed to read, so all wait until the page has loaded and the main thread is idle (the menu
 * sooner if the reader opens it first).
 */
import { withBase } from '../lib/paths';
import { whenIdle } from './idle';
import { fillSavedCopies } from './reader-store';
import {
  PREFERENCES_KEY,
  parsePreferences,
  preferenceAttributes,
  toDevanagariDigits,
  toWesternDigits,
  type Preferences,
} from '../lib/reader/preferences';

function stored(): Preferences {
  try {
    return parsePreferences(localStorage.getItem(PREFERENCES_KEY));
  } catch {
    return parsePreferences(null);
  }
}

function apply(prefs: Preferences): void {
  const root = document.documentElement;
  const digitsChanged = root.getAttribute('data-digits') !== prefs.digits;
  for (const [name, value] of Object.entries(preferenceAttributes(prefs))) root.setAttribute(name, value);
  if (!digitsChanged) return;
  convertDigits(document.documentElement, prefs.digits === 'deva' ? toDevanagariDigits : toWesternDigits);
  // Content added later on this page (search results) follows the choice too; at the next page
  // load the head script takes over.
  if (prefs.digits === 'deva' && !digitObserver) {
    digitObserver = new MutationObserver((records) => {
      if (document.documentElement.getAttribute('data-digits') !== 'deva') return;
      for (const record of records) {
        for (const node of record.addedNodes) {
          const element = node instanceof Element ? node : node.parentElement;
          if (element) convertDigits(element.closest('time, [data-num]') ?? element, toDevanagariDigits);
        }
      }
    });
    digitObserver.observe(document.body, { childList: true, subtree: true });
  }
}

let digitObserver: MutationObserver | undefined;

/** Rewrites the digits of every date, count and page number (`time`, `[data-num]`) in `root`. */
function convertDigits(root: Element, convert: (text: string) => string): void {
  const hosts = [
    ...(root.matches('time, [data-num]') ? [root] : []),
    ...root.querySelectorAll('time, [data-num]'),
  ];
  for (const element of hosts) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = convert(node.nodeValue ?? '');
      if (text !== node.nodeValue) node.nodeValue = text;
    }
  }
}

let menuStarted = false;

function startMenu(menu: HTMLDetailsElement): void {
  const form = menu.querySelector<HTMLFormElement>('[data-settings-form]');
  if (!form || menuStarted) return;
  menuStarted = true;
  const prefs = stored();
  for (const [name, value] of Object.entries(prefs)) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${String(value)}"]`);
    if (input) input.checked = true;
  }
  form.addEventListener('change', () => {
    const data = new FormData(form);
    const next = parsePreferences(
      JSON.stringify({
        size: Number(data.get('size')),
        theme: data.get('theme'),
        digits: data.get('digits'),
      }),
    );
    try {
      localStorage.setItem(PREFERENCES_KEY, JSON.stringify(next));
    } catch {
      // Private modes may refuse storage: the choice still applies to this page.
    }
    apply(next);
  });
  // Escape and a click elsewhere close the menu, as readers expect of a menu.
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !menu.contains(event.target as Node)) menu.open = false;
  });
}

function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const base = withBase('');
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // Offline reading is an extra: the site works the same without it.
  });
}

/**
 * Starts the settings menu, registers the service worker and stores any missing copy of a saved
 * article, each once the page is idle.
 */
export function startSettings(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-settings]');
  if (menu) {
    // A click on the summary runs before the menu opens: its choices show the stored ones at once.
    menu.querySelector('summary')?.addEventListener('click', () => startMenu(menu), { once: true });
    whenIdle(() => startMenu(menu));
  }
  whenIdle(registerServiceWorker);
  whenIdle(() => void fillSavedCopies());
}
