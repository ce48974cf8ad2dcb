/** Splitting article text into sentences for reading aloud. */

/** A sentence and where it sits in the text it came from. */
export interface SentenceSpan {
  /** The sentence with its runs of white space collapsed, for the speech engine. */
  text: string;
  /** Offsets of the sentence (trimmed) in the original text, end exclusive. */
  start: number;
  end: number;
}

/**
 * Finds the sentences of Hindi text, ending at the danda (।), double danda (॥), ? or !, each
 * mark kept with its sentence (with a closing quote or bracket after it). A full stop is not
 * a boundary: Hindi news text uses it in abbreviations and numbers (डॉ., 3.5).
 */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const match of text.matchAll(/[^।॥?!]+(?:[।॥?!]+["'”’)\]]*|$)|[।॥?!]+/g)) {
    const raw = match[0];
    const body = raw.trim();
    if (!/[\p{L}\p{N}]/u.test(body)) continue;
    const start = match.index + (raw.length - raw.trimStart().length);
    spans.push({ text: body.replace(/\s+/g, ' '), start, end: start + body.length });
  }
  return spans;
}

/** The sentences of `text`, as `sentenceSpans` finds them. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((span) => span.text);
}
