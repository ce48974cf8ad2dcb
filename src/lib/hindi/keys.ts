/**
 * All the keys of one word, tier by tier, and which tier two words meet at: the one call the
 * search pipeline needs per token (it knows nothing else of this folder's rules).
 */
import { foldSpelling } from './fold';
import { lemmatize } from './lemma';
import { normalizeHindi } from './normalize';
import { phoneticKey, phoneticQueryKeys } from './phonetic';

/** The matching tiers, strongest first. */
export const TIERS = ['exact', 'fold', 'lemma', 'phonetic'] as const;

/** A matching tier. */
export type Tier = (typeof TIERS)[number];

/** The keys of one word: exact (normalizeHindi), fold (foldSpelling), lemma (lemmatize), phonetic (phoneticKey). */
export interface WordKeys {
  exact: string;
  fold: string;
  lemma: string;
  phonetic: string;
}

/** The four keys of a word as written. */
export function wordKeys(word: string): WordKeys {
  const exact = normalizeHindi(word);
  return { exact, fold: foldSpelling(exact), lemma: lemmatize(exact), phonetic: phoneticKey(word) };
}

/** Most distinct words {@link cachedWordKeys} remembers before it starts afresh (about 30 MB). */
const CACHE_LIMIT = 200_000;
const cache = new Map<string, WordKeys>();

/** {@link wordKeys}, remembered per distinct word: an archive repeats its words, so a build computes each once. */
export function cachedWordKeys(word: string): WordKeys {
  let keys = cache.get(word);
  if (keys === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    keys = wordKeys(word);
    cache.set(word, keys);
  }
  return keys;
}

/**
 * The strongest tier at which a reader's word meets a word of an article, or undefined: exact,
 * then fold, then lemma, then phonetic (any of the query's readings against the word's one key).
 */
export function matchTier(queryWord: string, articleWord: string): Tier | undefined {
  const query = wordKeys(queryWord);
  const article = wordKeys(articleWord);
  if (query.exact === article.exact) return 'exact';
  if (query.fold === article.fold) return 'fold';
  if (query.lemma === article.lemma) return 'lemma';
  if (phoneticQueryKeys(queryWord).includes(article.phonetic)) return 'phonetic';
  return undefined;
}

/**
 * Groups of distinct words (exact keys) that share a key of `tier`, largest first: run over an
 * archive's vocabulary to review what a tier merges and grow FOLD_KEEP or LEMMA_KEEP from it.
 */
export function tierCollisions(words: Iterable<string>, tier: Exclude<Tier, 'exact'>): string[][] {
  const groups = new Map<string, Set<string>>();
  for (const word of words) {
    const keys = cachedWordKeys(word);
    const group = groups.get(keys[tier]) ?? new Set<string>();
    group.add(keys.exact);
    groups.set(keys[tier], group);
  }
  return [...groups.values()]
    .filter((group) => group.size > 1)
    .map((group) => [...group].sort())
    .sort((a, b) => b.length - a.length || (a[0] ?? '').localeCompare(b[0] ?? ''));
}
