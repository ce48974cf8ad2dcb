/**
 * Enhances the share control: the system share sheet (Web Share API) where the browser has
 * one, and a copy-link button with Hindi feedback. Without JavaScript the plain links remain.
 * The URL shared is the canonical one the page was built with, never `location.href`, which
 * may carry `?highlight=`. The Hindi messages come from the markup (src/lib/strings.ts via
 * ShareLinks.astro), which keeps the labels out of the script.
 */
import { whenIdle } from './idle';

/** Wires up the share control on the page, if there is one, once the page is idle. */
export function enhanceShare(): void {
  whenIdle(wireShare);
}

function wireShare(): void {
  const root = document.querySelector<HTMLElement>('[data-share]');
  if (!root) return;
  const url = root.dataset['shareUrl'] ?? '';
  const title = root.dataset['shareTitle'] ?? document.title;
  const status = root.querySelector<HTMLElement>('[data-share-status]');
  const say = (message: 'copied' | 'copyFailed' | 'shareFailed' | '') => {
    if (status) status.textContent = message ? (status.dataset[message] ?? '') : '';
  };

  const native = root.querySelector<HTMLButtonElement>('[data-share-native]');
  if (native && typeof navigator.share === 'function') {
    native.closest('li')?.removeAttribute('hidden');
    native.addEventListener('click', () => {
      navigator.share({ title, url }).then(
        () => say(''),
        // A reader who closes the share sheet has not hit an error: say nothing then.
        (error: unknown) =>
          say(error instanceof DOMException && error.name === 'AbortError' ? '' : 'shareFailed'),
      );
    });
  }

  const copy = root.querySelector<HTMLButtonElement>('[data-share-copy]');
  if (copy && navigator.clipboard) {
    copy.closest('li')?.removeAttribute('hidden');
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(url).then(
        () => say('copied'),
        () => say('copyFailed'),
      );
    });
  }
}
