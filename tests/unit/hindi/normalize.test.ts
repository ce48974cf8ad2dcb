import { describe, expect, it } from 'vitest';
import { normalizeHindi } from '../../../src/lib/hindi/normalize';

describe('normalizeHindi', () => {
  describe('Unicode NFC', () => {
    it('composes a decomposed accented Latin letter (e + U+0301 becomes é, U+00E9)', () => {
      expect(normalizeHindi('cafe\u0301')).toBe('caf\u00E9');
    });
  });

  describe('nukta', () => {
    it('folds the precomposed क़ (U+0958) to क', () => {
      expect(normalizeHindi('\u0958')).toBe('\u0915');
    });

    it('folds the decomposed क + nukta (U+0915 U+093C) to क', () => {
      expect(normalizeHindi('\u0915\u093C')).toBe('\u0915');
    });

    it('folds every precomposed nukta letter from U+0958 to U+095F to its base letter', () => {
      expect(normalizeHindi('\u0958\u0959\u095A\u095B\u095C\u095D\u095E\u095F')).toBe(
        '\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F',
      );
    });

    it('folds ऩ, ऱ and ऴ (U+0929, U+0931, U+0934) to न, र and ळ', () => {
      expect(normalizeHindi('\u0929\u0931\u0934')).toBe('\u0928\u0930\u0933');
    });

    it('folds ऩ, ऱ and ऴ written as base letter + nukta to the same base letters', () => {
      expect(normalizeHindi('\u0928\u093C\u0930\u093C\u0933\u093C')).toBe('\u0928\u0930\u0933');
    });

    it('gives मुलाक़ात the same form with a precomposed or a decomposed nukta, or none', () => {
      expect(normalizeHindi('मुला\u0958ात')).toBe('मुलाकात');
      expect(normalizeHindi('मुलाक\u093Cात')).toBe('मुलाकात');
      expect(normalizeHindi('मुलाकात')).toBe('मुलाकात');
    });

    it('folds कज़ाख़स्तान (with two nuktas) to कजाखस्तान', () => {
      expect(normalizeHindi('कज\u093Cाख\u093Cस्तान')).toBe('कजाखस्तान');
    });
  });

  describe('chandrabindu', () => {
    it('turns chandrabindu (U+0901) into anusvara (U+0902), so हाँ is हां', () => {
      expect(normalizeHindi('\u0939\u093E\u0901')).toBe('\u0939\u093E\u0902');
    });

    it('turns the inverted candrabindu (U+0900) into anusvara too', () => {
      expect(normalizeHindi('\u0939\u093E\u0900')).toBe('\u0939\u093E\u0902');
    });
  });

  describe('nasal clusters', () => {
    it('writes हिन्दी as हिंदी', () => {
      expect(normalizeHindi('हिन्दी')).toBe('हिंदी');
    });

    it('writes सम्बन्ध as संबंध (both clusters)', () => {
      expect(normalizeHindi('सम्बन्ध')).toBe('संबंध');
    });

    it('writes पण्डित as पंडित', () => {
      expect(normalizeHindi('पण्डित')).toBe('पंडित');
    });

    it('writes गङ्गा as गंगा and चञ्चल as चंचल', () => {
      expect(normalizeHindi('गङ्गा चञ्चल')).toBe('गंगा चंचल');
    });

    it('writes मन्त्री as मंत्री, folding a nasal before a conjunct', () => {
      expect(normalizeHindi('मन्त्री')).toBe('मंत्री');
    });

    it('keeps a nasal before another nasal as written (जन्म, सम्मेलन)', () => {
      expect(normalizeHindi('जन्म सम्मेलन')).toBe('जन्म सम्मेलन');
    });

    it('keeps a nasal before ह as written (तुम्हारा, उन्हें)', () => {
      expect(normalizeHindi('तुम्हारा उन्हें')).toBe('तुम्हारा उन्हें');
    });

    it('keeps a word-final nasal with virama as written', () => {
      expect(normalizeHindi('\u0915\u0928\u094D')).toBe('\u0915\u0928\u094D');
    });
  });

  describe('invisible characters', () => {
    it('removes a zero-width joiner (U+200D) inside a conjunct', () => {
      expect(normalizeHindi('\u0915\u094D\u200D\u0937')).toBe('\u0915\u094D\u0937');
    });

    it('removes a zero-width non-joiner (U+200C) inside a conjunct', () => {
      expect(normalizeHindi('\u0915\u094D\u200C\u0937')).toBe('\u0915\u094D\u0937');
    });

    it('removes a soft hyphen (U+00AD) inside a word', () => {
      expect(normalizeHindi('राज\u00ADनाथ')).toBe('राजनाथ');
    });

    it('removes a joiner before folding a nasal cluster, so हिन्\u200Dदी is still हिंदी', () => {
      expect(normalizeHindi('हिन\u094D\u200Dदी')).toBe('हिंदी');
    });
  });

  describe('chandra vowels', () => {
    it('turns the vowel sign ॅ (U+0945) into ै (U+0948), the spelling papers use: बॅंक is बैंक', () => {
      expect(normalizeHindi('\u092C\u0945\u0902\u0915')).toBe('\u092C\u0948\u0902\u0915');
    });

    it('turns the letter ऍ (U+090D) into ऐ (U+0910)', () => {
      expect(normalizeHindi('\u090D')).toBe('\u0910');
    });

    it('keeps the vowel sign ॉ (U+0949): हॉल (hall) is neither होल nor हाल', () => {
      expect(normalizeHindi('\u0939\u0949\u0932')).toBe('\u0939\u0949\u0932');
    });

    it('keeps the letter ऑ (U+0911): ऑफिस stays ऑफिस (fold.ts folds it in long words)', () => {
      expect(normalizeHindi('\u0911\u092B\u093F\u0938')).toBe('\u0911\u092B\u093F\u0938');
    });
  });

  describe('words that need no folding', () => {
    it('returns an already normal word unchanged (the fast path)', () => {
      expect(normalizeHindi('प्रधानमंत्री')).toBe('प्रधानमंत्री');
    });

    it('still composes NFC on the fast path (decomposed क + nukta is folded, ड़ too)', () => {
      expect(normalizeHindi('\u0921\u093C')).toBe('\u0921');
    });
  });

  describe('Latin letters', () => {
    it('lowercases Latin words', () => {
      expect(normalizeHindi('Hegseth NATO G20')).toBe('hegseth nato g20');
    });
  });

  describe('digits', () => {
    it('turns every Devanagari digit into its ASCII digit', () => {
      expect(normalizeHindi('०१२३४५६७८९')).toBe('0123456789');
    });

    it('turns १२वीं into 12वीं', () => {
      expect(normalizeHindi('१२वीं')).toBe('12वीं');
    });
  });

  describe('what it keeps', () => {
    it('keeps vowel signs: कम is not काम', () => {
      expect(normalizeHindi('कम')).toBe('कम');
      expect(normalizeHindi('काम')).toBe('काम');
    });

    it('keeps spaces and punctuation as they are', () => {
      expect(normalizeHindi('रक्षा मंत्री ने बैठक की।')).toBe('रक्षा मंत्री ने बैठक की।');
    });

    it('gives the same result when applied twice', () => {
      const once = normalizeHindi('व्यक्तिगत रूप से मुलाक\u093Cात करके हिन्दी ऑफिस हाँ १२');
      expect(normalizeHindi(once)).toBe(once);
    });
  });
});
