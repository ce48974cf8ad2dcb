/**
 * A module of its own, apart from query.ts, so that the search page's main-thread script can
 * use it without bundling the query code and the language core, which run in the search worker.
 */

/**
 * Whether typing `next` after `previous` is the same search still being typed or erased (one
 * is the start of the other), rather than a new one. The search page keeps one history entry
 * per search, not per keystroke.
 */
export function continuesQuery(previous: string, next: string): boolean {
  const [a, b] = [previous.trim(), next.trim()];
  return a.startsWith(b) || b.startsWith(a);
}
