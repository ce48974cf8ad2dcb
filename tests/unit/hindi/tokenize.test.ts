import { describe, expect, it } from 'vitest';
import { compoundParts, joinKey, tokenize, tokenizeWords } from '../../../src/lib/hindi/tokenize';

describe('tokenize', () => {
  it('gives each word with its offsets in the original text', () => {
    expect(tokenize('रक्षा मंत्री')).toEqual([
      { word: 'रक्षा', start: 0, end: 5, kind: 'word' },
      { word: 'मंत्री', start: 6, end: 12, kind: 'word' },
    ]);
  });

  it('splits a number from a glued suffix (21वीं → 21, वीं)', () => {
    expect(tokenize('21वीं सदी')).toEqual([
      { word: '21', start: 0, end: 2, kind: 'word' },
      { word: 'वीं', start: 2, end: 5, kind: 'word' },
      { word: 'सदी', start: 6, end: 9, kind: 'word' },
    ]);
  });

  it('splits Devanagari digits from a suffix too (१९४७में → १९४७, में)', () => {
    expect(tokenizeWords('१९४७में')).toEqual(['१९४७', 'में']);
  });

  it('splits Latin from Devanagari (BJPके → BJP, के) but keeps Latin with digits (G20, covid19)', () => {
    expect(tokenizeWords('BJPके G20 covid19')).toEqual(['BJP', 'के', 'G20', 'covid19']);
  });

  it('gives a hyphenated pair as one compound token, then its parts', () => {
    expect(tokenize('खान-पान')).toEqual([
      { word: 'खान-पान', start: 0, end: 7, kind: 'compound' },
      { word: 'खान', start: 0, end: 3, kind: 'part' },
      { word: 'पान', start: 4, end: 7, kind: 'part' },
    ]);
  });

  it('joins a chain of hyphenated words and the non-breaking hyphen U+2011', () => {
    expect(tokenize('आगे\u2011पीछे-ऊपर').map((token) => [token.word, token.kind])).toEqual([
      ['आगे\u2011पीछे-ऊपर', 'compound'],
      ['आगे', 'part'],
      ['पीछे', 'part'],
      ['ऊपर', 'part'],
    ]);
  });

  it('does not join words around a spaced dash (भारत - पाक)', () => {
    expect(tokenizeWords('भारत - पाक')).toEqual(['भारत', 'पाक']);
  });

  it('separates at the danda and double danda', () => {
    expect(tokenizeWords('बात हुई।फिर॥ अब')).toEqual(['बात', 'हुई', 'फिर', 'अब']);
  });

  it('keeps ZWJ and ZWNJ inside a word (हिन्\u200Dदी is one token, offsets include the joiner)', () => {
    expect(tokenize('हिन्\u200Dदी')).toEqual([{ word: 'हिन्\u200Dदी', start: 0, end: 7, kind: 'word' }]);
  });

  it('keeps a nukta written as a separate mark inside its word (मुलाक़ात decomposed)', () => {
    expect(tokenizeWords('मुलाक\u093Cात हुई')).toEqual(['मुलाक\u093Cात', 'हुई']);
  });

  it('keeps a colon typed for the visarga inside the word (दु:ख), but not a colon before a space', () => {
    expect(tokenizeWords('दु:ख समय: अब')).toEqual(['दु:ख', 'समय', 'अब']);
  });

  it('splits on quotes, brackets and commas', () => {
    expect(tokenizeWords('“नयी दिल्ली”, (भाषा)')).toEqual(['नयी', 'दिल्ली', 'भाषा']);
  });

  it('returns nothing for an empty or punctuation-only text', () => {
    expect([tokenize(''), tokenize(' ।, - ')]).toEqual([[], []]);
  });
});

describe('joinKey', () => {
  it('gives खान-पान, खान पान and खानपान one key', () => {
    expect([joinKey('खान-पान'), joinKey('खान', 'पान'), joinKey('खानपान')]).toEqual([
      'खानपान',
      'खानपान',
      'खानपान',
    ]);
  });

  it('gives प्रधान मंत्री and प्रधानमंत्री one key, normalized (प्रधानमन्त्री too)', () => {
    expect([joinKey('प्रधान', 'मंत्री'), joinKey('प्रधानमन्त्री')]).toEqual(['प्रधानमंत्री', 'प्रधानमंत्री']);
  });
});

describe('compoundParts', () => {
  it('splits a glued title at a listed tail (प्रधानमंत्री → प्रधान, मंत्री; लोकसभा → लोक, सभा)', () => {
    expect([compoundParts('प्रधानमंत्री'), compoundParts('लोकसभा'), compoundParts('राष्ट्रपति')]).toEqual([
      ['प्रधान', 'मंत्री'],
      ['लोक', 'सभा'],
      ['राष्ट्र', 'पति'],
    ]);
  });

  it('splits a head it has never seen (खेलमंत्री → खेल, मंत्री)', () => {
    expect(compoundParts('खेलमंत्री')).toEqual(['खेल', 'मंत्री']);
  });

  it('does not split a word that is only the tail, or has a one-akshara head (मंत्री, दंपति, संपति)', () => {
    expect([compoundParts('मंत्री'), compoundParts('दंपति'), compoundParts('संपति')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
