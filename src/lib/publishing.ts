/**
 * What a reader sees of an article's life: whether it is out yet (drafts and scheduled
 * articles are held back from production builds), and when it was last changed (a correction
 * is a change).
 */
import { timestamp } from './dates';

/** Whether an article goes into this build: always in preview (`npm run dev`), else only if not a draft and already published. */
export function isPublished(
  article: { draft: boolean; published: string },
  now: Date,
  preview: boolean,
): boolean {
  return preview || (!article.draft && timestamp(article.published) <= now.getTime());
}

/** The article's last change: its `updated` or its latest correction, whichever is later (undefined if neither). */
export function lastUpdate(article: {
  updated?: string | undefined;
  corrections: readonly { date: string }[];
}): string | undefined {
  let latest = article.updated;
  for (const { date } of article.corrections) {
    if (latest === undefined || timestamp(date) > timestamp(latest)) latest = date;
  }
  return latest;
}
