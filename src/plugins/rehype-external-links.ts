import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeExternalLinks}. */
export interface RehypeExternalLinksOptions {
  /** Origin of our own site: links to it are internal even when written absolute. */
  siteOrigin?: string;
}

/** The rel tokens an external link gets. */
export const REL = ['external', 'noopener', 'noreferrer'];

/** Whether `href` leaves the site: an http(s) URL on another origin than `siteOrigin`. */
export function isExternal(href: string, siteOrigin: string | undefined): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//')) return false;
  let url: URL;
  try {
    url = new URL(href, 'https://internal.invalid');
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return siteOrigin === undefined || url.origin !== new URL(siteOrigin).origin;
}

/**
 * Marks links that leave the site with `rel="external noopener noreferrer"`, so the target
 * gets neither a handle on our page nor our URL as referrer. Existing rel tokens are kept.
 */
export const rehypeExternalLinks: Plugin<[RehypeExternalLinksOptions?], Root> = (options = {}) => {
  return (tree) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'a') return;
      const href = node.properties['href'];
      if (typeof href !== 'string' || !isExternal(href, options.siteOrigin)) return;
      const current = node.properties['rel'];
      // hast types rel as a token list, but raw HTML passed through rehype-raw can carry a string.
      const existing = Array.isArray(current)
        ? current.map(String)
        : current == null
          ? []
          : String(current).split(/\s+/);
      node.properties['rel'] = [...new Set([...existing.filter(Boolean), ...REL])];
    });
  };
};
