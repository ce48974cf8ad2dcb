/**
 * The one place text becomes search terms, at build time and in the browser alike.
 *
 * Each word of an article gets two keys: a Devanagari key (normalized and lightly stemmed) and a
 * Latin key (loose phonetic romanization). The Pagefind record holds all Devanagari keys in word
 * order, then all Latin keys in word order, so Pagefind location L is word L when L < n and word
 * L - n otherwise. A reader's query becomes the same keys; excerpts are cut from the original
 * words, never from keys.
 *
 * Every record token ends with KEY_END (U+0900), an alphabetic combining mark that
 * normalizeHindi folds away, so no query term contains it. Pagefind looks words up with marks
 * stripped, so prefix matching is unchanged, but it keeps the marked spelling, and under
 * `exactDiacritics` a term matches a spelling only if one starts with the other. That disarms
 * Pagefind's backtracking, where a term found nowhere matches the longest indexed word it starts
 * with ("hindi" finding "hin", the key of हैं): Pagefind/pagefind#780.
 */
import { normalizeHindi } from '../hindi/normalize';
import { stemHindi } from '../hindi/stem';
import { foldLatin, romanizeDevanagari } from '../hindi/romanize';

/** Longest query read, in UTF-16 code units: a pasted essay costs no more than a sentence. */
export const MAX_QUERY_LENGTH = 200;

/** Most terms sent to Pagefind (it ANDs them, and each may load an index chunk). */
export const MAX_TERMS = 10;

/** Ends every record token, so Pagefind's backtracking can never match one (see above; Pagefind/pagefind#780). */
export const KEY_END = '\u0900';

/** A reader's query, read: nothing to search, too little to search, or terms to search for. */
export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'too-short' }
  /** `terms`: distinct keys in query order, at most {@link MAX_TERMS}; `words`: the query's words as typed. */
  | { kind: 'ok'; terms: string[]; words: string[] };

/**
 * A word: letters, marks and digits of any script, with ZWJ, ZWNJ or soft hyphen allowed inside
 * (never at the ends). Everything else (spaces, । , ‘ ’ “ ” ( ) - ? ! : ; .) separates words.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[\u200C\u200D\u00AD]+[\p{L}\p{M}\p{N}]+)*/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTERS_AND_DIGITS = /[\p{L}\p{N}]/gu;

/** Runs of one script inside a normalized word; a key is built run by run (12वीं = 12 + वीं). */
const SCRIPT_RUN =
  /[\u0900-\u097F\uA8E0-\uA8FF]+|[\p{Script=Latin}\u0300-\u036F]+|[^\u0900-\u097F\uA8E0-\uA8FF\p{Script=Latin}]+/gu;
const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]/u;
const LATIN = /\p{Script=Latin}/u;

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

/** Builds a key run by run: Devanagari runs one way, Latin runs another, digits (and other scripts) as they are. */
function keyByScript(word: string, devanagari: (run: string) => string): string {
  const normalized = normalizeHindi(word);
  const runs = normalized.match(SCRIPT_RUN) ?? [];
  const key = runs
    .map((run) => (DEVANAGARI.test(run) ? devanagari(run) : LATIN.test(run) ? foldLatin(run) : run))
    .join('');
  // Never empty: an empty key would put two spaces in the record and shift every later location.
  return key || normalized || '0';
}

/** The Devanagari key of a word: normalized and stemmed (Latin words: folded; digits as they are). */
export function devanagariKey(word: string): string {
  return keyByScript(word, stemHindi);
}

/** The Latin key of a word: romanized and folded (Latin words: folded; digits as they are). */
export function latinKey(word: string): string {
  return keyByScript(word, romanizeDevanagari);
}

/** The Pagefind record content: each word's Devanagari key, then each word's Latin key, each + KEY_END. */
export function buildSearchContent(text: string): { content: string; wordCount: number } {
  const words = tokenizeWords(text);
  const keys = [...words.map(devanagariKey), ...words.map(latinKey)];
  return { content: keys.map((key) => key + KEY_END).join(' '), wordCount: words.length };
}

/** The key a query word is searched by: Devanagari words by their Devanagari key, others by their Latin key. */
function queryTerm(word: string): string {
  return DEVANAGARI.test(word) ? devanagariKey(word) : latinKey(word);
}

/** Reads a reader's raw query into search terms (Pagefind ANDs them, across scripts too). */
export function parseQuery(raw: string): ParsedQuery {
  const words = tokenizeWords(raw.slice(0, MAX_QUERY_LENGTH));
  if (words.length === 0) return { kind: 'empty' };
  const letters = normalizeHindi(words.join('')).match(LETTERS_AND_DIGITS)?.length ?? 0;
  if (letters < 2) return { kind: 'too-short' };
  const terms = [...new Set(words.map(queryTerm))].slice(0, MAX_TERMS);
  return { kind: 'ok', terms, words };
}

/** The index of the original word that a Pagefind location points at. */
export function wordIndexForLocation(location: number, wordCount: number): number {
  return location < wordCount ? location : location - wordCount;
}
