/** "Did you mean" for a misspelled name: the closest known one, if it is close enough. */
import { distance } from 'fastest-levenshtein';

/** The known value nearest to `value` (at most a third of its length away), or undefined. */
export function didYouMean(value: string, known: Iterable<string>): string | undefined {
  let best: { name: string; cost: number } | undefined;
  for (const name of known) {
    const cost = distance(value.toLowerCase(), name.toLowerCase());
    if (!best || cost < best.cost) best = { name, cost };
  }
  return best && best.cost <= Math.max(1, Math.floor(value.length / 3)) ? best.name : undefined;
}
