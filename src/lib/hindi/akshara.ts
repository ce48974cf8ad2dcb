/**
 * Aksharas (orthographic syllables) of Devanagari words: the unit the folding and lemma rules
 * measure length in, since code points over-count conjuncts (मंत्री is two aksharas, six code points).
 */

const VIRAMA = 0x094d;

/** Whether a UTF-16 code unit is a Devanagari consonant (with or without a precomposed nukta). */
export function isConsonant(code: number): boolean {
  return (
    (code >= 0x0915 && code <= 0x0939) ||
    (code >= 0x0958 && code <= 0x095f) ||
    (code >= 0x0978 && code <= 0x097f)
  );
}

/** Whether a UTF-16 code unit is a Devanagari independent vowel (अ … औ, ऑ, ऍ, ॠ, ॡ). */
export function isIndependentVowel(code: number): boolean {
  return (code >= 0x0904 && code <= 0x0914) || code === 0x0960 || code === 0x0961 || code === 0x0972;
}

/** Whether a UTF-16 code unit is a Devanagari dependent vowel sign (ा … ौ, ॉ, ॅ, ॢ, ॣ). */
export function isVowelSign(code: number): boolean {
  return (
    (code >= 0x093e && code <= 0x094c) ||
    code === 0x093a ||
    code === 0x093b ||
    code === 0x094e ||
    code === 0x094f ||
    code === 0x0962 ||
    code === 0x0963
  );
}

/** Counts the aksharas of a word: each independent vowel, and each consonant not silenced by a virama. */
export function aksharaCount(word: string): number {
  let count = 0;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (isIndependentVowel(code)) count++;
    else if (isConsonant(code)) {
      // A nukta may sit between the consonant and its virama.
      const next =
        word.charCodeAt(index + 1) === 0x093c ? word.charCodeAt(index + 2) : word.charCodeAt(index + 1);
      if (next !== VIRAMA) count++;
    }
  }
  return count;
}

/** Whether a word holds at least one Devanagari letter. */
export function hasDevanagari(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code >= 0x0900 && code <= 0x097f) return true;
  }
  return false;
}
