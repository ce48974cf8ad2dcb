/**
 * Topics as pages use them. The list itself is newsroom data in `content/topics.yaml` (read by
 * the `topics` collection, checked by the content guard, schema in `newsroom-schemas.ts`); this
 * module holds the pure look-ups on it, with no schema library, since browser code imports it.
 */
import { SLUG_PATTERN } from './slug';

/** The slug of a topic (kebab-case Latin); whether one is known is decided by `topics.yaml`. */
export type TopicSlug = string;

/** One topic: its slug, Hindi label and, optionally, an English label and a description. */
export interface Topic {
  slug: TopicSlug;
  label: string;
  labelEn?: string | undefined;
  description?: string | undefined;
}

/** Topics by slug, for look-ups while rendering. */
export type TopicIndex = ReadonlyMap<TopicSlug, Topic>;

/** Indexes topics by slug. */
export function topicIndex(topics: readonly Topic[]): TopicIndex {
  return new Map(topics.map((topic) => [topic.slug, topic]));
}

/** The Hindi label of a topic ("रक्षा" for `defence`); the slug itself if the topic is unknown. */
export function topicLabel(index: TopicIndex, slug: TopicSlug): string {
  return index.get(slug)?.label ?? slug;
}

/** Whether `value` has the shape of a topic slug (kebab-case Latin, so `toString` passes but `<x>` does not). */
export function isTopicSlug(value: unknown): value is TopicSlug {
  return typeof value === 'string' && SLUG_PATTERN.test(value);
}
