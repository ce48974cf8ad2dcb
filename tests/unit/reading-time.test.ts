import { describe, expect, it } from 'vitest';
import { countWords, HINDI_WORDS_PER_MINUTE, readingMinutes } from '../../src/lib/reading-time';

describe('countWords', () => {
  it('counts Devanagari words, including those with vowel signs and conjuncts', () => {
    expect(countWords('रक्षा मंत्री राजनाथ सिंह ने कहा')).toBe(6);
  });

  it('does not count a standalone danda or dash', () => {
    expect(countWords('उन्होंने कहा । यह — सही है')).toBe(5);
  });

  it('does not count chunks of punctuation only', () => {
    expect(countWords('“ ” ... ॥ - –')).toBe(0);
  });

  it('counts a word with punctuation attached once', () => {
    expect(countWords('“भारत”, कज़ाख़स्तान। (रक्षा)')).toBe(3);
  });

  it('counts numbers and Latin words', () => {
    expect(countWords('2021 में Pete Hegseth ने 3 बार फ़ोन किया')).toBe(9);
  });

  it('splits on any run of whitespace, including newlines and no-break spaces', () => {
    expect(countWords('  एक\n\nदो\tतीन\u00A0चार  ')).toBe(4);
  });

  it('counts nothing in empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n ')).toBe(0);
  });
});

describe('readingMinutes', () => {
  it('reads 180 Hindi words a minute by default', () => {
    expect(HINDI_WORDS_PER_MINUTE).toBe(180);
    expect(readingMinutes(180)).toBe(1);
    expect(readingMinutes(360)).toBe(2);
  });

  it('rounds a part-minute up', () => {
    expect(readingMinutes(181)).toBe(2);
    expect(readingMinutes(400)).toBe(3);
  });

  it('never gives less than one minute', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1)).toBe(1);
  });

  it('uses a custom reading rate', () => {
    expect(readingMinutes(400, 200)).toBe(2);
    expect(readingMinutes(401, 200)).toBe(3);
  });
});
