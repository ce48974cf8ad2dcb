/**
 * The one module that builds URLs. Every internal link, asset, feed and canonical URL goes
 * through here, so the same build works at a domain root or under a sub-path like `/khabar/`.
 */

/** The configured base path (`/` or `/khabar/`), as Astro resolved it from `BASE_PATH`. */
export const BASE_PATH: string = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** Prefixes a site-relative path (`news/x/`) with the base path (`/khabar/news/x/`). */
export function withBase(path: string, base: string = BASE_PATH): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** Path of an article page. */
export function articlePath(slug: string, base: string = BASE_PATH): string {
  return withBase(`news/${slug}/`, base);
}

/** Path of page `page` (1-based) of the home list. */
export function homePath(page = 1, base: string = BASE_PATH): string {
  return page <= 1 ? withBase('', base) : withBase(`page/${page}/`, base);
}

/** Path of the topics index. */
export function topicsIndexPath(base: string = BASE_PATH): string {
  return withBase('topics/', base);
}

/** Path of page `page` (1-based) of a topic's list. */
export function topicPath(slug: string, page = 1, base: string = BASE_PATH): string {
  return withBase(page <= 1 ? `topics/${slug}/` : `topics/${slug}/page/${page}/`, base);
}

/** Path of the search page, with the query in `?q=` when given. */
export function searchPath(query?: string, base: string = BASE_PATH): string {
  const path = withBase('search/', base);
  return query ? `${path}?q=${encodeURIComponent(query)}` : path;
}

/** Path of the RSS feed. */
export function feedPath(base: string = BASE_PATH): string {
  return withBase('rss.xml', base);
}

/** Path of the archive: its index, a year, a month (1-12) or a later page of a month. */
export function archivePath(year?: number, month?: number, page = 1, base: string = BASE_PATH): string {
  if (year === undefined) return withBase('archive/', base);
  if (month === undefined) return withBase(`archive/${year}/`, base);
  const monthPath = `archive/${year}/${String(month).padStart(2, '0')}/`;
  return withBase(page <= 1 ? monthPath : `${monthPath}page/${page}/`, base);
}

/** Path of a topic's RSS feed (outside `topics/`, whose HTML cache rule would cover it). */
export function topicFeedPath(slug: string, base: string = BASE_PATH): string {
  return withBase(`feeds/${slug}.xml`, base);
}

/** Path of the Google News sitemap. */
export function newsSitemapPath(base: string = BASE_PATH): string {
  return withBase('sitemap-news.xml', base);
}

/** Absolute URL of a path that already carries the base, for canonical links and feeds. */
export function absoluteUrl(path: string, site: string | URL | undefined): string {
  if (site === undefined) throw new Error('absoluteUrl: the site URL is not configured');
  return new URL(path, site).href;
}

/** Path of the saved-for-later list. */
export function savedPath(base: string = BASE_PATH): string {
  return withBase('saved/', base);
}
