import { defineHastPlugin } from 'satteri';
import { isExternal, REL } from './rehype-external-links';

/**
 * Sätteri port of `rehypeExternalLinks`: links that leave the site get
 * `rel="external noopener noreferrer"`, existing rel tokens kept. Sätteri renders Markdown
 * hundreds of times faster than unified (docs/scaling.md), and runs only plugins of its own.
 */
export function satteriExternalLinks(options: { siteOrigin?: string } = {}) {
  return defineHastPlugin({
    name: 'hindi-samachar:external-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties['href'];
        if (typeof href !== 'string' || !isExternal(href, options.siteOrigin)) return;
        const current = node.properties['rel'];
        const existing = Array.isArray(current)
          ? current.map(String)
          : current == null
            ? []
            : String(current).split(/\s+/);
        ctx.setProperty(node, 'rel', [...new Set([...existing.filter(Boolean), ...REL])]);
      },
    },
  });
}
