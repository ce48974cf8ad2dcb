/** An article page's enhancements: save for later, listen, and remembering it was read. */
import { whenIdle } from './idle';
import { startListen } from './listen';
import { markRead, wireSaveButton } from './reader-store';

/** Wires the article's tool row and records the visit on the device (what can wait, once the page is idle). */
export function startArticle(): void {
  const save = document.querySelector<HTMLButtonElement>('[data-save]');
  if (save) {
    // At once, so that no early click is lost; it reads a list the head script's storage read warmed.
    wireSaveButton(save);
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      markRead(save.dataset['save'] ?? location.pathname, save.dataset['saveTitle'] ?? document.title);
    };
    // Idle, or as the reader leaves if that comes first: a visit is recorded either way.
    whenIdle(record);
    addEventListener('pagehide', record, { once: true });
  }
  whenIdle(startListen);
}
