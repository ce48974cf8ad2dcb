import { describe, expect, it } from 'vitest';
import { shareLinks, shareableUrl } from '../../src/lib/share-links';

describe('share links', () => {
  it('share the canonical URL without ?highlight= or a fragment', () => {
    expect(shareableUrl('https://samachar.example/news/x/?highlight=%E0%A4%95#p2')).toBe(
      'https://samachar.example/news/x/',
    );
  });

  it('point at each network’s own share page with the headline and the URL', () => {
    expect(shareLinks('https://samachar.example/news/x/?highlight=a', 'राजनाथ सिंह & हेगसेथ')).toEqual([
      {
        network: 'whatsapp',
        label: 'व्हाट्सऐप',
        href: `https://wa.me/?text=${encodeURIComponent('राजनाथ सिंह & हेगसेथ https://samachar.example/news/x/').replace(/%20/g, '+')}`,
      },
      {
        network: 'x',
        label: 'एक्स',
        href: `https://x.com/intent/post?text=${encodeURIComponent('राजनाथ सिंह & हेगसेथ').replace(/%20/g, '+')}&url=https%3A%2F%2Fsamachar.example%2Fnews%2Fx%2F`,
      },
      {
        network: 'facebook',
        label: 'फ़ेसबुक',
        href: 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fsamachar.example%2Fnews%2Fx%2F',
      },
      {
        network: 'telegram',
        label: 'टेलीग्राम',
        href: `https://t.me/share/url?url=https%3A%2F%2Fsamachar.example%2Fnews%2Fx%2F&text=${encodeURIComponent('राजनाथ सिंह & हेगसेथ').replace(/%20/g, '+')}`,
      },
    ]);
  });
});
