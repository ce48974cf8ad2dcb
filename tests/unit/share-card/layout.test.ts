import { describe, expect, it } from 'vitest';
import { breakHeadline, type Measure } from '../../../src/lib/share-card/layout';

/** One unit per grapheme cluster, so widths are easy to count by eye (क्ष is one cluster, कि is one). */
const clusters = new Intl.Segmenter('hi', { granularity: 'grapheme' });
const perCluster: Measure = (text) => [...clusters.segment(text)].length;

describe('breakHeadline', () => {
  it('keeps a short headline on one line', () => {
    expect(breakHeadline('राजनाथ सिंह ने बात की', perCluster, { maxWidth: 40, maxLines: 3 })).toEqual({
      lines: ['राजनाथ सिंह ने बात की'],
      truncated: false,
    });
  });

  it('breaks only at spaces, filling each line greedily', () => {
    // राजनाथ = रा ज ना थ (4), सिंह = सिं ह (2), ने (1), हेगसेथ = हे ग से थ (4), से (1), बात = बा त (2), की (1)
    expect(breakHeadline('राजनाथ सिंह ने हेगसेथ से बात की', perCluster, { maxWidth: 10, maxLines: 3 })).toEqual({
      lines: ['राजनाथ सिंह ने', 'हेगसेथ से बात', 'की'],
      truncated: false,
    });
  });

  it('cuts a long Hindi headline to three lines ending in an ellipsis', () => {
    const headline =
      'रक्षा के क्षेत्र में साझेदारी की तलाश में भारत और कजाखस्तान, राजनाथ सिंह ने अपने समकक्ष नूरलान के साथ बैठक की';
    expect(breakHeadline(headline, perCluster, { maxWidth: 14, maxLines: 3 })).toEqual({
      lines: ['रक्षा के क्षेत्र में साझेदारी', 'की तलाश में भारत और', 'कजाखस्तान, राजनाथ…'],
      truncated: true,
    });
  });

  it('drops a comma that would stand before the ellipsis', () => {
    expect(breakHeadline('बात की, रक्षा उद्योग', perCluster, { maxWidth: 7, maxLines: 1 })).toEqual({
      lines: ['बात की…'],
      truncated: true,
    });
  });

  it('shortens the last line further when the ellipsis itself would not fit', () => {
    expect(breakHeadline('एक दो तीन चार पाँच छह', perCluster, { maxWidth: 5, maxLines: 2 })).toEqual({
      lines: ['एक दो', 'तीन…'],
      truncated: true,
    });
  });

  it('splits a word wider than the line between grapheme clusters, never inside क्ष or त्र', () => {
    // क्ष त्रि य ... every piece is whole clusters: the conjuncts and their matras stay together.
    expect(breakHeadline('क्षत्रियक्षत्रिय', perCluster, { maxWidth: 4, maxLines: 3 })).toEqual({
      lines: ['क्षत्रियक्ष', 'त्रिय'],
      truncated: false,
    });
  });

  it('collapses runs of spaces and ignores leading and trailing space', () => {
    expect(breakHeadline('  द्वारका   में   ', perCluster, { maxWidth: 20, maxLines: 3 }).lines).toEqual([
      'द्वारका में',
    ]);
  });

  it('uses the widths the measure gives, not the character count', () => {
    const wideKa: Measure = (text) => [...text].reduce((sum, ch) => sum + (ch === 'क' ? 5 : 1), 0);
    expect(breakHeadline('कक खख', wideKa, { maxWidth: 12, maxLines: 3 }).lines).toEqual(['कक', 'खख']);
  });
});
