// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/plugins/content-guard.ts';
import { pagefindIndex } from './src/plugins/pagefind-index.ts';
import { rehypeExternalLinks } from './src/plugins/rehype-external-links.ts';
import { rehypeLazyImages } from './src/plugins/rehype-lazy-images.ts';
import { remarkNfc } from './src/plugins/remark-nfc.ts';
import { remarkReadingTime } from './src/plugins/remark-reading-time.ts';
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
    // Our remark/rehype plugins need the unified pipeline; Astro 7's default (Sätteri) runs none.
    processor: unified({
      remarkPlugins: [remarkNfc, remarkReadingTime],
      rehypePlugins: [[rehypeExternalLinks, { siteOrigin: site }], rehypeLazyImages],
      // Article text is kept exactly as published: no quote or dash rewriting.
      smartypants: false,
    }),
  },
  // The CSP <meta> is written by BaseLayout from src/lib/csp.ts, not by Astro's `security.csp`,
  // which would add hashes for scripts and styles no page has (see that module).
  integrations: [sitemap({ filter: (page) => !page.includes('/search/') }), contentGuard(), pagefindIndex()],
});
