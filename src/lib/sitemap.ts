/**
 * Sitemap dates and the Google News sitemap. Dates are W3C datetimes as the publisher wrote
 * them (with their offset), or the IST day alone for a day-precision date, so a date known only
 * to the day never turns into the previous day in UTC.
 */
import { machineDate, parseIsoWithOffset, type DatePrecision } from './dates';
import { escapeXml } from './feed';

/** How far back the Google News sitemap reaches: two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** The most URLs Google accepts in one news sitemap. */
export const NEWS_SITEMAP_LIMIT = 1000;

/** The most URLs one sitemap file may list (the sitemaps.org protocol). */
export const SITEMAP_URL_LIMIT = 50_000;

/** The dates of an article, as its frontmatter states them. */
export interface DatedArticle {
  published: string;
  updated?: string | undefined;
  datePrecision: DatePrecision;
}

/** `<lastmod>` of an article: its update time, else its publication (the day alone if that is all it knows). */
export function articleLastmod(article: DatedArticle): string {
  return article.updated ?? machineDate(article.published, article.datePrecision);
}

/**
 * The dates in a Markdown file's frontmatter, read without a YAML parser because the sitemap
 * needs only these lines of every file, once per build; the schema has already validated them.
 */
export function frontmatterDates(
  markdown: string,
): (DatedArticle & { slug?: string | undefined }) | undefined {
  const end = markdown.indexOf('\n---', 3);
  if (!markdown.startsWith('---') || end === -1) return undefined;
  const fields = new Map<string, string>();
  for (const [, key = '', value = ''] of markdown
    .slice(3, end)
    .matchAll(/^(published|updated|datePrecision|slug):[ \t]*["']?([^"'\n]*?)["']?[ \t]*$/gmu)) {
    fields.set(key, value);
  }
  const published = fields.get('published');
  if (!published) return undefined;
  return {
    published,
    updated: fields.get('updated'),
    datePrecision: fields.get('datePrecision') === 'day' ? 'day' : 'minute',
    slug: fields.get('slug'),
  };
}

/** An article the news sitemap lists. */
export interface NewsArticle extends DatedArticle {
  title: string;
  url: string;
}

/** The articles of the last two days before `now`, newest first, at most 1,000. */
export function recentArticles<T extends DatedArticle>(sortedNewestFirst: readonly T[], now: number): T[] {
  const recent: T[] = [];
  for (const article of sortedNewestFirst) {
    const time = parseIsoWithOffset(article.published).getTime();
    if (time > now) continue;
    if (now - time > NEWS_WINDOW_MS || recent.length >= NEWS_SITEMAP_LIMIT) break;
    recent.push(article);
  }
  return recent;
}

/** The Google News sitemap of `articles` for the publication `name`. */
export function newsSitemapXml(articles: readonly NewsArticle[], name: string): string {
  const urls = articles.map(
    (article) =>
      `<url><loc>${escapeXml(article.url)}</loc><news:news><news:publication>` +
      `<news:name>${escapeXml(name)}</news:name><news:language>hi</news:language></news:publication>` +
      `<news:publication_date>${machineDate(article.published, article.datePrecision)}</news:publication_date>` +
      `<news:title>${escapeXml(article.title)}</news:title></news:news></url>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" ' +
    'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
    urls.map((url) => `${url}\n`).join('') +
    '</urlset>\n'
  );
}
