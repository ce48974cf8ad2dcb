import type { Element, ElementContent, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** Options of {@link rehypeFigures}. */
export interface RehypeFiguresOptions {
  /** Candidate widths for images beside the article (Astro makes one file per width). */
  widths?: readonly number[];
  /** The `sizes` attribute: how wide the image is drawn. */
  sizes?: string;
}

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/** Whether `src` names a file beside the article rather than a web address. */
const isLocal = (src: unknown) => typeof src === 'string' && !/^(?:[a-z][a-z0-9+.-]*:|\/\/|\/)/i.test(src);

/**
 * A body image that stands alone in its paragraph becomes a `<figure>` with its Markdown title
 * (or, without one, its alt text) as a visible `<figcaption>`. Images beside the article get
 * responsive candidates: Astro's Markdown image step (which runs after this plugin) keeps `widths`
 * and `sizes` from the image's properties, and the article page hands them to Astro's `<Picture>`
 * (src/data/article-body.ts). Properties a publisher already set are kept.
 */
export const rehypeFigures: Plugin<[RehypeFiguresOptions?], Root> = (options = {}) => {
  return (tree) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'p' || parent === undefined || index === undefined) return;
      const content = node.children.filter((child) => !isBlank(child));
      const image = content[0];
      if (content.length !== 1 || image?.type !== 'element' || image.tagName !== 'img') return;
      const { title, alt } = image.properties;
      const caption =
        typeof title === 'string' && title.trim() !== '' ? title : typeof alt === 'string' ? alt : '';
      if (isLocal(image.properties['src'])) {
        if (options.widths && image.properties['widths'] === undefined) {
          Object.assign(image.properties, { widths: [...options.widths] });
        }
        if (options.sizes && image.properties['sizes'] === undefined)
          image.properties['sizes'] = options.sizes;
      }
      delete image.properties['title'];
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: {},
        children: [image],
      };
      if (caption.trim() !== '') {
        figure.children.push({
          type: 'element',
          tagName: 'figcaption',
          // The lead image's caption style, from utilities the site already ships.
          properties: { className: ['mt-2', 'text-sm', 'text-muted', 'dark:text-night-muted'] },
          children: [{ type: 'text', value: caption }],
        });
      }
      parent.children[index] = figure;
    });
  };
};
