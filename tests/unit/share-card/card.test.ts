import { describe, expect, it } from 'vitest';
import { articleCard, cardHash, cardPath, siteCard } from '../../../src/lib/share-card/card';

const article = {
  slug: 'hegseth-call',
  title: 'राजनाथ सिंह ने हेगसेथ से बात की',
  published: '2025-07-01T00:00:00+05:30',
};

describe('share card naming', () => {
  it('shows the headline, site name and Hindi date, named by slug and content hash', () => {
    const card = articleCard(article, 'हिंदी समाचार');
    expect(card.text).toEqual({ headline: article.title, siteName: 'हिंदी समाचार', dateLabel: '1 जुलाई 2025' });
    expect(card.name).toBe(`hegseth-call-${cardHash(card.text)}`);
    expect(card.name).toMatch(/^hegseth-call-[0-9a-f]{12}$/);
  });

  it('gets a new name when the headline changes, and keeps it when nothing drawn changes', () => {
    const a = articleCard(article, 'हिंदी समाचार');
    expect(articleCard({ ...article }, 'हिंदी समाचार').name).toBe(a.name);
    expect(articleCard({ ...article, title: `${article.title}।` }, 'हिंदी समाचार').name).not.toBe(a.name);
  });

  it('names the site-wide card site-<hash> and publishes cards under /cards/', () => {
    const card = siteCard('हिंदी समाचार', 'ख़बरें');
    expect(card.name).toMatch(/^site-[0-9a-f]{12}$/);
    expect(cardPath(card.name, '/khabar/')).toBe(`/khabar/cards/${card.name}.png`);
  });
});
