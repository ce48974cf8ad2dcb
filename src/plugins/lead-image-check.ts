import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import sharp from 'sharp';
import { leadImageLine, leadImageProblems } from '../lib/lead-image';

/** One article file as the content guard reads it (path relative to `root`). */
interface Source {
  path: string;
  source: string;
}

/** The frontmatter's `image.src`, when it is a relative path (the schema reports every other form). */
function leadImageSrc(source: string): string | undefined {
  try {
    const image: unknown = parseFrontmatter(source).frontmatter['image'];
    const src = typeof image === 'object' && image !== null ? (image as { src?: unknown }).src : undefined;
    return typeof src === 'string' && !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(src) ? src : undefined;
  } catch {
    return undefined; // content-checks reports broken YAML
  }
}

/**
 * Looks at each article's lead image file before the build: it must exist next to the article
 * and be at least 1200 px wide. Returns build-log lines naming the article, file and line.
 */
export async function checkLeadImages(root: string, sources: readonly Source[]): Promise<string[]> {
  const problems = await Promise.all(
    sources.map(async ({ path, source }) => {
      const src = leadImageSrc(source);
      if (src === undefined) return [];
      const absolute = join(root, dirname(path), src);
      const exists = existsSync(absolute);
      const width = exists
        ? await sharp(absolute)
            .metadata()
            .then(
              (meta) => meta.width,
              () => undefined,
            )
        : undefined;
      return leadImageProblems({
        article: path,
        line: leadImageLine(source),
        src,
        path: relative(root, absolute),
        exists,
        width,
      });
    }),
  );
  return problems.flat();
}
