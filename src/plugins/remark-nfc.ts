import type { Nodes, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Puts the body's text into Unicode NFC, the form readers' keyboards produce, so a word typed
 * in the search box matches (and highlights) a word written in decomposed form (for instance a
 * nukta typed as a separate mark: क + ़ instead of क़).
 */
export const remarkNfc: Plugin<[], Root> = () => (tree) => {
  visit(tree, (node: Nodes) => {
    if ('value' in node && typeof node.value === 'string') node.value = node.value.normalize('NFC');
    if ('alt' in node && typeof node.alt === 'string') node.alt = node.alt.normalize('NFC');
    if ('title' in node && typeof node.title === 'string') node.title = node.title.normalize('NFC');
  });
};
