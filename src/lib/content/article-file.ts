/**
 * Where an article's Markdown file is now. Astro's data store keeps the path an entry was first
 * read from for as long as the file's text is unchanged, so after the content folder moves (a
 * new checkout, another CONTENT_DIR) or a file with a `slug` field is renamed, that path is
 * stale. The file name is looked up in today's folder first, then, only if it is not there, every
 * file's slug.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { articleSlugFromPath } from './check';

/** Finds articles' files in one content folder; the folder is scanned at most once. */
export function articleFiles(contentDir: string): (slug: string, storedPath: string | undefined) => string {
  let bySlug: Map<string, string> | undefined;
  return (slug, storedPath) => {
    const named = join(contentDir, basename(storedPath ?? `${slug}.md`));
    if (existsSync(named)) return named;
    bySlug ??= new Map(
      readdirSync(contentDir)
        .filter((file) => file.endsWith('.md'))
        .map((file) => {
          const path = join(contentDir, file);
          const { frontmatter } = parseFrontmatter(readFileSync(path, 'utf8'));
          return [articleSlugFromPath(file, frontmatter['slug']), path] as const;
        }),
    );
    const found = bySlug.get(slug);
    if (found) return found;
    throw new Error(
      `लेख "${slug}" की फ़ाइल ${contentDir} में नहीं मिली / the file of article "${slug}" is not in ${contentDir}`,
    );
  };
}
