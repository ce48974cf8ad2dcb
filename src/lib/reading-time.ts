/**
 * Reading time for Hindi prose. Hindi readers average about 180 words a minute on screen
 * (slower than the 200-250 usually assumed for English), so that is the rate used.
 */

/** Words a Hindi reader reads in a minute. */
export const HINDI_WORDS_PER_MINUTE = 180;

/** Counts words: runs of non-space characters that contain a letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/u).filter((chunk) => /[\p{L}\p{N}]/u.test(chunk)).length;
}

/** Whole minutes to read `words` words, never less than one. */
export function readingMinutes(words: number, wordsPerMinute: number = HINDI_WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(words / wordsPerMinute));
}
