import { describe, expect, it } from 'vitest';
import { VIRAMA_STAND_IN, pagefindTerm } from '../../../src/lib/search/pagefind-term';

describe('pagefindTerm', () => {
  it('writes every vowel sign, anusvara, candrabindu, visarga, nukta and virama as a Latin letter', () => {
    // ् is t, ा e, ी g, ं b, ँ a, ो r, ः c, ़ d.
    expect(pagefindTerm('रक्षा\u0900')).toBe('रकtषe\u0900');
    expect(pagefindTerm('"प्रधान\u0900 मंत्री\u0900"')).toBe('"पtरधeन\u0900 मbतtरg\u0900"');
    expect(pagefindTerm('आँखों दुःख ज़')).toBe('आaखrb दhcख जd');
  });

  it('leaves the tier marks, Latin keys and letters without signs as they are', () => {
    expect(pagefindTerm('rksa\u094E')).toBe('rksa\u094E');
    expect(pagefindTerm('कल\u0900 कल\u093A कल\u093B')).toBe('कल\u0900 कल\u093A कल\u093B');
  });

  it('gives words of one consonant skeleton different forms once Pagefind strips marks', () => {
    const stripped = (term: string) => pagefindTerm(term).normalize('NFD').replace(/\p{M}/gu, '');
    expect(new Set(['कर', 'करें', 'कोर', 'कारें'].map(stripped)).size).toBe(4);
    // …while a key's tier spellings still share one form.
    expect(stripped('क्षेत्र\u0900')).toBe(stripped('क्षेत्र\u093B'));
  });

  it('stands in with letters Pagefind keeps as they are: alphabetic, lowercase, no combining mark', () => {
    expect(VIRAMA_STAND_IN).toBe('t');
    const letters = pagefindTerm('ँंः़ािीुूृॄॅॆेैॉॊोौ्ॕॖॗॢॣ');
    expect(letters).toBe('abcdefghijklmnopqrstuvwxy');
  });
});
