import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema';

/** The articles: one Markdown file each under `content/` (or `CONTENT_DIR`, for fixture builds). */
const articles = defineCollection({
  // Not `deferRender`: it turns every article into a Vite module, and bundling them cost 24 s per
  // 1,000 articles (docs/scaling.md). Rendered at sync time, the HTML is cached in the data store
  // by content digest, so a warm build renders only new or changed articles anyway.
  loader: glob({ pattern: '**/*.md', base: process.env['CONTENT_DIR'] ?? './content' }),
  schema: articleSchema,
});

/** Every content collection of the site. */
export const collections = { articles };
