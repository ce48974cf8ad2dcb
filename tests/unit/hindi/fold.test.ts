import { describe, expect, it } from 'vitest';
import { FOLD_KEEP, foldGlides, foldSpelling } from '../../../src/lib/hindi/fold';

describe('foldSpelling', () => {
  describe('rule 1: a word-final virama is dropped', () => {
    it('folds जगत् to जगत and पश्चात् to पश्चात', () => {
      expect([foldSpelling('जगत्'), foldSpelling('पश्चात्')]).toEqual(['जगत', 'पश्चात']);
    });

    it('keeps a virama inside a word (क्या, प्रधान)', () => {
      expect([foldSpelling('क्या'), foldSpelling('प्रधान')]).toEqual(['क्या', 'प्रधान']);
    });
  });

  describe('rule 2: the visarga is dropped', () => {
    it('folds दुःख, दु:ख (typed with a colon) and दुख to दुख', () => {
      expect(['दुःख', 'दु:ख', 'दुख'].map(foldSpelling)).toEqual(['दुख', 'दुख', 'दुख']);
    });

    it('folds a word-final visarga (प्रायः → प्राय)', () => {
      expect(foldSpelling('प्रायः')).toBe('प्राय');
    });
  });

  describe('rule 2b: conjuncts written two ways', () => {
    it('folds ह्म to म्ह (ब्राह्मण → ब्राम्हण, ब्रह्मा → ब्रम्हा)', () => {
      expect([foldSpelling('ब्राह्मण'), foldSpelling('ब्रह्मा')]).toEqual(['ब्राम्हण', 'ब्रम्हा']);
    });

    it('folds ह्न to न्ह (चिह्न → चिन्ह)', () => {
      expect(foldSpelling('चिह्न')).toBe('चिन्ह');
    });

    it('folds त्त्व to त्व (महत्त्व → महत्व)', () => {
      expect(foldSpelling('महत्त्व')).toBe('महत्व');
    });

    it('folds श्रृ to शृ (श्रृंखला → शृंखला)', () => {
      expect(foldSpelling('श्रृंखला')).toBe('शृंखला');
    });

    it('folds र्र to रर (अंतर्राष्ट्रीय and अंतरराष्ट्रीय meet)', () => {
      expect(foldSpelling('अंतर्राष्ट्रीय')).toBe(foldSpelling('अंतरराष्ट्रीय'));
    });

    it('keeps other conjuncts (तुम्हारा, सत्य, श्रम)', () => {
      expect(['तुम्हारा', 'सत्य', 'श्रम'].map(foldSpelling)).toEqual(['तुम्हारा', 'सत्य', 'श्रम']);
    });
  });

  describe('rule 3: the य-glide', () => {
    it('folds ये after a vowel sign to ए (किये, लिये, दिये, चाहिये)', () => {
      expect(['किये', 'लिये', 'दिये', 'चाहिये'].map(foldSpelling)).toEqual(['किए', 'लिए', 'दिए', 'चाहिए']);
    });

    it('folds यी after a vowel to ई (आयी → आई, स्थायी → स्थाई)', () => {
      expect([foldSpelling('आयी'), foldSpelling('स्थायी')]).toEqual(['आई', 'स्थाई']);
    });

    it('folds a word-final ये/यी after a consonant (नये → नए, गयी → गई, रुपये → रुपए)', () => {
      expect(['नये', 'गयी', 'रुपये', 'नयी'].map(foldSpelling)).toEqual(['नए', 'गई', 'रुपए', 'नई']);
    });

    it('folds the glide before an anusvara (दवायें → दवाएं, गयीं → गईं)', () => {
      expect([foldSpelling('दवायें'), foldSpelling('गयीं')]).toEqual(['दवाएं', 'गईं']);
    });

    it('folds a glide inside a verb form (आयेगा → आएगा, जायेंगे → जाएंगे)', () => {
      expect([foldSpelling('आयेगा'), foldSpelling('जायेंगे')]).toEqual(['आएगा', 'जाएंगे']);
    });

    it('keeps a real य: word-initial ये (this), गया, नया, उपायों, समय', () => {
      expect(['ये', 'गया', 'नया', 'उपायों', 'समय'].map(foldSpelling)).toEqual([
        'ये',
        'गया',
        'नया',
        'उपायों',
        'समय',
      ]);
    });

    it('keeps a mid-word ये after a consonant (विजयेंद्र)', () => {
      expect(foldSpelling('विजयेंद्र')).toBe('विजयेंद्र');
    });
  });

  describe('rule 4: vowels of long words (three aksharas or more)', () => {
    it('folds ी to ि and ू to ु inside the word (टेलीविजन, पुलीस, यूक्रेन, दूसरा)', () => {
      expect(['टेलीविजन', 'पुलीस', 'यूक्रेन', 'दूसरा'].map(foldSpelling)).toEqual([
        'टेलिविजन',
        'पुलिस',
        'युक्रेन',
        'दुसरा',
      ]);
    });

    it('folds the initial ई and ऊ (ईरान → इरान, ऊपर → उपर)', () => {
      expect([foldSpelling('ईरान'), foldSpelling('ऊपर')]).toEqual(['इरान', 'उपर']);
    });

    it('folds ॉ to ा and ऑ to आ (डॉक्टर → डाक्टर, ऑस्ट्रेलिया → आस्ट्रेलिया, कॉलेज → कालेज)', () => {
      expect(['डॉक्टर', 'ऑस्ट्रेलिया', 'कॉलेज'].map(foldSpelling)).toEqual(['डाक्टर', 'आस्ट्रेलिया', 'कालेज']);
    });

    it('folds ै to े and ऐ to ए (हैरिस → हेरिस, कैमरा → केमरा, ऐलान → एलान)', () => {
      expect(['हैरिस', 'कैमरा', 'ऐलान'].map(foldSpelling)).toEqual(['हेरिस', 'केमरा', 'एलान']);
    });

    it('keeps a final ी, which marks the feminine (जाती stays apart from जाति)', () => {
      expect([foldSpelling('जाती'), foldSpelling('जाति'), foldSpelling('बीमारी')]).toEqual([
        'जाती',
        'जाति',
        'बिमारी',
      ]);
    });

    it('leaves two-akshara words alone (दीन, सूना, हॉल, कॉफी, मैं, पूरी)', () => {
      expect(['दीन', 'सूना', 'हॉल', 'कॉफी', 'मैं', 'पूरी'].map(foldSpelling)).toEqual([
        'दीन',
        'सूना',
        'हॉल',
        'कॉफी',
        'मैं',
        'पूरी',
      ]);
    });

    it('leaves the words in FOLD_KEEP alone (जीतने is not जितने)', () => {
      expect([foldSpelling('जीतने'), foldSpelling('जितने')]).toEqual(['जीतने', 'जितने']);
      expect(FOLD_KEEP.has('जीतना')).toBe(true);
    });
  });

  describe('rule 5: a final ू', () => {
    it('folds a final ू to ु (शुरू → शुरु, गुरू → गुरु, हिंदू → हिंदु)', () => {
      expect(['शुरू', 'गुरू', 'हिंदू'].map(foldSpelling)).toEqual(['शुरु', 'गुरु', 'हिंदु']);
    });

    it('keeps बहू (daughter-in-law) apart from बहु (many)', () => {
      expect([foldSpelling('बहू'), foldSpelling('बहु')]).toEqual(['बहू', 'बहु']);
    });

    it('leaves a one-akshara word alone (तू)', () => {
      expect(foldSpelling('तू')).toBe('तू');
    });
  });

  describe('what normalizeHindi already does, seen through foldSpelling', () => {
    it('folds Devanagari digits to ASCII (१९४७ → 1947)', () => {
      expect(foldSpelling('१९४७')).toBe('1947');
    });

    it('folds nasal clusters beyond न्/म् (गङ्गा → गंगा, चञ्चल → चंचल, पण्डित → पंडित)', () => {
      expect(['गङ्गा', 'चञ्चल', 'पण्डित'].map(foldSpelling)).toEqual(['गंगा', 'चंचल', 'पंडित']);
    });

    it('folds the nukta (इज़राइल → इजराइल) and chandrabindu (हँसी → हंसी)', () => {
      expect([foldSpelling('इज़राइल'), foldSpelling('हँसी')]).toEqual(['इजराइल', 'हंसी']);
    });
  });

  it('is idempotent', () => {
    const words = ['नये', 'टेलीविजन', 'ऑस्ट्रेलिया', 'शुरू', 'दुःख', 'जगत्', 'हैरिस', '१९४७'];
    expect(words.map((word) => foldSpelling(foldSpelling(word)))).toEqual(words.map(foldSpelling));
  });

  it('foldGlides applies rules 1 to 3 only (टेलीविजन keeps its ी, नये becomes नए)', () => {
    expect([foldGlides('टेलीविजन'), foldGlides('नये'), foldGlides('दुःख')]).toEqual(['टेलीविजन', 'नए', 'दुख']);
  });
});
