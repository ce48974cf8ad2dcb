import { describe, expect, it } from 'vitest';
import { bodyImageFormats, bodyImageWidth, contentImageId, splitBodyImages } from '../../src/lib/body-images';

/** A marker as Astro's rehype-images writes it: the attributes as JSON, quotes as &#x22;. */
const marker = (json: object, before = '') =>
  `<img${before} __ASTRO_IMAGE_="${JSON.stringify(json)
    .replace(/"/g, '&#x22;')
    .replace(/&(?!#x22;)/g, '&#x26;')}">`;

describe('splitBodyImages', () => {
  it('cuts the body at each image and keeps the HTML around it exactly', () => {
    const html =
      '<p>पहला।</p>\n<figure>' +
      marker({
        src: './नक्शा.png',
        alt: 'मैदान "उत्तर" & दक्षिण',
        loading: 'lazy',
        widths: [360, 720],
        index: 0,
      }) +
      '<figcaption>नक्शा</figcaption></figure>\n<p>अंत।</p>';
    expect(splitBodyImages(html)).toEqual([
      { html: '<p>पहला।</p>\n<figure>' },
      {
        image: {
          src: './नक्शा.png',
          alt: 'मैदान "उत्तर" & दक्षिण',
          attributes: { loading: 'lazy', widths: [360, 720] },
        },
      },
      { html: '<figcaption>नक्शा</figcaption></figure>\n<p>अंत।</p>' },
    ]);
  });

  it('returns a body without images as one piece, and an empty body as none', () => {
    expect(splitBodyImages('<p>केवल पाठ <img src="/x.png" alt="क"></p>')).toEqual([
      { html: '<p>केवल पाठ <img src="/x.png" alt="क"></p>' },
    ]);
    expect(splitBodyImages('')).toEqual([]);
  });

  it('keeps a class Astro left outside the marker, and images that follow each other', () => {
    const html =
      marker({ src: './a.jpg', alt: 'क', index: 0 }, ' class="wide"') +
      marker({ src: './a.jpg', alt: 'ख', index: 1 });
    expect(splitBodyImages(html)).toEqual([
      { image: { src: './a.jpg', alt: 'क', attributes: { class: 'wide' } } },
      { image: { src: './a.jpg', alt: 'ख', attributes: {} } },
    ]);
  });

  it('refuses a marker without src or alt rather than publish a broken image', () => {
    expect(() => splitBodyImages(marker({ src: './a.jpg' }))).toThrow(
      'an image in the article body has no src or alt: <img __ASTRO_IMAGE_="{&#x22;src&#x22;:&#x22;./a.jpg&#x22;}">',
    );
  });
});

describe('contentImageId', () => {
  it('names the image as Astro imports it for a content file', () => {
    expect(contentImageId('./photo-2.png', 'content/my-story.md')).toBe(
      './photo-2.png?astroContentImageFlag=&importer=content%2Fmy-story.md',
    );
  });
});

describe('bodyImageWidth', () => {
  it('draws a file wider than its widest candidate at that candidate', () => {
    expect(bodyImageWidth(4000, { widths: [360, 720, 1080] })).toBe(1080);
  });

  it('keeps the file width when it is no wider, when a width is set, or without candidates', () => {
    expect(bodyImageWidth(900, { widths: [360, 720, 1080] })).toBeUndefined();
    expect(bodyImageWidth(1080, { widths: [360, 720, 1080] })).toBeUndefined();
    expect(bodyImageWidth(4000, { widths: [360, 1080], width: 500 })).toBeUndefined();
    expect(bodyImageWidth(4000, {})).toBeUndefined();
  });
});

describe('bodyImageFormats', () => {
  it('publishes photos and drawings as AVIF then WebP', () => {
    expect(['jpg', 'png', 'webp', 'avif', 'tiff'].map(bodyImageFormats)).toEqual(
      Array.from({ length: 5 }, () => ['avif', 'webp']),
    );
  });

  it('keeps a GIF in WebP only, which keeps its animation', () => {
    expect(bodyImageFormats('gif')).toEqual(['webp']);
  });
});
