/**
 * Finding the words a search matched inside article text, for marking them on the page.
 * Matching is exact on whole words: the search already resolved spelling variants, and the
 * words passed here are the article's own.
 */

/**
 * The query parameter that carries matched words from the results page to an article
 * (written by ./highlight-link.ts, which keeps its own copy; see there why).
 */
export const HIGHLIGHT_PARAM = 'highlight';

/** Longest list of words taken from a URL (guards against absurd links). */
export const MAX_HIGHLIGHT_WORDS = 20;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Reads the words to highlight from a URL's search string. */
export function highlightWordsFromSearch(search: string): string[] {
  const words = new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .map((word) => word.normalize('NFC').trim())
    .filter((word) => word.length > 0 && word.length <= 100);
  return [...new Set(words)].slice(0, MAX_HIGHLIGHT_WORDS);
}

/** Start/end offsets of whole-word occurrences of `words` in `text`, in order, never overlapping. */
export function findWordRanges(text: string, words: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  const normalized = text.normalize('NFC');
  // Offsets must refer to `text`; NFC of text that is already NFC (as our HTML is) is identical.
  if (normalized !== text) return ranges;
  const sorted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  let index = 0;
  while (index < text.length) {
    let matched = 0;
    const before = index === 0 ? '' : (text[index - 1] ?? '');
    if (!WORD_CHAR.test(before)) {
      for (const word of sorted) {
        if (!text.startsWith(word, index)) continue;
        const after = text[index + word.length] ?? '';
        if (WORD_CHAR.test(after)) continue;
        matched = word.length;
        break;
      }
    }
    if (matched > 0) {
      ranges.push([index, index + matched]);
      index += matched;
    } else {
      index += 1;
    }
  }
  return ranges;
}
