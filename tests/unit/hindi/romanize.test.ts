import { describe, expect, it } from 'vitest';
import { normalizeHindi } from '../../../src/lib/hindi/normalize';
import { foldLatin, romanizeDevanagari } from '../../../src/lib/hindi/romanize';

/** The Latin key of a Devanagari word, as the index builds it. */
const roman = (word: string) => romanizeDevanagari(normalizeHindi(word));

describe('Roman spellings meet their Devanagari words', () => {
  it('folds rajnath, raajnath, rajnaath, raajnaath and rajanatha to the key of राजनाथ', () => {
    expect(roman('राजनाथ')).toBe('rjnt');
    expect(['rajnath', 'raajnath', 'rajnaath', 'raajnaath', 'rajanatha'].map(foldLatin)).toEqual([
      'rjnt',
      'rjnt',
      'rjnt',
      'rjnt',
      'rjnt',
    ]);
  });

  it('folds hegseth and Hegseth to the key of हेगसेथ', () => {
    expect(roman('हेगसेथ')).toBe('higsit');
    expect([foldLatin('hegseth'), foldLatin('Hegseth')]).toEqual(['higsit', 'higsit']);
  });

  it('folds jaisalmer, jaisalmeer and jaisalmir to the key of जैसलमेर', () => {
    expect(roman('जैसलमेर')).toBe('jislmir');
    expect(['jaisalmer', 'jaisalmeer', 'jaisalmir'].map(foldLatin)).toEqual([
      'jislmir',
      'jislmir',
      'jislmir',
    ]);
  });

  it('folds kazakhstan, kajakhstan and kazakstan to the key of कजाखस्तान and कज़ाख़स्तान', () => {
    expect(roman('कजाखस्तान')).toBe('kjkstn');
    expect(roman('कज\u093Cाख\u093Cस्तान')).toBe('kjkstn');
    expect(['kazakhstan', 'kajakhstan', 'kazakstan'].map(foldLatin)).toEqual(['kjkstn', 'kjkstn', 'kjkstn']);
  });

  it('folds delhi, dilli and dillee to the key of दिल्ली', () => {
    expect(roman('दिल्ली')).toBe('dili');
    expect(['delhi', 'dilli', 'dillee'].map(foldLatin)).toEqual(['dili', 'dili', 'dili']);
  });

  it('folds hindi, hindee and Hindi to the key of हिंदी and हिन्दी', () => {
    expect([roman('हिंदी'), roman('हिन्दी')]).toEqual(['hindi', 'hindi']);
    expect(['hindi', 'hindee', 'Hindi'].map(foldLatin)).toEqual(['hindi', 'hindi', 'hindi']);
  });

  it('folds singh and Singh to the key of सिंह', () => {
    expect(roman('सिंह')).toBe('sing');
    expect([foldLatin('singh'), foldLatin('Singh')]).toEqual(['sing', 'sing']);
  });

  it('keeps सिंह (Singh) apart from सिन्हा (Sinha)', () => {
    expect([roman('सिन्हा'), foldLatin('sinha')]).toEqual(['sin', 'sin']);
  });

  it('folds raksha, rakshaa, raksa and rakṣā to the key of रक्षा', () => {
    expect(roman('रक्षा')).toBe('rks');
    expect(['raksha', 'rakshaa', 'raksa', 'rakṣā'].map(foldLatin)).toEqual(['rks', 'rks', 'rks', 'rks']);
  });

  it('folds the other words of our headlines to the keys of their Devanagari spellings', () => {
    const pairs: [string, string][] = [
      ['mulaqat', 'मुलाक\u093Cात'],
      ['abhyas', 'अभ्यास'],
      ['sainya', 'सैन्य'],
      ['yermekbayev', 'येरमेकबायेव'],
      ['nurlan', 'नूरलान'],
      ['noorlan', 'नूरलान'],
      ['longewala', 'लोंगेवाल'],
      ['jaipur', 'जयपुर'],
      ['shukrawar', 'शुक्रवार'],
      ['mangalvar', 'मंगलवार'],
      ['mantri', 'मंत्री'],
      ['cricket', 'क्रिकेट'],
    ];
    expect(pairs.map(([latin, devanagari]) => [foldLatin(latin), roman(devanagari)])).toEqual([
      ['mulkt', 'mulkt'],
      ['abis', 'abis'],
      ['sini', 'sini'],
      ['yirmikbyiv', 'yirmikbyiv'],
      ['nurln', 'nurln'],
      ['nurln', 'nurln'],
      ['lungivl', 'lungivl'],
      ['jipur', 'jipur'],
      ['sukrvr', 'sukrvr'],
      ['mnglvr', 'mnglvr'],
      ['mntri', 'mntri'],
      ['krikit', 'krikit'],
    ]);
  });

  it('folds kam and kaam together, as Roman writers do not mark vowel length (documented)', () => {
    expect([foldLatin('kam'), foldLatin('kaam')]).toEqual(['km', 'km']);
  });

  it('gives कम and काम the same Latin key, so only Devanagari queries tell them apart', () => {
    expect([roman('कम'), roman('काम')]).toEqual(['km', 'km']);
  });
});

describe('romanizeDevanagari', () => {
  it('romanizes anusvara as n (हिंदी → hindi)', () => {
    expect(romanizeDevanagari('हिंदी')).toBe('hindi');
  });

  it('romanizes anusvara before ह as ng, by convention (सिंहासन → singhasan)', () => {
    expect([romanizeDevanagari('सिंहासन'), foldLatin('singhasan')]).toEqual(['singsn', 'singsn']);
  });

  it('romanizes chandrabindu like anusvara (हँसी → hnsi)', () => {
    expect(romanizeDevanagari('\u0939\u0901\u0938\u0940')).toBe('hnsi');
  });

  it('drops the visarga (दुःख → duk)', () => {
    expect(romanizeDevanagari('दुःख')).toBe('duk');
  });

  it('keeps a word-initial vowel (अभ्यास → abis, आज → aj, एक → ik)', () => {
    expect([romanizeDevanagari('अभ्यास'), romanizeDevanagari('आज'), romanizeDevanagari('एक')]).toEqual([
      'abis',
      'aj',
      'ik',
    ]);
  });

  it('romanizes the vowel sign ृ as ri (कृष्ण → krisn, like krishna)', () => {
    expect([romanizeDevanagari('कृष्ण'), foldLatin('krishna')]).toEqual(['krisn', 'krisn']);
  });

  it('romanizes a virama-joined cluster without a vowel between (क्ष → ks)', () => {
    expect(romanizeDevanagari('क्षमा')).toBe('ksm');
  });

  it('romanizes nukta letters by their base sound when given unnormalized input (फ़ोन → fun)', () => {
    expect([
      romanizeDevanagari('\u095E\u094B\u0928'),
      romanizeDevanagari('\u092B\u093C\u094B\u0928'),
    ]).toEqual(['fun', 'fun']);
  });

  it('passes ASCII digits through and turns Devanagari digits into ASCII (12 and १२ → 12)', () => {
    expect([romanizeDevanagari('12'), romanizeDevanagari('१२')]).toEqual(['12', '12']);
  });

  it('romanizes ॐ as um (om folded)', () => {
    expect(romanizeDevanagari('ॐ')).toBe('um');
  });
});

describe('foldLatin', () => {
  it('lowercases', () => {
    expect(foldLatin('RAJNATH')).toBe('rjnt');
  });

  it('strips diacritics (rājnāth → rjnt, ṣ → s)', () => {
    expect([foldLatin('rājnāth'), foldLatin('ṣukravār')]).toEqual(['rjnt', 'sukrvr']);
  });

  it('folds ph and f together (phool, fool → ful)', () => {
    expect([foldLatin('phool'), foldLatin('fool')]).toEqual(['ful', 'ful']);
  });

  it('folds z into j (zila, jila → jil)', () => {
    expect([foldLatin('zila'), foldLatin('jila')]).toEqual(['jil', 'jil']);
  });

  it('folds w into v (mangalwar, mangalvar → mnglvr)', () => {
    expect([foldLatin('mangalwar'), foldLatin('mangalvar')]).toEqual(['mnglvr', 'mnglvr']);
  });

  it('folds q into k (qila, kila → kil)', () => {
    expect([foldLatin('qila'), foldLatin('kila')]).toEqual(['kil', 'kil']);
  });

  it('folds x into ks (taxi, taksi → tksi)', () => {
    expect([foldLatin('taxi'), foldLatin('taksi')]).toEqual(['tksi', 'tksi']);
  });

  it('folds ck and a c that is not ch into k (cricket → krikit)', () => {
    expect(foldLatin('cricket')).toBe('krikit');
  });

  it('keeps ch (and chh) as c (chhath, chath → ct; chai → ci)', () => {
    expect([foldLatin('chhath'), foldLatin('chath'), foldLatin('chai')]).toEqual(['ct', 'ct', 'ci']);
  });

  it('drops aspiration from kh, gh, jh, th, dh and bh', () => {
    expect(['khan', 'ghar', 'jhanda', 'thana', 'dhan', 'bharat'].map(foldLatin)).toEqual([
      'kn',
      'gr',
      'jnd',
      'tn',
      'dn',
      'brt',
    ]);
  });

  it('folds sh into s (shukravar, sukravar → sukrvr)', () => {
    expect([foldLatin('shukravar'), foldLatin('sukravar')]).toEqual(['sukrvr', 'sukrvr']);
  });

  it('folds ksh, kš, kṣ and x into one form (ks)', () => {
    expect(['aksh', 'akš', 'akṣ', 'ax'].map(foldLatin)).toEqual(['aks', 'aks', 'aks', 'aks']);
  });

  it('folds ee, ii, e and i together (jaisalmer, jaisalmeer, jaisalmiir)', () => {
    expect(['jaisalmer', 'jaisalmeer', 'jaisalmiir'].map(foldLatin)).toEqual([
      'jislmir',
      'jislmir',
      'jislmir',
    ]);
  });

  it('folds oo, uu, o and u together (noorlan, nuurlan, nurlan, norlan)', () => {
    expect(['noorlan', 'nuurlan', 'nurlan', 'norlan'].map(foldLatin)).toEqual([
      'nurln',
      'nurln',
      'nurln',
      'nurln',
    ]);
  });

  it('collapses doubled letters (dilli → dili, pakka → pk)', () => {
    expect([foldLatin('dilli'), foldLatin('pakka')]).toEqual(['dili', 'pk']);
  });

  it('drops every a after the first letter but keeps a word-initial a (abhyas → abis, aaj → aj)', () => {
    expect([foldLatin('rajanatha'), foldLatin('abhyas'), foldLatin('aaj')]).toEqual(['rjnt', 'abis', 'aj']);
  });

  it('folds an m before p, b or f into n (sambandh, sanbandh → snbnd)', () => {
    expect([foldLatin('sambandh'), foldLatin('sanbandh')]).toEqual(['snbnd', 'snbnd']);
  });

  it('folds a y that no vowel follows into i (jaypur, jaipur → jipur)', () => {
    expect([foldLatin('jaypur'), foldLatin('jaipur')]).toEqual(['jipur', 'jipur']);
  });

  it('drops a trailing h (shah, shaah → s)', () => {
    expect([foldLatin('shah'), foldLatin('shaah')]).toEqual(['s', 's']);
  });

  it('keeps an h that follows a vowel inside the word (rahul → rhul)', () => {
    expect(foldLatin('rahul')).toBe('rhul');
  });

  it('keeps digits as they are (g20 → g20)', () => {
    expect(foldLatin('G20')).toBe('g20');
  });

  it('never returns an empty key for a one-letter word (h, a)', () => {
    expect([foldLatin('h'), foldLatin('a')]).toEqual(['h', 'a']);
  });
});
