/**
 * The feed of a list of articles, from the archive loaded once: the one place pages get RSS from.
 */
import rss from '@astrojs/rss';
import type { Article, Archive } from './articles';
import { FEED_ITEMS, FEED_NAMESPACES, feedChannelData, feedItem, lastChanged } from '../lib/feed';
import { absoluteUrl, articlePath } from '../lib/paths';
import { topicLabel, isTopicSlug } from '../lib/topics';

/** An RSS response of the newest `FEED_ITEMS` of `articles` (newest first). */
export function feedResponse(options: {
  archive: Archive;
  articles: readonly Article[];
  title: string;
  description: string;
  link: string;
  selfPath: string;
  site: URL | undefined;
}): Promise<Response> {
  const latest = options.articles.slice(0, FEED_ITEMS);
  return rss({
    title: options.title,
    description: options.description,
    site: options.link,
    xmlns: { ...FEED_NAMESPACES },
    customData: feedChannelData(absoluteUrl(options.selfPath, options.site), lastChanged(latest)),
    items: latest.map((article) =>
      feedItem(
        article,
        options.archive.entries.get(article.slug)?.body ?? '',
        absoluteUrl(articlePath(article.slug), options.site),
        (slug) => (isTopicSlug(slug) ? topicLabel(slug) : slug),
      ),
    ),
  });
}
