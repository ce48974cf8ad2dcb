import { describe, expect, it } from 'vitest';
import { HINDI_SUFFIXES, stemHindi } from '../../../src/lib/hindi/stem';

describe('stemHindi', () => {
  describe('the required cases', () => {
    it('stems अभ्यासों to अभ्यास', () => {
      expect(stemHindi('अभ्यासों')).toBe('अभ्यास');
    });

    it('leaves अभ्यास as it is', () => {
      expect(stemHindi('अभ्यास')).toBe('अभ्यास');
    });

    it('leaves सही as it is, since सह would be too short (and a prefix of सहयोग)', () => {
      expect(stemHindi('सही')).toBe('सही');
    });

    it('leaves कम as it is', () => {
      expect(stemHindi('कम')).toBe('कम');
    });

    it('leaves काम as it is', () => {
      expect(stemHindi('काम')).toBe('काम');
    });
  });

  describe('each suffix', () => {
    it('strips ियों (लडकियों → लडक)', () => {
      expect(stemHindi('लडकियों')).toBe('लडक');
    });

    it('strips ियां, the normalized ियाँ (लडकियां → लडक)', () => {
      expect(stemHindi('लडकियां')).toBe('लडक');
    });

    it('strips ाओं (भाषाओं → भाष)', () => {
      expect(stemHindi('भाषाओं')).toBe('भाष');
    });

    it('strips ाएं, the normalized ाएँ (भाषाएं → भाष)', () => {
      expect(stemHindi('भाषाएं')).toBe('भाष');
    });

    it('strips ों (लोगों → लोग)', () => {
      expect(stemHindi('लोगों')).toBe('लोग');
    });

    it('strips ें (बातें → बात)', () => {
      expect(stemHindi('बातें')).toBe('बात');
    });

    it('strips ीं (बीसवीं → बीसव)', () => {
      expect(stemHindi('बीसवीं')).toBe('बीसव');
    });

    it('strips ओं after a vowel sign, keeping the stem vowel (साधुओं → साधु)', () => {
      expect(stemHindi('साधुओं')).toBe('साधु');
    });

    it('strips एं after a vowel sign when ाएं would leave too little (दवाएं → दवा)', () => {
      expect(stemHindi('दवाएं')).toBe('दवा');
    });

    it('strips the imperative ाओ (बुलाओ → बुल)', () => {
      expect(stemHindi('बुलाओ')).toBe('बुल');
    });

    it('strips ा, े and ी so लडका, लडके and लडकी share the stem लडक', () => {
      expect([stemHindi('लडका'), stemHindi('लडके'), stemHindi('लडकी')]).toEqual(['लडक', 'लडक', 'लडक']);
    });

    it('strips the imperative ो (देखो → देख)', () => {
      expect(stemHindi('देखो')).toBe('देख');
    });
  });

  describe('which suffix wins', () => {
    it('strips the longest matching suffix (मंत्रियों → मंत्र, not मंत्रिय)', () => {
      expect(stemHindi('मंत्रियों')).toBe('मंत्र');
    });

    it('gives a singular and its plural one stem (मंत्री and मंत्रियों → मंत्र)', () => {
      expect(stemHindi('मंत्री')).toBe(stemHindi('मंत्रियों'));
    });

    it('falls back to a shorter suffix when the longest would leave too little (नदियों → नदिय)', () => {
      expect(stemHindi('नदियों')).toBe('नदिय');
    });

    it('lists its suffixes longest first', () => {
      const lengths = HINDI_SUFFIXES.map((suffix) => Array.from(suffix).length);
      expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    });
  });

  describe('what it never does', () => {
    it('never leaves a stem shorter than three code points (के, की, में stay whole)', () => {
      expect([stemHindi('के'), stemHindi('की'), stemHindi('में')]).toEqual(['के', 'की', 'में']);
    });

    it('never leaves a dangling virama (स त ् + ों stays whole)', () => {
      expect(stemHindi('\u0938\u0924\u094D\u094B\u0902')).toBe('\u0938\u0924\u094D\u094B\u0902');
    });

    it('never leaves a stem ending in anusvara (स त ं + ा stays whole)', () => {
      expect(stemHindi('\u0938\u0924\u0902\u093E')).toBe('\u0938\u0924\u0902\u093E');
    });

    it('does not strip consonant endings such as ना (कामना → कामन, never काम)', () => {
      expect(stemHindi('कामना')).toBe('कामन');
    });

    it('does not strip the stem vowels ि and ु (वृद्धि, साधु)', () => {
      expect([stemHindi('वृद्धि'), stemHindi('साधु')]).toEqual(['वृद्धि', 'साधु']);
    });

    it('leaves words without a listed ending alone (राजनाथ, क्रिकेट, सिंह)', () => {
      expect([stemHindi('राजनाथ'), stemHindi('क्रिकेट'), stemHindi('सिंह')]).toEqual(['राजनाथ', 'क्रिकेट', 'सिंह']);
    });

    it('leaves Latin words and digits alone', () => {
      expect([stemHindi('hegseth'), stemHindi('2024')]).toEqual(['hegseth', '2024']);
    });
  });
});
