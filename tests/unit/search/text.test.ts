import { describe, expect, it } from 'vitest';
import {
  KEY_END,
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  buildSearchContent,
  devanagariKey,
  latinKey,
  parseQuery,
  tokenizeWords,
  wordIndexForLocation,
} from '../../../src/lib/search/text';

/** Sentences from our articles. */
const SENTENCES = [
  'रक्षा मंत्री राजनाथ सिंह ने शुक्रवार को कजाखस्तान के अपने समकक्ष लेफ्टिनेंट जनरल नूरलान येरमेकबायेव के साथ बैठक की।',
  'यरमेकबेयेव जयपुर स्थित 12वीं कोर बटालियन के मुख्यालय और जैसलमेर के लोंगेवाल सेक्टर का दौरा करने भी गए थे।',
  'रक्षा मंत्री राजनाथ सिंह ने अमेरिकी रक्षा मंत्री पीट हेगसेथ से मंगलवार को बात की',
  'व्यक्तिगत रूप से मुलाक\u093Cात करके',
  'संयुक्त सैन्य अभ्यासों में वृद्धि',
  'सैन्य अभ्यास',
];

describe('tokenizeWords', () => {
  it('splits a sentence into its words, dropping the danda', () => {
    expect(tokenizeWords(SENTENCES[0] ?? '')).toEqual([
      'रक्षा',
      'मंत्री',
      'राजनाथ',
      'सिंह',
      'ने',
      'शुक्रवार',
      'को',
      'कजाखस्तान',
      'के',
      'अपने',
      'समकक्ष',
      'लेफ्टिनेंट',
      'जनरल',
      'नूरलान',
      'येरमेकबायेव',
      'के',
      'साथ',
      'बैठक',
      'की',
    ]);
  });

  it('keeps digits and Devanagari written together as one word (12वीं)', () => {
    expect(tokenizeWords(SENTENCES[1] ?? '').slice(0, 5)).toEqual(['यरमेकबेयेव', 'जयपुर', 'स्थित', '12वीं', 'कोर']);
  });

  it('splits on । , ‘ ’ “ ” ( ) - ? ! : ; . and whitespace', () => {
    expect(tokenizeWords('‘राजनाथ’,“हेगसेथ”(रक्षा)मंत्री-स्तर?हाँ!क्यों:ठीक;अंत.नया\tपद\nअब।')).toEqual([
      'राजनाथ',
      'हेगसेथ',
      'रक्षा',
      'मंत्री',
      'स्तर',
      'हाँ',
      'क्यों',
      'ठीक',
      'अंत',
      'नया',
      'पद',
      'अब',
    ]);
  });

  it('keeps a ZWJ or ZWNJ inside a word as part of it', () => {
    expect(tokenizeWords('क्\u200Dष त्\u200Cर')).toEqual(['क्\u200Dष', 'त्\u200Cर']);
  });

  it('drops joiners at the ends of a word', () => {
    expect(tokenizeWords('\u200Dक्ष\u200C')).toEqual(['क्ष']);
  });

  it('keeps Latin words and numbers, split at hyphens', () => {
    expect(tokenizeWords('G20 शिखर-सम्मेलन 2024 में')).toEqual(['G20', 'शिखर', 'सम्मेलन', '2024', 'में']);
  });

  it('finds no words in punctuation and emoji', () => {
    expect(tokenizeWords(' ।। — 😀🙏 … ')).toEqual([]);
  });

  it('is stable: the words of the words joined by spaces are the same words', () => {
    const words = SENTENCES.flatMap(tokenizeWords);
    expect(tokenizeWords(words.join(' '))).toEqual(words);
  });
});

describe('devanagariKey', () => {
  it('normalizes and stems a Devanagari word (अभ्यासों → अभ्यास)', () => {
    expect(devanagariKey('अभ्यासों')).toBe('अभ्यास');
  });

  it('folds the nukta (मुलाक़ात → मुलाकात)', () => {
    expect(devanagariKey('मुलाक\u093Cात')).toBe('मुलाकात');
  });

  it('gives हिन्दी and हिंदी one key (normalized to हिंदी, then stemmed to हिंद)', () => {
    expect([devanagariKey('हिन्दी'), devanagariKey('हिंदी')]).toEqual(['हिंद', 'हिंद']);
  });

  it('folds a Latin word like its Latin key (Hegseth → higsit)', () => {
    expect(devanagariKey('Hegseth')).toBe('higsit');
  });

  it('keeps digits as they are, in either script (2024, १२ → 12)', () => {
    expect([devanagariKey('2024'), devanagariKey('१२')]).toEqual(['2024', '12']);
  });

  it('keys a word mixing digits and Devanagari run by run (12वीं → 12वीं)', () => {
    expect(devanagariKey('12वीं')).toBe('12वीं');
  });
});

describe('latinKey', () => {
  it('romanizes a Devanagari word (राजनाथ → rjnt)', () => {
    expect(latinKey('राजनाथ')).toBe('rjnt');
  });

  it('romanizes the normalized word (मुलाक़ात → mulkt)', () => {
    expect(latinKey('मुलाक\u093Cात')).toBe('mulkt');
  });

  it('folds a Latin word (Hegseth → higsit)', () => {
    expect(latinKey('Hegseth')).toBe('higsit');
  });

  it('keeps digits as they are (2024)', () => {
    expect(latinKey('2024')).toBe('2024');
  });

  it('keys a word mixing digits and Devanagari run by run (12वीं → 12vin)', () => {
    expect(latinKey('12वीं')).toBe('12vin');
  });
});

describe('buildSearchContent', () => {
  it('lists the Devanagari keys in word order, then the Latin keys in word order, each ended by U+0900', () => {
    expect(buildSearchContent('रक्षा मंत्री राजनाथ सिंह ने हेगसेथ से बात की')).toEqual({
      content:
        'रक्ष\u0900 मंत्र\u0900 राजनाथ\u0900 सिंह\u0900 ने\u0900 हेगसेथ\u0900 से\u0900 बात\u0900 की\u0900 ' +
        'rks\u0900 mntri\u0900 rjnt\u0900 sing\u0900 ni\u0900 higsit\u0900 si\u0900 bt\u0900 ki\u0900',
      wordCount: 9,
    });
  });

  it('ends tokens with the inverted candrabindu (U+0900)', () => {
    expect(KEY_END).toBe('\u0900');
  });

  it('never lets a query term contain the token end, even when the reader types it', () => {
    const parsed = parseQuery('राजनाथ\u0900 hin\u0900di');
    expect(parsed.kind === 'ok' ? parsed.terms : []).toEqual(['राजनाथं', 'hinंdi']);
  });

  it('gives an empty record for text without words', () => {
    expect(buildSearchContent(' ।। ')).toEqual({ content: '', wordCount: 0 });
  });

  it('writes exactly two tokens per word, each only letters, marks and digits', () => {
    const text = SENTENCES.join('\n');
    const { content, wordCount } = buildSearchContent(text);
    const tokens = content.split(' ');
    expect(wordCount).toBe(tokenizeWords(text).length);
    expect(tokens.length).toBe(2 * wordCount);
    expect(tokens.filter((token) => !/^[\p{L}\p{M}\p{N}]+$/u.test(token))).toEqual([]);
  });

  it('puts word L at location L and at location L + n', () => {
    const text = SENTENCES[3] ?? '';
    const tokens = buildSearchContent(text).content.split(' ');
    expect([tokens[3], tokens[8]]).toEqual(['मुलाकात\u0900', 'mulkt\u0900']);
    expect(tokenizeWords(text)[3]).toBe('मुलाक\u093Cात');
  });
});

describe('wordIndexForLocation', () => {
  it('maps a location in the Devanagari half to the same word', () => {
    expect(wordIndexForLocation(2, 9)).toBe(2);
  });

  it('maps a location in the Latin half back by the word count', () => {
    expect(wordIndexForLocation(11, 9)).toBe(2);
  });

  it('maps the first Latin key to the first word', () => {
    expect(wordIndexForLocation(9, 9)).toBe(0);
  });
});

describe('parseQuery', () => {
  it('reads an empty query as empty', () => {
    expect(parseQuery('')).toEqual({ kind: 'empty' });
  });

  it('reads a query of whitespace as empty', () => {
    expect(parseQuery(' \t\n ')).toEqual({ kind: 'empty' });
  });

  it('reads a query of punctuation and emoji as empty', () => {
    expect(parseQuery('।, ?! 😀🙏')).toEqual({ kind: 'empty' });
  });

  it('reads one letter alone as too short (क, a, 5)', () => {
    expect([parseQuery('क'), parseQuery(' a '), parseQuery('5')]).toEqual([
      { kind: 'too-short' },
      { kind: 'too-short' },
      { kind: 'too-short' },
    ]);
  });

  it('counts letters after normalization, so क़ with a decomposed nukta is still too short', () => {
    expect(parseQuery('\u0915\u093C')).toEqual({ kind: 'too-short' });
  });

  it('reads one letter with a vowel sign as too short (की has one letter)', () => {
    expect(parseQuery('की')).toEqual({ kind: 'too-short' });
  });

  it('searches two letters (कम)', () => {
    expect(parseQuery('कम')).toEqual({ kind: 'ok', terms: ['कम'], words: ['कम'] });
  });

  it('turns Devanagari words into Devanagari keys and Latin words into Latin keys', () => {
    expect(parseQuery('राजनाथ hegseth')).toEqual({
      kind: 'ok',
      terms: ['राजनाथ', 'higsit'],
      words: ['राजनाथ', 'hegseth'],
    });
  });

  it('normalizes and stems the query like the index (सैन्य → सैंय, अभ्यासों → अभ्यास)', () => {
    expect(parseQuery('सैन्य अभ्यासों')).toEqual({
      kind: 'ok',
      terms: ['सैंय', 'अभ्यास'],
      words: ['सैन्य', 'अभ्यासों'],
    });
  });

  it('deduplicates terms, keeping their order, but keeps every word', () => {
    expect(parseQuery('अभ्यास राजनाथ अभ्यासों')).toEqual({
      kind: 'ok',
      terms: ['अभ्यास', 'राजनाथ'],
      words: ['अभ्यास', 'राजनाथ', 'अभ्यासों'],
    });
  });

  it('gives the same terms for a decomposed nukta, a precomposed one and none', () => {
    const terms = ['मुलाक\u093Cात', 'मुला\u0958ात', 'मुलाकात'].map((query) => {
      const parsed = parseQuery(query);
      return parsed.kind === 'ok' ? parsed.terms : [];
    });
    expect(terms).toEqual([['मुलाकात'], ['मुलाकात'], ['मुलाकात']]);
  });

  it('gives the same terms with a ZWJ or ZWNJ inside a word as without', () => {
    const terms = ['र\u0915\u094D\u200D\u0937ा', 'र\u0915\u094D\u200C\u0937ा', 'र\u0915\u094D\u0937ा'].map(
      (query) => {
        const parsed = parseQuery(query);
        return parsed.kind === 'ok' ? parsed.terms : [];
      },
    );
    expect(terms).toEqual([['रक्ष'], ['रक्ष'], ['रक्ष']]);
  });

  it('treats HTML and script as plain words', () => {
    expect(parseQuery('<script>alert(1)</script>')).toEqual({
      kind: 'ok',
      terms: ['skript', 'alirt', '1'],
      words: ['script', 'alert', '1', 'script'],
    });
  });

  it(`reads only the first ${MAX_QUERY_LENGTH} characters of a long query`, () => {
    // Each "राजनाथ " is 7 characters: 28 whole words fit in 196, then "राजन" is cut off.
    const parsed = parseQuery('राजनाथ '.repeat(300));
    expect(parsed.kind === 'ok' ? [parsed.terms, parsed.words.length, parsed.words.at(-1)] : []).toEqual([
      ['राजनाथ', 'राजन'],
      29,
      'राजन',
    ]);
  });

  it('ignores words beyond the first 200 characters', () => {
    expect(parseQuery(`${' '.repeat(MAX_QUERY_LENGTH)}राजनाथ`)).toEqual({ kind: 'empty' });
  });

  it(`sends at most ${MAX_TERMS} terms`, () => {
    const parsed = parseQuery('a1 a2 a3 a4 a5 a6 a7 a8 a9 a10 a11 a12');
    expect(parsed.kind === 'ok' ? parsed.terms : []).toEqual([
      'a1',
      'a2',
      'a3',
      'a4',
      'a5',
      'a6',
      'a7',
      'a8',
      'a9',
      'a10',
    ]);
  });
});

describe('precision of the prefix-matched index over our sentences', () => {
  const keys = SENTENCES.flatMap(tokenizeWords).map(devanagariKey);
  const isPrefixOfSomeKey = (word: string) => keys.some((key) => key.startsWith(devanagariKey(word)));

  it('finds no word for कम, सही or क्रिकेट (none of their keys starts any word key)', () => {
    expect(['कम', 'सही', 'क्रिकेट'].filter(isPrefixOfSomeKey)).toEqual([]);
  });

  it('finds मुलाकात, कज़ाख़स्तान, अभ्यास, राजनाथ and हेगसेथ (each key starts a word key)', () => {
    expect(['मुलाकात', 'कज\u093Cाख\u093Cस्तान', 'अभ्यास', 'राजनाथ', 'हेगसेथ'].filter(isPrefixOfSomeKey)).toEqual([
      'मुलाकात',
      'कज\u093Cाख\u093Cस्तान',
      'अभ्यास',
      'राजनाथ',
      'हेगसेथ',
    ]);
  });

  it('finds राजनाथ, हेगसेथ, जैसलमेर and कजाखस्तान by their Roman spellings', () => {
    const latinKeys = SENTENCES.flatMap(tokenizeWords).map(latinKey);
    const found = ['rajnath', 'hegseth', 'jaisalmer', 'kazakhstan', 'raajnaath', 'jaisalmeer'].filter(
      (word) => latinKeys.some((key) => key.startsWith(latinKey(word))),
    );
    expect(found).toEqual(['rajnath', 'hegseth', 'jaisalmer', 'kazakhstan', 'raajnaath', 'jaisalmeer']);
  });
});
