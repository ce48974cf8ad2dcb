import { describe, expect, it } from 'vitest';
import { sentenceSpans, splitSentences } from '../../../src/lib/reader/sentences';

describe('splitSentences', () => {
  it('splits at the danda, question and exclamation marks, keeping each mark', () => {
    expect(splitSentences('राजनाथ सिंह ने बात की। क्या बैठक होगी? हाँ, ज़रूर!')).toEqual([
      'राजनाथ सिंह ने बात की।',
      'क्या बैठक होगी?',
      'हाँ, ज़रूर!',
    ]);
  });

  it('does not split at a full stop in an abbreviation or a number', () => {
    expect(splitSentences('डॉ. शर्मा ने 3.5 प्रतिशत कहा। बस।')).toEqual(['डॉ. शर्मा ने 3.5 प्रतिशत कहा।', 'बस।']);
  });

  it('keeps a closing quote with its sentence and the last sentence without a mark', () => {
    expect(splitSentences('उन्होंने कहा, “हम तैयार हैं।” बातचीत जारी है')).toEqual([
      'उन्होंने कहा, “हम तैयार हैं।”',
      'बातचीत जारी है',
    ]);
  });

  it('collapses line breaks and drops stray marks', () => {
    expect(splitSentences('  पहला\n  वाक्य।  । ॥ दूसरा?!  ')).toEqual(['पहला वाक्य।', 'दूसरा?!']);
    expect(splitSentences('')).toEqual([]);
  });
});

describe('sentenceSpans', () => {
  it('gives each sentence its offsets in the original text', () => {
    const text = ' पहला वाक्य। दूसरा?';
    expect(sentenceSpans(text)).toEqual([
      { text: 'पहला वाक्य।', start: 1, end: 12 },
      { text: 'दूसरा?', start: 13, end: 19 },
    ]);
    expect(text.slice(13, 19)).toBe('दूसरा?');
  });
});
