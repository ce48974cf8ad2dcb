import { defineHastPlugin } from 'satteri';
import { countWords, readingMinutes } from '../lib/reading-time';

/** The blocks whose text is read: paragraphs, headings, table cells and code blocks. */
const BLOCKS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'pre'];

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
  readingBlocks?: string[];
}

/**
 * Sätteri port of `remarkReadingTime`: adds `readingMinutes` and `wordCount` to Astro's
 * frontmatter, which pages read from `render(entry).remarkPluginFrontmatter`.
 */
export function satteriReadingTime(options: { wordsPerMinute?: number } = {}) {
  return defineHastPlugin({
    name: 'hindi-samachar:reading-time',
    before(_root, ctx) {
      (ctx.data as AstroData).readingBlocks = [];
    },
    element: {
      filter: BLOCKS,
      visit(node, ctx) {
        // A block inside another counted block (a paragraph in a table cell) is counted once.
        let parent = ctx.parent(node);
        while (parent && parent.type === 'element') {
          if (BLOCKS.includes(parent.tagName)) return;
          parent = ctx.parent(parent);
        }
        (ctx.data as AstroData).readingBlocks?.push(ctx.textContent(node));
      },
    },
    after(_root, ctx) {
      const data = ctx.data as AstroData;
      const words = countWords((data.readingBlocks ?? []).join('\n'));
      const frontmatter = ((data.astro ??= {}).frontmatter ??= {});
      frontmatter['wordCount'] = words;
      frontmatter['readingMinutes'] = readingMinutes(words, options.wordsPerMinute);
    },
  });
}
