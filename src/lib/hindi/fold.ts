/**
 * The variant-folding tier: one form for the spellings of one word that Hindi writers really
 * use side by side (नये/नए, टेलीविजन/टेलिविजन, डॉक्टर/डाक्टर, दुःख/दुख), on top of what
 * normalizeHindi already does (NFC, nukta, anusvara for nasal clusters, digits).
 *
 * Every rule here merges spellings, never words: a rule that would also merge two distinct
 * common words (दिन/दीन, मैं/में, हाल/हॉल, काफी/कॉफी) is either fenced (only in words of three
 * aksharas or more, where such pairs are rare) or left to the looser phonetic tier. The few
 * long pairs that still collide are listed in FOLD_KEEP (see tests/unit/hindi for the traps).
 */
import { aksharaCount, isConsonant, isIndependentVowel, isVowelSign } from './akshara';
import { normalizeHindi } from './normalize';

/**
 * Long words whose vowel-length or ै/े variant would be another common word: they keep their
 * vowels (जीतना 'to win' is not जितना 'as much'). Grow it when a trap is found in the archive.
 */
export const FOLD_KEEP: ReadonlySet<string> = new Set([
  'जीतना', // to win ≠ जितना (as much)
  'जीतने',
  'जीतनी',
  'चूकना', // to miss ≠ चुकना (the 'already' auxiliary)
  'चूकने',
  'बूझना', // to guess ≠ बुझना (to go out)
  'बूझने',
  'पीटना', // to beat ≠ पिटना (to be beaten)
  'पीटने',
  'लूटना', // to rob ≠ लुटना (to be robbed)
  'लूटने',
]);

/** Words whose final ू is not a free variant of ु: बहू (daughter-in-law) is not बहु (many). */
const FINAL_U_KEEP: ReadonlySet<string> = new Set(['बहू', 'वधू', 'बाबू', 'चाकू', 'तराजू', 'काबू']);

/** Fewest aksharas a word needs before its vowel length, ै/े and ॉ/ा are folded. */
export const MIN_AKSHARAS_FOR_VOWEL_FOLDS = 3;

const VIRAMA = '\u094D';
const YA = 'य';

/** Vowel signs and independent vowels folded in long words (length, ै/े, chandra o), by code point. */
const LONG_WORD_VOWELS: Readonly<Record<string, string>> = {
  '\u0949': '\u093E', // ॉ → ा (डॉक्टर/डाक्टर)
  '\u0911': '\u0906', // ऑ → आ (ऑस्ट्रेलिया/आस्ट्रेलिया)
  '\u0948': '\u0947', // ै → े (हैरिस/हेरिस)
  '\u0910': '\u090F', // ऐ → ए (ऐलान/एलान)
  '\u0940': '\u093F', // ी → ि, except word-final (टेलीविजन/टेलिविजन; जाती ≠ जाति)
  '\u0942': '\u0941', // ू → ु (पूलिस/पुलिस)
  '\u0908': '\u0907', // ई → इ, except word-final (ईरान/इरान)
  '\u090A': '\u0909', // ऊ → उ (ऊपर/उपर)
};

const LONG_WORD_VOWEL = /[\u0949\u0911\u0948\u0910\u0940\u0942\u0908\u090A]/u;
const LONG_WORD_VOWELS_G = /[\u0949\u0911\u0948\u0910\u0940\u0942\u0908\u090A]/gu;

/** Whether the code unit is a vowel sign or an independent vowel: what a य-glide follows. */
function isVowel(code: number): boolean {
  return isVowelSign(code) || isIndependentVowel(code);
}

/** Rule 1: a word-final virama is dropped (जगत्/जगत, पश्चात्/पश्चात); Hindi rarely writes it. */
function dropFinalVirama(word: string): string {
  return word.length > 1 && word.endsWith(VIRAMA) ? word.slice(0, -1) : word;
}

/** Rule 2: the visarga, or the colon typed for it, is dropped (दुःख/दु:ख/दुख, प्रायः/प्राय). */
function dropVisarga(word: string): string {
  return word.includes('\u0903') || word.includes(':') ? word.replace(/[\u0903:]/gu, '') : word;
}

/**
 * Rule 2b: conjuncts written two ways by different hands: ह्म/म्ह (ब्राह्मण/ब्राम्हण, ब्रह्मा/ब्रम्हा),
 * ह्न/न्ह (चिह्न/चिन्ह), त्त्व/त्व (महत्त्व/महत्व, तत्त्व/तत्व), श्रृ/शृ (श्रृंखला/शृंखला) and र्र/रर
 * (अंतर्राष्ट्रीय/अंतरराष्ट्रीय). Each pair spells one sound sequence, so no two words merge.
 */
const CONJUNCT_VARIANTS: readonly [RegExp, string][] = [
  [/\u0939\u094D\u092E/gu, '\u092E\u094D\u0939'], // ह्म → म्ह
  [/\u0939\u094D\u0928/gu, '\u0928\u094D\u0939'], // ह्न → न्ह
  [/\u0924\u094D\u0924\u094D\u0935/gu, '\u0924\u094D\u0935'], // त्त्व → त्व
  [/\u0936\u094D\u0930\u0943/gu, '\u0936\u0943'], // श्रृ → शृ
  [/\u0930\u094D\u0930/gu, '\u0930\u0930'], // र्र → रर
];

/** Applies rule 2b, only to words with a virama or ृ (the only ones it can change). */
function foldConjunctVariants(word: string): string {
  if (!word.includes('\u094D')) return word;
  let out = word;
  for (const [pattern, replacement] of CONJUNCT_VARIANTS) out = out.replace(pattern, replacement);
  return out;
}

/**
 * Rule 3: a य-glide becomes the plain vowel: ये → ए and यी → ई after a vowel (किये/किए, लिये/लिए,
 * आयी/आई, आयेगा/आएगा, दवायें/दवाएं), and at the end of a word after a consonant too (नये/नए,
 * गयी/गई, रुपये/रुपए). Word-initial ये (this) and य before other vowels (गया, नया, उपायों) are
 * real consonants and stay; so does a mid-word ये after a consonant (विजयेंद्र).
 */
function foldYaGlide(word: string): string {
  if (!word.includes(YA)) return word;
  let out = '';
  for (let index = 0; index < word.length; index++) {
    const char = word[index] as string;
    const next = word[index + 1];
    if (char === YA && index > 0 && (next === '\u0947' || next === '\u0940')) {
      // What follows the glide's vowel: nothing, or only the anusvara (नयीं, दवायें).
      const rest = word.slice(index + 2);
      const wordFinal = rest === '' || rest === '\u0902';
      if (isVowel(word.charCodeAt(index - 1)) || (wordFinal && isConsonant(word.charCodeAt(index - 1)))) {
        out += next === '\u0947' ? 'ए' : 'ई';
        index++;
        continue;
      }
    }
    out += char;
  }
  return out;
}

/**
 * Rule 4: in words of three aksharas or more (not in {@link FOLD_KEEP}), ॉ → ा, ै → े, ी → ि and
 * ू → ु, and their independent vowels, since loanwords and names are spelled every way
 * (ऑस्ट्रेलिया/आस्ट्रेलिया, कैलिफोर्निया/केलिफोर्निया, टेलीविजन/टेलिविजन, यूक्रेन/युक्रेन). A final ी/ई
 * stays: it marks the feminine (जाती 'goes' ≠ जाति 'caste'). Short words keep all of these, since
 * that is where the distinct pairs live (दिन/दीन, मैं/में, हाल/हॉल, कुल/कूल, सुना/सूना).
 */
function foldLongWordVowels(word: string): string {
  // Most words hold none of these vowels before their last letter: leave them without a copy.
  if (!LONG_WORD_VOWEL.test(word.slice(0, -1))) return word;
  if (FOLD_KEEP.has(word) || aksharaCount(word) < MIN_AKSHARAS_FOR_VOWEL_FOLDS) return word;
  // A final ी/ई marks the feminine; a final ू/ऊ is rule 5's business: the last letter stays.
  const body = word.slice(0, -1).replace(LONG_WORD_VOWELS_G, (char) => LONG_WORD_VOWELS[char] ?? char);
  return body + word.slice(-1);
}

/**
 * Rule 5: a word-final ू becomes ु in words of two aksharas or more (शुरू/शुरु, हिंदू/हिंदु,
 * गुरू/गुरु): unlike final ी, it marks nothing in Hindi grammar. बहू/बहु and a few others stay.
 */
function foldFinalU(word: string): string {
  if (!word.endsWith('\u0942') || FINAL_U_KEEP.has(word) || aksharaCount(word) < 2) return word;
  return word.slice(0, -1) + '\u0941';
}

/** Folds only what never depends on the word's length: normalizeHindi, then rules 1 to 3 (final virama, visarga, conjuncts, य-glide). */
export function foldGlides(word: string): string {
  return foldYaGlide(foldConjunctVariants(dropVisarga(dropFinalVirama(normalizeHindi(word)))));
}

/** Folds a word's spelling variants into one form (the variant tier; normalizes first, idempotent). */
export function foldSpelling(word: string): string {
  return foldFinalU(foldLongWordVowels(foldGlides(word)));
}
