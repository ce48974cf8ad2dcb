import { describe, expect, it } from 'vitest';
import { newsArticleJsonLd, type NewsArticleInput } from '../../src/lib/json-ld';

const input: NewsArticleInput = {
  title: 'द्वारका में प्रदर्शनी',
  standfirst: 'प्रदर्शनी शुरू हुई।',
  published: '2025-08-02T10:30:00+05:30',
  datePrecision: 'minute',
  dateline: 'द्वारका',
  publisher: { name: 'परीक्षण समाचार' },
  topicLabels: ['रक्षा'],
  wordCount: 42,
};
const url = 'https://samachar.example/news/x/';

describe('newsArticleJsonLd image', () => {
  it('lists the given images as ImageObjects', () => {
    const images = [
      { url: 'https://samachar.example/_astro/a.jpg', width: 1200, height: 750, type: 'image/jpeg' },
      { url: 'https://samachar.example/_astro/b.jpg', width: 1200, height: 630, type: 'image/jpeg' },
    ];
    expect(newsArticleJsonLd({ ...input, images }, url)['image']).toEqual([
      { '@type': 'ImageObject', url: 'https://samachar.example/_astro/a.jpg', width: 1200, height: 750 },
      { '@type': 'ImageObject', url: 'https://samachar.example/_astro/b.jpg', width: 1200, height: 630 },
    ]);
  });

  it('has no image key when no image is given', () => {
    expect(newsArticleJsonLd(input, url)).not.toHaveProperty('image');
  });
});
