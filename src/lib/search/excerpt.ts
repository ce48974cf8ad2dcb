/**
 * Search-result excerpts cut from an article's original words (never from search keys), so
 * readers only ever see the real Devanagari text. Parts are plain text, rendered with
 * `textContent` only.
 */

/** One piece of an excerpt: plain text, or a matched word to mark. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** Shown where an excerpt starts after the text's start or ends before its end. */
export const ELLIPSIS = '…';

/** Shown between a headline and the standfirst, or paragraphs, that end without punctuation. */
export const SEPARATOR = '—';

/** The valid word indexes among `indexes`: whole, in range, distinct, ascending. */
function validIndexes(wordCount: number, indexes: readonly number[]): number[] {
  const valid = indexes.filter((index) => Number.isInteger(index) && index >= 0 && index < wordCount);
  return [...new Set(valid)].sort((a, b) => a - b);
}

/** First word of the `size`-word window that best shows the densest cluster of `matches`. */
function windowStart(wordCount: number, matches: readonly number[], size: number): number {
  let best = { count: 0, first: 0, last: 0 };
  for (const [i, first] of matches.entries()) {
    let j = i;
    while (j + 1 < matches.length && (matches[j + 1] ?? Infinity) < first + size) j += 1;
    if (j - i + 1 > best.count) best = { count: j - i + 1, first, last: matches[j] ?? first };
  }
  // Centre the window on the cluster, then keep it inside the text.
  const centre = Math.floor((best.first + best.last) / 2);
  const start = centre - Math.floor((size - 1) / 2);
  return Math.max(0, Math.min(start, wordCount - size));
}

/** About `2 × radius` words around the densest cluster of matches (or the start), matches marked, '…' where clipped. */
export function buildExcerpt(
  words: readonly string[],
  matchedWordIndexes: readonly number[],
  radius = 12,
  gaps?: readonly string[],
): ExcerptPart[] {
  // The original punctuation between words (from splitWords), with line breaks as spaces; a bare
  // line break (a headline that ends without punctuation, then the standfirst) becomes a dash,
  // so the two never read as one sentence.
  const gap = (index: number) => {
    const raw = gaps?.[index] ?? ' ';
    if (raw.includes('\n') && raw.trim() === '') return ` ${SEPARATOR} `;
    return raw.replace(/\s+/gu, ' ') || ' ';
  };
  if (words.length === 0) return [];
  const size = Math.max(1, 2 * Math.floor(radius));
  const matches = validIndexes(words.length, matchedWordIndexes);
  const start = matches.length > 0 ? windowStart(words.length, matches, size) : 0;
  const end = Math.min(words.length, start + size);
  const marked = new Set(matches);

  const parts: ExcerptPart[] = [];
  let plain = '';
  const flush = () => {
    if (plain) parts.push({ text: plain, mark: false });
    plain = '';
  };
  if (start > 0) parts.push({ text: ELLIPSIS, mark: false });
  for (let index = start; index < end; index += 1) {
    if (index > start) plain += gap(index);
    else if (start > 0) plain += ' ';
    const word = words[index] ?? '';
    if (marked.has(index)) {
      flush();
      parts.push({ text: word, mark: true });
    } else {
      plain += word;
    }
  }
  if (end < words.length) plain += gaps ? gap(end).trimEnd() + ' ' : ' ';
  else if (gaps) plain += (gaps[end] ?? '').trimEnd();
  flush();
  if (end < words.length) parts.push({ text: ELLIPSIS, mark: false });
  return parts;
}

/** The distinct original words at `indexes`, in text order, for highlighting on the article page. */
export function matchedWords(words: readonly string[], indexes: readonly number[]): string[] {
  return [...new Set(validIndexes(words.length, indexes).map((index) => words[index] ?? ''))];
}
