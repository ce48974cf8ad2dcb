import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../data/articles';
import { feedKey, feedResponse } from '../../data/feeds';
import { absoluteUrl, topicFeedPath, topicPath } from '../../lib/paths';
import { SITE_NAME, topicTitle } from '../../lib/strings';
import { topicLabeller } from '../../data/topics';
import type { TopicSlug } from '../../lib/topics';

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  const labelOf = await topicLabeller();
  // A warm build copies the feed of a topic whose newest articles did not change.
  return archive.index.topicCounts.map(({ slug }) => ({
    params: { topic: slug },
    cacheKey: feedKey(archive, archive.index.byTopic.get(slug) ?? [], labelOf, labelOf(slug)),
  }));
}) satisfies GetStaticPaths;

/** A topic's RSS feed: its latest articles with their full text. */
export const GET: APIRoute = async ({ params, site }) => {
  const archive = await loadArchive();
  const topic = params['topic'] as TopicSlug;
  const title = topicTitle((await topicLabeller())(topic));
  return feedResponse({
    archive,
    articles: archive.index.byTopic.get(topic) ?? [],
    title: `${title} | ${SITE_NAME}`,
    description: title,
    link: absoluteUrl(topicPath(topic), site),
    selfPath: topicFeedPath(topic),
    site,
  });
};
