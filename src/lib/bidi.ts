/**
 * Bidirectional-text controls a reader could type (or a link could carry) to make echoed text
 * display in a misleading order: the embeddings and overrides U+202A–U+202E and the isolates
 * U+2066–U+2069. Hindi and English need none of them.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** `text` without bidi embedding, override and isolate controls, for echoing what a reader typed. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
