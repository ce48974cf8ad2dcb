/**
 * Line breaking for the share card's headline. Pure: the width of a piece of text comes from
 * the `measure` function the caller passes (the card renderer measures with HarfBuzz, tests
 * with simple arithmetic), so the rules here are tested without a font.
 */

/** Width of `text` when set on one line, in the same units as `maxWidth`. */
export type Measure = (text: string) => number;

/** Where the headline must fit. */
export interface HeadlineBox {
  maxWidth: number;
  maxLines: number;
}

/** The headline as card lines; `truncated` when words were left out and the last line ends in `…`. */
export interface HeadlineLines {
  lines: string[];
  truncated: boolean;
}

/** The ellipsis that ends a headline cut short. */
export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter('hi', { granularity: 'grapheme' });

/** Splits a word wider than the line into pieces that fit, only between grapheme clusters (never inside a conjunct or before a matra). */
function splitLongWord(word: string, measure: Measure, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(word)) {
    if (piece !== '' && measure(piece + segment) > maxWidth) {
      pieces.push(piece);
      piece = segment;
    } else {
      piece += segment;
    }
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Greedy line filling at spaces: each line takes as many words as fit. */
function fillLines(words: string[], measure: Measure, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(word) <= maxWidth) {
      line = word;
    } else {
      const pieces = splitLongWord(word, measure, maxWidth);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1) ?? '';
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Punctuation that must not stand right before the ellipsis ("की, …" reads as a stray comma). */
const TRAILING_PUNCTUATION = /[\s,;:।॥\-–—'"‘’“”(]+$/u;

/** The last line shortened, word by word (or cluster by cluster for one long word), until it fits with `…`. */
function withEllipsis(line: string, measure: Measure, maxWidth: number): string {
  let words = line.split(' ');
  for (;;) {
    const text = words.join(' ').replace(TRAILING_PUNCTUATION, '');
    if (measure(text + ELLIPSIS) <= maxWidth || text === '') return text + ELLIPSIS;
    if (words.length > 1) {
      words = words.slice(0, -1);
    } else {
      const clusters = [...graphemes.segment(text)].map(({ segment }) => segment);
      words = [clusters.slice(0, -1).join('')];
    }
  }
}

/** Breaks `headline` into at most `box.maxLines` lines no wider than `box.maxWidth`; a longer headline ends in `…`. */
export function breakHeadline(headline: string, measure: Measure, box: HeadlineBox): HeadlineLines {
  const words = headline
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  const lines = fillLines(words, measure, box.maxWidth);
  if (lines.length <= box.maxLines) return { lines, truncated: false };
  const kept = lines.slice(0, box.maxLines);
  const last = `${kept.pop() ?? ''} ${lines[box.maxLines] ?? ''}`;
  return { lines: [...kept, withEllipsis(last, measure, box.maxWidth)], truncated: true };
}
