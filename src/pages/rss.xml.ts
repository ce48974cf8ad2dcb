import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { allArticles } from '../data/articles';
import { articleFeedImage } from '../data/images';
import { timestamp } from '../lib/dates';
import { feedImageXml } from '../lib/images';
import { absoluteUrl, articlePath, homePath } from '../lib/paths';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/strings';
import { topicLabeller } from '../data/topics';

/** The RSS feed: every article, newest first, with absolute links that carry the base path. */
export const GET: APIRoute = async ({ site }) => {
  const articles = await allArticles();
  const topicLabel = await topicLabeller();
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: absoluteUrl(homePath(), site),
    customData: '<language>hi</language>',
    xmlns: { media: 'http://search.yahoo.com/mrss/' },
    items: await Promise.all(
      articles.map(async (article) => ({
        title: article.title,
        description: article.standfirst,
        link: absoluteUrl(articlePath(article.slug), site),
        pubDate: new Date(timestamp(article.published)),
        categories: article.topics.map(topicLabel),
        customData: feedImageXml(await articleFeedImage(article, site)),
      })),
    ),
  });
};
