/**
 * The bridge from articles to the image files Astro publishes (`astro:assets`): share images,
 * JSON-LD images and list thumbnails, as plain data for pages and `src/lib`.
 */
import { getImage } from 'astro:assets';
import type { Article } from './articles';
import { THUMBNAIL, type PublishedImage } from '../lib/images';
import { absoluteUrl } from '../lib/paths';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  articleCard,
  cardPath,
  siteCard,
  type ShareCard,
} from '../lib/share-card/card';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/strings';
import { cachedCard } from '../plugins/share-card-renderer';

/** An Open Graph image: a {@link PublishedImage} with its text alternative. */
export interface ShareImage extends PublishedImage {
  alt: string;
}

/** The generated card of an article that has no lead image. */
export function articleShareCard(article: Article): ShareCard {
  return articleCard(article, SITE_NAME);
}

/** The site-wide card for the home, topic and other pages. */
export function siteShareCard(): ShareCard {
  return siteCard(SITE_NAME, SITE_DESCRIPTION);
}

function cardImage(card: ShareCard, site: URL | undefined, alt: string): ShareImage {
  return {
    url: absoluteUrl(cardPath(card.name), site),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: 'image/png',
    alt,
  };
}

/** The share image of a page that is not an article. */
export function siteShareImage(site: URL | undefined): ShareImage {
  return cardImage(siteShareCard(), site, SITE_NAME);
}

/** An article's share image: a 1200×630 crop of its lead image, or its generated headline card. */
export async function articleShareImage(article: Article, site: URL | undefined): Promise<ShareImage> {
  if (!article.image) return cardImage(articleShareCard(article), site, article.title);
  const crop = await getImage({
    src: article.image.src,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fit: 'cover',
    format: 'jpg',
    quality: 80,
  });
  return {
    url: absoluteUrl(crop.src, site),
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    type: 'image/jpeg',
    alt: article.image.alt,
  };
}

/** JSON-LD images of an article: its lead image 1200 px wide and the share crop, or the card. */
export async function articleJsonLdImages(article: Article, share: ShareImage): Promise<PublishedImage[]> {
  if (!article.image) return [share];
  const { src } = article.image;
  const wide = await getImage({ src, width: CARD_WIDTH, format: 'jpg', quality: 80 });
  const height = Math.round((src.height * CARD_WIDTH) / src.width);
  return [{ url: new URL(wide.src, share.url).href, width: CARD_WIDTH, height, type: 'image/jpeg' }, share];
}

/** Path of a small WebP thumbnail of an article's lead image (for search results), if it has one. */
export async function thumbnailPath(article: Article): Promise<string | undefined> {
  if (!article.image) return undefined;
  const thumb = await getImage({
    src: article.image.src,
    width: THUMBNAIL.width * 2,
    height: THUMBNAIL.height * 2,
    fit: 'cover',
    format: 'webp',
  });
  return thumb.src;
}

/** The image that goes with an article in feeds: its share image, with the byte size of a generated card. */
export async function articleFeedImage(article: Article, site: URL | undefined): Promise<PublishedImage> {
  const { alt: _alt, ...image } = await articleShareImage(article, site);
  if (article.image) return image;
  return { ...image, bytes: (await cachedCard(articleShareCard(article))).length };
}
