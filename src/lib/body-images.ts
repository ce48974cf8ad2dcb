/**
 * Images in an article's rendered body. Astro's Markdown pipeline (`@astrojs/markdown-remark`,
 * `rehype-images`) replaces each local image's attributes with one `__ASTRO_IMAGE_` attribute
 * holding them as JSON, and `render()` later swaps that for a WebP `<img srcset>`. To publish a
 * `<picture>` of AVIF and WebP instead, the body is cut at those markers here and each image is
 * handed to Astro's `<Picture>` (src/components/ArticleBody.astro). Pure: strings in, data out.
 */
import { decodeHTML } from 'entities';

/** What a Markdown image carries into the marker: its `src` as written and its attributes. */
export interface BodyImageMarker {
  /** The image as written in Markdown, like `./photo.jpg`. */
  src: string;
  alt: string;
  /** Every other attribute the remark/rehype plugins set (loading, decoding, widths, sizes …). */
  attributes: Record<string, unknown>;
}

/** A piece of the body: HTML as rendered, or an image to render in its place. */
export type BodyPiece = { html: string } | { image: BodyImageMarker };

/** An `<img>` whose attributes Astro folded into its `__ASTRO_IMAGE_` marker (class kept apart). */
const MARKER = /<img(?: class="([^"]*)")? __ASTRO_IMAGE_="([^"]*)">/gu;

/** Cuts rendered body HTML into HTML pieces and the Markdown images between them. */
export function splitBodyImages(html: string): BodyPiece[] {
  const pieces: BodyPiece[] = [];
  let from = 0;
  for (const match of html.matchAll(MARKER)) {
    if (match.index > from) pieces.push({ html: html.slice(from, match.index) });
    const className = match[1] === undefined ? undefined : decodeHTML(match[1]);
    const json = JSON.parse(decodeHTML(match[2] ?? '')) as Record<string, unknown>;
    // `index` only tells apart repeated uses of one file in Astro's own lookup.
    const { src, alt, index: _index, ...attributes } = json;
    if (typeof src !== 'string' || typeof alt !== 'string') {
      throw new Error(`an image in the article body has no src or alt: ${match[0]}`);
    }
    pieces.push({
      image: {
        src,
        alt,
        attributes: className === undefined ? attributes : { ...attributes, class: className },
      },
    });
    from = match.index + match[0].length;
  }
  if (from < html.length) pieces.push({ html: html.slice(from) });
  return pieces;
}

/**
 * The key under which Astro's content layer imports an image referenced from a content file
 * (`imageSrcToImportId` in astro/dist/assets/utils/resolveImports.js, not exported): the path as
 * written, a flag, and the importing file relative to the project.
 */
export function contentImageId(src: string, importer: string): string {
  const params = new URLSearchParams('astroContentImageFlag');
  params.set('importer', importer);
  return `${src}?${params.toString()}`;
}

/**
 * The width to publish an image's own `src` at: its widest responsive candidate when the file is
 * wider (a 4000 px camera photo would otherwise also be encoded at full size, in every format,
 * for an `src` no browser that reads `srcset` downloads); undefined to keep the file's width.
 */
export function bodyImageWidth(fileWidth: number, attributes: Record<string, unknown>): number | undefined {
  const { widths, width } = attributes;
  if (width !== undefined || !Array.isArray(widths) || widths.length === 0) return undefined;
  const widest = Math.max(...widths.map(Number));
  return widest < fileWidth ? widest : undefined;
}

/**
 * The formats a body image is published in, best first: AVIF and WebP, except for a GIF, which
 * stays WebP only (AVIF has no animation here; WebP keeps a GIF's frames).
 */
export function bodyImageFormats(fileFormat: string): ('avif' | 'webp')[] {
  return fileFormat === 'gif' ? ['webp'] : ['avif', 'webp'];
}
