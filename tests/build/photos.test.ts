/**
 * Photos and share images, on a build of the photo fixture (tests/fixtures/photos plus images
 * the test draws) under /khabar/: the lead <picture>, body figures, thumbnails, budgets,
 * Open Graph, JSON-LD and the feed; and builds that must fail on a bad lead image.
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Root } from 'hast';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { weighPage } from '../../scripts/lib/page-weight';
import { COLUMN_SIZES, LEAD_IMAGE_WIDTHS } from '../../src/lib/images';
import { searchTextFromMeta } from '../../src/lib/search/record';
import { ROOT, TEST_SITE_URL, astroBuild } from '../support/build';
import { TEST_BUILD_ROOT } from '../../scripts/lib/site-build';
import { attrs, one, readHtml, referencedUrls, texts } from '../support/dist';
import { loadPagefind } from '../support/pagefind-node';
import { LEAD_IMAGE_SIZE, PHOTO_BUILD, writePhotoFixture } from '../support/photo-fixture';

const KB = 1024;
// Built by tests/build/global-setup.ts, after the seed builds.
const { base, outDir } = PHOTO_BUILD;
const PHOTO = 'news/photo-lead-article/index.html';
const TEXT = 'news/text-only-article/index.html';
const origin = `${TEST_SITE_URL}${base}`;

/** The file a site path (with the base, or absolute on the test origin) is served from. */
function fileOf(url: string): string {
  const path = url.startsWith(TEST_SITE_URL) ? new URL(url).pathname : url;
  if (!path.startsWith(base)) throw new Error(`${url} is outside ${base}`);
  return join(outDir, decodeURIComponent(path.slice(base.length)));
}

/** `srcset` as [url, width] pairs. */
function candidates(srcset: string): [string, number][] {
  return srcset.split(',').map((part) => {
    const [url = '', width = ''] = part.trim().split(/\s+/);
    return [url, Number(width.replace(/w$/, ''))];
  });
}

/** The lead image's figure, as a tree of its own for the selector helpers. */
function leadFigure(): Root {
  return { type: 'root', children: [one(readHtml(outDir, PHOTO), 'article figure[data-lead-image]', PHOTO)] };
}

/**
 * The article body's figures as published, each image URL replaced by `<stem>@<width>.<format>`
 * read from the file itself, so the markup compares whole and every file is checked.
 */
async function bodyFigures(): Promise<string[]> {
  const html = readFileSync(join(outDir, PHOTO), 'utf8');
  const body = /<div data-article-body[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  const figures = body.match(/<figure>[\s\S]*?<\/figure>/g) ?? [];
  const url = new RegExp(`${base}_astro/[^\\s",]+`, 'g');
  const names = new Map<string, string>();
  for (const found of new Set(figures.join('').match(url))) {
    const { format, width } = await sharp(fileOf(found)).metadata();
    names.set(found, `${basename(found).split('.')[0]}@${width}.${format === 'heif' ? 'avif' : format}`);
  }
  return figures.map((figure) => figure.replace(url, (found) => names.get(found) ?? found));
}

function jsonLd(page: string): Record<string, unknown> {
  const html = readFileSync(join(outDir, page), 'utf8');
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1] ?? '{}';
  return JSON.parse(json) as Record<string, unknown>;
}

describe('an article with a lead image', () => {
  it('renders it as a <picture> of AVIF and WebP at phone-to-desktop widths, inside a figure with caption and credit', () => {
    const figure = leadFigure();
    const sources = attrs(figure, 'picture > source', 'type');
    expect(sources).toEqual(['image/avif', 'image/webp']);
    for (const srcset of attrs(figure, 'picture > source', 'srcSet')) {
      expect(candidates(srcset).map(([, width]) => width)).toEqual(LEAD_IMAGE_WIDTHS);
    }
    expect(attrs(figure, 'picture > source', 'sizes')).toEqual([COLUMN_SIZES, COLUMN_SIZES]);
    expect(texts(figure, 'figcaption')).toEqual(['प्रदर्शनी का मुख्य मैदान। फ़ोटो: परीक्षण फ़ोटो डेस्क']);
  });

  it('gives the image its size, high fetch priority and no lazy loading (it is the LCP element)', () => {
    const img = one(readHtml(outDir, PHOTO), 'figure[data-lead-image] img', PHOTO);
    expect({
      width: String(img.properties['width']),
      height: String(img.properties['height']),
      fetchpriority: img.properties['fetchPriority'],
      loading: img.properties['loading'],
      alt: img.properties['alt'],
    }).toEqual({
      width: String(LEAD_IMAGE_SIZE.width),
      height: String(LEAD_IMAGE_SIZE.height),
      fetchpriority: 'high',
      loading: 'eager',
      alt: 'प्रदर्शनी के मैदान पर नीले आसमान के नीचे खड़े जहाज़ों के मॉडल',
    });
  });

  it('publishes every candidate at the width its srcset promises, in its format', async () => {
    const figure = leadFigure();
    const formats = { 'image/avif': 'heif', 'image/webp': 'webp' } as const;
    const sources = attrs(figure, 'picture > source', 'type').map((type, i) => ({
      type: type as keyof typeof formats,
      srcset: attrs(figure, 'picture > source', 'srcSet')[i] ?? '',
    }));
    for (const { type, srcset } of sources) {
      for (const [url, width] of candidates(srcset)) {
        const meta = await sharp(fileOf(url)).metadata();
        expect([meta.format, meta.width], url).toEqual([formats[type], width]);
      }
    }
  });

  it('keeps the 360 px lead image within 40 KB in each format', () => {
    const figure = leadFigure();
    for (const srcset of attrs(figure, 'picture > source', 'srcSet')) {
      const [url] = candidates(srcset).find(([, width]) => width === 360) ?? [''];
      expect(statSync(fileOf(url)).size, url).toBeLessThanOrEqual(40 * KB);
    }
  });

  it('costs a 360 px phone at 2x at most 70 KB on a first visit: brotli HTML, CSS and JS plus the AVIF it picks', () => {
    const figure = leadFigure();
    // sizes gives 360 - 32 = 328 CSS px; at 2x the browser picks the first candidate of at least 656 px.
    const avif = candidates(attrs(figure, 'picture > source', 'srcSet')[0] ?? '');
    const [url] = avif.find(([, width]) => width >= 656) ?? [''];
    const text = weighPage(outDir, PHOTO, base).totalBrotli;
    expect(text + statSync(fileOf(url)).size).toBeLessThanOrEqual(70 * KB);
  });

  it('makes each body image a lazy <picture> of AVIF and WebP at 360 to 1080 px, sized, in a figure captioned with its Markdown title or alt', async () => {
    // Every published URL is replaced by the name, width and format read from the file it points at.
    const figures = await bodyFigures();
    const set = (stem: string, widths: number[], format: string) =>
      widths.map((w) => `${stem}@${w}.${format} ${w}w`).join(', ');
    const picture = (stem: string, widths: number[], alt: string, [width, height]: number[]) =>
      `<picture><source srcset="${set(stem, widths, 'avif')}" type="image/avif" sizes="${COLUMN_SIZES}">` +
      `<source srcset="${set(stem, widths, 'webp')}" type="image/webp" sizes="${COLUMN_SIZES}">` +
      `<img src="${stem}@${widths.at(-1)}.webp" srcset="${set(stem, widths, 'webp')}" loading="lazy" decoding="async" ` +
      `sizes="${COLUMN_SIZES}" alt="${alt}" width="${width}" height="${height}"></picture>`;
    const caption = (text: string) =>
      `<figcaption class="mt-2 text-sm text-muted dark:text-night-muted">${text}</figcaption>`;
    expect(figures).toEqual([
      // 1500×1000: published up to the widest candidate, 1080 px, never at full size.
      `<figure>${picture('photo-lead-article-2', [360, 720, 1080], 'मैदान का नक्शा, नीले और पीले हिस्सों में', [1080, 720])}` +
        `${caption('प्रदर्शनी के मैदान का नक्शा')}</figure>`,
      // 800×800: Astro never enlarges, so the widest candidate is the file's own width.
      `<figure>${picture('photo-lead-article-3', [360, 720, 800], 'बिना शीर्षक वाली तस्वीर का विवरण', [800, 800])}` +
        `${caption('बिना शीर्षक वाली तस्वीर का विवरण')}</figure>`,
    ]);
  });

  it('publishes only the body image files their srcsets name: no original, no full-size copy', () => {
    const html = readFileSync(join(outDir, PHOTO), 'utf8');
    const named = new Set(html.match(/photo-lead-article-[23]\.[^\s",]+/g));
    const published = readdirSync(join(outDir, '_astro')).filter((name) =>
      /^photo-lead-article-[23]\./.test(name),
    );
    expect(published.sort()).toEqual([...named].sort());
    expect(published).toHaveLength(12);
  });

  it('shares a 1200×630 JPEG crop of the lead image, with its alt text', async () => {
    const tree = readHtml(outDir, PHOTO);
    const meta = (key: string) => attrs(tree, `meta[property="${key}"], meta[name="${key}"]`, 'content');
    const [image = ''] = meta('og:image');
    expect(image.startsWith(`${origin}_astro/`)).toBe(true);
    const file = await sharp(fileOf(image)).metadata();
    expect([file.format, file.width, file.height]).toEqual(['jpeg', 1200, 630]);
    expect(meta('og:image:width')).toEqual(['1200']);
    expect(meta('og:image:height')).toEqual(['630']);
    expect(meta('og:image:type')).toEqual(['image/jpeg']);
    expect(meta('twitter:card')).toEqual(['summary_large_image']);
    expect(meta('twitter:image')).toEqual([image]);
    expect(meta('og:image:alt')).toEqual(['प्रदर्शनी के मैदान पर नीले आसमान के नीचे खड़े जहाज़ों के मॉडल']);
  });

  it('gives JSON-LD the lead image 1200 px wide and the share crop', async () => {
    const images = jsonLd(PHOTO)['image'] as { url: string; width: number; height: number }[];
    expect(images.map(({ width, height }) => [width, height])).toEqual([
      [1200, 750],
      [1200, 630],
    ]);
    for (const { url, width, height } of images) {
      const file = await sharp(fileOf(url)).metadata();
      expect([file.width, file.height], url).toEqual([width, height]);
    }
  });

  it('loads nothing from another origin: share links are plain links until tapped', () => {
    const tree = readHtml(outDir, PHOTO);
    const fetched = referencedUrls(tree).filter((url) => !attrs(tree, 'a[href]', 'href').includes(url));
    expect(fetched.filter((url) => /^(?:[a-z]+:)?\/\//i.test(url) && !url.startsWith(TEST_SITE_URL))).toEqual(
      [],
    );
    const share = attrs(tree, '[data-share] a', 'href').map((href) => new URL(href).host);
    expect(share).toEqual(['wa.me', 'x.com', 'www.facebook.com', 't.me']);
    expect(attrs(tree, '[data-share]', 'dataShareUrl')).toEqual([`${origin}news/photo-lead-article/`]);
  });
});

describe('an article without a lead image', () => {
  it('shares its generated 1200×630 headline card, which the build publishes', async () => {
    const tree = readHtml(outDir, TEXT);
    const [image = ''] = attrs(tree, 'meta[property="og:image"]', 'content');
    expect(image).toMatch(new RegExp(`^${origin}cards/text-only-article-[0-9a-f]{12}\\.png$`));
    const file = await sharp(fileOf(image)).metadata();
    expect([file.format, file.width, file.height]).toEqual(['png', 1200, 630]);
    expect((jsonLd(TEXT)['image'] as { url: string }[]).map(({ url }) => url)).toEqual([image]);
  });

  it('has no figure, picture or image in the article', () => {
    const tree = readHtml(outDir, TEXT);
    expect(texts(tree, '[data-article] figure, [data-article] picture, [data-article] img')).toEqual([]);
  });
});

describe('lists and search', () => {
  it('show a lazy thumbnail in a reserved box for the photo article only', () => {
    const tree = readHtml(outDir, 'topics/defence/index.html');
    const cards = attrs(tree, 'main article h2 a', 'href');
    expect(cards).toEqual([`${base}news/photo-lead-article/`, `${base}news/text-only-article/`]);
    const thumbs = attrs(tree, 'main article img', 'loading');
    expect(thumbs).toEqual(['lazy']);
    expect(attrs(tree, 'main article img', 'width')).toEqual(['112']);
    expect(attrs(tree, 'main article img', 'height')).toEqual(['75']);
    expect(attrs(tree, 'main article picture > source', 'type')).toEqual(['image/avif', 'image/webp']);
  });

  it('lead the front page with the lead story photo, loaded at once, and no thumbnail beside it', () => {
    const tree = readHtml(outDir, 'index.html');
    expect(attrs(tree, 'main article h3 a', 'href')).toEqual([
      `${base}news/photo-lead-article/`,
      `${base}news/text-only-article/`,
    ]);
    const img = one(tree, 'img[data-lead-story-image]', 'index.html');
    expect([img.properties['loading'], img.properties['fetchPriority'], img.properties['alt']]).toEqual([
      'eager',
      'high',
      attrs(readHtml(outDir, PHOTO), 'figure[data-lead-image] img', 'alt')[0],
    ]);
    expect(attrs(tree, 'main img[data-thumbnail]', 'src')).toEqual([]);
  });

  it('give search results the thumbnail of a photo article, and none to a text-only one', async () => {
    const pagefind = await loadPagefind(outDir, base);
    const { results = [] } = (await pagefind.search(null, { filters: { topic: ['defence'] } })) ?? {};
    const meta = new Map(
      await Promise.all(
        results.map(async (result) => {
          const data = await result.data();
          return [data.url, searchTextFromMeta(data.meta)] as const;
        }),
      ),
    );
    const { thumbnail = '' } = meta.get(`${base}news/photo-lead-article/`) ?? {};
    const file = await sharp(fileOf(thumbnail)).metadata();
    expect([file.format, file.width, file.height]).toEqual(['webp', 224, 150]);
    expect(meta.get(`${base}news/text-only-article/`)).not.toHaveProperty('thumbnail');
  });

  it('share the site-wide card from the home and topic pages', () => {
    const home = attrs(readHtml(outDir, 'index.html'), 'meta[property="og:image"]', 'content');
    expect(home).toEqual([expect.stringMatching(new RegExp(`^${origin}cards/site-[0-9a-f]{12}\\.png$`))]);
    expect(
      attrs(readHtml(outDir, 'topics/defence/index.html'), 'meta[property="og:image"]', 'content'),
    ).toEqual(home);
  });
});

describe('the feed', () => {
  it('gives each item a media:content with URL, type, size and, for a card, its bytes', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(
      readFileSync(join(outDir, 'rss.xml'), 'utf8'),
    ) as {
      rss: { channel: { item: { link: string; 'media:content': Record<string, string> }[] } };
    };
    const media = feed.rss.channel.item.map((item) => item['media:content']);
    expect(media.map((m) => [m['@_type'], m['@_width'], m['@_height'], m['@_medium']])).toEqual([
      ['image/jpeg', '1200', '630', 'image'],
      ['image/png', '1200', '630', 'image'],
    ]);
    const card = media[1] ?? {};
    expect(card['@_fileSize']).toBe(String(statSync(fileOf(card['@_url'] ?? '')).size));
  });
});

describe('a build with a bad lead image fails, naming the article', () => {
  async function failingBuild(name: string, edit: (article: string) => string): Promise<string> {
    const contentDir = await writePhotoFixture(`tests/fixtures/generated/${name}`);
    const file = join(ROOT, contentDir, 'photo-lead-article.md');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    const scratch = join(TEST_BUILD_ROOT, `test-dist-${name}`);
    const result = await astroBuild(scratch, {
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: join(TEST_BUILD_ROOT, `astro-cache-${name}`),
    });
    rmSync(scratch, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    return result.output;
  }

  it('when the file is missing', async () => {
    const output = await failingBuild('photo-missing', (md) =>
      md.replace('./photo-lead-article.jpg', './gone.jpg'),
    );
    expect(output).toContain(
      'tests/fixtures/generated/photo-missing/photo-lead-article.md:10 (image.src)\n' +
        '  हिंदी: तस्वीर की फ़ाइल tests/fixtures/generated/photo-missing/gone.jpg नहीं मिली ("./gone.jpg"): ' +
        'फ़ोटो को ख़बर की फ़ाइल के पास रखें।\n' +
        '  English: "./gone.jpg" does not exist (looked for tests/fixtures/generated/photo-missing/gone.jpg). ' +
        'Put the photo next to the article.',
    );
  });

  it('when src is a web address', async () => {
    const output = await failingBuild('photo-remote', (md) =>
      md.replace("'./photo-lead-article.jpg'", "'https://cdn.example/photo.jpg'"),
    );
    expect(output).toContain('photo-lead-article');
    expect(output).toContain('image.src must be a file next to the article');
  });
});
