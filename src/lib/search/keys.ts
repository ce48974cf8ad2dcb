/**
 * The search keys of one word, one per matching tier, strongest first: the exact word, the word
 * after spelling-variant folding, its lemma, and its loose phonetic key in Latin letters. Index
 * and query both call {@link wordKeys}, so a reader's word and an article's word meet exactly
 * when they share a key of some tier.
 *
 * This module only adapts the language core (src/lib/hindi/) to the tiers; the folding rules
 * themselves live there. Keys are memoized per distinct word: an archive repeats its words, and
 * computing keys for every token was a measured 40 s of a 10,000-article build.
 */
import { normalizeHindi } from '../hindi/normalize';
import { foldLatin, romanizeDevanagari } from '../hindi/romanize';
import { stemHindi } from '../hindi/stem';

/** Matching tiers, strongest first; a page's rank starts with the weakest tier its words needed. */
export const TIER = { exact: 0, variant: 1, lemma: 2, phonetic: 3, prefix: 4 } as const;

/** A matching tier. */
export type Tier = (typeof TIER)[keyof typeof TIER];

/** A word's keys for the four indexed tiers (equal keys mean "no new spelling at this tier"). */
export interface WordKeys {
  exact: string;
  variant: string;
  lemma: string;
  phonetic: string;
}

const DEVANAGARI = /[\u0900-\u097F]/u;
const LATIN = /\p{Script=Latin}/u;

/** Script runs inside a normalized word: 12वीं is 12 + वीं, G20 is G + 20. */
const SCRIPT_RUN = /[\u0900-\u097F]+|\p{Script=Latin}+|[^\u0900-\u097F\p{Script=Latin}]+/gu;

/**
 * Words so frequent that they narrow a search by nothing and cost the most index bytes
 * (postpositions, auxiliaries, conjunctions), in Devanagari and as typed in Roman letters. They are
 * not indexed; a query made only of them lists every article (see query.ts).
 */
// prettier-ignore
const STOP_WORDS: ReadonlySet<string> = new Set([
  'के', 'की', 'का', 'में', 'है', 'हैं', 'को', 'से', 'ने', 'और', 'पर', 'कि', 'भी', 'था', 'थी', 'थे',
  'यह', 'इस', 'एक', 'लिए', 'तो', 'ही', 'या', 'हो', 'गया', 'गई', 'गए', 'कर', 'रहे', 'रही', 'रहा',
  'ke', 'ki', 'ka', 'me', 'mein', 'men', 'hai', 'hain', 'ko', 'se', 'ne', 'aur', 'par', 'bhi', 'tha',
  'the', 'thi', 'ye', 'yah', 'is', 'ek', 'liye', 'lie', 'to', 'hi', 'ya', 'ho',
]);

/** Whether a word is too common to index as a separate searchable key (के, की, में, ke, ki, me …). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(wordKeys(word).exact);
}

/**
 * Spelling variants Hindi writers use for one word, folded to one spelling: the य glide after a
 * vowel (नये/नए, किये/किए, आयी/आई), ङ्ग/ञ्च clusters as anusvara. An interim rule set on our
 * side until src/lib/hindi grows its own folding (search-core); the tiers do not change then.
 */
function foldVariants(normalized: string): string {
  return normalized
    .replace(/(?<=[\u0915-\u0939\u093E-\u094C\u0905-\u0914])य([ेी])/gu, (_, sign: string) =>
      sign === 'े' ? 'ए' : 'ई',
    )
    .replace(/[ङञ]्(?=[क-ह])/gu, 'ं');
}

/** Builds a key run by run: Devanagari runs one way, Latin runs another, digits as they are. */
function byScript(
  normalized: string,
  devanagari: (run: string) => string,
  latin: (run: string) => string,
): string {
  const runs = normalized.match(SCRIPT_RUN) ?? [];
  return runs
    .map((run) => (DEVANAGARI.test(run) ? devanagari(run) : LATIN.test(run) ? latin(run) : run))
    .join('');
}

/**
 * The lemma of a Devanagari run: its stem, keeping the ई of ई-stems (मंत्री, मंत्रियों → मंत्री), so that
 * stripping never joins a word ending in ी to the word without it (पानी/पान, रानी/रान, नदी/नद,
 * मंत्री/मंत्र). Interim, until src/lib/hindi has its lemmatizer with an exception lexicon.
 */
function lemmaOf(run: string): string {
  const stem = stemHindi(run);
  return stem !== run && /(?:ी|ियों|ियां)$/u.test(run) ? `${stem}ी` : stem;
}

function computeKeys(word: string): WordKeys {
  const exact = normalizeHindi(word);
  const variant = byScript(exact, foldVariants, (run) => run);
  const lemma = byScript(variant, lemmaOf, (run) => run);
  const phonetic = byScript(variant, romanizeDevanagari, foldLatin) || exact;
  return { exact, variant, lemma, phonetic };
}

const cache = new Map<string, WordKeys>();
const CACHE_LIMIT = 200_000;

/** The keys of one word for every tier (memoized: an archive repeats its words). */
export function wordKeys(word: string): WordKeys {
  let keys = cache.get(word);
  if (keys === undefined) {
    keys = computeKeys(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, keys);
  }
  return keys;
}

/** Whether a word (as typed) is written in Devanagari. */
export function isDevanagari(word: string): boolean {
  return DEVANAGARI.test(word);
}
