// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import { contentGuard } from './src/plugins/content-guard.ts';
import { pagefindIndex } from './src/plugins/pagefind-index.ts';
import { sitemapLastmod } from './src/plugins/sitemap-lastmod.ts';
import { satteriExternalLinks } from './src/plugins/satteri-external-links.ts';
import { satteriLazyImages } from './src/plugins/satteri-lazy-images.ts';
import { satteriReadingTime } from './src/plugins/satteri-reading-time.ts';
import { resolveSiteConfig } from './src/lib/site-config.ts';

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
  },
  vite: {
    plugins: [tailwindcss()],
    // Scripts always ship as files, so `script-src 'self'` covers them with no inline hashes.
    build: { assetsInlineLimit: 0 },
  },
  markdown: {
    // News text has no code blocks; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // Sätteri (Astro 7's default, in Rust) with our plugins ported to it: unified took 30 ms per
    // article, most of a 10,000-article build; Sätteri takes 0.1 ms (docs/scaling.md). The unified
    // versions (src/plugins/rehype-*.ts, remark-*.ts) stay for tests and tools.
    processor: satteri({
      hastPlugins: [satteriReadingTime(), satteriExternalLinks({ siteOrigin: site }), satteriLazyImages()],
      // Article text is kept exactly as published: no quote or dash rewriting.
      features: { smartPunctuation: false },
    }),
  },
  // The policy of public/_headers as a <meta> on every page, for hosts that send no custom headers
  // (GitHub Pages); tests/build/csp.test.ts keeps the two in step. `frame-ancestors` stays out:
  // browsers ignore it in a <meta> and warn. 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  experimental: {
    // Pages whose getStaticPaths cacheKey (src/lib/cache-key.ts) and code are unchanged are copied
    // from the previous build instead of rendered: the warm rebuild after one new article.
    incrementalBuild: true,
    // The data store of a big archive in 10 MB chunks rather than one huge JSON file.
    collectionStorage: 'chunked',
  },
  integrations: [
    sitemap({
      filter: (page) => !page.includes('/search/'),
      // The sitemaps.org limit per file; past it the index lists several sitemap files.
      entryLimit: 50_000,
      // The Google News sitemap (src/pages/sitemap-news.xml.ts) is listed in the same index.
      customSitemaps: [new URL(`${base.replace(/\/?$/, '/')}sitemap-news.xml`, site).href],
      serialize: sitemapLastmod(resolve(process.env.CONTENT_DIR ?? 'content')),
    }),
    contentGuard(),
    pagefindIndex(),
  ],
});
