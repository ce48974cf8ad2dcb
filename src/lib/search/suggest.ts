/**
 * "Did you mean": when a query finds nothing, the nearest spellings the archive really has.
 *
 * At build time every indexed word goes into a small vocabulary, split into shards by the first
 * letter of its phonetic key (so राजनाथ and rajnath share shard "r"); each shard is a JSON file
 * that the browser fetches only when a search comes back empty, one shard per unmatched word.
 * Pagefind cannot list the words it holds, so the vocabulary is ours; no server is needed.
 */
import { isStopWord, wordKeys } from './keys';
import { parseQuery, tokenizeWords } from './text';

/** One shard: [word as most often written, number of articles with it], most frequent first. */
export type VocabularyShard = [string, number][];

/** Folder of the vocabulary shards, beside Pagefind's bundle in `dist/`. */
export const VOCABULARY_DIR = 'search-words';

/** Every shard name, so the browser never asks for a shard that is not there. */
export const SHARD_NAMES: readonly string[] = [...'abcdefghijklmnopqrstuvwxyz0123456789_'];

/** Shortest word (code points) kept: shorter words are better retyped than guessed. */
const MIN_WORD_LENGTH = 3;

/** Archives at least this large keep only words found in two or more articles (typos stay out). */
const RARE_WORD_ARCHIVE = 200;

/** The shard a word belongs to: its phonetic key's first letter or digit ('_' for anything else). */
export function shardOf(word: string): string {
  const first = wordKeys(word).phonetic.charAt(0);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** What a {@link VocabularyBuilder} has counted, as JSON: [key, [spelling, times][], articles][]. */
export interface VocabularyCounts {
  articles: number;
  words: [string, [string, number][], number][];
}

/** Collects the vocabulary of an archive, one text per article, into shards. */
export class VocabularyBuilder {
  readonly #words = new Map<string, { spellings: Map<string, number>; articles: number }>();
  #articles = 0;

  /**
   * A builder that starts from counts kept by an earlier build ({@link counts}): adding the
   * day's articles to the kept archive's counts gives the shards that adding every article does.
   */
  static from(kept: VocabularyCounts): VocabularyBuilder {
    const builder = new VocabularyBuilder();
    builder.#articles = kept.articles;
    for (const [key, spellings, articles] of kept.words)
      builder.#words.set(key, { spellings: new Map(spellings), articles });
    return builder;
  }

  /** Everything counted so far, to keep for a later build. */
  counts(): VocabularyCounts {
    return {
      articles: this.#articles,
      words: [...this.#words].map(([key, { spellings, articles }]) => [key, [...spellings], articles]),
    };
  }

  /** Adds one article's searchable text. */
  add(text: string): void {
    this.#articles += 1;
    // Distinct words first: an article repeats its words, and each costs a key lookup.
    const counts = new Map<string, number>();
    for (const word of tokenizeWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
    const seen = new Set<string>();
    for (const [word, times] of counts) {
      if (word.length < MIN_WORD_LENGTH || [...word].length < MIN_WORD_LENGTH) continue;
      if (isStopWord(word) || /^\p{N}+$/u.test(word)) continue;
      const key = wordKeys(word).exact;
      let entry = this.#words.get(key);
      if (!entry) this.#words.set(key, (entry = { spellings: new Map(), articles: 0 }));
      entry.spellings.set(word, (entry.spellings.get(word) ?? 0) + times);
      if (!seen.has(key)) {
        seen.add(key);
        entry.articles += 1;
      }
    }
  }

  /** Every shard by name (empty ones too); words in few articles dropped from a large archive. */
  shards(): Map<string, VocabularyShard> {
    const minArticles = this.#articles >= RARE_WORD_ARCHIVE ? 2 : 1;
    const shards = new Map<string, VocabularyShard>(SHARD_NAMES.map((name) => [name, []]));
    for (const { spellings, articles } of this.#words.values()) {
      if (articles < minArticles) continue;
      const [word = ''] = [...spellings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
      const name = shardOf(word);
      const shard = shards.get(name) ?? [];
      shard.push([word, articles]);
      shards.set(name, shard);
    }
    for (const shard of shards.values()) shard.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return shards;
  }
}

/** Levenshtein distance between two strings, by code point, giving up past `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  const [x, y] = [[...a], [...b]];
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= y.length; j += 1) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = row;
  }
  return previous[y.length] ?? limit + 1;
}

/** Most edits allowed for a word of `length` code points: short words have many neighbours. */
function allowedEdits(length: number): number {
  return length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

/**
 * The nearest vocabulary word to `word`: fewest edits between their exact keys or their phonetic
 * keys, whichever is fewer, then most articles; null if none is near enough. Roman words meet
 * Devanagari ones only by sound; Devanagari misspellings often differ in letters but hardly in
 * sound (उधोग for उद्योग: three letters, one sound; हेग्सेथ for हेगसेथ: none).
 */
export function nearestWord(word: string, shard: VocabularyShard): string | null {
  const keys = wordKeys(word);
  const devanagari = /[\u0900-\u097F]/u.test(word);
  const limit = allowedEdits([...(devanagari ? keys.exact : keys.phonetic)].length);
  const soundLimit = allowedEdits([...keys.phonetic].length);
  // An edit distance, or Infinity past what is near enough.
  const near = (distance: number, most: number) => (distance <= most ? distance : Infinity);
  let best: { word: string; distance: number; count: number } | null = null;
  for (const [candidate, count] of shard) {
    const candidateKeys = wordKeys(candidate);
    // The word is in the archive as typed: nothing to suggest for it.
    if (candidateKeys.exact === keys.exact) return null;
    const distance = Math.min(
      near(editDistance(keys.phonetic, candidateKeys.phonetic, soundLimit), soundLimit),
      near(editDistance(keys.exact, candidateKeys.exact, limit), limit),
    );
    if (distance === Infinity) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
      best = { word: candidate, distance, count };
    }
  }
  return best?.word ?? null;
}

/** Loads one vocabulary shard by name (the browser fetches it; tests read the build). */
export type LoadShard = (name: string) => Promise<VocabularyShard>;

/** A query with each word replaced by its nearest indexed spelling, or null if nothing changed. */
export async function suggestQuery(raw: string, loadShard: LoadShard): Promise<string | null> {
  const parsed = parseQuery(raw);
  if (parsed.kind !== 'ok') return null;
  const words = [...parsed.words, ...parsed.phrases.flat()].filter((word) => !word.stop);
  const replacements = await Promise.all(
    words.map(async (word) => {
      const shard = await loadShard(shardOf(word.text)).catch(() => [] as VocabularyShard);
      return [word.text, nearestWord(word.text, shard)] as const;
    }),
  );
  let suggestion = raw.trim();
  let changed = false;
  for (const [typed, nearest] of replacements) {
    if (!nearest) continue;
    suggestion = suggestion.replace(typed, nearest);
    changed = true;
  }
  return changed ? suggestion : null;
}
