import type { APIRoute, GetStaticPaths } from 'astro';
import { allArticles } from '../../data/articles';
import { articleShareCard, siteShareCard } from '../../data/images';
import { cacheKey } from '../../lib/cache-key';
import type { ShareCard } from '../../lib/share-card/card';
import { cachedCard, drawMissingCards, pruneCardCache } from '../../plugins/share-card-renderer';

/** One card per article without a lead image, plus the site-wide card. */
export const getStaticPaths = (async () => {
  const cards = [siteShareCard(), ...(await allArticles()).filter((a) => !a.image).map(articleShareCard)];
  // Astro lists every route's pages before rendering any: the cards are drawn from now on,
  // beside the HTML pages, and each card's URL below waits only for its own.
  drawMissingCards(cards);
  await pruneCardCache(cards);
  // The name hashes everything drawn on the card, so an incremental build copies the previous
  // build's PNG instead of running the route again (10,000 of them cost a warm build 19 s).
  return cards.map((card) => ({
    params: { card: card.name },
    props: { card },
    cacheKey: cacheKey(card.name),
  }));
}) satisfies GetStaticPaths;

/** The card's PNG, drawn once and then served from the cache on later builds. */
export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(new Uint8Array(await cachedCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
