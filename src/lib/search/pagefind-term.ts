/**
 * The form of a search token that Pagefind is given, at build time (text.ts writes each record's
 * content in it) and at query time (engine.ts hands each term over in it). No imports: plain-Node
 * scripts load this through engine.ts.
 *
 * Pagefind files a word under its form without combining marks (pagefind/src/fossick/
 * splitting.rs, normalize_diacritics) and keeps each marked spelling inside that one entry; a
 * query downloads the whole entry. Devanagari's vowel signs, anusvara, nukta and virama are all
 * combining marks, so every word of one consonant skeleton shared an entry: क्षेत्र brought
 * क्षेत्रों's 7,162 pages with it, करें brought कर, कोर, करा …, 80 KB at 10,000 articles. So each
 * of these signs reaches Pagefind as a lowercase Latin letter (never a mark, never changed by
 * Pagefind's lowercasing or Unicode decomposition, and in no Devanagari text, so a word's form
 * stays its own): an entry holds one key's spellings, which differ only by the tier marks
 * (text.ts), the marks Pagefind is meant to strip. The virama was the first such sign: Pagefind
 * also indexed a word holding a character that is neither letter nor digit twice, once without it
 * and once whole as a "compound part" (get_indexable_words).
 */
const SIGNS = [
  '\u0901', // candrabindu
  '\u0902', // anusvara
  '\u0903', // visarga
  '\u093C', // nukta
  ...Array.from({ length: 0x094c - 0x093e + 1 }, (_, i) => String.fromCharCode(0x093e + i)), // ा … ौ
  '\u094D', // virama
  '\u0955',
  '\u0956',
  '\u0957',
  '\u0962',
  '\u0963',
];

/** The letter each sign is written as, a, b, c … in the order of {@link SIGNS}. */
const LETTER = new Map(SIGNS.map((sign, i) => [sign, String.fromCharCode(0x61 + i)]));

const SIGN = new RegExp(`[${SIGNS.join('')}]`, 'gu');

/** What stands for the virama in the tokens Pagefind sees (index and query alike). */
export const VIRAMA_STAND_IN = LETTER.get('\u094D') ?? '';

/** A search token or query term as Pagefind is given it: each Devanagari sign written as its letter. */
export function pagefindTerm(term: string): string {
  return term.replace(SIGN, (sign) => LETTER.get(sign) ?? sign);
}
