import { describe, expect, it } from 'vitest';
import { lemmatize } from '../../../src/lib/hindi/lemma';
import { A_STEMS, I_STEMS, LEMMA_KEEP, LEMMA_MAP, VERB_ROOTS } from '../../../src/lib/hindi/lexicon';

const lemmas = (words: string[]) => words.map(lemmatize);

describe('lemmatize', () => {
  describe('verbs with a root in the lexicon', () => {
    it('gives खेल for खेल, खेलने, खेलते, खेला, खेली, खेलें, खेलेंगे, खेलकर, खेलना, खेलनेवाले', () => {
      expect(lemmas(['खेल', 'खेलने', 'खेलते', 'खेला', 'खेली', 'खेलें', 'खेलेंगे', 'खेलकर', 'खेलना', 'खेलनेवाले'])).toEqual(
        Array(10).fill('खेल'),
      );
    });

    it('lets the longest root win: जीता and जीतने are forms of जीत, not of जी', () => {
      expect(lemmas(['जीता', 'जीतने', 'जीतकर', 'जीती'])).toEqual(['जीत', 'जीत', 'जीत', 'जीत']);
    });

    it('strips endings after a vowel root (जाएगा, आए, बनाया, होंगे, दें)', () => {
      expect(lemmas(['जाएगा', 'आए', 'बनाया', 'होंगे', 'दें'])).toEqual(['जा', 'आ', 'बना', 'हो', 'दे']);
    });

    it('folds the glide first, so आये and आयेगा find आ', () => {
      expect(lemmas(['आये', 'आयेगा'])).toEqual(['आ', 'आ']);
    });

    it('reads मिला and बना as the past of मिल and बन, and मिलाया, बनाने as forms of मिला, बना', () => {
      expect(lemmas(['मिला', 'बना', 'मिलाया', 'बनाने'])).toEqual(['मिल', 'बन', 'मिला', 'बना']);
    });

    it('strips the polite -िए (चाहिए → चाह, लिखिए → लिख)', () => {
      expect(lemmas(['चाहिए', 'लिखिए'])).toEqual(['चाह', 'लिख']);
    });

    it('maps irregular pasts to their roots (गया, गई → जा; हुआ → हो; किया → कर; दिया → दे)', () => {
      expect(lemmas(['गया', 'गई', 'हुआ', 'किया', 'दिया'])).toEqual(['जा', 'जा', 'हो', 'कर', 'दे']);
    });
  });

  describe('future forms of any verb', () => {
    it('strips -ेगा/-ेंगे/-एगी from stems of two aksharas or more (निपटेंगे → निपट, अपनाएगी → अपना)', () => {
      expect(lemmas(['निपटेंगे', 'अपनाएगी'])).toEqual(['निपट', 'अपना']);
    });
  });

  describe('nouns ending in a vowel', () => {
    it('leads -ियों and -ियां back to -ी (लड़कियों, लड़कियां → लड़की; कहानियों → कहानी; नदियों → नदी)', () => {
      expect(lemmas(['लड़की', 'लड़कियों', 'लड़कियां', 'कहानियां', 'कहानियों', 'नदियों'])).toEqual([
        'लडकी',
        'लडकी',
        'लडकी',
        'कहानी',
        'कहानी',
        'नदी',
      ]);
    });

    it('leads -ियों back to -ि for a listed -ि noun (नीतियों → नीति, स्थितियों → स्थिति)', () => {
      expect(lemmas(['नीतियों', 'स्थितियों'])).toEqual(['नीति', 'स्थिति']);
    });

    it('leads -इयों back to -ई (भाइयों → भाई, दवाइयों → दवाई)', () => {
      expect(lemmas(['भाइयों', 'दवाइयों'])).toEqual(['भाई', 'दवाई']);
    });

    it('leads -ओं and -एं after a vowel back to it (भाषाओं, भाषाएं → भाषा; साधुओं → साधु; दवाएं → दवा)', () => {
      expect(lemmas(['भाषाओं', 'भाषाएं', 'साधुओं', 'दवाएं'])).toEqual(['भाषा', 'भाषा', 'साधु', 'दवा']);
    });

    it('folds the glide of a plural first (दवायें → दवा)', () => {
      expect(lemmatize('दवायें')).toBe('दवा');
    });
  });

  describe('nouns and adjectives in -ा/-े/-ों', () => {
    it('leads -े back to -ा (कमरे → कमरा, अपने → अपना, पैसे → पैसा)', () => {
      expect(lemmas(['कमरे', 'अपने', 'पैसे'])).toEqual(['कमरा', 'अपना', 'पैसा']);
    });

    it('leads -ों back to -ा for a listed -ा word (बच्चों → बच्चा, लड़कों → लड़का, मामलों → मामला)', () => {
      expect(lemmas(['बच्चों', 'लड़कों', 'मामलों'])).toEqual(['बच्चा', 'लडका', 'मामला']);
    });

    it('leads -ों and -ें back to the bare word otherwise (लोगों → लोग, देशों → देश, बातें → बात)', () => {
      expect(lemmas(['लोगों', 'देशों', 'बातें'])).toEqual(['लोग', 'देश', 'बात']);
    });

    it('leads an adjective’s feminine back to -ा (अच्छी → अच्छा, बड़ी → बड़ा, लंबी → लंबा, नई and नयी → नया)', () => {
      expect(lemmas(['अच्छी', 'बड़ी', 'लंबी', 'नई', 'नयी', 'पहली'])).toEqual(
        lemmas(['अच्छा', 'बड़ा', 'लंबा', 'नया', 'नया', 'पहला']),
      );
    });

    it('never leads a noun’s feminine to its masculine (लड़की, बेटी, घोड़ी, चाची stay)', () => {
      expect(lemmas(['लड़की', 'बेटी', 'घोड़ी', 'चाची'])).toEqual(['लडकी', 'बेटी', 'घोडी', 'चाची']);
    });

    it('leads -ियों and -ियां of a listed -िया noun back to it (चिड़ियों, चिड़ियां → चिड़िया; गुड़ियों → गुड़िया)', () => {
      expect(lemmas(['चिड़ियों', 'चिड़ियां', 'चिड़ियाँ', 'गुड़ियों', 'बुढ़ियां'])).toEqual([
        'चिडिया',
        'चिडिया',
        'चिडिया',
        'गुडिया',
        'बुढिया',
      ]);
    });

    it('leads -ों and -े of a listed -ा noun back to it (समझौतों, समझौते → समझौता; घोटालों → घोटाला)', () => {
      expect(lemmas(['समझौतों', 'समझौते', 'घोटालों', 'तबादलों'])).toEqual([
        'समझौता',
        'समझौता',
        'घोटाला',
        'तबादला',
      ]);
    });

    it('leads -ए back to -या (नए → नया, रुपए and रुपये → रुपया, किराए → किराया)', () => {
      expect(lemmas(['नए', 'रुपए', 'रुपये', 'किराए'])).toEqual(['नया', 'रुपया', 'रुपया', 'किराया']);
    });
  });

  describe('traps: stripping must never join different words', () => {
    const traps: [string, string][] = [
      ['पानी', 'पान'],
      ['रानी', 'रान'],
      ['नदी', 'नद'],
      ['साली', 'साल'],
      ['काली', 'काल'],
      ['मंत्री', 'मंत्र'],
      ['चीनी', 'चीन'],
      ['कमी', 'कम'],
      ['हरी', 'हर'],
      ['राजा', 'राज'],
      ['कला', 'कल'],
      ['माता', 'मात'],
      ['सेवा', 'सेव'],
      ['सेना', 'से'],
      ['जनता', 'जन'],
      ['कामना', 'काम'],
      ['घटना', 'घट'],
      ['पानी', 'पाना'],
      ['सोना', 'सो'],
      ['खाते', 'खा'],
      ['छापा', 'छाप'],
      ['नौकर', 'नौ'],
      ['सरकारी', 'सरकार'],
      ['वर्षा', 'वर्ष'],
      ['मात्रा', 'मात्र'],
      ['जाति', 'जाती'],
      ['लिए', 'लिया'],
    ];
    it.each(traps)('keeps %s apart from %s', (a, b) => {
      expect(lemmatize(a)).not.toBe(lemmatize(b));
    });

    it('keeps the trap words whole (पानी, रानी, नदी, साली, मंत्री, घटना stay as they are; काली is काला’s feminine, never काल)', () => {
      expect(lemmas(['पानी', 'रानी', 'नदी', 'साली', 'काली', 'मंत्री', 'घटना'])).toEqual([
        'पानी',
        'रानी',
        'नदी',
        'साली',
        'काला',
        'मंत्री',
        'घटना',
      ]);
    });

    it('still finds the plural of a kept word (घटनाओं → घटना)', () => {
      expect(lemmatize('घटनाओं')).toBe('घटना');
    });
  });

  describe('what it leaves alone', () => {
    it('leaves one-akshara words alone (के, में, से)', () => {
      expect(lemmas(['के', 'में', 'से'])).toEqual(['के', 'में', 'से']);
    });

    it('leaves Latin words and numbers alone', () => {
      expect(lemmas(['hegseth', '2025'])).toEqual(['hegseth', '2025']);
    });

    it('spells the lemma as foldSpelling does (टेलीविजनों and टेलिविजन → टेलिविजन)', () => {
      expect(lemmas(['टेलीविजनों', 'टेलिविजन'])).toEqual(['टेलिविजन', 'टेलिविजन']);
    });
  });

  describe('the lexicon', () => {
    it('holds its entries in normal form (nukta folded: लड़ is stored as लड)', () => {
      expect([
        VERB_ROOTS.has('लड'),
        A_STEMS.has('लडका'),
        I_STEMS.has('नीति'),
        LEMMA_KEEP.has('पानी'),
      ]).toEqual([true, true, true, true]);
      expect(LEMMA_MAP.get('गई')).toBe('जा');
    });

    it('never lists a root that is also kept whole', () => {
      expect([...VERB_ROOTS].filter((root) => LEMMA_KEEP.has(root))).toEqual([]);
    });
  });
});
