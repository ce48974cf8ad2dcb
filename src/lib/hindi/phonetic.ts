/**
 * The phonetic tier: one loose key for both scripts, so that transliteration variants of a name
 * meet (इज़राइल/इजरायल, ऑस्ट्रेलिया/आस्ट्रेलिया, यूक्रेन/युक्रेन) and so do Roman (Hinglish)
 * spellings and their Devanagari words (sarkar/sarkaar/sirkar → सरकार, doctor → डॉक्टर).
 *
 * How loose depends on length, because that is where precision lives. A word with four or more
 * consonant sounds is keyed by its consonant skeleton alone (plus whether it starts with a vowel
 * and a final a/i/u): vowel spellings vary most in long loanwords and names, and few long words
 * share a skeleton. A shorter word keeps its vowels but for inner a's, so "kam" finds कम and काम
 * but not कुम, कमी or केम, and "din" does not find देना. Collision figures are in the README.
 */
import { hasDevanagari, isConsonant } from './akshara';
import { foldGlides } from './fold';
import { SOUND_FOLDS, transliterateDevanagari } from './romanize';

/** Consonant sounds from which a word is keyed by its skeleton alone (3 made 49% of hunspell-hi words share a key; 4 makes 33%). */
export const SKELETON_MIN_CONSONANTS = 4;

/** Doubled letters (aa, ll): collapsed by a loop in applyFolds, as the back-reference is slow. */
const COLLAPSE = /(.)\1+/g;

/** Collapses runs of one letter to one (dillii → dili). */
function collapse(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== text[index - 1]) out += text[index] as string;
  }
  return out;
}

/** Spelling folds shared by both modes, in order (those of foldLatin before its vowel dropping). */
const BASIC_FOLDS: readonly [RegExp, string][] = [
  // ee and oo are ई and ऊ (dillee, noorlan); ei is ए (mein = में).
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/ei/g, 'e'],
  ...SOUND_FOLDS,
  // A y between vowels is a glide that one spelling writes and another does not (इजरायल/इजराइल, liya/lia).
  [/(?<=[aeiou])y(?=[aeiou])/g, 'i'],
  [COLLAPSE, '$1'],
];

/** Lowercase Latin without diacritics (ā → a, ṣ → s). */
function plainLatin(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Folds for short words (fewer than SKELETON_MIN_CONSONANTS consonants), after BASIC_FOLDS without
 * its e → i and o → u: Roman writers keep e (ए) and o (ओ) apart from i and u far more often than
 * not (desh, dena, log), so दिन (din) and देन (den), सुना and सोना stay apart; ai and au are
 * read as Hindi says them (hai = he, aur = or); inner a's go
 * (kam = kaam), a final a stays (दिन din, दिना dina). phoneticQueryKeys adds the looser readings
 * for Roman queries (delhi → dilli).
 */
const SHORT_FOLDS: readonly [RegExp, string][] = [
  [COLLAPSE, '$1'],
  // ai and au as Hindi says them: है (hai) = he, और (aur) = or, मैक्रों = मेक्रों.
  [/ai/g, 'e'],
  [/au/g, 'o'],
  // A y before no vowel is the vowel i (समय samay = smi); before one it is a consonant, kept
  // before the inner a's go: ध्यान (dhyan, dyn) is not दिन (din), nor प्यार (pyr) पीर (pir).
  [/y(?![aeiou])/g, 'i'],
  [/(?<=.)a(?=.)/g, ''],
  [COLLAPSE, '$1'],
  [/(?<=.)h$/, ''],
  [/č/g, 'c'],
];

/** BASIC_FOLDS without the vowel-quality folds, for short words. */
const BASIC_WITHOUT_VOWELS = BASIC_FOLDS.filter(
  ([pattern]) => pattern.source !== 'e' && pattern.source !== 'o',
);

/** For each fold, a letter without which it cannot match (folds not listed always run). */
const PROBES: ReadonlyMap<RegExp, string> = new Map(
  [...BASIC_FOLDS, ...SHORT_FOLDS].flatMap(([pattern]): [RegExp, string][] => {
    const literal = /^[a-zč]+$/.exec(pattern.source)?.[0];
    if (literal !== undefined) return [[pattern, literal.slice(0, 1)]];
    if (pattern.source.includes('h')) return [[pattern, 'h']];
    if (pattern.source.includes('y')) return [[pattern, 'y']];
    if (pattern.source.startsWith('m')) return [[pattern, 'm']];
    return [];
  }),
);

/**
 * Applies a list of folds in order, skipping those whose first letter is absent (a cheap test
 * that spares most of the regular-expression passes on a short word).
 */
function applyFolds(text: string, folds: readonly [RegExp, string][]): string {
  let out = text;
  for (const [pattern, replacement] of folds) {
    if (pattern === COLLAPSE) {
      out = collapse(out);
      continue;
    }
    const probe = PROBES.get(pattern);
    if (probe !== undefined && !out.includes(probe)) continue;
    out = out.replace(pattern, replacement);
  }
  return out;
}

/**
 * Vowel sounds from which a three-consonant word is keyed by its skeleton too: names of three
 * consonants and four vowels are written with an inner vowel sign or without (अमेरिका/अमरीका,
 * a-me-ri-ka/a-ma-ri-ka), while short words of that skeleton (कमर, कुमार, केसर, कसर) have
 * fewer vowels and keep them apart.
 */
export const SKELETON_MIN_VOWELS = 4;

/** The key of a plain Latin spelling (a transliteration without its final schwa, or what a reader typed). */
function keyOfLatin(latin: string, { skeleton: forceSkeleton = false } = {}): string {
  // BASIC_FOLDS in two steps, so short words reuse the first (same result: the y-glide and
  // collapse rules do not care whether e and o are folded yet).
  const withVowels = applyFolds(latin, BASIC_WITHOUT_VOWELS);
  const folded =
    withVowels.includes('e') || withVowels.includes('o')
      ? collapse(withVowels.replace(/e/g, 'i').replace(/o/g, 'u'))
      : withVowels;
  // An initial y before a vowel is heard as the vowel (यूक्रेन, ukraine).
  const body = folded.replace(/^y(?=[aiu])/, '');
  const skeleton = collapse(body.replace(/[aiu]/g, ''));
  const consonants = skeleton.replace(/[0-9]/g, '').length;
  const vowels = body.match(/[aiu]+/g)?.length ?? 0;
  const longName = consonants === SKELETON_MIN_CONSONANTS - 1 && vowels >= SKELETON_MIN_VOWELS;
  if (consonants < SKELETON_MIN_CONSONANTS && !longName && !(forceSkeleton && consonants === 3)) {
    return applyFolds(withVowels, SHORT_FOLDS);
  }
  const initialVowel = body !== folded || /^[aiu]/.test(body) ? 'a' : '';
  // A final a is a long ā (the inherent a was dropped): समीक्षा (smksa) is not समकक्ष (smks).
  const finalVowel = /[aiu]$/.test(body) ? body.slice(-1) : '';
  return (initialVowel + skeleton + finalVowel).replace(/č/g, 'c');
}

/**
 * A Devanagari word in plain Latin, without the final inherent a Hindi does not say (दिन → din).
 * Only foldGlides first: the vowel folds of foldSpelling would turn कॉलेज into कालेज, and "college"
 * must still find it; this key's own vowel handling covers vowel length.
 */
function devanagariLatin(word: string): string {
  const folded = foldGlides(word);
  const latin = transliterateDevanagari(folded);
  return isConsonant(folded.charCodeAt(folded.length - 1)) && latin.endsWith('a')
    ? latin.slice(0, -1)
    : latin;
}

/** The one phonetic key of a word in either script (index and query alike). */
export function phoneticKey(word: string): string {
  return keyOfLatin(hasDevanagari(word) ? devanagariLatin(word) : plainLatin(word));
}

/** Devanagari names of the Latin letters, as Hindi papers spell acronyms (BCCI = बीसीसीआई). */
// prettier-ignore
const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: 'ए', b: 'बी', c: 'सी', d: 'डी', e: 'ई', f: 'एफ', g: 'जी', h: 'एच', i: 'आई', j: 'जे', k: 'के', l: 'एल', m: 'एम',
  n: 'एन', o: 'ओ', p: 'पी', q: 'क्यू', r: 'आर', s: 'एस', t: 'टी', u: 'यू', v: 'वी', w: 'डब्ल्यू', x: 'एक्स', y: 'वाई', z: 'जेड',
};

/** The key of a Latin word read letter by letter as an acronym (BCCI → the key of बीसीसीआई), or undefined if not all letters. */
export function acronymKey(word: string): string | undefined {
  const letters = plainLatin(word);
  if (!/^[a-z]{2,8}$/.test(letters)) return undefined;
  return phoneticKey(Array.from(letters, (letter) => LETTER_NAMES[letter] ?? '').join(''));
}

/** Two consonants that can begin a Hindi word typed in Roman (bh, pr, st …); any other pair means an acronym. */
const ROMAN_ONSETS = new Set(
  'bh ch dh gh jh kh ph sh th rh kr pr tr br dr gr fr shr str sk sp st sm sn sw sv sl kl pl bl gl fl ky gy py by dy ny my vy hy ty ly jy sy kv dv tv sc gn'.split(
    ' ',
  ),
);

/** Whether a Latin word reads as an acronym: all capitals (BCCI, ISRO), no vowel at all (bjp), or an onset no Hindi word has (bcci, cbi). */
export function looksLikeAcronym(word: string): boolean {
  if (!/^[A-Za-z]{2,8}$/.test(word)) return false;
  if (word === word.toUpperCase()) return true;
  const lower = word.toLowerCase();
  if (!/[aeiouy]/.test(lower)) return true;
  const onset = /^[^aeiouy]{2}/.exec(lower)?.[0];
  return onset !== undefined && !ROMAN_ONSETS.has(onset) && !ROMAN_ONSETS.has(lower.slice(0, 3));
}

/** English spelling habits respelled the way Hindi writes the word (police → polis, game → gem, station → steshan, school → skool). */
function englishReadings(latin: string): string[] {
  const soft = latin
    .replace(/^sch/, 'sk')
    .replace(/tion\b/g, 'shan')
    .replace(/sion\b/g, 'jan')
    .replace(/qu/g, 'kv')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/ea|ee/g, 'i')
    .replace(/ai/g, 'e')
    .replace(/y$/, 'i');
  const bases = [soft];
  // ou is said o before r (court = कोर्ट, source = सोर्स).
  if (soft.includes('our')) bases.push(soft.replace(/our/g, 'or'));
  // An initial u is said yu (ukraine = यूक्रेन, unicef = यूनिसेफ, europe = यूरोप).
  if (/^(u|eu)[^aeiou]/.test(soft)) bases.push(soft.replace(/^e?u/, 'yu'));
  const readings: string[] = [];
  const long: Readonly<Record<string, string>> = { a: 'e', e: 'i', i: 'ai', o: 'o', u: 'yu' };
  for (const base of bases) {
    readings.push(base);
    const silentE = /([aeiou])([^aeiouy])e$/.exec(base);
    if (silentE === null) continue;
    const stem = base.slice(0, -3);
    const vowel = silentE[1] ?? '';
    const consonant = silentE[2] ?? '';
    readings.push(stem + vowel + consonant, stem + (long[vowel] ?? vowel) + consonant);
  }
  return readings;
}

/** Most keys {@link phoneticQueryKeys} gives for one word: each may cost the pipeline a lookup. */
export const MAX_QUERY_KEYS = 8;

/**
 * The keys a reader's word is looked up by, best first: for Devanagari just its phonetic key; for
 * Roman, the Hinglish reading, then (when they differ) the acronym reading (first if the word is
 * in capitals), English readings (police, game, station), and for short words the reading with
 * or without a final nasal (nahin/nahi, me/mein). The index holds one key per word ({@link phoneticKey}).
 */
export function phoneticQueryKeys(word: string): string[] {
  if (hasDevanagari(word)) return [phoneticKey(word)];
  const latin = plainLatin(word);
  const keys = [keyOfLatin(latin)];
  if (looksLikeAcronym(word)) {
    const acronym = acronymKey(word);
    if (acronym !== undefined) {
      if (/^[A-Z]+$/.test(word)) keys.unshift(acronym);
      else keys.push(acronym);
    }
  }
  if (/^[a-z]+$/.test(latin)) {
    // Looser vowel qualities in longer words (delhi = dilli), never short ones (sena is not सीना),
    // and a typed final a (yoga = योग).
    if (latin.length >= 5) keys.push(keyOfLatin(latin.replace(/e/g, 'i').replace(/o/g, 'u')));
    if (/[^aeiou]a$/.test(latin)) keys.push(keyOfLatin(latin.slice(0, -1)));
    // Hinglish writes the a before h as e (sheher = शहर, pehle = पहले, kehna = कहना).
    if (/eh/.test(latin)) keys.push(keyOfLatin(latin.replace(/e(?=h)/g, 'a').replace(/(?<=ah)e(?=.)/g, 'a')));
    // Between vowels, h and y are two letters that Hindi writes with the a between them and does
    // not say: sahyog = सहयोग (sahayog), whose y between vowels is a glide in the index's key.
    // (Other consonants before a y are mostly conjuncts, ध्यान dhyan, with no a to restore.)
    if (/[aeiou]hy[aeiou]/.test(latin))
      keys.push(keyOfLatin(latin.replace(/(?<=[aeiou]h)y(?=[aeiou])/g, 'ay')));
    for (const reading of englishReadings(latin)) {
      keys.push(keyOfLatin(reading));
      if (latin.length >= 5) keys.push(keyOfLatin(reading.replace(/e/g, 'i').replace(/o/g, 'u')));
    }
    // Roman spellings of short words write the final nasal or not (nahin/nahi, mein/me, hain/hai).
    if (/[aeiou]n$/.test(latin) && latin.length > 2 && latin.length <= 5)
      keys.push(keyOfLatin(latin.slice(0, -1)));
    if (/[aeiou]$/.test(latin) && latin.length <= 4) keys.push(keyOfLatin(`${latin}n`));
    // A Roman name of three consonants may drop the inner vowel the Devanagari writes (amrika
    // for अमेरिका, whose key is its skeleton: SKELETON_MIN_VOWELS). Last: the loosest reading.
    if (latin.length >= 6) keys.push(keyOfLatin(latin, { skeleton: true }));
  }
  return [...new Set(keys)].slice(0, MAX_QUERY_KEYS);
}
