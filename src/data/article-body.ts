/**
 * The bridge from an article's rendered Markdown to the images Astro optimizes. Astro's
 * `render()` turns each body image into a WebP `<img>`; the article page renders the body from
 * these pieces instead, so each image becomes Astro's `<Picture>` (AVIF and WebP, hashed files
 * under `_astro/`) like the lead image, with the attributes our rehype plugins gave it.
 */
import contentImages from 'astro:asset-imports';
import type { ImageMetadata } from 'astro';
import type { ArticleEntry } from './articles';
import {
  bodyImageFormats,
  bodyImageWidth,
  contentImageId,
  splitBodyImages,
  type BodyImageMarker,
} from '../lib/body-images';

/** A body image ready for `<Picture>`: its file as Astro imported it, and its attributes. */
export interface BodyImage extends Omit<BodyImageMarker, 'src'> {
  src: ImageMetadata;
  /** The `<source>` formats, best first. */
  formats: ('avif' | 'webp')[];
}

/** A piece of a rendered body: HTML as rendered, or an image. */
export type ArticleBodyPiece = { html: string } | { image: BodyImage };

/** An article's body as pieces, and the frontmatter our remark plugins added (reading time). */
export interface ArticleBody {
  pieces: ArticleBodyPiece[];
  frontmatter: Record<string, unknown>;
}

/** The body of an article, its images resolved to the files Astro imported for them. */
export function articleBody(entry: ArticleEntry): ArticleBody {
  const { html = '', metadata } = entry.rendered ?? {};
  const frontmatter = (metadata?.frontmatter ?? {}) as Record<string, unknown>;
  const pieces = splitBodyImages(html).map((piece): ArticleBodyPiece => {
    if ('html' in piece) return piece;
    const { src, ...rest } = piece.image;
    const file = contentImages.get(contentImageId(src, entry.filePath ?? ''));
    // The content guard stops the build on a missing or remote image first; this is the backstop.
    if (!file) throw new Error(`${entry.filePath}: the image "${src}" was not imported by Astro`);
    // Read the size from Astro's clone: touching the import itself would publish the original
    // file beside its optimized copies (as Astro's <Picture> also avoids).
    const { width: fileWidth, format } = (file as ImageMetadata & { clone?: ImageMetadata }).clone ?? file;
    const width = bodyImageWidth(fileWidth, rest.attributes);
    const attributes = width === undefined ? rest.attributes : { ...rest.attributes, width };
    return { image: { ...rest, attributes, src: file, formats: bodyImageFormats(format) } };
  });
  return { pieces, frontmatter };
}
