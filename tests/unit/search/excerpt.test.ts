import { describe, expect, it } from 'vitest';
import { ELLIPSIS, SEPARATOR, buildExcerpt, matchedWords } from '../../../src/lib/search/excerpt';
import { splitWords } from '../../../src/lib/search/text';

/** w0, w1, … w(count - 1). */
const numbered = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`);

/** The text a reader sees, marks shown as [word]. */
const render = (parts: { text: string; mark: boolean }[]) =>
  parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('buildExcerpt', () => {
  it('shows a short text whole, marking the matched word, with no ellipsis', () => {
    expect(buildExcerpt(['रक्षा', 'मंत्री', 'राजनाथ', 'सिंह'], [2])).toEqual([
      { text: 'रक्षा मंत्री ', mark: false },
      { text: 'राजनाथ', mark: true },
      { text: ' सिंह', mark: false },
    ]);
  });

  it('clips both ends with ellipsis parts around a match in the middle', () => {
    expect(buildExcerpt(numbered(100), [50], 2)).toEqual([
      { text: ELLIPSIS, mark: false },
      { text: ' w49 ', mark: false },
      { text: 'w50', mark: true },
      { text: ' w51 w52 ', mark: false },
      { text: ELLIPSIS, mark: false },
    ]);
  });

  it('shows about 2 × radius words (24 by default)', () => {
    const parts = buildExcerpt(numbered(100), [50]);
    expect(render(parts)).toBe(
      `… ${numbered(100).slice(39, 50).join(' ')} [w50] ${numbered(100).slice(51, 63).join(' ')} …`,
    );
  });

  it('centres on the densest cluster of matches, not the first match', () => {
    expect(render(buildExcerpt(numbered(100), [5, 60, 62, 63], 3))).toBe('… w59 [w60] w61 [w62] [w63] w64 …');
  });

  it('starts at the beginning of the text when nothing matched', () => {
    expect(buildExcerpt(numbered(10), [], 2)).toEqual([
      { text: 'w0 w1 w2 w3 ', mark: false },
      { text: ELLIPSIS, mark: false },
    ]);
  });

  it('keeps the window inside the text when the match is near the end', () => {
    expect(render(buildExcerpt(numbered(100), [99], 2))).toBe('… w96 w97 w98 [w99]');
  });

  it('keeps the window inside the text when the match is near the start', () => {
    expect(render(buildExcerpt(numbered(100), [0], 2))).toBe('[w0] w1 w2 w3 …');
  });

  it('marks adjacent matched words as separate parts with a space between', () => {
    expect(buildExcerpt(['राजनाथ', 'सिंह'], [0, 1])).toEqual([
      { text: 'राजनाथ', mark: true },
      { text: ' ', mark: false },
      { text: 'सिंह', mark: true },
    ]);
  });

  it('ignores negative, fractional, out-of-range and repeated indexes', () => {
    expect(buildExcerpt(['सैन्य', 'अभ्यास'], [-1, 0.5, 2, 7, 1, 1])).toEqual([
      { text: 'सैन्य ', mark: false },
      { text: 'अभ्यास', mark: true },
    ]);
  });

  it('gives no parts for a text without words', () => {
    expect(buildExcerpt([], [0])).toEqual([]);
  });
});

describe('matchedWords', () => {
  it('lists the distinct matched words in text order', () => {
    expect(matchedWords(['अभ्यास', 'सैन्य', 'अभ्यास', 'राजनाथ'], [3, 0, 2])).toEqual(['अभ्यास', 'राजनाथ']);
  });

  it('ignores indexes outside the text', () => {
    expect(matchedWords(['अभ्यास'], [-1, 1, 9])).toEqual([]);
  });
});

describe('buildExcerpt with the original punctuation', () => {
  const text = 'नई दिल्ली, पीटीआइ। रक्षा मंत्री राजनाथ सिंह ने बैठक की।\nइस वार्ता के दौरान';
  const { words, gaps } = splitWords(text);

  it('splits a text into words and the exact text between them', () => {
    expect(words).toEqual([
      'नई',
      'दिल्ली',
      'पीटीआइ',
      'रक्षा',
      'मंत्री',
      'राजनाथ',
      'सिंह',
      'ने',
      'बैठक',
      'की',
      'इस',
      'वार्ता',
      'के',
      'दौरान',
    ]);
    expect(gaps).toEqual(['', ' ', ', ', '। ', ' ', ' ', ' ', ' ', ' ', ' ', '।\n', ' ', ' ', ' ', '']);
    expect(gaps.map((gap, i) => gap + (words[i] ?? '')).join('')).toBe(text);
  });

  it('keeps commas and dandas between words and turns line breaks into spaces', () => {
    expect(buildExcerpt(words, [5], 12, gaps)).toEqual([
      { text: 'नई दिल्ली, पीटीआइ। रक्षा मंत्री ', mark: false },
      { text: 'राजनाथ', mark: true },
      { text: ' सिंह ने बैठक की। इस वार्ता के दौरान', mark: false },
    ]);
  });

  it('puts a dash where a line break stands without punctuation (headline, then standfirst)', () => {
    const split = splitWords('राजनाथ सिंह ने बैठक की\nरक्षा मंत्री ने कहा');
    expect(buildExcerpt(split.words, [0], 12, split.gaps)).toEqual([
      { text: 'राजनाथ', mark: true },
      { text: ` सिंह ने बैठक की ${SEPARATOR} रक्षा मंत्री ने कहा`, mark: false },
    ]);
  });

  it('ends a clipped window with the word’s own punctuation, then an ellipsis', () => {
    expect(buildExcerpt(words, [0], 1, gaps)).toEqual([
      { text: 'नई', mark: true },
      { text: ' दिल्ली, ', mark: false },
      { text: ELLIPSIS, mark: false },
    ]);
  });
});
