/**
 * Gate 3, links: linkinator crawls the served build from its base URL (plus the 404 page, search,
 * the feed, the sitemap and every URL those two publish) and checks every internal link and
 * fragment. Absolute links to the site's own origin (canonical, Open Graph, JSON-LD) are checked
 * on the local server too. Fails on any broken link, and on any link that leaves the base path.
 */
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import type { RunningServer } from '../lib/static-server.ts';
import { TEST_SITE_URL } from '../lib/site-build.ts';
import type { SiteBuild } from './browser.ts';
import type { GateResult } from './report.ts';
import { feedLinks, sitemapPages } from './site-urls.ts';

/** Crawls the build served at `server`. */
export async function checkLinks(build: SiteBuild, server: RunningServer): Promise<GateResult> {
  console.log(`\n## Links (linkinator, internal only): ${build.base}`);
  const starts = [
    server.url,
    `${server.url}404.html`,
    `${server.url}search/`,
    `${server.url}rss.xml`,
    `${server.url}sitemap-index.xml`,
    ...(await sitemapPages(server)),
    ...(await feedLinks(server)),
  ];
  const checker = new LinkChecker();
  const redirects: string[] = [];
  checker.on('redirect', ({ url, targetUrl, status }) =>
    redirects.push(`${status} ${url} → ${targetUrl ?? '?'}`),
  );
  const { links } = await checker.check({
    path: [...new Set(starts)],
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    urlRewriteExpressions: [
      { pattern: new RegExp(`^${TEST_SITE_URL.replace(/\./g, '\\.')}(?=/|$)`), replacement: server.origin },
    ],
    // Decided before the rewrite above, so links written with the site's origin must pass here too.
    linksToSkip: async (link) =>
      ![server.origin, TEST_SITE_URL].some((origin) => link.startsWith(`${origin}/`)),
  });
  const checked = links.filter((link) => link.state !== LinkState.SKIPPED);
  const broken = checked.filter((link) => link.state === LinkState.BROKEN);
  const outside = checked.filter((link) => !new URL(link.url).pathname.startsWith(build.base));
  for (const link of broken) console.log(`  BROKEN ${describe(link, server)}`);
  for (const link of outside) console.log(`  OUTSIDE ${build.base}: ${describe(link, server)}`);
  // Not failures (the host answers them), but each is a wasted round trip worth fixing at the source.
  for (const redirect of [...new Set(redirects)]) console.log(`  warning: internal redirect ${redirect}`);
  const urls = new Set(checked.map((link) => link.url)).size;
  const detail = `${broken.length} broken, ${outside.length} outside the base path; ${urls} internal URLs checked`;
  console.log(detail);
  return { gate: 'links', build: build.base, passed: broken.length === 0 && outside.length === 0, detail };
}

/** One link as "status url (on parent)", with paths relative to the server. */
function describe(link: LinkResult, server: RunningServer): string {
  const local = (url: string) => decodeURIComponent(url.replace(server.origin, ''));
  const parent = link.parent ? ` (linked from ${local(link.parent)})` : ' (a start URL)';
  return `${link.status ?? 'no answer'} ${local(link.url)}${parent}`;
}
