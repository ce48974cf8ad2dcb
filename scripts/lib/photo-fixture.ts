/**
 * The photo fixture: the articles in tests/fixtures/photos/ plus images drawn here (gradients
 * and shapes made with sharp, no outside files, never a real photo), copied into an ignored
 * folder that a build reads as CONTENT_DIR.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { ROOT, TEST_BUILD_ROOT, astroBuild, type BuildResult } from './site-build.ts';

/** CONTENT_DIR of the photo fixture, relative to the project root. */
export const PHOTO_CONTENT_DIR = 'tests/fixtures/generated/photos';

/** The photo fixture's lead image: 1600×1000, as a phone or agency photo might be. */
export const LEAD_IMAGE_SIZE = { width: 1600, height: 1000 } as const;

/** An SVG with a diagonal gradient and a few shapes: some detail, like a photo, but made up. */
function drawing(width: number, height: number, from: string, to: string): Buffer {
  const shapes = Array.from({ length: 12 }, (_, i) => {
    const x = ((i * 397) % 100) / 100;
    const y = ((i * 211) % 100) / 100;
    return `<circle cx="${Math.round(x * width)}" cy="${Math.round(y * height)}" r="${Math.round(height / (6 + (i % 5)))}" fill="hsl(${(i * 47) % 360} 70% 55%)" fill-opacity="0.55"/>`;
  }).join('');
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>` +
      `<rect width="${width}" height="${height}" fill="url(#g)"/>${shapes}</svg>`,
  );
}

/** Writes the photo fixture (articles and their images) into `contentDir` and returns it. */
export async function writePhotoFixture(contentDir = PHOTO_CONTENT_DIR): Promise<string> {
  const dir = join(ROOT, contentDir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'photos'), dir, { recursive: true });
  await sharp(drawing(LEAD_IMAGE_SIZE.width, LEAD_IMAGE_SIZE.height, '#1d4e89', '#f2a65a'))
    .jpeg({ quality: 85 })
    .toFile(join(dir, 'photo-lead-article.jpg'));
  // Wider than the widest body candidate (1080 px), so the build must not publish it at full size.
  await sharp(drawing(1500, 1000, '#2a9d8f', '#e9c46a'))
    .png()
    .toFile(join(dir, 'photo-lead-article-2.png'));
  await sharp(drawing(800, 800, '#6d597a', '#e56b6f'))
    .webp()
    .toFile(join(dir, 'photo-lead-article-3.webp'));
  return contentDir;
}

/** Where the build-output tests' photo build goes (under /khabar/, so base paths are checked too). */
export const PHOTO_BUILD = {
  base: '/khabar/',
  outDir: join(TEST_BUILD_ROOT, 'test-dist-photos'),
  cacheDir: join(TEST_BUILD_ROOT, 'astro-cache-photos'),
} as const;

/**
 * Writes the photo fixture and builds it. Run it on its own, never beside a build of other
 * content: Astro keeps the content image map in the project's `.astro/` folder whatever the
 * cache directory, so two builds of different content at once can swap each other's images.
 */
export async function buildPhotoFixture(build: {
  base: string;
  outDir: string;
  cacheDir: string;
}): Promise<BuildResult> {
  const contentDir = await writePhotoFixture();
  return astroBuild(build.outDir, {
    CONTENT_DIR: contentDir,
    BASE_PATH: build.base,
    ASTRO_CACHE_DIR: build.cacheDir,
  });
}
