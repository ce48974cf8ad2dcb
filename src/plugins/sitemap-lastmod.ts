import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { articleLastmod, frontmatterDates } from '../lib/sitemap';

/**
 * A `serialize` for @astrojs/sitemap that gives every article URL its `<lastmod>`, read from the
 * frontmatter of the Markdown files in `contentDir` (once, on the first URL).
 */
export function sitemapLastmod(contentDir: string): (item: SitemapItem) => SitemapItem {
  let dates: Map<string, string> | undefined;
  const load = () => {
    const found = new Map<string, string>();
    const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.md'),
    );
    for (const file of files) {
      const parsed = frontmatterDates(readFileSync(join(contentDir, file), 'utf8'));
      const slug = parsed?.slug ?? file.replace(/\.md$/u, '').split('/').at(-1);
      if (parsed && slug) found.set(slug, articleLastmod(parsed));
    }
    return found;
  };
  return (item) => {
    const slug = /\/news\/([^/]+)\/$/u.exec(new URL(item.url).pathname)?.[1];
    if (!slug) return item;
    dates ??= load();
    const lastmod = dates.get(decodeURIComponent(slug));
    return lastmod ? { ...item, lastmod } : item;
  };
}
