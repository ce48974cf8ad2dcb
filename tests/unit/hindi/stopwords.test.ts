import { describe, expect, it } from 'vitest';
import { HINDI_STOP_WORDS, isStopWord, splitGluedPostposition } from '../../../src/lib/hindi/stopwords';

describe('isStopWord', () => {
  it('knows the commonest postpositions and auxiliaries (के, की, का, में, है, और, से, को, पर, ने)', () => {
    expect(['के', 'की', 'का', 'में', 'है', 'और', 'से', 'को', 'पर', 'ने'].map(isStopWord)).toEqual(
      Array(10).fill(true),
    );
  });

  it('knows their Roman spellings (ke, ki, ka, me, hai, aur, se, ko, par, ne), in any case', () => {
    expect(['ke', 'ki', 'ka', 'me', 'hai', 'aur', 'se', 'ko', 'par', 'NE'].map(isStopWord)).toEqual(
      Array(10).fill(true),
    );
  });

  it('knows spelling variants (गयी = गई, लिये = लिए, यहाँ = यहां)', () => {
    expect(['गयी', 'लिये', 'यहाँ'].map(isStopWord)).toEqual([true, true, true]);
  });

  it('does not call content words stop words (सरकार, रक्षा, मंत्री, कम, sarkar)', () => {
    expect(['सरकार', 'रक्षा', 'मंत्री', 'कम', 'sarkar'].map(isStopWord)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('holds its Devanagari words folded (रहीं, not रहीँ)', () => {
    expect([HINDI_STOP_WORDS.has('रहीं'), HINDI_STOP_WORDS.has('रहीँ')]).toEqual([true, false]);
  });
});

describe('splitGluedPostposition', () => {
  it('splits a postposition glued onto a long word (भारतके, सरकारमें, अदालतसे)', () => {
    expect(['भारतके', 'सरकारमें', 'अदालतसे'].map((word) => splitGluedPostposition(word))).toEqual([
      ['भारत', 'के'],
      ['सरकार', 'में'],
      ['अदालत', 'से'],
    ]);
  });

  it('keeps words that merely end like a postposition (लड़के, अपने, कैसे, अमेरिका, प्रौद्योगिकी, पुस्तक)', () => {
    expect(
      ['लड़के', 'अपने', 'कैसे', 'अमेरिका', 'प्रौद्योगिकी', 'पुस्तक'].map((word) => splitGluedPostposition(word)),
    ).toEqual(Array(6).fill(undefined));
  });

  it('never splits ने without a vocabulary (बदलने, पिघलने are one word)', () => {
    expect([splitGluedPostposition('बदलने'), splitGluedPostposition('पिघलने')]).toEqual([undefined, undefined]);
  });

  it('with a vocabulary, splits a known short head (मोदीने, दिल्लीमें)', () => {
    const known = new Set(['मोदी', 'दिल्ली']);
    const isKnown = (head: string) => known.has(head);
    expect([splitGluedPostposition('मोदीने', isKnown), splitGluedPostposition('दिल्लीमें', isKnown)]).toEqual([
      ['मोदी', 'ने'],
      ['दिल्ली', 'में'],
    ]);
  });

  it('with a vocabulary, still keeps a verb root before ने (बदलने, even if बदल is known)', () => {
    expect(splitGluedPostposition('बदलने', (head) => head === 'बदल')).toBe(undefined);
  });

  it('with a vocabulary, keeps a head it does not know (लड़के)', () => {
    expect(splitGluedPostposition('लड़के', () => false)).toBe(undefined);
  });
});
