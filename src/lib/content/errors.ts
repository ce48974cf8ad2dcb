/**
 * One content error and how it reads in a build log: the file, the line when known, the field,
 * then what is wrong and how to fix it, first in Hindi and then in English. Every check on
 * publishers' files (frontmatter, body, images, stray files, newsroom data) reports through
 * this module, so all their messages look alike and a build lists every one of them at once.
 */

/** A sentence pair: the Hindi first, for the newsroom; the English for everyone else. */
export interface Bilingual {
  hi: string;
  en: string;
}

/** One problem in one file. `line` is 1-based; `field` is a frontmatter path like `topics[1]`. */
export interface ContentError extends Bilingual {
  file: string;
  line?: number | undefined;
  field?: string | undefined;
}

/**
 * Joins a Hindi and an English sentence into one schema message (Zod keeps one string per
 * issue); {@link splitBilingual} takes them apart again.
 */
export function bilingual(hi: string, en: string): string {
  return `${hi}\n${en}`;
}

/** The Hindi and English halves of a {@link bilingual} message; a plain message is both. */
export function splitBilingual(message: string): Bilingual {
  const at = message.indexOf('\n');
  return at === -1 ? { hi: message, en: message } : { hi: message.slice(0, at), en: message.slice(at + 1) };
}

/** Where an error is: `content/a.md:3 (topics[1])`. */
export function errorLocation({ file, line, field }: ContentError): string {
  return `${file}${line === undefined ? '' : `:${line}`}${field ? ` (${field})` : ''}`;
}

/** One error as three log lines: where, then Hindi, then English. */
export function formatContentError(error: ContentError): string {
  return `${errorLocation(error)}\n  हिंदी: ${error.hi}\n  English: ${error.en}`;
}

/** Errors in file order, then line order, so a publisher can work down the list. */
export function sortContentErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/** The whole report for a failed build: a bilingual heading and every error, sorted. */
export function formatContentReport(errors: readonly ContentError[]): string {
  const count = errors.length;
  const heading =
    `सामग्री में ${count} ${count === 1 ? 'गलती मिली' : 'गलतियाँ मिलीं'}; साइट नहीं बनाई गई। ` +
    `${count === 1 ? 'इसे' : 'इन सबको'} ठीक करके फिर बनाएँ।\n` +
    `${count} content ${count === 1 ? 'error' : 'errors'}; nothing was built. ` +
    `Fix ${count === 1 ? 'it' : 'them all'} and build again.`;
  return [heading, ...sortContentErrors(errors).map(formatContentError)].join('\n\n');
}

/** The error thrown to stop a build, carrying every problem found. */
export class ContentErrors extends Error {
  // Not `errors`: Astro's error printer reads that name as an AggregateError's list.
  readonly contentErrors: readonly ContentError[];
  constructor(errors: readonly ContentError[]) {
    super(formatContentReport(errors));
    this.contentErrors = errors;
  }
}
