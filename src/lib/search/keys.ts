/**
 * The search keys of one word, one per matching tier, strongest first: the exact word, the word
 * after spelling-variant folding, its lemma, and its loose phonetic key in Latin letters. Index
 * and query both call {@link wordKeys}, so a reader's word and an article's word meet exactly
 * when they share a key of some tier.
 *
 * This module only adapts the language core (src/lib/hindi/keys.ts) to the tiers; the folding
 * rules themselves live there. Keys are memoized per distinct word: an archive repeats its words,
 * and computing keys for every token was a measured 40 s of a 10,000-article build.
 */
import { cachedWordKeys } from '../hindi/keys';
import { phoneticQueryKeys } from '../hindi/phonetic';
import { isStopWord as coreIsStopWord } from '../hindi/stopwords';

/** Matching tiers, strongest first; a page's rank starts with the weakest tier its words needed. */
export const TIER = { exact: 0, variant: 1, lemma: 2, phonetic: 3, prefix: 4 } as const;

/** A matching tier. */
export type Tier = (typeof TIER)[keyof typeof TIER];

/** A word's keys for the four indexed tiers (equal keys mean "no new spelling at this tier"). */
export interface WordKeys {
  exact: string;
  variant: string;
  lemma: string;
  phonetic: string;
}

const DEVANAGARI = /[\u0900-\u097F]/u;

const cache = new Map<string, WordKeys & { stop: boolean }>();
const CACHE_LIMIT = 200_000;

function entry(word: string): WordKeys & { stop: boolean } {
  let keys = cache.get(word);
  if (keys === undefined) {
    const core = cachedWordKeys(word);
    keys = {
      exact: core.exact,
      variant: core.fold,
      lemma: core.lemma,
      // A word with no letters to sound out (a number) is its own phonetic key.
      phonetic: core.phonetic || core.exact,
      stop: coreIsStopWord(word),
    };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, keys);
  }
  return keys;
}

/** The keys of one word for every tier, from the language core (memoized: an archive repeats its words). */
export function wordKeys(word: string): WordKeys {
  return entry(word);
}

/**
 * Whether a word is too common to index as a separate searchable key (के, की, में, ke, ki, me …):
 * the language core's list. Such words are not indexed; a query made only of them lists every
 * article (see query.ts).
 */
export function isStopWord(word: string): boolean {
  return entry(word).stop;
}

/** The phonetic keys a reader's word is looked up by, best first (Roman readings, acronyms). */
export function queryPhoneticKeys(word: string): string[] {
  return phoneticQueryKeys(word);
}

/** Whether a word (as typed) is written in Devanagari. */
export function isDevanagari(word: string): boolean {
  return DEVANAGARI.test(word);
}
