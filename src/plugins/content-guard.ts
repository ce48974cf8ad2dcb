import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkArticleFiles } from '../lib/content-checks';

/** Where the articles live; tests point CONTENT_DIR at fixture folders. */
export function contentDir(root: URL): string {
  return resolve(fileURLToPath(root), process.env['CONTENT_DIR'] ?? 'content');
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

async function builtArticlePages(outDir: string): Promise<string[]> {
  try {
    const entries = await readdir(join(outDir, 'news'), { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/**
 * Fails the build rather than lose an article. Before the build it runs the checks Zod
 * cannot (empty bodies, two files claiming one slug); after it, it requires one article page
 * per Markdown file, because Astro 7.3 silently drops one of two entries with the same id
 * and still exits 0.
 */
export function contentGuard(): AstroIntegration {
  let root: URL;
  return {
    name: 'hindi-samachar:content-guard',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        root = config.root;
        const dir = contentDir(root);
        const files = await markdownFiles(dir);
        // One file at a time: opening every file of a 100,000-article archive at once runs out
        // of file descriptors (EMFILE), and reading is not the slow part.
        const sources: { path: string; source: string }[] = [];
        for (const path of files) {
          sources.push({ path: relative(fileURLToPath(root), path), source: await readFile(path, 'utf8') });
        }
        const errors = checkArticleFiles(sources);
        if (errors.length > 0) {
          throw new Error(`Content errors, nothing was built:\n- ${errors.join('\n- ')}`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = await markdownFiles(contentDir(root));
        const pages = await builtArticlePages(fileURLToPath(dir));
        if (files.length !== pages.length) {
          throw new Error(
            `${files.length} Markdown articles but ${pages.length} article pages were built; ` +
              `an article was dropped.\nFiles: ${files.map((f) => relative(fileURLToPath(root), f)).join(', ')}\n` +
              `Pages: ${pages.join(', ') || '(none)'}`,
          );
        }
        logger.info(`${pages.length} articles, ${pages.length} article pages`);
      },
    },
  };
}
