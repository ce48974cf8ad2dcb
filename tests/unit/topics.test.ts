import { describe, expect, it } from 'vitest';
import { isTopicSlug, topicIndex, topicLabel } from '../../src/lib/topics';

describe('topics', () => {
  const index = topicIndex([
    { slug: 'defence', label: 'रक्षा', labelEn: 'Defence' },
    { slug: 'elections', label: 'चुनाव' },
  ]);

  it('labels a topic in Hindi, and an unknown one by its slug', () => {
    expect(topicLabel(index, 'defence')).toBe('रक्षा');
    expect(topicLabel(index, 'elections')).toBe('चुनाव');
    expect(topicLabel(index, 'cricket')).toBe('cricket');
  });

  it('accepts only slug-shaped values as topic slugs', () => {
    expect(['defence', 'united-states', 'toString', '', 'a--b', '<b>', 7].map(isTopicSlug)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
