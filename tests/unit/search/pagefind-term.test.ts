import { describe, expect, it } from 'vitest';
import { VIRAMA_STAND_IN, pagefindTerm } from '../../../src/lib/search/pagefind-term';

describe('pagefindTerm', () => {
  it('replaces every virama of a term by the stand-in and leaves everything else as it is', () => {
    expect(pagefindTerm('रक्षा\u0900')).toBe('रक\u094Fषा\u0900');
    expect(pagefindTerm('"प्रधान\u0900 मंत्री\u0900"')).toBe('"प\u094Fरधान\u0900 मंत\u094Fरी\u0900"');
    expect(pagefindTerm('rksa\u094E')).toBe('rksa\u094E');
  });

  it('stands in with a character Pagefind counts as a letter (Alphabetic), as it does the virama not', () => {
    expect(/^\p{Alphabetic}$/u.test(VIRAMA_STAND_IN)).toBe(true);
    expect(/^\p{Alphabetic}$/u.test('\u094D')).toBe(false);
  });
});
