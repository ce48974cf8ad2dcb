import { describe, expect, it } from 'vitest';
import {
  aksharaCount,
  hasDevanagari,
  isConsonant,
  isIndependentVowel,
  isVowelSign,
} from '../../../src/lib/hindi/akshara';

describe('aksharaCount', () => {
  it('counts each consonant that carries a vowel (कमरा 3, भारत 3, पानी 2)', () => {
    expect(['कमरा', 'भारत', 'पानी'].map(aksharaCount)).toEqual([3, 3, 2]);
  });

  it('counts a conjunct as one akshara (मंत्री 2, प्रधान 3, डॉक्टर 3)', () => {
    expect(['मंत्री', 'प्रधान', 'डॉक्टर'].map(aksharaCount)).toEqual([2, 3, 3]);
  });

  it('counts independent vowels (आई 2, ऑस्ट्रेलिया 4, इ 1)', () => {
    expect(['आई', 'ऑस्ट्रेलिया', 'इ'].map(aksharaCount)).toEqual([2, 4, 1]);
  });

  it('does not count a consonant silenced by a virama, even after a nukta (जगत् 2, क़् 0)', () => {
    expect([aksharaCount('जगत्'), aksharaCount('\u0915\u093C\u094D')]).toEqual([2, 0]);
  });

  it('counts nothing in Latin or digits', () => {
    expect([aksharaCount('sarkar'), aksharaCount('2025')]).toEqual([0, 0]);
  });
});

describe('character classes', () => {
  it('tells consonants, independent vowels and vowel signs apart', () => {
    const codes = ['क', 'ज़', 'आ', 'ऑ', 'ा', 'ॉ', 'ं'].map((char) => char.charCodeAt(0));
    expect(codes.map((code) => [isConsonant(code), isIndependentVowel(code), isVowelSign(code)])).toEqual([
      [true, false, false],
      [true, false, false],
      [false, true, false],
      [false, true, false],
      [false, false, true],
      [false, false, true],
      [false, false, false],
    ]);
  });

  it('says whether a word holds Devanagari (भारत, BJPके yes; BJP, 2025 no)', () => {
    expect(['भारत', 'BJPके', 'BJP', '2025'].map(hasDevanagari)).toEqual([true, true, false, false]);
  });
});
