import type { APIRoute } from 'astro';
import { loadArchive } from '../data/articles';
import { absoluteUrl, articlePath } from '../lib/paths';
import { newsSitemapXml, recentArticles } from '../lib/sitemap';
import { SITE_NAME } from '../lib/strings';

/** The Google News sitemap: articles of the two days before the build (SITE_NOW overrides "now"). */
export const GET: APIRoute = async ({ site }) => {
  const { index } = await loadArchive();
  const now = process.env['SITE_NOW'] ? Date.parse(process.env['SITE_NOW']) : Date.now();
  const articles = recentArticles(index.sorted, now).map((article) => ({
    ...article,
    url: absoluteUrl(articlePath(article.slug), site),
  }));
  return new Response(newsSitemapXml(articles, SITE_NAME), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
