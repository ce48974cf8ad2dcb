/**
 * Tokenizing Hindi news text: words of Devanagari, Latin and digits with their offsets in the
 * original string, so excerpts and highlights are cut from what the writer wrote.
 *
 * Hand-written because Intl.Segmenter's word mode (ICU) keeps 21वीं in one piece, splits
 * खान-पान into three pieces without saying they belong together, and differs across engines.
 */
import { aksharaCount } from './akshara';
import { normalizeHindi } from './normalize';

/** One token: `word` as written, `start`/`end` UTF-16 offsets into the text, and what it is. */
export interface Token {
  word: string;
  start: number;
  end: number;
  /** `word`: an ordinary word; `compound`: a hyphenated pair as one unit; `part`: one side of that pair. */
  kind: 'word' | 'compound' | 'part';
}

/**
 * A run of word characters: letters, marks and digits of any script, with joiners (ZWJ, ZWNJ,
 * soft hyphen) and a colon typed for the visarga (दु:ख) allowed between two of them.
 */
const RUN = /[\p{L}\p{M}\p{N}]+(?:(?:[\u200C\u200D\u00AD]+|:(?=[\u0900-\u097F]))[\p{L}\p{M}\p{N}]+)*/gu;

/** Hyphens that join the two halves of a pair (खान-पान): ASCII, U+2010 and the non-breaking U+2011. */
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

/**
 * Where a run splits: between digits and letters (21वीं = 21 + वीं, 2025में = 2025 + में) and
 * between Devanagari and Latin (BJPके = BJP + के). Latin letters and digits stay together (G20).
 */
type Cls = 'digit' | 'deva' | 'latin' | 'other';

/** The class of a code point for splitting runs (marks and joiners continue the current class). */
function classOf(code: number): Cls | undefined {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x0966 && code <= 0x096f)) return 'digit';
  if (code >= 0x0900 && code <= 0x097f) return 'deva';
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f))
    return 'latin';
  // Combining marks, joiners and the visarga colon belong to the letter before them.
  if (
    (code >= 0x0300 && code <= 0x036f) ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0xad ||
    code === 0x3a
  )
    return undefined;
  return 'other';
}

/** Whether two adjacent classes belong in one token (Latin and digits do: G20, 4G, covid19). */
function sameToken(a: Cls, b: Cls): boolean {
  return a === b || (a === 'latin' && b === 'digit') || (a === 'digit' && b === 'latin');
}

/** Splits one run at digit/letter and script boundaries, pushing word tokens. */
function pushRun(text: string, start: number, end: number, out: Token[]): void {
  let pieceStart = start;
  let current: Cls | undefined;
  for (let index = start; index < end; index++) {
    const cls = classOf(text.charCodeAt(index));
    if (cls === undefined) continue;
    if (current !== undefined && !sameToken(current, cls)) {
      out.push({ word: text.slice(pieceStart, index), start: pieceStart, end: index, kind: 'word' });
      pieceStart = index;
    }
    current = cls;
  }
  out.push({ word: text.slice(pieceStart, end), start: pieceStart, end, kind: 'word' });
}

/**
 * The tokens of a text in order. A hyphenated pair (खान-पान) gives the pair as one `compound`
 * token followed by its `part`s; danda, punctuation and spaces separate; offsets are exact.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const runs = Array.from(
    text.matchAll(RUN),
    (match) => [match.index, match.index + match[0].length] as const,
  );
  for (let index = 0; index < runs.length; index++) {
    // Gather runs joined by a single hyphen (खान-पान, आगे-पीछे, उत्तर-पूर्वी).
    let last = index;
    while (last + 1 < runs.length) {
      const [, end] = runs[last] as readonly [number, number];
      const [nextStart] = runs[last + 1] as readonly [number, number];
      if (nextStart !== end + 1 || !HYPHENS.has(text[end] as string)) break;
      last++;
    }
    const [start] = runs[index] as readonly [number, number];
    if (last > index) {
      const [, end] = runs[last] as readonly [number, number];
      out.push({ word: text.slice(start, end), start, end, kind: 'compound' });
      for (let part = index; part <= last; part++) {
        const [partStart, partEnd] = runs[part] as readonly [number, number];
        const before = out.length;
        pushRun(text, partStart, partEnd, out);
        for (let added = before; added < out.length; added++) (out[added] as Token).kind = 'part';
      }
      index = last;
    } else {
      const [, end] = runs[index] as readonly [number, number];
      pushRun(text, start, end, out);
    }
  }
  return out;
}

/** The words of a text as strings, without the compound units (each hyphenated part once). */
export function tokenizeWords(text: string): string[] {
  return tokenize(text)
    .filter((token) => token.kind !== 'compound')
    .map((token) => token.word);
}

/**
 * The one key a pair or compound is found by whether it is written hyphenated, spaced or glued:
 * खान-पान, खान पान and खानपान all give खानपान; प्रधान मंत्री and प्रधानमंत्री give प्रधानमंत्री.
 */
export function joinKey(...words: string[]): string {
  return normalizeHindi(words.join('')).replace(/[-\u2010\u2011\s]/gu, '');
}

/**
 * Second halves that Hindi glues onto a first word to make a title or an institution (प्रधान +
 * मंत्री, लोक + सभा, राष्ट्र + पति). Grow the list with the archive; only the tail is listed, so a
 * new head (खेलमंत्री) splits without an edit.
 */
export const COMPOUND_TAILS: readonly string[] = [
  'विश्वविद्यालय',
  'महाविद्यालय',
  'मंत्रालय',
  'मंत्री',
  'सचिव',
  'सभा',
  'पति',
  'परिषद',
  'आयोग',
  'न्यायालय',
  'विद्यालय',
  'पत्र',
  'नगर',
  'नीति',
  'व्यवस्था',
];

/**
 * The two halves of a glued compound whose tail is in {@link COMPOUND_TAILS} and whose head has
 * two aksharas or more (प्रधानमंत्री → [प्रधान, मंत्री]); otherwise undefined (मंत्री, पत्नी).
 */
export function compoundParts(word: string): [string, string] | undefined {
  const normalized = normalizeHindi(word);
  for (const tail of COMPOUND_TAILS) {
    if (normalized.length <= tail.length || !normalized.endsWith(tail)) continue;
    const head = normalized.slice(0, -tail.length);
    // The head must end in a whole akshara (no dangling virama) and be two aksharas long.
    if (head.endsWith('\u094D') || aksharaCount(head) < 2) continue;
    return [head, tail];
  }
  return undefined;
}
