/**
 * The form of a search token that Pagefind is given, at build time (text.ts writes each record's
 * content in it) and at query time (engine.ts hands each term over in it). No imports: plain-Node
 * scripts load this through engine.ts.
 */
/**
 * What stands for the virama in the tokens Pagefind sees (index and query alike, see
 * {@link pagefindTerm}): U+094F, a vowel sign no Hindi text uses, which Pagefind counts as a
 * letter. Pagefind indexes a word holding a character that is neither letter nor digit twice,
 * once without that character and once whole as a "compound part" (pagefind/src/fossick/
 * splitting.rs, get_indexable_words), with the same pages and locations. The virama is such a
 * character, so every key with a conjunct (रक्षा, मंत्री) was written twice into the index chunk
 * its query downloads, and a query only ever matches the whole form.
 */
export const VIRAMA_STAND_IN = '\u094F';

/** A search token or query term as Pagefind is given it: the virama replaced by {@link VIRAMA_STAND_IN}. */
export function pagefindTerm(term: string): string {
  return term.replaceAll('\u094D', VIRAMA_STAND_IN);
}
