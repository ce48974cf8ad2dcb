/**
 * The one place text becomes search terms, at build time and in the browser alike.
 *
 * A record's content is four sections of n tokens each (n = the article's word count), one per
 * matching tier (keys.ts): section t holds each word's tier-t key, in word order, so Pagefind
 * location L is word L mod n at tier floor(L / n). A key equal to the word's key at a stronger
 * tier, and every stop word, is a PLACEHOLDER (not a word to Pagefind: it takes a position and
 * indexes nothing), so a word costs index bytes only for its distinct spellings. After the four
 * sections come the article's date tokens (day, month, year), which excerpts ignore.
 *
 * Every token ends with its section's TIER_MARK, a combining mark that no query word contains.
 * Pagefind looks words up with marks stripped but, under `exactDiacritics`, keeps only spellings
 * where one starts with the other: a term sent with a mark matches that tier's whole word only
 * (कल never finds कलाकार), and a term sent without one is a prefix over every tier (the word the
 * reader is still typing). It also disarms Pagefind's backtracking (Pagefind/pagefind#780).
 */
import { normalizeHindi } from '../hindi/normalize';
import { acronymKey, looksLikeAcronym } from '../hindi/phonetic';
import { TIER, isStopWord, queryPhoneticKeys, wordKeys, type Tier, type WordKeys } from './keys';

/** Longest query read, in UTF-16 code units: a pasted essay costs no more than a sentence. */
export const MAX_QUERY_LENGTH = 200;

/** Longest word searched, in code points; no real word is longer (query.ts finds nothing for one). */
export const MAX_WORD_LENGTH = 48;

/** Most words searched (each costs a few Pagefind lookups). */
export const MAX_TERMS = 10;

/** The mark ending each section's tokens: exact, variant, lemma, phonetic (all Alphabetic, so Pagefind keeps them). */
export const TIER_MARKS = ['\u0900', '\u093A', '\u093B', '\u094E'] as const;

/** Kept for readers of older code: the exact tier's mark. */
export const KEY_END = TIER_MARKS[0];

/** Most occurrences of one key indexed per article and section (see foldOccurrences). */
export const MAX_OCCURRENCES = 3;

/**
 * Starts the Pagefind word that holds a key's second and third places in the exact section (see
 * foldOccurrences): U+0971, a sign Hindi text does not use, which Pagefind counts as a letter (so
 * the repeat form is a word of its own) and which sorts after every Devanagari letter.
 */
export const REPEAT_MARK = '\u0971';

/** Stands in a section where a word adds no new key: a position for Pagefind, never a word. */
export const PLACEHOLDER = '·';

/** Marks are never part of a query word (normalizeHindi folds U+0900; the rest are dropped here). */
// U+094F too (once the virama's stand-in for Pagefind), and the REPEAT_MARK, which no query may aim at.
const TIER_MARK = /[\u0900\u093A\u093B\u094E\u094F\u0971]/gu;

/** Pagefind's weight markers: headline keys weigh more than body keys in its score. */
const HEADLINE_WEIGHT_VALUE = 4;
const HEADLINE_WEIGHT = [
  `___PAGEFIND_WEIGHT___${HEADLINE_WEIGHT_VALUE}`,
  '___END_PAGEFIND_WEIGHT___',
] as const;

/** One word of a query, with everything the search needs to know about it. */
export interface QueryWord {
  /** As typed. */
  text: string;
  keys: WordKeys;
  /** Written in Devanagari (Roman words have no Devanagari tiers). */
  devanagari: boolean;
  stop: boolean;
  /** The word still being typed: the last one, with no space after it (only when typing). */
  prefix: boolean;
  /** The phonetic keys it is looked up by, best first (Roman readings, acronyms: BCCI = बीसीसीआई). */
  phoneticKeys: string[];
}

/** A reader's query, read: nothing to search, too little to search, or words and phrases. */
export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'too-short' }
  /** `words`: distinct unquoted words; `phrases`: quoted runs of two or more words, each in order. */
  | { kind: 'ok'; words: QueryWord[]; phrases: QueryWord[][] };

/**
 * A word: letters, marks and digits of any script, with ZWJ, ZWNJ or soft hyphen allowed inside
 * (never at the ends). Everything else (spaces, । , ‘ ’ “ ” ( ) - ? ! : ; .) separates words.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[\u200C\u200D\u00AD]+[\p{L}\p{M}\p{N}]+)*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Letters, their vowel signs and digits: के is two (क + े), enough to search; क alone is not. */
const LETTERS_AND_DIGITS = /[\p{L}\p{M}\p{N}]/gu;

/** The words of a text, as written; stable, since the browser re-cuts excerpts with it. */
export function tokenizeWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => LETTER_OR_DIGIT.test(word));
}

/** The words of a text and what stands between them: `gaps[i]` precedes `words[i]`, the last gap ends the text. */
export function splitWords(text: string): { words: string[]; gaps: string[] } {
  const words: string[] = [];
  const gaps: string[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    if (!LETTER_OR_DIGIT.test(match[0])) continue;
    gaps.push(text.slice(last, match.index));
    words.push(match[0]);
    last = match.index + match[0].length;
  }
  gaps.push(text.slice(last));
  return { words, gaps };
}

/** The article's date as tokens a reader may type: day, Hindi month, English month, year. */
export interface DateTokens {
  day: string;
  month: string;
  monthEnglish: string;
  year: string;
}

/** The tokens of one section: each word's key at `tier`, or a placeholder where it adds nothing. */
function section(keys: readonly (WordKeys | null)[], tier: Exclude<Tier, 4>): string[] {
  const mark = TIER_MARKS[tier];
  return keys.map((key) => {
    if (key === null) return PLACEHOLDER;
    const value = tierKey(key, tier);
    const stronger = [key.exact, key.variant, key.lemma].slice(0, tier);
    return stronger.includes(value) ? PLACEHOLDER : value + mark;
  });
}

/** The variant key of each hyphenated pair of words, by the index of its first word. */
function hyphenJoins(
  words: readonly string[],
  gaps: readonly string[],
  keys: readonly (WordKeys | null)[],
): Map<number, string> {
  const joined = new Map<number, string>();
  for (let i = 0; i + 1 < words.length; i += 1) {
    const [first, second] = [keys[i], keys[i + 1]];
    if (gaps[i + 1] === '-' && first && second) joined.set(i, first.variant + second.variant);
  }
  return joined;
}

/** One token of a section with the Pagefind weight of its place (1 in the body, the headline's above it). */
interface Weighted {
  token: string;
  weight: number;
}

/**
 * Each key keeps one location per section in its own Pagefind word: its first place, weighted
 * with the sum of the weights of its first {@link MAX_OCCURRENCES} places (a headline place counts
 * HEADLINE_WEIGHT, a body place 1), so Pagefind's score, which adds up a word's weights on a page,
 * is what three locations gave (BM25 saturates: term saturation 1.4 scores three occurrences 1.64
 * and four 1.78). Locations are what a common key's entry costs, and a query downloads the whole
 * entry: रक्षा, in 9,876 of 10,000 articles, is 36.6 KB gzip at three locations a page and 14.1 KB
 * at one (docs/scaling.md). Its second and third places in the exact section are written under
 * {@link REPEAT_MARK} + key, another Pagefind word that sorts after every Devanagari word, so into
 * other index chunks: only a quoted phrase (and a compound split in two) looks them up, for the
 * words' adjacent places. The weaker sections (variant, lemma, phonetic) drop them: phrases are
 * matched on exact keys. Places after the third are placeholders, as before.
 */
function foldOccurrences(tokens: readonly Weighted[], { repeat }: { repeat: boolean }): Weighted[] {
  const first = new Map<string, { index: number; count: number; weight: number }>();
  const nth: number[] = tokens.map(({ token, weight }, index) => {
    if (token === PLACEHOLDER) return 0;
    const seen = first.get(token);
    if (!seen) {
      first.set(token, { index, count: 1, weight });
      return 1;
    }
    seen.count += 1;
    if (seen.count <= MAX_OCCURRENCES) seen.weight += weight;
    return seen.count;
  });
  return tokens.map(({ token, weight }, index) => {
    const count = nth[index] ?? 0;
    if (count === 1) return { token, weight: Math.min(first.get(token)?.weight ?? weight, MAX_WEIGHT) };
    if (repeat && count > 1 && count <= MAX_OCCURRENCES) return { token: REPEAT_MARK + token, weight };
    return { token: PLACEHOLDER, weight };
  });
}

/** Pagefind's largest weight (pagefind/src/fossick/mod.rs, weight_max). */
const MAX_WEIGHT = 10;

/** A word's key at one tier. */
export function tierKey(keys: WordKeys, tier: Exclude<Tier, 4>): string {
  return [keys.exact, keys.variant, keys.lemma, keys.phonetic][tier] ?? keys.exact;
}

/**
 * The Pagefind record content: four sections of one token per word (see the top of this file),
 * the first `headlineWords` of each weighted as headline, then the date tokens.
 */
export function buildSearchContent(
  text: string,
  { headlineWords = 0, date }: { headlineWords?: number; date?: DateTokens } = {},
): { content: string; wordCount: number } {
  const { words, gaps } = splitWords(text);
  const keys = words.map((word) => (isStopWord(word) ? null : wordKeys(word)));
  const joined = hyphenJoins(words, gaps, keys);
  const parts: string[] = [];
  for (const tier of [TIER.exact, TIER.variant, TIER.lemma, TIER.phonetic] as const) {
    let tokens = section(keys, tier);
    // A hyphenated pair (खान-पान) is also indexed joined (खानपान), in its first word's variant
    // slot when that word has no variant of its own: readers write such pairs either way.
    if (tier === TIER.variant) {
      for (const [index, key] of joined)
        if (tokens[index] === PLACEHOLDER) tokens[index] = key + TIER_MARKS[1];
    }
    const cut = Math.min(headlineWords, tokens.length);
    const place = (index: number) => (index < cut ? HEADLINE_WEIGHT_VALUE : 1);
    const folded = foldOccurrences(
      tokens.map((token, index) => ({ token, weight: place(index) })),
      { repeat: tier === TIER.exact },
    );
    tokens = folded.map(({ token }) => token);
    const weights = folded.map(({ weight }) => weight);
    // A token weighted other than its place is wrapped in its own weight (Pagefind nests them).
    const written = tokens.map((token, index) =>
      weights[index] === place(index)
        ? token
        : `___PAGEFIND_WEIGHT___${weights[index]} ${token} ${HEADLINE_WEIGHT[1]}`,
    );
    if (cut > 0) {
      parts.push(HEADLINE_WEIGHT[0], ...written.slice(0, cut), HEADLINE_WEIGHT[1], ...written.slice(cut));
    } else {
      parts.push(...written);
    }
  }
  if (date) {
    const month = wordKeys(date.month);
    const english = wordKeys(date.monthEnglish).phonetic;
    parts.push(
      date.day + TIER_MARKS[0],
      month.exact + TIER_MARKS[0],
      month.phonetic + TIER_MARKS[3],
      ...(english === month.phonetic ? [] : [english + TIER_MARKS[3]]),
      date.year + TIER_MARKS[0],
    );
  }
  return { content: parts.join(' '), wordCount: words.length };
}

/**
 * A Roman word typed as an acronym (in capitals, BCCI; or without a vowel or with an onset no
 * Hindi word has, bcci, bjp): read letter by letter before anything else (query.ts looks its
 * other readings up only when that finds nothing: BCCI is बीसीसीआई, not बाकी).
 */
export function readAsAcronym(text: string): boolean {
  return letterByLetter(text) !== undefined;
}

/** The key of a word read as an acronym (see {@link readAsAcronym}), if it is one. */
function letterByLetter(text: string): string | undefined {
  return looksLikeAcronym(text) ? acronymKey(text) : undefined;
}

function queryWord(text: string, prefix: boolean): QueryWord {
  const devanagari = /[\u0900-\u097F]/u.test(text);
  const keys = wordKeys(text);
  const phoneticKeys = [
    ...new Set(
      [letterByLetter(text), keys.phonetic, ...queryPhoneticKeys(text)].filter((key): key is string => !!key),
    ),
  ];
  return { text, keys, devanagari, stop: isStopWord(text), prefix, phoneticKeys };
}

/**
 * Reads a reader's raw query: words outside quotes, and quoted phrases. With `typing`, the last
 * word is a prefix unless a space or a closing quote follows it.
 */
export function parseQuery(raw: string, { typing = false }: { typing?: boolean } = {}): ParsedQuery {
  let text = raw.slice(0, MAX_QUERY_LENGTH).replace(TIER_MARK, '');
  // A word cut in two by the length limit is not what the reader typed: drop its first half.
  if (raw.length > MAX_QUERY_LENGTH && /[\p{L}\p{M}\p{N}]/u.test(raw.charAt(MAX_QUERY_LENGTH))) {
    const cut = /[\p{L}\p{M}\p{N}\u200C\u200D]+$/u.exec(text)?.[0] ?? '';
    // …unless that half alone is longer than any real word: then the query finds nothing, as it should.
    if ([...cut].length <= MAX_WORD_LENGTH) text = text.slice(0, text.length - cut.length);
  }
  const all = tokenizeWords(text);
  if (all.length === 0) return { kind: 'empty' };
  const letters = normalizeHindi(all.join('')).match(LETTERS_AND_DIGITS)?.length ?? 0;
  if (letters < 2) return { kind: 'too-short' };

  const words: QueryWord[] = [];
  const phrases: QueryWord[][] = [];
  const endsOpen = typing && /[\p{L}\p{M}\p{N}]$/u.test(text);
  // Odd pieces of a split on " are inside quotes (an unclosed quote runs to the end).
  const pieces = text.split(/["“”]/u);
  let count = 0;
  for (const [index, piece] of pieces.entries()) {
    const last = index === pieces.length - 1;
    const pieceWords = tokenizeWords(piece);
    const quoted = index % 2 === 1;
    const made = pieceWords.map((word, i) =>
      queryWord(word, endsOpen && last && i === pieceWords.length - 1),
    );
    if (quoted && made.length > 1) {
      if (count + made.length > MAX_TERMS) break;
      phrases.push(made.map((word) => ({ ...word, prefix: false })));
      count += made.length;
      continue;
    }
    for (const word of made) {
      if (count >= MAX_TERMS) break;
      if (words.some((seen) => seen.keys.exact === word.keys.exact && seen.prefix === word.prefix)) continue;
      words.push(quoted ? { ...word, prefix: false } : word);
      count += 1;
    }
  }
  return { kind: 'ok', words, phrases };
}

/** The word index and tier a Pagefind location points at (null past the word sections: date tokens). */
export function locationWord(location: number, wordCount: number): { index: number; tier: Tier } | null {
  if (wordCount <= 0 || location < 0 || location >= 4 * wordCount) return null;
  return { index: location % wordCount, tier: Math.floor(location / wordCount) as Tier };
}

/** The index of the original word that a Pagefind location points at (-1 for none). */
export function wordIndexForLocation(location: number, wordCount: number): number {
  return locationWord(location, wordCount)?.index ?? -1;
}
