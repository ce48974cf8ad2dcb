import { describe, expect, it } from 'vitest';
import { feedImage, feedImageXml, jsonLdImages, photoCredit } from '../../src/lib/images';

const card = { url: 'https://samachar.example/cards/x-abc.png', width: 1200, height: 630, type: 'image/png' };

describe('image metadata', () => {
  it('lists JSON-LD ImageObjects with their sizes', () => {
    expect(jsonLdImages([card])).toEqual([
      { '@type': 'ImageObject', url: 'https://samachar.example/cards/x-abc.png', width: 1200, height: 630 },
    ]);
  });

  it('describes the feed image with type, size and, when known, bytes', () => {
    expect(feedImage(card)).toEqual({
      url: 'https://samachar.example/cards/x-abc.png',
      medium: 'image',
      type: 'image/png',
      width: '1200',
      height: '630',
    });
    expect(feedImage({ ...card, bytes: 23456 })['fileSize']).toBe('23456');
  });

  it('writes the media:content element with escaped attributes', () => {
    expect(feedImageXml({ ...card, url: 'https://samachar.example/a?b=1&c="2"', bytes: 10 })).toBe(
      '<media:content url="https://samachar.example/a?b=1&amp;c=&quot;2&quot;" medium="image" type="image/png" width="1200" height="630" fileSize="10"/>',
    );
  });

  it('credits a photo in Hindi', () => {
    expect(photoCredit('पीटीआई')).toBe('फ़ोटो: पीटीआई');
  });
});
