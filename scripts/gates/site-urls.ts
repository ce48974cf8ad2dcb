/** The URLs a build publishes in its sitemap and feed, mapped onto the local server by path. */
import { XMLParser } from 'fast-xml-parser';
import type { RunningServer } from '../lib/static-server.ts';
import { TEST_SITE_URL } from '../lib/site-build.ts';

const parser = new XMLParser({ isArray: (name) => ['sitemap', 'url', 'item'].includes(name) });

/** Maps a published absolute URL (`https://samachar.example/khabar/x/`) onto `server`, keeping path and query. */
export function toLocal(url: string, server: RunningServer): string {
  const { origin, pathname, search } = new URL(url);
  // A URL on another origin would be published wrong (say, the dev server's); mapping it would hide that.
  if (origin !== TEST_SITE_URL) throw new Error(`${url} is not on the site's origin ${TEST_SITE_URL}`);
  return `${server.origin}${pathname}${search}`;
}

/** Fetches and parses an XML file the server serves; throws unless it answers 200. */
async function fetchXml(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return parser.parse(await response.text()) as Record<string, unknown>;
}

interface Locs {
  loc?: string;
}

/** Every page the sitemap lists (`sitemap-index.xml` → each sitemap it names), as local URLs. */
export async function sitemapPages(server: RunningServer): Promise<string[]> {
  const index = (await fetchXml(`${server.url}sitemap-index.xml`)) as { sitemapindex?: { sitemap?: Locs[] } };
  const pages: string[] = [];
  for (const { loc } of index.sitemapindex?.sitemap ?? []) {
    if (!loc) continue;
    const sitemap = (await fetchXml(toLocal(loc, server))) as { urlset?: { url?: Locs[] } };
    pages.push(
      ...(sitemap.urlset?.url ?? []).flatMap(({ loc: page }) => (page ? [toLocal(page, server)] : [])),
    );
  }
  if (pages.length === 0) throw new Error(`${server.url}sitemap-index.xml lists no pages`);
  return pages;
}

/** The channel and item links of `rss.xml`, as local URLs. */
export async function feedLinks(server: RunningServer): Promise<string[]> {
  const feed = (await fetchXml(`${server.url}rss.xml`)) as {
    rss?: { channel?: { link?: string; item?: { link?: string }[] } };
  };
  const channel = feed.rss?.channel;
  const links = [channel?.link, ...(channel?.item ?? []).map((item) => item.link)];
  return links.flatMap((link) => (link ? [toLocal(link, server)] : []));
}
