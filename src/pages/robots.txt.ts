import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/paths';

/** robots.txt: everything may be crawled; the sitemap index is named with its absolute URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('sitemap-index.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
