/**
 * What may live in the content folder: articles (`<slug>.md` at the top), their images beside
 * them, and the newsroom's YAML data files. Anything else would be silently ignored by the
 * build, so it is an error naming the file.
 */
import type { ContentError } from './errors';

/** Newsroom data files the content folder may hold, each a collection of its own. */
export const DATA_FILES = ['topics.yaml', 'authors.yaml', 'desks.yaml', 'agencies.yaml'] as const;

/** Image types an article may show (the photos convention: `content/<slug>.jpg`). */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;

/** Files an operating system leaves behind, never the publisher's work. */
const IGNORED = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini', '.gitkeep']);

/** The content folder's files, sorted by kind. Paths are relative to the folder, with `/`. */
export interface ContentFiles {
  articles: string[];
  images: string[];
  data: string[];
  errors: ContentError[];
}

/** Sorts `paths` (every file under the content folder, relative, `/`-separated) into kinds. */
export function classifyContentFiles(paths: readonly string[], folder: string): ContentFiles {
  const result: ContentFiles = { articles: [], images: [], data: [], errors: [] };
  for (const path of [...paths].sort()) {
    const name = path.split('/').pop() ?? path;
    const file = `${folder}/${path}`;
    if (IGNORED.has(name)) continue;
    const extension = /\.[^.]+$/.exec(name)?.[0] ?? '';
    if (path.includes('/')) {
      result.errors.push({
        file,
        hi: 'उप-फ़ोल्डर की फ़ाइलें नहीं बनतीं: लेख और चित्र सीधे content/ में रखें',
        en: 'files in a subfolder are not built: keep articles and images directly in content/',
      });
    } else if (extension === '.md') {
      result.articles.push(path);
    } else if ((IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
      result.images.push(path);
    } else if ((DATA_FILES as readonly string[]).includes(name)) {
      result.data.push(path);
    } else if (/^\.(md|markdown|mdx|mdown|mkd)$/i.test(extension)) {
      const fixed = name.replace(/\.[^.]+$/, '.md');
      result.errors.push({
        file,
        hi: `यह लेख नहीं बनेगा: लेख की फ़ाइल का अंत .md (छोटे अक्षरों में) हो। नाम बदलकर ${fixed} करें`,
        en: `this article would not be built: article files end in .md (lowercase). Rename it to ${fixed}`,
      });
    } else {
      result.errors.push({
        file,
        hi:
          'content/ में केवल लेख (.md), उनके चित्र (' +
          IMAGE_EXTENSIONS.join(' ') +
          ') और ' +
          DATA_FILES.join(', ') +
          ' रह सकते हैं: यह फ़ाइल हटाएँ',
        en:
          'content/ holds only articles (.md), their images (' +
          IMAGE_EXTENSIONS.join(' ') +
          ') and ' +
          DATA_FILES.join(', ') +
          ': remove this file',
      });
    }
  }
  return result;
}
