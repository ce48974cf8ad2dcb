/**
 * A light suffix-stripping stemmer for normalized Hindi words, after Ramanathan & Rao, "A
 * Lightweight Stemmer for Hindi" (2003), narrowed for precision: the search index is
 * prefix-matched, so every character a stem loses widens what a query finds.
 *
 * Only inflectional endings made of vowel signs, anusvara and the independent vowels that
 * follow a vowel are stripped: number, gender and case endings of nouns and adjectives
 * (लड़का/लड़के/लड़की/लड़कों/लड़कियां) and plural/imperative verb endings. Endings that contain a
 * consonant (-ना, -ता, -कर, -ने …) are left alone, because stripping them turns real words into
 * other real words (कामना → काम, सेना → से). So are ि and ु, which end stems, not inflections
 * (वृद्धि is not वृद्ध + ि).
 */

/** The endings stripped, longest first (normalized: chandrabindu is already anusvara). */
export const HINDI_SUFFIXES: readonly string[] = [
  // four code points
  'ियों', // लड़कियों, मंत्रियों
  'ियां', // लड़कियां (ियाँ after normalization)
  // three
  'ाओं', // भाषाओं, माताओं
  'ाएं', // भाषाएं (ाएँ after normalization)
  // two
  'ों', // अभ्यासों, लोगों
  'ें', // बातें
  'ीं', // feminine plural verbs and ordinals: बीसवीं (नहीं is too short to be touched)
  'ओं', // साधुओं → साधु: after a vowel sign, the stem keeps its vowel
  'एं', // दवाएं → दवा
  'ाओ', // imperative: बुलाओ
  // one
  'ा', // लड़का, रक्षा
  'े', // लड़के, अपने
  'ी', // लड़की, मंत्री
  'ो', // imperative: देखो
];

/** Fewest code points a stem may keep: with two, सही would become सह, a prefix of सहयोग. */
const MIN_STEM_LENGTH = 3;

/** A consonant letter or a dependent vowel sign: a stem must end in a complete akshara. */
const COMPLETE_ENDING =
  /[\u0915-\u0939\u0958-\u095F\u0978-\u097F\u093A\u093B\u093E-\u094C\u094E\u094F\u0955-\u0957\u0962\u0963]$/u;

/** Whether `stem` may stand alone: long enough, and not ending in a virama, nukta or nasal sign. */
function isCompleteStem(stem: string): boolean {
  return Array.from(stem).length >= MIN_STEM_LENGTH && COMPLETE_ENDING.test(stem);
}

/** Strips the longest suffix in {@link HINDI_SUFFIXES} that leaves a complete stem. */
export function stemHindi(word: string): string {
  // Longest first; when the longest match leaves too little, a shorter one may not (दवाएं → दवा).
  for (const suffix of HINDI_SUFFIXES) {
    if (word.length <= suffix.length || !word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (isCompleteStem(stem)) return stem;
  }
  return word;
}
