/**
 * The results page's half of search highlighting: links to an article that carry the words the
 * search matched (`?highlight=…`), which src/lib/highlight.ts reads on the article page.
 *
 * Why a module of its own, with its own copy of the parameter name: a module that both the
 * search page and the article page import is bundled as a chunk of its own, and every article
 * view would then fetch it before its script can run, one more round trip on a slow phone
 * (Lighthouse measured 0.3 s more LCP). tests/unit/highlight.test.ts checks that what this
 * writes, the article side reads.
 */

/** The query parameter the article page reads (HIGHLIGHT_PARAM in ./highlight.ts). */
const PARAM = 'highlight';

/** Most words put in a link (MAX_HIGHLIGHT_WORDS in ./highlight.ts). */
const MAX_WORDS = 20;

/** Adds the highlight words to an article URL. */
export function withHighlight(url: string, words: readonly string[]): string {
  if (words.length === 0) return url;
  const params = new URLSearchParams();
  for (const word of words.slice(0, MAX_WORDS)) params.append(PARAM, word);
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt === -1 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}${hash}`;
}
