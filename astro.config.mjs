// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import { contentGuard } from './src/plugins/content-guard.ts';
import { pagefindIndex } from './src/plugins/pagefind-index.ts';
import { sitemapLastmod } from './src/plugins/sitemap-lastmod.ts';
import { rehypeExternalLinks } from './src/plugins/rehype-external-links.ts';
import { rehypeFigures } from './src/plugins/rehype-figures.ts';
import { rehypeLazyImages } from './src/plugins/rehype-lazy-images.ts';
import { remarkNfc } from './src/plugins/remark-nfc.ts';
import { remarkReadingTime } from './src/plugins/remark-reading-time.ts';
import { serviceWorker } from './src/plugins/service-worker.ts';
import { resolveSiteConfig } from './src/lib/site-config.ts';
import { BODY_IMAGE_WIDTHS, COLUMN_SIZES } from './src/lib/images.ts';

const { site, base } = resolveSiteConfig(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Separate caches let test builds run side by side without sharing Astro's data store.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  build: {
    format: 'directory',
    // One small stylesheet, cached across pages; CSP stays `style-src 'self'` with no hashes.
    inlineStylesheets: 'never',
    // Pages in flight at once. Share cards are rasterized by sharp on libuv's thread pool, so
    // while one page waits for its card the main thread renders others: on the 2-core machine a
    // cold build of 1,000 articles went from 67 s to 38 s (scripts/bench/scale.ts, docs/scaling.md).
    concurrency: 4,
  },
  vite: {
    plugins: [tailwindcss()],
    // Scripts always ship as files, so `script-src 'self'` covers them with no inline hashes.
    build: { assetsInlineLimit: 0 },
  },
  markdown: {
    // News text has no code blocks; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // Our remark/rehype plugins need the unified pipeline; Astro 7's default (Sätteri) runs none.
    processor: unified({
      remarkPlugins: [remarkNfc, remarkReadingTime],
      rehypePlugins: [
        [rehypeExternalLinks, { siteOrigin: site }],
        rehypeLazyImages,
        [rehypeFigures, { widths: BODY_IMAGE_WIDTHS, sizes: COLUMN_SIZES }],
      ],
      // Article text is kept exactly as published: no quote or dash rewriting.
      smartypants: false,
    }),
  },
  // The CSP <meta> is written by BaseLayout from src/lib/csp.ts, not by Astro's `security.csp`,
  // which would add hashes for scripts and styles no page has (see that module).
  experimental: {
    // Pages whose getStaticPaths cacheKey (src/lib/cache-key.ts) and code are unchanged are copied
    // from the previous build instead of rendered: the warm rebuild after one new article.
    incrementalBuild: true,
    // The data store of a big archive in 10 MB chunks rather than one huge JSON file.
    collectionStorage: 'chunked',
  },
  integrations: [
    sitemap({
      filter: (page) => !/\/(search|saved|offline)\/$/.test(page),
      // The sitemaps.org limit per file; past it the index lists several sitemap files.
      entryLimit: 50_000,
      // The Google News sitemap (src/pages/sitemap-news.xml.ts) is listed in the same index.
      customSitemaps: [new URL(`${base.replace(/\/?$/, '/')}sitemap-news.xml`, site).href],
      serialize: sitemapLastmod(resolve(process.env.CONTENT_DIR ?? 'content')),
    }),
    contentGuard(),
    pagefindIndex(),
    serviceWorker(),
  ],
});
