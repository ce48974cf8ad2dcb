/**
 * Non-critical start-up work (share, save, listen, the settings menu, the service worker) runs
 * after the page has loaded, one piece per idle period, so no piece joins another in one long
 * task while the reader starts reading (Lighthouse counts every task over 50 ms on a 4x slower
 * phone as blocking). Everything it runs only enhances a page that already works without it.
 */

const queue: (() => void)[] = [];
let scheduled = false;

/** Waits for an idle moment, or `timeout` ms at most; a timer where requestIdleCallback is missing (Safari). */
function nextIdle(run: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout });
  else setTimeout(run, 50);
}

function drain(): void {
  const task = queue.shift();
  if (!task) {
    scheduled = false;
    return;
  }
  try {
    task();
  } finally {
    // The next piece waits for the next idle period: each is a task of its own.
    if (queue.length > 0) nextIdle(drain);
    else scheduled = false;
  }
}

/** Runs `task` once the page has loaded and the main thread is idle, after the tasks queued before it. */
export function whenIdle(task: () => void): void {
  queue.push(task);
  if (scheduled) return;
  scheduled = true;
  const start = () => nextIdle(drain);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
