/**
 * Hindi normalization, applied identically to article text at build time and to the reader's
 * query in the browser, so that the spellings Hindi writers really use meet in one form.
 * Vowel signs are never touched: कम (less) and काम (work) stay different words.
 */

const VIRAMA = '\u094D';

/** Zero-width joiner, zero-width non-joiner and soft hyphen: invisible, and typed inconsistently. */
const INVISIBLES = /[\u200C\u200D\u00AD]/gu;

/**
 * Letters written with a nukta and their base letters. NFC decomposes U+0958–U+095F into base +
 * U+093C (they are composition exclusions) but composes ऩ ऱ ऴ, so both shapes are handled.
 */
const NUKTA_LETTERS: Readonly<Record<string, string>> = {
  '\u0958': '\u0915', // क़ → क
  '\u0959': '\u0916', // ख़ → ख
  '\u095A': '\u0917', // ग़ → ग
  '\u095B': '\u091C', // ज़ → ज
  '\u095C': '\u0921', // ड़ → ड
  '\u095D': '\u0922', // ढ़ → ढ
  '\u095E': '\u092B', // फ़ → फ
  '\u095F': '\u092F', // य़ → य
  '\u0929': '\u0928', // ऩ → न
  '\u0931': '\u0930', // ऱ → र
  '\u0934': '\u0933', // ऴ → ळ
};
const NUKTA_LETTER = /[\u0958-\u095F\u0929\u0931\u0934]/gu;
const NUKTA_SIGN = /\u093C/gu;

/**
 * Chandra e (used for English /æ/: बॅट, बॅंक) and the everyday spelling Hindi papers use for it
 * (बैट, बैंक). Chandra o (ॉ, ऑ: डॉक्टर, ऑफिस) is a distinct vowel and stays: folding it to ो
 * would make हॉल (hall) होल, and to ा would make it हाल (condition); fold.ts folds it in long words.
 */
const CHANDRA_VOWELS: Readonly<Record<string, string>> = {
  '\u0945': '\u0948', // ॅ → ै
  '\u090D': '\u0910', // ऍ → ऐ
};
const CHANDRA_VOWEL = /[\u0945\u090D]/gu;

/**
 * A nasal consonant + virama before a consonant, which Hindi also writes as anusvara (हिन्दी/हिंदी,
 * सम्बन्ध/संबंध, पण्डित/पंडित). Not before another nasal or ह: anusvara is never written there
 * (जन्म, सम्मेलन, तुम्हारा, उन्हें), so folding would merge no real variants and would only erase
 * the m/n that the Roman keys of those words need.
 */
const NASAL_CLUSTER = new RegExp(
  `[\u0919\u091E\u0923\u0928\u092E]${VIRAMA}(?=[\u0915-\u0918\u091A-\u091D\u091F-\u0922\u0924-\u0927\u092A-\u092D\u092F\u0930\u0932\u0933\u0935-\u0938])`,
  'gu',
);

const DEVANAGARI_DIGIT = /[\u0966-\u096F]/gu;

/** Step 1: canonical composition, so one letter is one code point sequence whatever the keyboard sent. */
function composeNfc(text: string): string {
  return text.normalize('NFC');
}

/** Step 2: drops ZWJ, ZWNJ and soft hyphens (first, since a joiner inside a cluster hides it from step 6). */
function removeInvisibles(text: string): string {
  return text.replace(INVISIBLES, '');
}

/** Step 3: folds nukta letters to their base letters (मुलाक़ात → मुलाकात); writers often omit the dot. */
function foldNukta(text: string): string {
  return text.replace(NUKTA_LETTER, (letter) => NUKTA_LETTERS[letter] ?? letter).replace(NUKTA_SIGN, '');
}

/** Step 4: folds chandra e to ै (बॅंक → बैंक), the spelling Hindi papers use; chandra o stays. */
function foldChandraVowels(text: string): string {
  return text.replace(CHANDRA_VOWEL, (vowel) => CHANDRA_VOWELS[vowel] ?? vowel);
}

/**
 * Step 5: chandrabindu becomes anusvara (हाँ → हां), the everyday newspaper spelling; so does the
 * Vedic inverted candrabindu (U+0900), which search/text.ts reserves to end index tokens.
 */
function foldChandrabindu(text: string): string {
  return text.replace(/[\u0900\u0901]/gu, '\u0902');
}

/** Step 6: a nasal + virama before a (non-nasal, non-ह) consonant becomes anusvara (हिन्दी → हिंदी). */
function foldNasalClusters(text: string): string {
  return text.replace(NASAL_CLUSTER, '\u0902');
}

/** Step 7: Devanagari digits become ASCII digits (१२ → 12), so both spellings of a number meet. */
function asciiDigits(text: string): string {
  return text.replace(DEVANAGARI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x0966));
}

/** Step 8: lowercases (Devanagari has no case; this is for Latin words such as names and acronyms). */
function lowercase(text: string): string {
  return text.toLowerCase();
}

const STEPS: readonly ((text: string) => string)[] = [
  composeNfc,
  removeInvisibles,
  foldNukta,
  foldChandraVowels,
  foldChandrabindu,
  foldNasalClusters,
  asciiDigits,
  lowercase,
];

/**
 * Whether a word is already in normal form: lowercase ASCII, or Devanagari without anything the
 * steps change (nukta, chandra e, chandrabindu, digits, a nasal + virama). Checked code unit by
 * code unit because this runs once per token at build time and most words need nothing; NFC
 * changes nothing in such a string either.
 */
function isAlreadyNormal(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if (code >= 0x41 && code <= 0x5a) return false;
      continue;
    }
    if (code < 0x0900 || code > 0x097f) return false;
    if (
      code === 0x093c ||
      code === 0x0945 ||
      code === 0x090d ||
      code === 0x0900 ||
      code === 0x0901 ||
      code === 0x0929 ||
      code === 0x0931 ||
      code === 0x0934 ||
      (code >= 0x0958 && code <= 0x095f) ||
      (code >= 0x0966 && code <= 0x096f)
    ) {
      return false;
    }
    // A nasal (ङ ञ ण न म) followed by a virama may be folded to anusvara.
    if (
      (code === 0x0919 || code === 0x091e || code === 0x0923 || code === 0x0928 || code === 0x092e) &&
      text.charCodeAt(index + 1) === 0x094d
    ) {
      return false;
    }
  }
  return true;
}

/** Normalizes Hindi (and mixed Latin) text for search; index and query both go through this. */
export function normalizeHindi(text: string): string {
  if (isAlreadyNormal(text)) return text;
  return STEPS.reduce((current, step) => step(current), text);
}
