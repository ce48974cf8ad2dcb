import { describe, expect, it } from 'vitest';
import { TIERS, cachedWordKeys, matchTier, tierCollisions, wordKeys } from '../../../src/lib/hindi/keys';

describe('wordKeys', () => {
  it('gives the four keys of a word, tier by tier', () => {
    expect(wordKeys('लड़कियों')).toEqual({ exact: 'लडकियों', fold: 'लडकियों', lemma: 'लडकी', phonetic: 'ldkn' });
  });

  it('gives a Roman word its lowercase form and phonetic key', () => {
    expect(wordKeys('Sarkar')).toEqual({
      exact: 'sarkar',
      fold: 'sarkar',
      lemma: 'sarkar',
      phonetic: 'srkr',
    });
  });

  it('remembers keys per word and gives the same result as wordKeys', () => {
    expect(cachedWordKeys('टेलीविजनों')).toEqual(wordKeys('टेलीविजनों'));
    expect(cachedWordKeys('टेलीविजनों')).toBe(cachedWordKeys('टेलीविजनों'));
  });
});

describe('matchTier', () => {
  it('lists the tiers strongest first', () => {
    expect(TIERS).toEqual(['exact', 'fold', 'lemma', 'phonetic']);
  });

  it('gives the strongest tier at which two words meet', () => {
    expect([
      matchTier('हिन्दी', 'हिंदी'),
      matchTier('नये', 'नए'),
      matchTier('खेलने', 'खेला'),
      matchTier('sarkar', 'सरकार'),
      matchTier('पानी', 'पान'),
    ]).toEqual(['exact', 'fold', 'lemma', 'phonetic', undefined]);
  });
});

describe('tierCollisions', () => {
  it('lists the distinct words a tier merges, largest group first, each group sorted', () => {
    const words = ['नये', 'नए', 'नयी', 'खेल', 'खेलने', 'खेला', 'पानी', 'पान', 'नए'];
    expect(tierCollisions(words, 'fold')).toEqual([['नए', 'नये']]);
    expect(tierCollisions(words, 'lemma')).toEqual([
      ['खेल', 'खेलने', 'खेला'],
      // नयी is the feminine of the adjective नया (lexicon ADJECTIVES).
      ['नए', 'नयी', 'नये'],
    ]);
  });

  it('lists nothing when no two words share a key', () => {
    expect(tierCollisions(['पानी', 'पान', 'नदी', 'नद'], 'lemma')).toEqual([]);
  });
});
