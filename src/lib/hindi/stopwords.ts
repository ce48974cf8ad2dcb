/**
 * Words in nearly every Hindi article (postpositions, auxiliaries, pronouns, conjunctions), in
 * their normalized Devanagari spellings and in the Roman spellings readers type for them. The
 * search pipeline decides what to do with them; this module only says which they are.
 */
import { aksharaCount, isConsonant } from './akshara';
import { foldSpelling } from './fold';
import { VERB_ROOTS } from './lexicon';
import { normalizeHindi } from './normalize';

/** Postpositions that writers sometimes glue onto the word before (भारतके, सरकारने). */
export const POSTPOSITIONS: readonly string[] = ['में', 'से', 'के', 'की', 'का', 'को', 'ने', 'पर', 'तक'];

/** Hindi stop words, normalized and folded (रहीं, गयी and लिये are listed as रहीं, गई and लिए). */
// prettier-ignore
export const HINDI_STOP_WORDS: ReadonlySet<string> = new Set([
  ...POSTPOSITIONS,
  'है', 'हैं', 'था', 'थी', 'थे', 'थीं', 'हो', 'होता', 'होती', 'होते', 'होगा', 'होगी', 'होंगे', 'होने', 'हुआ', 'हुई', 'हुए',
  'और', 'या', 'व', 'एवं', 'तथा', 'कि', 'लेकिन', 'परंतु', 'मगर', 'तो', 'भी', 'ही', 'न', 'नहीं', 'ना', 'जो', 'जब', 'तब', 'अगर',
  'यह', 'वह', 'ये', 'वे', 'इस', 'उस', 'इन', 'उन', 'इसे', 'उसे', 'इन्हें', 'उन्हें', 'इसका', 'उसका', 'इनका', 'उनका',
  'इसकी', 'उसकी', 'इनकी', 'उनकी', 'इसके', 'उसके', 'इनके', 'उनके', 'इसमें', 'उसमें', 'इससे', 'उससे', 'जिस', 'जिसे', 'जिन',
  'जिसके', 'जिसकी', 'जिसका', 'जिनके', 'मैं', 'हम', 'आप', 'मेरा', 'मेरी', 'मेरे', 'हमारा', 'हमारी', 'हमारे', 'अपना', 'अपनी', 'अपने',
  'कर', 'करके', 'किया', 'किए', 'की', 'करते', 'करता', 'करती', 'करने', 'गया', 'गई', 'गए', 'रहा', 'रही', 'रहे', 'रहीं', 'दिया',
  'दी', 'दिए', 'लिया', 'लिए', 'ली', 'जा', 'जाता', 'जाती', 'जाते', 'जाने', 'सकता', 'सकती', 'सकते', 'चुका', 'चुकी', 'चुके',
  'एक', 'कुछ', 'कई', 'सभी', 'सब', 'हर', 'किसी', 'कोई', 'अब', 'यहां', 'वहां', 'साथ', 'बाद', 'पहले', 'द्वारा', 'वाले', 'वाली', 'वाला',
  'ओर', 'बीच', 'लिये', 'बहुत', 'अभी', 'फिर', 'क्या', 'क्यों', 'कैसे', 'कहा', 'बताया',
].map((word) => foldSpelling(normalizeHindi(word))));

/** What readers type in Roman letters for the commonest stop words (lowercase). */
// prettier-ignore
export const ROMAN_STOP_WORDS: ReadonlySet<string> = new Set([
  'ke', 'ki', 'ka', 'ko', 'me', 'mein', 'men', 'mai', 'se', 'ne', 'par', 'pe', 'tak', 'hai', 'hain', 'he', 'tha', 'thi', 'the',
  'aur', 'or', 'ya', 'evam', 'tatha', 'lekin', 'to', 'bhi', 'hi', 'na', 'nahi', 'nahin', 'jo', 'jab', 'tab',
  'yah', 'yeh', 'ye', 'vah', 'wah', 'woh', 'wo', 've', 'is', 'us', 'in', 'un', 'iske', 'uske', 'inke', 'unke', 'iski', 'uski',
  'unki', 'iska', 'uska', 'unka', 'apne', 'apni', 'apna', 'kar', 'karke', 'kiya', 'kiye', 'gaya', 'gayi', 'gai', 'gaye', 'gae',
  'raha', 'rahi', 'rahe', 'diya', 'liye', 'liya', 'ek', 'kuch', 'kai', 'sabhi', 'sab', 'har', 'kisi', 'koi', 'ab', 'sath', 'saath',
  'baad', 'bad', 'dwara', 'wale', 'vale', 'wali', 'vali', 'hua', 'hui', 'hue', 'ho', 'hota', 'hoti', 'hote',
]);

/** Whether a word (Devanagari or Roman, any case or spelling variant) is a stop word. */
export function isStopWord(word: string): boolean {
  const normalized = normalizeHindi(word);
  return ROMAN_STOP_WORDS.has(normalized) || HINDI_STOP_WORDS.has(foldSpelling(normalized));
}

/**
 * Splits a postposition glued onto a word (भारतके → [भारत, के], सरकारमें → [सरकार, में]), or gives
 * undefined. Without `isKnown` the head must have three aksharas or more and end in a consonant
 * (अमेरिका, प्रौद्योगिकी, लड़के, अपने, कैसे and पुस्तक stay whole), and ने never splits (बदलने,
 * पिघलने are one word). With `isKnown` (say, a lookup in the index's vocabulary) a known head
 * of two aksharas or more splits, whatever it ends in (मोदीने), unless ने follows a verb root.
 */
export function splitGluedPostposition(
  word: string,
  isKnown?: (head: string) => boolean,
): [string, string] | undefined {
  const normalized = normalizeHindi(word);
  for (const postposition of POSTPOSITIONS) {
    if (normalized.length <= postposition.length || !normalized.endsWith(postposition)) continue;
    const head = normalized.slice(0, -postposition.length);
    const lastCode = head.charCodeAt(head.length - 1);
    // Never a dangling virama or nasal sign (सत्के, संका are not head + postposition).
    if (lastCode === 0x094d || lastCode === 0x0902) continue;
    const aksharas = aksharaCount(head);
    if (isKnown !== undefined) {
      if (aksharas >= 2 && isKnown(head) && !(postposition === 'ने' && VERB_ROOTS.has(foldSpelling(head)))) {
        return [head, postposition];
      }
    } else if (postposition !== 'ने' && aksharas >= 3 && isConsonant(lastCode)) {
      return [head, postposition];
    }
  }
  return undefined;
}
