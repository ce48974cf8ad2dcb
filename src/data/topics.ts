/** The bridge from the `topics` collection (`content/topics.yaml`) to plain topics for pages. */
import { getCollection } from 'astro:content';
import { topicIndex, topicLabel, type Topic, type TopicIndex } from '../lib/topics';

/** Every topic, in the order of `topics.yaml`. */
export async function allTopics(): Promise<Topic[]> {
  const entries = await getCollection('topics');
  return entries.map(({ id, data }) => ({ slug: id, ...data }));
}

/** The topics indexed by slug. */
export async function loadTopicIndex(): Promise<TopicIndex> {
  return topicIndex(await allTopics());
}

/** A `topicLabel(slug)` bound to the current topics, for pages that map over slugs. */
export async function topicLabeller(): Promise<(slug: string) => string> {
  const index = await loadTopicIndex();
  return (slug) => topicLabel(index, slug);
}
