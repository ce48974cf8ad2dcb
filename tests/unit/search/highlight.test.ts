import { describe, expect, it } from 'vitest';
import {
  findWordRanges,
  HIGHLIGHT_PARAM,
  highlightWordsFromSearch,
  MAX_HIGHLIGHT_WORDS,
} from '../../../src/lib/search/highlight';
import { withHighlight } from '../../../src/lib/search/highlight-link';

/** "राजनाथ", percent-encoded as UTF-8. */
const RAJNATH_ENCODED = '%E0%A4%B0%E0%A4%BE%E0%A4%9C%E0%A4%A8%E0%A4%BE%E0%A4%A5';

describe('highlightWordsFromSearch', () => {
  it('reads every highlight parameter in order', () => {
    expect(HIGHLIGHT_PARAM).toBe('highlight');
    expect(highlightWordsFromSearch('?q=x&highlight=राजनाथ&highlight=सिंह')).toEqual(['राजनाथ', 'सिंह']);
  });

  it('decodes percent-encoded Devanagari and + as a space', () => {
    expect(
      highlightWordsFromSearch(`?highlight=${RAJNATH_ENCODED}+%E0%A4%B8%E0%A4%BF%E0%A4%82%E0%A4%B9`),
    ).toEqual(['राजनाथ सिंह']);
  });

  it('drops repeated words', () => {
    expect(highlightWordsFromSearch('?highlight=राजनाथ&highlight=सिंह&highlight=राजनाथ')).toEqual([
      'राजनाथ',
      'सिंह',
    ]);
  });

  it('treats the precomposed and decomposed spellings of a nukta letter as one word', () => {
    // U+0959 (precomposed ख़) normalizes to U+0916 U+093C.
    expect(
      highlightWordsFromSearch(
        `?highlight=${encodeURIComponent('\u0959\u092C\u0930')}&highlight=\u0916\u093C\u092C\u0930`,
      ),
    ).toEqual(['\u0916\u093C\u092C\u0930']);
  });

  it('trims words and drops empty ones', () => {
    expect(highlightWordsFromSearch('?highlight=&highlight=%20%20&highlight=%20रक्षा%20')).toEqual(['रक्षा']);
  });

  it('drops a word longer than 100 characters and keeps one of exactly 100', () => {
    const longest = 'क'.repeat(100);
    expect(highlightWordsFromSearch(`?highlight=${'क'.repeat(101)}&highlight=${longest}`)).toEqual([longest]);
  });

  it('keeps at most 20 words, counted after duplicates are dropped', () => {
    const words = Array.from({ length: 25 }, (_, i) => `w${i + 1}`);
    const search = `?${['w1', ...words].map((word) => `highlight=${word}`).join('&')}`;
    expect(highlightWordsFromSearch(search)).toEqual(words.slice(0, 20));
  });

  it('returns nothing when the parameter is absent', () => {
    expect(highlightWordsFromSearch('?q=राजनाथ')).toEqual([]);
    expect(highlightWordsFromSearch('')).toEqual([]);
  });
});

describe('withHighlight', () => {
  it('returns the URL unchanged when there are no words', () => {
    expect(withHighlight('/news/x/', [])).toBe('/news/x/');
  });

  it('appends the words with ? to a URL without a query, encoding Devanagari', () => {
    expect(withHighlight('/news/x/', ['राजनाथ'])).toBe(`/news/x/?highlight=${RAJNATH_ENCODED}`);
  });

  it('keeps a #fragment at the end, after the highlight parameters', () => {
    expect(withHighlight('/news/x/#body', ['b'])).toBe('/news/x/?highlight=b#body');
  });

  it('appends the words with & to a URL that already has a query', () => {
    expect(withHighlight('/search/?q=a', ['b', 'c'])).toBe('/search/?q=a&highlight=b&highlight=c');
  });

  it('encodes a space as + and & as %26', () => {
    expect(withHighlight('/news/x/', ['a b', 'c&d'])).toBe('/news/x/?highlight=a+b&highlight=c%26d');
  });

  it('writes at most 20 words', () => {
    const words = Array.from({ length: 21 }, (_, i) => `w${i + 1}`);
    expect(withHighlight('/news/x/', words)).toBe(
      `/news/x/?${words
        .slice(0, 20)
        .map((word) => `highlight=${word}`)
        .join('&')}`,
    );
  });

  it('round-trips through highlightWordsFromSearch', () => {
    const words = ['राजनाथ सिंह', 'हेगसेथ', 'a&b'];
    expect(
      highlightWordsFromSearch(new URL(withHighlight('/news/x/', words), 'https://example.org').search),
    ).toEqual(words);
  });

  it('agrees with the article side on the parameter and the word limit (each keeps its own copy)', () => {
    const words = Array.from({ length: 30 }, (_, i) => `w${i + 1}`);
    const search = new URL(withHighlight('/news/x/', words), 'https://example.org').searchParams;
    expect([...search.keys()].every((key) => key === HIGHLIGHT_PARAM)).toBe(true);
    expect(search.getAll(HIGHLIGHT_PARAM)).toHaveLength(MAX_HIGHLIGHT_WORDS);
  });
});

describe('findWordRanges', () => {
  it('finds a whole word at the start of the text', () => {
    expect(findWordRanges('राजनाथ सिंह ने कहा', ['राजनाथ'])).toEqual([[0, 6]]);
  });

  it('does not match राजनाथ inside राजनाथसिंह', () => {
    expect(findWordRanges('राजनाथसिंह ने कहा', ['राजनाथ'])).toEqual([]);
  });

  it('does not match सिंह inside सिंहासन', () => {
    expect(findWordRanges('सिंहासन पर', ['सिंह'])).toEqual([]);
  });

  it('does not match सिंह at the end of नरसिंह', () => {
    expect(findWordRanges('नरसिंह राव', ['सिंह'])).toEqual([]);
  });

  it('does not match a word followed by a vowel sign (राज inside राजा)', () => {
    expect(findWordRanges('राजा आए', ['राज'])).toEqual([]);
  });

  it('matches a word followed by a danda or a comma', () => {
    // "कहा " is 0-3, राजनाथ 4-10, "। फिर " 10-15, राजनाथ 16-22, then ",".
    expect(findWordRanges('कहा राजनाथ। फिर राजनाथ, और', ['राजनाथ'])).toEqual([
      [4, 10],
      [16, 22],
    ]);
  });

  it('matches a word inside quotation marks', () => {
    expect(findWordRanges('“राजनाथ”', ['राजनाथ'])).toEqual([[1, 7]]);
  });

  it('prefers the longest word when one word is a prefix of another', () => {
    expect(findWordRanges('राजनाथ सिंह ने कहा', ['राजनाथ', 'राजनाथ सिंह'])).toEqual([[0, 11]]);
    expect(findWordRanges('राजनाथ सिंह ने कहा', ['राजनाथ सिंह', 'राजनाथ'])).toEqual([[0, 11]]);
  });

  it('falls back to the shorter word where the longer one does not fit', () => {
    expect(findWordRanges('राजनाथ ने कहा', ['राजनाथ सिंह', 'राजनाथ'])).toEqual([[0, 6]]);
  });

  it('finds several occurrences of several words, in order', () => {
    expect(findWordRanges('सिंह और राजनाथ और सिंह', ['राजनाथ', 'सिंह'])).toEqual([
      [0, 4],
      [8, 14],
      [18, 22],
    ]);
  });

  it('treats नुरलान and नूरलान as different words', () => {
    const withShortU = '\u0928\u0941\u0930\u0932\u093E\u0928'; // नुरलान
    const withLongU = '\u0928\u0942\u0930\u0932\u093E\u0928'; // नूरलान
    expect(findWordRanges(`${withLongU} ने कहा`, [withShortU])).toEqual([]);
    expect(findWordRanges(`${withLongU} ने कहा`, [withLongU])).toEqual([[0, 6]]);
  });

  it('matches Latin words exactly, case included', () => {
    expect(findWordRanges('Hegseth और hegseth', ['Hegseth'])).toEqual([[0, 7]]);
  });

  it('finds nothing for no words or an empty word', () => {
    expect(findWordRanges('राजनाथ सिंह', [])).toEqual([]);
    expect(findWordRanges('राजनाथ सिंह', [''])).toEqual([]);
  });
});
