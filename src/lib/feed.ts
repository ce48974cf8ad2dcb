/**
 * RSS feeds for a big archive: the latest items only, each with its full text, author and
 * topics. Pages call `feedOptions` and hand the result to `@astrojs/rss`; a later item field
 * (a photo's `media:content`, say) is one more line in `feedItem`.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { cacheKey } from './cache-key';
import { parseIsoWithOffset, toIstParts, type DatePrecision } from './dates';

/** How many items a feed carries: readers poll for what is new, not the archive. */
export const FEED_ITEMS = 50;

/** The article fields a feed item shows. */
export interface FeedArticle {
  slug: string;
  title: string;
  standfirst: string;
  published: string;
  datePrecision: DatePrecision;
  author?: string | undefined;
  agency?: string | undefined;
  publisher: { name: string };
  topics: readonly string[];
}

/** One item as `@astrojs/rss` takes it. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
  content: string;
  categories: string[];
  customData: string;
}

const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  // GitHub's allow-list: no scripts, styles, event handlers or iframes reach a feed reader.
  .use(rehypeSanitize)
  .use(rehypeStringify);

/** Bodies already converted in this build: an article is in the main feed and in each of its topics' feeds. */
const converted = new Map<string, string>();

/** The article body as sanitized HTML for `content:encoded`. */
export function feedHtml(markdown: string): string {
  let html = converted.get(markdown);
  if (html === undefined) {
    html = String(processor.processSync(markdown)).trim();
    converted.set(markdown, html);
  }
  return html;
}

/** Escapes text for XML element content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The instant a feed or sitemap states for a publication date. A day-precision date is written
 * as midnight IST, which is the previous evening in UTC; it is stated as 00:00 UTC of that IST
 * day instead, so no UTC-based format shows the day before.
 */
export function feedDate(iso: string, precision: DatePrecision): Date {
  const date = parseIsoWithOffset(iso);
  if (precision === 'minute') return date;
  const { year, month, day } = toIstParts(date);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The byline a feed names: the author, else the agency, else the publisher. */
export function feedAuthor(article: FeedArticle): string {
  return article.author ?? article.agency ?? article.publisher.name;
}

/** One feed item; `link` is absolute, `topicLabel` names a topic slug in Hindi. */
export function feedItem(
  article: FeedArticle,
  body: string,
  link: string,
  topicLabel: (slug: string) => string,
): FeedItem {
  return {
    title: article.title,
    link,
    description: article.standfirst,
    pubDate: feedDate(article.published, article.datePrecision),
    content: feedHtml(body),
    categories: article.topics.map(topicLabel),
    customData: `<dc:creator>${escapeXml(feedAuthor(article))}</dc:creator>`,
  };
}

/** Channel elements beyond title and link: language, the feed's own URL and when it was built. */
export function feedChannelData(selfUrl: string, builtAt: Date): string {
  return (
    '<language>hi</language>' +
    `<atom:link href="${escapeXml(selfUrl)}" rel="self" type="application/rss+xml"/>` +
    `<lastBuildDate>${builtAt.toUTCString()}</lastBuildDate>`
  );
}

/** Namespaces the feed's extra elements use. */
export const FEED_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
} as const;

/** When a feed's content last changed: the newest publication or update among its items. */
export function lastChanged(articles: readonly (FeedArticle & { updated?: string | undefined })[]): Date {
  let latest = 0;
  for (const article of articles) {
    latest = Math.max(
      latest,
      feedDate(article.published, article.datePrecision).getTime(),
      article.updated ? parseIsoWithOffset(article.updated).getTime() : 0,
    );
  }
  return new Date(latest);
}

/**
 * A feed's key for Astro's incremental build: its label and, for each of its newest
 * {@link FEED_ITEMS} items, the article file's digest and its topics' labels. Everything else a
 * feed says comes from the site's code and config, which Astro hashes itself.
 */
export function feedCacheKey(
  label: string,
  items: readonly { digest: string | number | undefined; topicLabels: readonly string[] }[],
): string {
  return cacheKey(
    label,
    items.slice(0, FEED_ITEMS).map(({ digest, topicLabels }) => [digest, topicLabels]),
  );
}
