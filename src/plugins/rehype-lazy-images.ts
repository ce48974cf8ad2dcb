import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * Article images load lazily and decode off the main thread, so a phone on a slow network
 * spends its first bytes on the text. Attributes a publisher already set are never replaced.
 */
export const rehypeLazyImages: Plugin<[], Root> = () => {
  return (tree) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'img') return;
      node.properties['loading'] ??= 'lazy';
      node.properties['decoding'] ??= 'async';
    });
  };
};
