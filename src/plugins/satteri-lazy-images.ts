import { defineHastPlugin } from 'satteri';

/** Sätteri port of `rehypeLazyImages`: images load lazily and decode async, unless already set. */
export function satteriLazyImages() {
  return defineHastPlugin({
    name: 'hindi-samachar:lazy-images',
    element: {
      filter: ['img'],
      visit(node, ctx) {
        if (node.properties['loading'] == null) ctx.setProperty(node, 'loading', 'lazy');
        if (node.properties['decoding'] == null) ctx.setProperty(node, 'decoding', 'async');
      },
    },
  });
}
