/**
 * Image sizes the site renders and the image facts that metadata (Open Graph, JSON-LD, RSS)
 * publishes. Widths run from a 360 px phone at 1x to the 736 px column at 2x.
 */

/** Widths of the lead image's AVIF and WebP candidates. */
export const LEAD_IMAGE_WIDTHS = [360, 540, 720, 1080, 1472];

/** The column is the viewport less 2×16 px padding, at most 736 px (max-w-3xl less padding). */
export const COLUMN_SIZES = '(min-width: 48rem) 736px, calc(100vw - 2rem)';

/** Widths of body images (lazy, below the fold, so no 1472 px candidate). */
export const BODY_IMAGE_WIDTHS = [360, 720, 1080];

/** The list thumbnail's box, in CSS px (3:2), drawn at 1x and 2x. */
export const THUMBNAIL = { width: 112, height: 75 } as const;

/** A lead image narrower than this could not fill a share card or Google's 1200 px minimum. */
export const MIN_LEAD_IMAGE_WIDTH = 1200;

/** One published image with what metadata says about it. */
export interface PublishedImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  /** MIME type, like `image/jpeg`. */
  type: string;
  /** Size in bytes, where known. */
  bytes?: number | undefined;
}

/** The schema.org `ImageObject` list for an article's JSON-LD `image`. */
export function jsonLdImages(images: readonly PublishedImage[]): Record<string, unknown>[] {
  return images.map(({ url, width, height }) => ({ '@type': 'ImageObject', url, width, height }));
}

/** Attributes of an RSS `<media:content>` element (Media RSS) for the image that goes with a feed item. */
export function feedImage(image: PublishedImage): Record<string, string> {
  return {
    url: image.url,
    medium: 'image',
    type: image.type,
    width: String(image.width),
    height: String(image.height),
    ...(image.bytes === undefined ? {} : { fileSize: String(image.bytes) }),
  };
}

/** The `<media:content …/>` element for a feed item, attributes escaped for XML. */
export function feedImageXml(image: PublishedImage): string {
  const escape = (value: string) =>
    value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attributes = Object.entries(feedImage(image))
    .map(([name, value]) => `${name}="${escape(value)}"`)
    .join(' ');
  return `<media:content ${attributes}/>`;
}

/** The visible caption line under a photo: caption, then the credit after "फ़ोटो:". */
export function photoCredit(credit: string): string {
  return `फ़ोटो: ${credit}`;
}
