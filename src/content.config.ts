import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { createArticleSchema } from './lib/article-schema';
import { creditSchema, topicSchema } from './lib/newsroom-schemas';

/** The content folder: `content/`, or `CONTENT_DIR` for fixture builds and generated archives. */
const base = process.env['CONTENT_DIR'] ?? './content';

/** The articles: one Markdown file each at the top of the content folder. */
const articles = defineCollection({
  // Not `deferRender`: it turns every article into a Vite module, and bundling them cost 24 s per
  // 1,000 articles (docs/scaling.md). Rendered at sync time, the HTML is cached in the data store
  // by content digest, so a warm build renders only new or changed articles anyway.
  // Without the Markdown bodies (the feeds read them from the files: src/data/articles.ts), the
  // data store of 10,000 articles is 56 MB instead of 98 MB, and Astro bundles it into the build
  // as JavaScript strings: a warm build went from 44 s to 34 s.
  loader: glob({ pattern: '*.md', base, retainBody: false }),
  schema: ({ image }) => createArticleSchema(image),
});

/** The topics, slug → label, from `topics.yaml` (the file loader reloads it under `npm run dev`). */
const topics = defineCollection({
  loader: file(join(base, 'topics.yaml')),
  schema: topicSchema,
});

/** Authors, desks and agencies, each from its optional YAML file beside the articles. */
const credits = Object.fromEntries(
  ['authors', 'desks', 'agencies']
    .filter((name) => existsSync(join(base, `${name}.yaml`)))
    .map((name) => [
      name,
      defineCollection({ loader: file(join(base, `${name}.yaml`)), schema: creditSchema }),
    ]),
);

/** Every content collection of the site. */
export const collections = { articles, topics, ...credits };
