import { describe, expect, it } from 'vitest';
import { continuesQuery } from '../../../src/lib/search/continues-query';

describe('continuesQuery', () => {
  it('is the same search while a word is typed further or erased', () => {
    expect(continuesQuery('', 'र')).toBe(true);
    expect(continuesQuery('राज', 'राजनाथ')).toBe(true);
    expect(continuesQuery('राजनाथ', 'राज')).toBe(true);
    expect(continuesQuery('राजनाथ', 'राजनाथ hegseth')).toBe(true);
    expect(continuesQuery('hegseth ', ' hegseth')).toBe(true);
  });

  it('is a new search when the text is replaced by another', () => {
    expect(continuesQuery('hegseth', 'jaisalmer')).toBe(false);
    expect(continuesQuery('राजनाथ', 'रक्षा')).toBe(false);
  });
});
