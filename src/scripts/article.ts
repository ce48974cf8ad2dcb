/** An article page's enhancements: save for later, listen, and remembering it was read. */
import { startListen } from './listen';
import { markRead, wireSaveButton } from './reader-store';

/** Wires the article's tool row and records the visit on the device. */
export function startArticle(): void {
  const save = document.querySelector<HTMLButtonElement>('[data-save]');
  if (save) {
    wireSaveButton(save);
    markRead(save.dataset['save'] ?? location.pathname, save.dataset['saveTitle'] ?? document.title);
  }
  startListen();
}
