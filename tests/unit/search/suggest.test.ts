import { describe, expect, it } from 'vitest';
import {
  SHARD_NAMES,
  VocabularyBuilder,
  type VocabularyCounts,
  editDistance,
  nearestWord,
  shardOf,
  suggestQuery,
  type VocabularyShard,
} from '../../../src/lib/search/suggest';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions by code point', () => {
    expect(editDistance('हेगसेथ', 'हेगसेथ')).toBe(0);
    expect(editDistance('हेगसेक', 'हेगसेथ')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('gives up past the limit with limit + 1', () => {
    expect(editDistance('राजनाथ', 'कजाखस्तान', 2)).toBe(3);
  });
});

describe('shardOf', () => {
  it('puts a Devanagari word and its Roman spelling in one shard, by the phonetic key’s first letter', () => {
    expect([shardOf('राजनाथ'), shardOf('rajnath'), shardOf('12वीं')]).toEqual(['r', 'r', '1']);
  });
});

describe('VocabularyBuilder', () => {
  it('keeps each word once, as most often written, with the number of articles it is in', () => {
    const builder = new VocabularyBuilder();
    builder.add('राजनाथ सिंह ने मुलाक़ात की। मुलाक़ात अच्छी रही।');
    builder.add('राजनाथ ने मुलाकात की।');
    const shards = builder.shards();
    expect(shards.get('r')).toEqual([['राजनाथ', 2]]);
    expect(shards.get('a')).toEqual([['अच्छी', 1]]);
    expect(shards.get('m')).toEqual([['मुलाक़ात', 2]]);
  });

  it('writes every shard, empty ones too, and leaves out stop words, numbers and short words', () => {
    const builder = new VocabularyBuilder();
    builder.add('के 2025 कल राजनाथ');
    const shards = builder.shards();
    expect([...shards.keys()]).toEqual(SHARD_NAMES);
    expect([...shards.values()].flat()).toEqual([['राजनाथ', 1]]);
  });

  it('gives the same shards from an earlier build’s kept counts plus the day’s articles as from every article', () => {
    const texts = Array.from(
      { length: 210 },
      (_, i) => `राजनाथ सिंह ${i % 3 ? 'मुलाक़ात' : 'मुलाकात'} ${i % 7 ? 'रक्षा' : 'सुरक्षा'} लेख${i}`,
    );
    const whole = new VocabularyBuilder();
    for (const text of texts) whole.add(text);
    const archive = new VocabularyBuilder();
    for (const text of texts.slice(0, 200)) archive.add(text);
    const kept = VocabularyBuilder.from(JSON.parse(JSON.stringify(archive.counts())) as VocabularyCounts);
    for (const text of texts.slice(200)) kept.add(text);
    expect(kept.shards()).toEqual(whole.shards());
    // Past 200 articles, words of one article are left out: the kept count decides that too.
    expect([...whole.shards().values()].flat().some(([word]) => word.startsWith('लेख'))).toBe(false);
    expect(whole.shards().get('m')).toEqual([['मुलाक़ात', 210]]);
  });
});

describe('nearestWord', () => {
  const shard: VocabularyShard = [
    ['हेगसेथ', 1],
    ['हेगड़े', 4],
    ['hegde', 1],
  ];

  it('suggests the nearest indexed spelling, fewest edits first', () => {
    expect(nearestWord('हेगसेक', shard)).toBe('हेगसेथ');
  });

  it('suggests nothing for a word the archive has as typed', () => {
    expect(nearestWord('हेगसेथ', shard)).toBeNull();
  });

  it('suggests nothing when every word is too far', () => {
    expect(nearestWord('हरियाणा', shard)).toBeNull();
  });

  it('compares Roman words by their phonetic keys', () => {
    expect(nearestWord('hegsath', [['हेगसेथ', 1]])).toBe('हेगसेथ');
  });

  it('compares Devanagari words by sound too: a misspelling far in letters, near in sound (उधोग → उद्योग)', () => {
    const words: VocabularyShard = [
      ['उपयोग', 9],
      ['उद्योग', 2],
    ];
    expect(nearestWord('उधोग', words)).toBe('उद्योग');
    expect(nearestWord('विधालय', [['विद्यालय', 1]])).toBe('विद्यालय');
    expect(
      nearestWord('हेग्सेथ', [
        ['हेगड़े', 4],
        ['हेगसेथ', 1],
      ]),
    ).toBe('हेगसेथ');
  });
});

describe('suggestQuery', () => {
  const shards: Record<string, VocabularyShard> = { h: [['हेगसेथ', 1]], r: [['राजनाथ', 2]] };
  const load = async (name: string) => shards[name] ?? [];

  it('replaces each unknown word by its nearest spelling and keeps the known ones', async () => {
    expect(await suggestQuery('राजनाथ हेगसेक', load)).toBe('राजनाथ हेगसेथ');
  });

  it('suggests nothing when nothing is near', async () => {
    expect(await suggestQuery('क्रिकेट', load)).toBeNull();
  });

  it('survives a shard that cannot load', async () => {
    expect(await suggestQuery('हेगसेक', () => Promise.reject(new Error('offline')))).toBeNull();
  });
});
