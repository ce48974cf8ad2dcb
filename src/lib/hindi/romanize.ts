/**
 * Loose phonetic keys in Latin letters, one shared space for Devanagari words and for what
 * readers type in Roman letters: राजनाथ, rajnath, raajnaath and rajanatha all become `rjnt`.
 *
 * The keys are deliberately lossy. Roman writers of Hindi do not mark vowel length, aspiration,
 * retroflexion or the inherent vowel consistently, so all of that is folded away. Only Roman
 * queries meet these keys; Devanagari queries use the precise Devanagari keys.
 */

/** Independent vowels. */
// prettier-ignore
const VOWELS: Readonly<Record<string, string>> = {
  'अ': 'a', 'आ': 'aa', 'इ': 'i', 'ई': 'ii', 'उ': 'u', 'ऊ': 'uu', 'ऋ': 'ri', 'ॠ': 'rii', 'ऌ': 'li',
  'ऄ': 'a', 'ॲ': 'a', 'ए': 'e', 'ऐ': 'ai', 'ओ': 'o', 'औ': 'au', 'ऍ': 'e', 'ऎ': 'e', 'ऑ': 'o', 'ऒ': 'o',
};

/** Dependent vowel signs (matras), which replace a consonant's inherent 'a'. */
// prettier-ignore
const VOWEL_SIGNS: Readonly<Record<string, string>> = {
  'ा': 'aa', 'ि': 'i', 'ी': 'ii', 'ु': 'u', 'ू': 'uu', 'ृ': 'ri', 'ॄ': 'rii', 'ॢ': 'li', 'ॣ': 'lii',
  'े': 'e', 'ै': 'ai', 'ो': 'o', 'ौ': 'au', 'ॅ': 'e', 'ॆ': 'e', 'ॉ': 'o', 'ॊ': 'o', 'ॏ': 'au',
  'ऺ': 'e', 'ऻ': 'ii', 'ॎ': 'e', 'ॖ': 'u', 'ॗ': 'uu',
};

/** Consonants, without their inherent vowel (nukta letters too, in case the input was not normalized). */
// prettier-ignore
const CONSONANTS: Readonly<Record<string, string>> = {
  'क': 'k', 'ख': 'kh', 'ग': 'g', 'घ': 'gh', 'ङ': 'n',
  'च': 'ch', 'छ': 'chh', 'ज': 'j', 'झ': 'jh', 'ञ': 'n',
  'ट': 't', 'ठ': 'th', 'ड': 'd', 'ढ': 'dh', 'ण': 'n',
  'त': 't', 'थ': 'th', 'द': 'd', 'ध': 'dh', 'न': 'n', 'ऩ': 'n',
  'प': 'p', 'फ': 'ph', 'ब': 'b', 'भ': 'bh', 'म': 'm',
  'य': 'y', 'र': 'r', 'ऱ': 'r', 'ल': 'l', 'ळ': 'l', 'ऴ': 'l', 'व': 'v',
  'श': 'sh', 'ष': 'sh', 'स': 's', 'ह': 'h',
  '\u0958': 'q', '\u0959': 'kh', '\u095A': 'g', '\u095B': 'z', '\u095C': 'd', '\u095D': 'dh', '\u095E': 'f', '\u095F': 'y',
  'ॹ': 'j', 'ॺ': 'y', 'ॻ': 'g', 'ॼ': 'j', 'ॾ': 'd', 'ॿ': 'b',
};

/** Other signs: anusvara and chandrabindu nasalize, visarga and avagraha are silent. */
// prettier-ignore
const SIGNS: Readonly<Record<string, string>> = {
  'ं': 'n', 'ँ': 'n', 'ः': '', 'ऽ': '', 'ॐ': 'om',
};

const VIRAMA = '\u094D';
const NUKTA = '\u093C';
const HA = 'ह';

/** Transliterates a normalized Devanagari word and folds it into the shared loose key space. */
export function romanizeDevanagari(word: string): string {
  return foldLatin(transliterateDevanagari(word));
}

/** Transliterates a Devanagari word letter by letter into plain Latin (राजनाथ → raajanaatha), unfolded. */
export function transliterateDevanagari(word: string): string {
  const chars = Array.from(word);
  let out = '';
  // A consonant's inherent 'a', held back until we know no vowel sign or virama follows.
  let inherentA = false;
  for (const [index, char] of chars.entries()) {
    const consonant = CONSONANTS[char];
    const sign = VOWEL_SIGNS[char];
    if (consonant !== undefined) {
      if (inherentA) out += 'a';
      out += consonant;
      inherentA = true;
    } else if (sign !== undefined) {
      out += sign;
      inherentA = false;
    } else if (char === VIRAMA) {
      inherentA = false;
    } else if (char === NUKTA) {
      // A nukta changes the consonant, not whether it carries a vowel.
    } else {
      if (inherentA) out += 'a';
      inherentA = false;
      // ं before ह is romanized "ng" by convention (सिंह is Singh, सिंहासन Singhasan).
      if (char === 'ं' && chars[index + 1] === HA) out += 'ng';
      else out += VOWELS[char] ?? SIGNS[char] ?? devanagariDigit(char) ?? char;
    }
  }
  if (inherentA) out += 'a';
  return out;
}

/** An ASCII digit for a Devanagari digit, or undefined. */
function devanagariDigit(char: string): string | undefined {
  const code = char.charCodeAt(0);
  return code >= 0x0966 && code <= 0x096f ? String(code - 0x0966) : undefined;
}

const CONSONANT = '[bcčdfgjklmnpqrstvxyz]';

/**
 * Folds of Roman spellings of one sound, in order (ph = f, c/q = k, z = j, aspiration dropped,
 * e/i and o/u together). Shared with the phonetic key (phonetic.ts), which adds its own around them.
 */
export const SOUND_FOLDS: readonly [RegExp, string][] = [
  // ph and f are one sound (फ/फ़).
  [/ph/g, 'f'],
  // Protect ch (च, छ) before every other c becomes k (cricket = क्रिकेट).
  [/ch/g, 'č'],
  [/c/g, 'k'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/z/g, 'j'],
  [/w/g, 'v'],
  // Anusvara before a labial is said m: sambandh = संबंध (romanized "sanbandh"), mumbai = मुंबई.
  [/m(?=[pbf])/g, 'n'],
  // Aspiration dropped (kh gh chh jh th dh bh → k g č j t d b; sh → s; delhi → deli).
  [new RegExp(`(?<=${CONSONANT})h`, 'g'), ''],
  // Vowel quality folded: writers swap e/ee/i (jaisalmeer) and o/oo/u (noorlan) freely.
  [/e/g, 'i'],
  [/o/g, 'u'],
];

// The folding rules of foldLatin, applied in this order (the order matters: aspiration is
// dropped before the a's go, so "rahul" keeps its h but "bhai" loses it).
const LATIN_FOLDS: readonly [RegExp, string][] = [
  ...SOUND_FOLDS,
  // Doubled letters collapsed: aa ii uu (vowel length) and geminates (dilli, pakka).
  [/(.)\1+/g, '$1'],
  // Every 'a' after the first letter dropped: the inherent and the long a are written either way
  // (rajnath, raajnaath, rajanatha). Roman writers do not mark vowel length, so kam and kaam fold
  // together (as do कम and काम in the Latin half); Devanagari queries keep them apart.
  [/(?<=.)a/g, ''],
  // A y no longer next to a vowel is heard as i (jaipur = जयपुर, romanized "jayapura").
  [/y(?![aiu])/g, 'i'],
  [/(.)\1+/g, '$1'],
  // A trailing h is silent (shah = शाह).
  [/(?<=.)h$/, ''],
  [/č/g, 'c'],
];

/** Lowercases, strips diacritics (ā → a) and folds spelling variants into the loose phonetic key. */
export function foldLatin(word: string): string {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return LATIN_FOLDS.reduce(
    (current, [pattern, replacement]) => current.replace(pattern, replacement),
    plain,
  );
}
