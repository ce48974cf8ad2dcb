import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../../src/lib/content/did-you-mean';

describe('didYouMean', () => {
  const topics = ['defence', 'diplomacy', 'rajnath-singh', 'united-states'];

  it('suggests the nearest known name for a misspelling', () => {
    expect(didYouMean('defense', topics)).toBe('defence');
    expect(didYouMean('rajnath-sing', topics)).toBe('rajnath-singh');
    expect(didYouMean('Diplomacy', topics)).toBe('diplomacy');
  });

  it('suggests nothing when no name is close', () => {
    expect(didYouMean('cricket', topics)).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });
});
