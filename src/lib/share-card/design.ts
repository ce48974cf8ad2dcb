/**
 * The share card's size, design version and content types. Free of imports, so the card
 * renderer also runs under plain Node (the browser suite's shaping check imports it).
 */

/** The Open Graph size every share image has. */
export const CARD_WIDTH = 1200;
/** The Open Graph size every share image has. */
export const CARD_HEIGHT = 630;

/**
 * Bump when the drawing changes (layout, colours, font), so every cached card is redrawn.
 * The font and layout constants live in the renderer; this version stands for them.
 */
export const CARD_DESIGN_VERSION = 3;

/** The text drawn on one card. */
export interface CardText {
  /** An article's headline, or the site's description on the site-wide card. */
  headline: string;
  siteName: string;
  /** The date line ("9 अप्रैल 2021"); empty on the site-wide card. */
  dateLabel: string;
}

/** A card to publish: its file name (without `.png`) and what it shows. */
export interface ShareCard {
  name: string;
  text: CardText;
}
