/**
 * The topic registry: every topic an article can be filed under, as URL slug → Hindi label.
 * It is the one list the article schema, topic pages, feeds and search filters all read.
 */

/**
 * Known topics, slug → Hindi label. To add a topic, add one line here (a kebab-case Latin
 * slug and its Hindi label) before using the slug in an article's `topics`.
 */
export const TOPICS = {
  defence: 'रक्षा',
  'rajnath-singh': 'राजनाथ सिंह',
  kazakhstan: 'कज़ाख़स्तान',
  'united-states': 'अमेरिका',
  diplomacy: 'कूटनीति',
} as const;

/** The slug of a known topic. */
export type TopicSlug = keyof typeof TOPICS;

/** Every known topic slug, in registry order. */
export const TOPIC_SLUGS = Object.keys(TOPICS) as [TopicSlug, ...TopicSlug[]];

/** The Hindi label of a topic: "रक्षा" for `defence`. */
export function topicLabel(slug: TopicSlug): string {
  return TOPICS[slug];
}

/** Whether `value` is the slug of a known topic (own keys only, so `toString` is not one). */
export function isTopicSlug(value: unknown): value is TopicSlug {
  return typeof value === 'string' && Object.hasOwn(TOPICS, value);
}
