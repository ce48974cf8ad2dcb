/**
 * The feed of a list of articles, from the archive loaded once: the one place pages get RSS from.
 */
import rss from '@astrojs/rss';
import { articleMarkdown, type Article, type Archive, type ArticleEntry } from './articles';
import { articleFeedImage } from './images';
import { topicLabeller } from './topics';
import {
  FEED_ITEMS,
  FEED_NAMESPACES,
  feedCacheKey,
  feedChannelData,
  feedItem,
  lastChanged,
} from '../lib/feed';
import { feedImageXml } from '../lib/images';
import { absoluteUrl, articlePath } from '../lib/paths';

/** An RSS response of the newest `FEED_ITEMS` of `articles` (newest first). */
export async function feedResponse(options: {
  archive: Archive;
  articles: readonly Article[];
  title: string;
  description: string;
  link: string;
  selfPath: string;
  site: URL | undefined;
}): Promise<Response> {
  const latest = options.articles.slice(0, FEED_ITEMS);
  const topicLabel = await topicLabeller();
  const items = await Promise.all(
    latest.map(async (article) => {
      const item = feedItem(
        article,
        articleMarkdown(options.archive.entries.get(article.slug) as ArticleEntry),
        absoluteUrl(articlePath(article.slug), options.site),
        topicLabel,
      );
      // The lead image, or the generated share card: what a feed reader shows beside the item.
      const image = feedImageXml(await articleFeedImage(article, options.site));
      return { ...item, customData: item.customData + image };
    }),
  );
  return rss({
    title: options.title,
    description: options.description,
    site: options.link,
    xmlns: { ...FEED_NAMESPACES },
    customData: feedChannelData(absoluteUrl(options.selfPath, options.site), lastChanged(latest)),
    items,
  });
}

/** {@link feedCacheKey} of a feed of `articles` (newest first) under `label`. */
export function feedKey(
  archive: Archive,
  articles: readonly Article[],
  labelOf: (slug: string) => string,
  label: string,
): string {
  return feedCacheKey(
    label,
    articles.slice(0, FEED_ITEMS).map((article) => ({
      digest: archive.entries.get(article.slug)?.digest,
      topicLabels: article.topics.map(labelOf),
    })),
  );
}
