import type { APIRoute } from 'astro';
import { loadArchive } from '../data/articles';
import { feedResponse } from '../data/feeds';
import { absoluteUrl, feedPath, homePath } from '../lib/paths';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/strings';

/** The main RSS feed: the latest articles with their full text. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  return feedResponse({
    archive,
    articles: archive.index.sorted,
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    link: absoluteUrl(homePath(), site),
    selfPath: feedPath(),
    site,
  });
};
