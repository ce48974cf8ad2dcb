import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema, createArticleSchema } from '../../src/lib/article-schema';

/** Stands in for Astro's image(): files named in `files` resolve to metadata, others fail as Astro's do. */
function fakeImage(files: Record<string, { width: number; height: number }>): ImageFunction {
  return (() =>
    z.string().transform((src, ctx) => {
      const found = files[src];
      if (!found) {
        ctx.addIssue({ code: 'custom', message: `Image ${src} does not exist. Is the path correct?` });
        return z.NEVER;
      }
      return { src: `/_astro/${src.slice(2)}`, format: 'jpg' as const, ...found };
    })) as unknown as ImageFunction;
}

const schema = createArticleSchema(fakeImage({ './photo.jpg': { width: 1600, height: 900 } }));

const valid = {
  title: 'द्वारका में प्रदर्शनी',
  standfirst: 'प्रदर्शनी शुरू हुई।',
  published: '2025-08-02T10:30:00+05:30',
  dateline: 'द्वारका',
  publisher: { name: 'परीक्षण समाचार' },
  topics: ['defence'],
};

function issuesOf(input: unknown): [string, string][] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('the lead image in the article schema', () => {
  it('is optional: an article without one has no image', () => {
    expect(schema.parse(valid).image).toBeUndefined();
  });

  it('turns src into the image metadata Astro resolves, keeping alt, caption and credit', () => {
    const image = {
      src: './photo.jpg',
      alt: 'मैदान पर जहाज़ों के मॉडल',
      caption: 'मुख्य मैदान।',
      credit: 'फ़ोटो डेस्क',
    };
    expect(schema.parse({ ...valid, image }).image).toEqual({
      src: { src: '/_astro/photo.jpg', format: 'jpg', width: 1600, height: 900 },
      alt: 'मैदान पर जहाज़ों के मॉडल',
      caption: 'मुख्य मैदान।',
      credit: 'फ़ोटो डेस्क',
    });
  });

  it('rejects an image without alt text', () => {
    expect(issuesOf({ ...valid, image: { src: './photo.jpg' } })).toEqual([
      ['image.alt', 'image.alt ज़रूरी है: इसे जोड़ें\nimage.alt is required: add it'],
    ]);
  });

  it('rejects alt text that is not in Hindi', () => {
    expect(issuesOf({ ...valid, image: { src: './photo.jpg', alt: 'ship models on a field' } })).toEqual([
      [
        'image.alt',
        'image.alt में फ़ोटो का वर्णन हिंदी (देवनागरी) में लिखें, उन पाठकों के लिए जो इसे देख नहीं सकते\nimage.alt must describe the photo in Hindi (Devanagari), for readers who cannot see it',
      ],
    ]);
  });

  it('rejects a remote URL before Astro would try to fetch it', () => {
    for (const src of [
      'https://cdn.example/photo.jpg',
      '//cdn.example/photo.jpg',
      'data:image/png;base64,AAAA',
    ]) {
      expect(issuesOf({ ...valid, image: { src, alt: 'तस्वीर' } })).toEqual([
        [
          'image.src',
          `image.src लेख के पास रखी फ़ाइल होनी चाहिए, जैसे "./photo.jpg", वेब पता नहीं: "${src}"। ` +
            'फ़ोटो (छापने के अधिकार के साथ) डाउनलोड करके content/ में रखें\n' +
            `image.src must be a file next to the article, like "./photo.jpg", not a web address: "${src}". ` +
            'Download the photo (with the right to publish it) and put it in content/',
        ],
      ]);
    }
  });

  it('rejects a file that is not a photo format', () => {
    expect(issuesOf({ ...valid, image: { src: './photo.gif', alt: 'तस्वीर' } })).toEqual([
      [
        'image.src',
        'image.src JPEG, PNG, WebP या AVIF फ़ाइल होनी चाहिए, जैसे "./photo.jpg"; मिला "./photo.gif"\n' +
          'image.src must be a JPEG, PNG, WebP or AVIF file, like "./photo.jpg"; got "./photo.gif"',
      ],
    ]);
  });

  it('passes on the error of a missing file from image()', () => {
    expect(issuesOf({ ...valid, image: { src: './missing.jpg', alt: 'तस्वीर' } })).toEqual([
      ['image.src', 'Image ./missing.jpg does not exist. Is the path correct?'],
    ]);
  });

  it('rejects an image given as a bare path instead of a mapping', () => {
    expect(issuesOf({ ...valid, image: './photo.jpg' })).toEqual([
      [
        'image',
        'image एक मैपिंग होनी चाहिए, जैसे image: { src: "./photo.jpg", alt: "…" }, मान ./photo.jpg नहीं\n' +
          'image must be a mapping like image: { src: "./photo.jpg", alt: "…" }, not the value ./photo.jpg',
      ],
    ]);
  });

  it('names unknown fields of the image', () => {
    expect(issuesOf({ ...valid, image: { src: './photo.jpg', alt: 'तस्वीर', credits: 'x' } })).toEqual([
      [
        'image',
        'अनजाना फ़ील्ड "image.credits"; इसे हटाएँ या ठीक लिखें। मान्य फ़ील्ड: src, alt, caption, credit\n' +
          'unknown field "image.credits"; remove or correct it. The allowed fields of image are src, alt, caption, credit',
      ],
    ]);
  });

  it('outside a build (articleSchema), keeps the path as written', () => {
    expect(articleSchema.parse({ ...valid, image: { src: './photo.jpg', alt: 'तस्वीर' } }).image).toEqual({
      src: './photo.jpg',
      alt: 'तस्वीर',
    });
  });
});
