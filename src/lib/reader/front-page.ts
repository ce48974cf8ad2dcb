/**
 * The front page's layout as data: a lead story, the next few, a section per major topic and
 * the latest list. One pass over the newest-first articles, so it costs the same whether the
 * archive holds two articles or a hundred thousand.
 */
import { PAGE_SIZE, topicCounts, type Listable } from '../listing';

/** How the front page is filled. */
export interface FrontPageOptions {
  /** Stories under the lead, in the top block. */
  next: number;
  /** Topic sections, taken from the most used topics. */
  sections: number;
  /** Stories per topic section. */
  perSection: number;
  /** The first page of the newest-first list (its later pages continue from here). */
  latest: number;
}

/** Defaults that fit a phone's first screens and the page budgets. */
export const FRONT_PAGE_OPTIONS: FrontPageOptions = {
  next: 4,
  sections: 4,
  perSection: 3,
  latest: PAGE_SIZE,
};

/** The front page: every article appears at most once. */
export interface FrontPage<T extends Listable> {
  lead: T | undefined;
  next: T[];
  sections: { topic: T['topics'][number]; articles: T[] }[];
  latest: T[];
}

/**
 * Fills the front page from articles sorted newest first. Topic sections skip stories already
 * shown above them and are left out when nothing is left to show; the latest list holds the
 * rest of the first `latest` newest stories, so with page 2 of the list every story is reachable.
 */
export function frontPage<T extends Listable>(
  sorted: readonly T[],
  options: FrontPageOptions = FRONT_PAGE_OPTIONS,
): FrontPage<T> {
  const [lead, ...rest] = sorted;
  const next = rest.slice(0, options.next);
  const shown = new Set<string>([...(lead ? [lead] : []), ...next].map((item) => item.slug));
  const topics = topicCounts(sorted)
    .slice(0, options.sections)
    .map(({ slug }) => slug as T['topics'][number]);
  const buckets = new Map(topics.map((topic) => [topic, [] as T[]]));
  // Newest first, each story into the first major topic of its own that still has room.
  for (const item of sorted.slice(1 + next.length)) {
    const topic = topics.find(
      (candidate) =>
        item.topics.includes(candidate) && (buckets.get(candidate)?.length ?? 0) < options.perSection,
    );
    if (topic === undefined) continue;
    buckets.get(topic)?.push(item);
    shown.add(item.slug);
    if ([...buckets.values()].every((bucket) => bucket.length >= options.perSection)) break;
  }
  const latest = sorted.slice(0, options.latest).filter((item) => !shown.has(item.slug));
  return {
    lead,
    next,
    sections: topics
      .map((topic) => ({ topic, articles: buckets.get(topic) ?? [] }))
      .filter((section) => section.articles.length > 0),
    latest,
  };
}
