/**
 * What a generated share card shows and where it is published. A card's file name carries a
 * hash of everything drawn on it, so a changed headline gets a new URL (social sites cache
 * images by URL) and the renderer's cache can be keyed by the same name.
 */
import { createHash } from 'node:crypto';
import { formatHindiDate } from '../dates';
import { withBase } from '../paths';
import { CARD_DESIGN_VERSION, type CardText, type ShareCard } from './design';

export { CARD_HEIGHT, CARD_WIDTH, type CardText, type ShareCard } from './design';

/** Short content hash of a card's text and design version. */
export function cardHash(text: CardText): string {
  return createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN_VERSION, text.headline, text.siteName, text.dateLabel]))
    .digest('hex')
    .slice(0, 12);
}

/** The card of an article without a lead image: headline, site name and publication date. */
export function articleCard(
  article: { slug: string; title: string; published: string },
  siteName: string,
): ShareCard {
  const text = { headline: article.title, siteName, dateLabel: formatHindiDate(article.published) };
  return { name: `${article.slug}-${cardHash(text)}`, text };
}

/** The site-wide card for the home, topic and other non-article pages. */
export function siteCard(siteName: string, description: string): ShareCard {
  const text = { headline: description, siteName, dateLabel: '' };
  return { name: `site-${cardHash(text)}`, text };
}

/** Path of a card's PNG, under the base path. */
export function cardPath(name: string, base?: string): string {
  return withBase(`cards/${name}.png`, base);
}
