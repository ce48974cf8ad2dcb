import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createArticleSchema } from './lib/article-schema';

/** The articles: one Markdown file each under `content/` (or `CONTENT_DIR`, for fixture builds). */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.md', base: process.env['CONTENT_DIR'] ?? './content' }),
  schema: ({ image }) => createArticleSchema(image),
});

/** Every content collection of the site. */
export const collections = { articles };
