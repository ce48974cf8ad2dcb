import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_KEYS,
  acronymKey,
  looksLikeAcronym,
  phoneticKey,
  phoneticQueryKeys,
} from '../../../src/lib/hindi/phonetic';

/** Whether a Roman query word finds a Devanagari word by any of its keys. */
const finds = (roman: string, devanagari: string) =>
  phoneticQueryKeys(roman).includes(phoneticKey(devanagari));

describe('phoneticKey', () => {
  describe('long words (four consonant sounds or more): the consonant skeleton', () => {
    it('keys सरकार, sarkar, sarkaar and sirkar alike (srkr)', () => {
      expect(['सरकार', 'sarkar', 'sarkaar', 'sirkar'].map(phoneticKey)).toEqual([
        'srkr',
        'srkr',
        'srkr',
        'srkr',
      ]);
    });

    it('marks a word-initial vowel, whichever it is (ऑस्ट्रेलिया, आस्ट्रेलिया, australia → astrla)', () => {
      expect(['ऑस्ट्रेलिया', 'आस्ट्रेलिया', 'australia'].map(phoneticKey)).toEqual(['astrla', 'astrla', 'astrla']);
    });

    it('keeps a final i or u, so मंत्री (mntri) is not मंत्र (mntr)', () => {
      expect([phoneticKey('मंत्री'), phoneticKey('mantri'), phoneticKey('मंत्र')]).toEqual([
        'mntri',
        'mntri',
        'mntr',
      ]);
    });

    it('keeps a final ā, so समीक्षा (smksa) is not समकक्ष (smks)', () => {
      expect([phoneticKey('समीक्षा'), phoneticKey('समकक्ष'), phoneticKey('samiksha')]).toEqual([
        'smksa',
        'smks',
        'smksa',
      ]);
    });

    it('keys डॉक्टर and doctor alike (dktr), and केजरीवाल and kejriwal (kjrvl)', () => {
      expect(['डॉक्टर', 'doctor', 'केजरीवाल', 'kejriwal'].map(phoneticKey)).toEqual([
        'dktr',
        'dktr',
        'kjrvl',
        'kjrvl',
      ]);
    });

    it('drops aspiration and folds sh, ph, z, w as in foldLatin (pradhan → prdn)', () => {
      expect([phoneticKey('प्रधान'), phoneticKey('pradhaan')]).toEqual(['prdn', 'prdn']);
    });
  });

  describe('short words: vowels kept but inner a', () => {
    it('keys दिन as din, दीन as din, देना as dena: e and i stay apart', () => {
      expect(['दिन', 'दीन', 'देना', 'देन'].map(phoneticKey)).toEqual(['din', 'din', 'dena', 'den']);
    });

    it('drops the final inherent a that Hindi does not say (दिल → dil, not dila)', () => {
      expect([phoneticKey('दिल'), phoneticKey('dil')]).toEqual(['dil', 'dil']);
    });

    it('keys कम, काम, kam and kaam alike (km): Roman writers do not mark vowel length', () => {
      expect(['कम', 'काम', 'kam', 'kaam'].map(phoneticKey)).toEqual(['km', 'km', 'km', 'km']);
    });

    it('reads a y between vowels as i and ai as e (इजराइल, इजरायल, izrail → ijrel)', () => {
      expect(['इजराइल', 'इजरायल', 'इज़राइल', 'izrail'].map(phoneticKey)).toEqual([
        'ijrel',
        'ijrel',
        'ijrel',
        'ijrel',
      ]);
    });

    it('keys दिल्ली, dilli and dillee alike (dili)', () => {
      expect(['दिल्ली', 'dilli', 'dillee'].map(phoneticKey)).toEqual(['dili', 'dili', 'dili']);
    });

    it('keys यूक्रेन and युक्रेन alike (yukren)', () => {
      expect([phoneticKey('यूक्रेन'), phoneticKey('युक्रेन')]).toEqual(['yukren', 'yukren']);
    });

    it('keeps digits (2025 → 2025)', () => {
      expect(phoneticKey('2025')).toBe('2025');
    });
  });
});

describe('phoneticQueryKeys', () => {
  it('gives a Devanagari word its one key', () => {
    expect(phoneticQueryKeys('सरकार')).toEqual(['srkr']);
  });

  it('adds the looser vowel reading for Roman (delhi → deli, dili)', () => {
    expect(phoneticQueryKeys('delhi')).toEqual(['deli', 'dili']);
  });

  it('adds English readings: a silent final e and a soft c (police finds पुलिस, vote finds वोट, game finds गेम)', () => {
    expect([
      finds('police', 'पुलिस'),
      finds('vote', 'वोट'),
      finds('game', 'गेम'),
      finds('time', 'टाइम'),
    ]).toEqual([true, true, true, true]);
  });

  it('reads -tion, -sion and an initial u the English way (station, television, ukraine, europe)', () => {
    expect([
      finds('station', 'स्टेशन'),
      finds('television', 'टेलीविजन'),
      finds('ukraine', 'यूक्रेन'),
      finds('europe', 'यूरोप'),
    ]).toEqual([true, true, true, true]);
  });

  it('also reads a typed final a as the inherent a (mantra finds मंत्र, not मंत्री)', () => {
    expect([finds('mantra', 'मंत्र'), finds('mantra', 'मंत्री'), finds('krishna', 'कृष्ण')]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('reads sch as sk and our as or (school finds स्कूल, court finds कोर्ट)', () => {
    expect([finds('school', 'स्कूल'), finds('court', 'कोर्ट')]).toEqual([true, true]);
  });

  it('reads the Hinglish eh as ah (sheher finds शहर, pehle finds पहले, kehna finds कहना)', () => {
    expect([finds('sheher', 'शहर'), finds('pehle', 'पहले'), finds('kehna', 'कहना')]).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('restores the a Hindi does not say between h and y (sahyog finds सहयोग, sahyogi सहयोगी), never after a conjunct (dhyan)', () => {
    expect([finds('sahyog', 'सहयोग'), finds('sahyogi', 'सहयोगी'), finds('dhyan', 'ध्यान')]).toEqual([
      true,
      true,
      true,
    ]);
    expect(phoneticQueryKeys('dhyan')).toEqual(['dyn', 'dya']);
  });

  it('reads capitals letter by letter first (BCCI → the key of बीसीसीआई), then as a word', () => {
    expect(phoneticQueryKeys('BCCI')[0]).toBe(phoneticKey('बीसीसीआई'));
  });

  it('reads a lowercase word with no vowel, or an impossible onset, letter by letter too (bjp, bcci)', () => {
    expect([finds('bjp', 'बीजेपी'), finds('bcci', 'बीसीसीआई')]).toEqual([true, true]);
  });

  it('offers short words with and without a final nasal (me finds में, nahi finds नहीं, mein finds में)', () => {
    expect([finds('me', 'में'), finds('nahi', 'नहीं'), finds('mein', 'में')]).toEqual([true, true, true]);
  });

  it('gives at most MAX_QUERY_KEYS keys, without repeats', () => {
    const keys = phoneticQueryKeys('ukraine');
    expect(keys.length).toBeLessThanOrEqual(MAX_QUERY_KEYS);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('acronyms', () => {
  it('spells the letters as Hindi papers do (BJP → the key of बीजेपी, ISRO → आईएसआरओ)', () => {
    expect([acronymKey('BJP'), acronymKey('isro')]).toEqual([phoneticKey('बीजेपी'), phoneticKey('आईएसआरओ')]);
  });

  it('gives no acronym key for digits or a single letter', () => {
    expect([acronymKey('G20'), acronymKey('a')]).toEqual([undefined, undefined]);
  });

  it('tells acronyms from words (BCCI, bjp, cbi yes; bharat, pradhan, sarkar no)', () => {
    expect(['BCCI', 'bjp', 'cbi', 'bharat', 'pradhan', 'sarkar'].map(looksLikeAcronym)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('precision traps: a short Roman word must not find unrelated words', () => {
  const traps: [string, string][] = [
    ['din', 'देना'],
    ['din', 'दान'],
    ['dil', 'दाल'],
    ['kam', 'कमी'],
    ['kam', 'कुम'],
    ['kam', 'केम'],
    ['jal', 'जेल'],
    ['jal', 'जाली'],
    ['mat', 'मोटा'],
    ['mat', 'मीत'],
    ['pal', 'पुल'],
    ['pal', 'पेल'],
    ['ram', 'रूम'],
    ['ram', 'रोम'],
    ['sena', 'सोना'],
    ['sena', 'सीना'],
    ['log', 'लाग'],
    ['desh', 'दोष'],
    ['mantri', 'मंत्र'],
    ['sarkar', 'सरकारी'],
    ['bharat', 'भारती'],
    ['modi', 'मुद्दा'],
    ['rail', 'रेला'],
    ['hal', 'हिला'],
    ['bcci', 'बकस'],
    // A y before a vowel is a consonant (ध्यान dyn, प्यार pyr, न्याय nyi), not the i of दिन, पीर, नी.
    ['din', 'ध्यान'],
    ['dhyan', 'दिन'],
    ['pir', 'प्यार'],
    ['pyar', 'पीर'],
    ['ni', 'न्याय'],
  ];
  it.each(traps)('%s does not find %s', (roman, devanagari) => {
    expect(finds(roman, devanagari)).toBe(false);
  });
});

describe('names written with or without an inner vowel sign', () => {
  it('keys a three-consonant name of four vowels by its skeleton (अमेरिका, अमरीका, america → amrka)', () => {
    expect(['अमेरिका', 'अमरीका', 'america', 'amerika'].map(phoneticKey)).toEqual([
      'amrka',
      'amrka',
      'amrka',
      'amrka',
    ]);
  });

  it('keeps the vowels of shorter three-consonant words (कमर kmr, कुमार kumr, केसर kesr, कसर ksr)', () => {
    expect(['कमर', 'कुमार', 'केसर', 'कसर'].map(phoneticKey)).toEqual(['kmr', 'kumr', 'kesr', 'ksr']);
  });

  it('looks a Roman name typed without the inner vowel up by the skeleton too (amrika), last', () => {
    expect(phoneticQueryKeys('amrika').at(-1)).toBe('amrka');
    // A short Roman word gets no skeleton reading: kumar is not कमर (kmr).
    expect(phoneticQueryKeys('kumar')).not.toContain('kmr');
  });
});
