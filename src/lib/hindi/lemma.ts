/**
 * The inflection tier: one lemma key for the forms of a word (खेल, खेलने, खेलते, खेला, खेली,
 * खेलें, खेलेंगे → खेल; लड़की, लड़कियां, लड़कियों → लड़की; कमरा, कमरे → कमरा), and never one key
 * for two words (पानी ≠ पान, रानी ≠ रान, नदी ≠ नद, साली ≠ साल, काली ≠ काल).
 *
 * Precision first: suffix rules alone join words (the old stemHindi turned मंत्री into मंत्र), so
 * here a vowel ending is never cut off a noun. Plurals and obliques lead back to the singular
 * (कहानियों → कहानी, भाषाओं → भाषा, कमरे → कमरा, लोगों → लोग); verb endings, and the consonant
 * endings -ना/-ता/-ने/-कर above all, are cut only from a root in the lexicon (VERB_ROOTS), since
 * elsewhere they belong to nouns (सेना, जनता, नौकर). What the rules cannot know is in lexicon.ts.
 */
import { aksharaCount, hasDevanagari, isConsonant, isVowelSign } from './akshara';
import { foldGlides, foldSpelling } from './fold';
import { ADJECTIVES, A_STEMS, IYA_STEMS, I_STEMS, LEMMA_KEEP, LEMMA_MAP, VERB_ROOTS } from './lexicon';

/** Endings after a root ending in a consonant (खेल-ना), shortest first, so the longest root wins (जीत-ा, not जी-ता). */
// prettier-ignore
const CONSONANT_ROOT_ENDINGS: readonly string[] = [
  'ा', 'ी', 'े', 'ो', 'ें', 'ीं', 'ूं', 'ना', 'ने', 'नी', 'ता', 'ते', 'ती', 'कर', 'िए', 'तीं', 'ेगा', 'ेगी', 'ेंगे', 'ेंगी',
  'ूंगा', 'ूंगी', 'ोगे', 'ोगी', 'िएगा', 'वाला', 'वाले', 'वाली', 'नेवाला', 'नेवाले', 'नेवाली',
];

/** Endings after a root ending in a vowel (जा-ना, बना-या), shortest first. */
// prettier-ignore
const VOWEL_ROOT_ENDINGS: readonly string[] = [
  'ं', 'ए', 'ई', 'ओ', 'ईं', 'एं', 'ऊं', 'या', 'गा', 'गी', 'ना', 'ने', 'नी', 'ता', 'ते', 'ती', 'कर', 'इए', 'तीं', 'एगा', 'एगी', 'एंगे',
  'एंगी', 'ऊंगा', 'ऊंगी', 'ओगे', 'ओगी', 'ंगे', 'ंगी', 'इएगा',
];

/** Future endings, cut from any stem of two aksharas or more: no Hindi noun ends in them. */
const FUTURE_ENDINGS: readonly string[] = [
  'ेंगे',
  'ेंगी',
  'ूंगा',
  'ूंगी',
  'एंगे',
  'एंगी',
  'ऊंगा',
  'ऊंगी',
  'ेगा',
  'ेगी',
  'एगा',
  'एगी',
  'ोगे',
  'ोगी',
  'ओगे',
  'ओगी',
];

/** The root of a verb form whose root is in {@link VERB_ROOTS}, or undefined. */
function verbRoot(word: string): string | undefined {
  if (VERB_ROOTS.has(word)) {
    // बना is the root of बनाना and the past of बनना; the past is far the commoner reading.
    const base = word.endsWith('ा') ? word.slice(0, -1) : undefined;
    return base !== undefined && VERB_ROOTS.has(base) ? base : word;
  }
  for (const endings of [CONSONANT_ROOT_ENDINGS, VOWEL_ROOT_ENDINGS]) {
    for (const ending of endings) {
      if (word.length <= ending.length || !word.endsWith(ending)) continue;
      const root = word.slice(0, -ending.length);
      if (!VERB_ROOTS.has(root)) continue;
      const last = root.charCodeAt(root.length - 1);
      // Vowel-sign endings follow a consonant (खेल-ा); independent-vowel endings a vowel (आ-ए).
      const vowelRoot = isVowelSign(last) || (last >= 0x0904 && last <= 0x0914);
      if (
        endings === CONSONANT_ROOT_ENDINGS
          ? !vowelRoot || !isVowelSign(ending.charCodeAt(0))
          : vowelRoot || ending.startsWith('न') || ending.startsWith('त') || ending.startsWith('क')
      ) {
        return root;
      }
    }
  }
  return undefined;
}

/** Whether a stem ends in a consonant carrying its inherent vowel (not a virama, sign or vowel). */
function endsInConsonant(stem: string): boolean {
  return stem.length > 0 && isConsonant(stem.charCodeAt(stem.length - 1));
}

/** The singular of a plural of a vowel-ending noun (लड़कियों → लड़की, भाइयों → भाई, भाषाओं → भाषा), or undefined. */
function singular(word: string): string | undefined {
  for (const [plural, ending] of [
    ['ियों', 'ी'],
    ['ियां', 'ी'],
    ['इयों', 'ई'],
    ['इयां', 'ई'],
  ] as const) {
    if (word.endsWith(plural) && word.length > plural.length) {
      const stem = word.slice(0, -plural.length);
      if (plural.startsWith('इ')) return stem + ending;
      // नीतियों → नीति (a listed -ि noun), चिड़ियों → चिड़िया (a listed -िया noun), कहानियों →
      // कहानी (the commoner -ी).
      if (endsInConsonant(stem)) {
        if (I_STEMS.has(stem + 'ि')) return stem + 'ि';
        return IYA_STEMS.has(stem + 'िया') ? stem + 'िया' : stem + ending;
      }
    }
  }
  for (const plural of ['ओं', 'एं']) {
    // After a vowel sign, -ओं and -एं are plural endings (भाषाओं, दवाएं, साधुओं, बहुएं).
    if (
      word.endsWith(plural) &&
      word.length > plural.length + 1 &&
      isVowelSign(word.charCodeAt(word.length - plural.length - 1))
    ) {
      return word.slice(0, -plural.length);
    }
  }
  return undefined;
}

/** The lemma of a word after foldGlides, before the vowel folds (which depend on length, and so on the ending). */
function lemmaOfGlideFolded(word: string): string {
  if (!hasDevanagari(word) || LEMMA_KEEP.has(word)) return word;
  const mapped = LEMMA_MAP.get(word);
  if (mapped !== undefined) return mapped;
  // Verbs first, short ones too (दें → दे, हों → हो); a noun rule needs two aksharas.
  const root = verbRoot(word);
  if (root !== undefined) return root;
  if (aksharaCount(word) < 2) return word;
  for (const ending of FUTURE_ENDINGS) {
    if (word.endsWith(ending) && aksharaCount(word.slice(0, -ending.length)) >= 2)
      return word.slice(0, -ending.length);
  }
  const one = singular(word);
  if (one !== undefined) return LEMMA_MAP.get(one) ?? one;
  const stem2 = word.slice(0, -2);
  if ((word.endsWith('ों') || word.endsWith('ें')) && endsInConsonant(stem2) && aksharaCount(stem2) >= 2) {
    // लोगों → लोग, बातें → बात; but बच्चों → बच्चा, since बच्चा is a known -ा word.
    return word.endsWith('ों') && A_STEMS.has(stem2 + 'ा') ? stem2 + 'ा' : stem2;
  }
  const stem1 = word.slice(0, -1);
  // कमरे → कमरा, अपने → अपना, रुपये → रुपया: -े is the oblique or plural of an -ा word.
  if (word.endsWith('े') && endsInConsonant(stem1)) return stem1 + 'ा';
  // नए → नया, किराए → किराया, रुपए → रुपया: the same, with the glide written as ए.
  if (word.endsWith('ए') && stem1.length > 0) return stem1 + 'या';
  if (word.endsWith('ीं')) return word.slice(0, -1);
  // The feminine of an -ा adjective: अच्छी → अच्छा, बड़ी → बड़ा; नई → नया.
  if (word.endsWith('ी') && ADJECTIVES.has(stem1 + 'ा')) return stem1 + 'ा';
  if (word.endsWith('ई') && ADJECTIVES.has(stem1 + 'या')) return stem1 + 'या';
  return word;
}

/**
 * The lemma key of a word as written or normalized (not already folded: जीतकर folds to जितकर,
 * whose root the lexicon does not know). Forms of one word share it, and it is spelled as
 * foldSpelling spells the lemma (टेलीविजनों and टेलिविजन → टेलिविजन), so spellings that fold
 * together share a lemma key too.
 */
export function lemmatize(word: string): string {
  return foldSpelling(lemmaOfGlideFolded(foldGlides(word)));
}
