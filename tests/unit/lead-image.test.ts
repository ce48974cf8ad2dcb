import { describe, expect, it } from 'vitest';
import { leadImageLine, leadImageProblems } from '../../src/lib/lead-image';

const file = { article: 'content/x.md', line: 10, src: './x.jpg', path: 'content/x.jpg' };

describe('leadImageProblems', () => {
  it('finds nothing wrong with an existing photo 1200 px wide', () => {
    expect(leadImageProblems({ ...file, exists: true, width: 1200 })).toEqual([]);
  });

  it('names the article, line and file of a missing photo, in Hindi and English', () => {
    expect(leadImageProblems({ ...file, exists: false })).toEqual([
      {
        file: 'content/x.md',
        line: 10,
        field: 'image.src',
        hi: 'तस्वीर की फ़ाइल content/x.jpg नहीं मिली ("./x.jpg"): फ़ोटो को ख़बर की फ़ाइल के पास रखें।',
        en: '"./x.jpg" does not exist (looked for content/x.jpg). Put the photo next to the article.',
      },
    ]);
  });

  it('rejects a photo narrower than 1200 px', () => {
    expect(leadImageProblems({ ...file, exists: true, width: 1199 })).toEqual([
      {
        file: 'content/x.md',
        line: 10,
        field: 'image.src',
        hi: 'मुख्य तस्वीर कम से कम 1200 पिक्सेल चौड़ी होनी चाहिए, यह 1199 पिक्सेल की है: बड़ी तस्वीर लगाएँ।',
        en: '"./x.jpg" is 1199 px wide; a lead image needs at least 1200 px (for sharp screens and share previews): use a larger photo.',
      },
    ]);
  });

  it('rejects a file that is not a readable image', () => {
    expect(leadImageProblems({ ...file, exists: true, width: undefined })).toEqual([
      {
        file: 'content/x.md',
        line: 10,
        field: 'image.src',
        hi: 'content/x.jpg पढ़ने लायक़ तस्वीर नहीं है: JPEG, PNG, WebP या AVIF फ़ाइल रखें।',
        en: '"./x.jpg" is not an image that can be read: use a JPEG, PNG, WebP or AVIF file.',
      },
    ]);
  });
});

describe('leadImageLine', () => {
  it('finds the src line under image:', () => {
    expect(leadImageLine('---\ntitle: x\nimage:\n  alt: y\n  src: ./x.jpg\n---\n')).toBe(5);
  });

  it('finds an inline mapping on the image line', () => {
    expect(leadImageLine('---\ntitle: x\nimage: { src: ./x.jpg, alt: y }\n---\n')).toBe(3);
  });
});
