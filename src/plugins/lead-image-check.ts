import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import sharp from 'sharp';
import type { ContentError } from '../lib/content/errors';
import { leadImageLine, leadImageProblems } from '../lib/lead-image';

/** One article file as the content guard reads it (path relative to the content folder). */
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
 * and be at least 1200 px wide. `dir` is the content folder; `folder` is how messages name it.
 */
export async function checkLeadImages(
  dir: string,
  folder: string,
  sources: readonly Source[],
): Promise<ContentError[]> {
  const problems = await Promise.all(
    sources.map(async ({ path, source }) => {
      const src = leadImageSrc(source);
      if (src === undefined) return [];
      const absolute = join(dir, src);
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
        article: `${folder}/${path}`,
        line: leadImageLine(source),
        src,
        path: `${folder}/${src.replace(/^\.\//, '')}`,
        exists,
        width,
      });
    }),
  );
  return problems.flat();
}
