/**
 * Marks the words a reader searched for when they arrive from the results page
 * (`?highlight=…`). Our own rather than Pagefind's highlighter: Pagefind's matches by its
 * mark-stripped rules (it would mark कुमार for कम) and weighs 44 KB; ours marks exactly the
 * article words the search matched. Without the parameter it does nothing.
 */
import { findWordRanges, highlightWordsFromSearch } from '../lib/search/highlight';

function markTextNode(node: Text, words: readonly string[]): HTMLElement[] {
  const ranges = findWordRanges(node.data, words);
  const marks: HTMLElement[] = [];
  // Split from the end so earlier offsets stay valid.
  for (const [start, end] of ranges.reverse()) {
    const word = node.splitText(start);
    word.splitText(end - start);
    const mark = document.createElement('mark');
    mark.dataset['searchHighlight'] = '';
    word.replaceWith(mark);
    mark.append(word);
    marks.unshift(mark);
  }
  return marks;
}

/** Highlights the `?highlight=` words inside the article and scrolls to the first one. */
export function highlightSearchTerms(): void {
  const words = highlightWordsFromSearch(location.search);
  const article = document.querySelector('[data-article]');
  if (words.length === 0 || !article) return;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const marks = nodes.flatMap((node) => markTextNode(node, words));
  const first = marks.find((mark) => mark.closest('[data-article-body]')) ?? marks[0];
  first?.scrollIntoView({ block: 'center' });
}
