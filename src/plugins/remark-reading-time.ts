import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { countWords, readingMinutes } from '../lib/reading-time';

/** Options for {@link remarkReadingTime}. */
export interface RemarkReadingTimeOptions {
  /** Reading speed; defaults to the Hindi rate in `src/lib/reading-time.ts`. */
  wordsPerMinute?: number;
}

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Adds `readingMinutes` and `wordCount` to Astro's frontmatter for each Markdown document,
 * so pages read them from `render(entry).remarkPluginFrontmatter`.
 */
export const remarkReadingTime: Plugin<[RemarkReadingTimeOptions?], Root> = (options = {}) => {
  return (tree, file) => {
    // Text of each block separately: toString(tree) glues one block's last word to the next's first.
    const blocks: string[] = [];
    visit(tree, (node) => {
      if (
        node.type !== 'paragraph' &&
        node.type !== 'heading' &&
        node.type !== 'tableCell' &&
        node.type !== 'code'
      ) {
        return undefined;
      }
      blocks.push(toString(node));
      return SKIP;
    });
    const words = countWords(blocks.join('\n'));
    const data = file.data as AstroFileData;
    const astro = (data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    frontmatter['wordCount'] = words;
    frontmatter['readingMinutes'] = readingMinutes(words, options.wordsPerMinute);
  };
};
