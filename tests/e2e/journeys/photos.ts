/**
 * Photos and sharing: the share control (Web Share API, copy link, plain links without
 * JavaScript), a photo article at phone and desktop widths with no layout shift, and the
 * share card's Devanagari compared with Chromium's own rendering of the same words.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { AXE_TAGS } from '../../../scripts/gates/accessibility.ts';
import { TEST_SITE_URL } from '../../../scripts/lib/site-build.ts';
import { serveStatic, type RunningServer } from '../../../scripts/lib/static-server.ts';
import { cardFontPath, renderTextPng } from '../../../src/plugins/share-card-renderer.ts';
import { t as ui } from '../../../src/lib/strings.ts';
import { buildPhotoFixture } from '../../support/photo-fixture.ts';
import type { Journey } from '../harness.ts';
import { HEGSETH, ROOT, articleSitePath } from '../support.ts';

/** The photo fixture's servers, one per base path, once {@link preparePhotoSites} built them. */
const photoSites = new Map<string, RunningServer>();

/**
 * Builds the photo fixture under each base path and serves it. One build at a time, after the
 * suite's own builds: Astro keeps the content image map in the project's `.astro/` folder, so
 * builds of different content side by side could swap each other's images.
 */
export async function preparePhotoSites(bases: readonly string[]): Promise<void> {
  for (const base of bases) {
    const name = base === '/' ? 'root' : 'khabar';
    const outDir = join(ROOT, `dist-e2e-photos-${name}`);
    const built = await buildPhotoFixture({
      base,
      outDir,
      cacheDir: join(ROOT, 'node_modules', `.astro-dist-e2e-photos-${name}`),
    });
    if (!built.ok)
      throw new Error(`photo fixture build failed:\n${built.output.split('\n').slice(-30).join('\n')}`);
    photoSites.set(base, await serveStatic(outDir, base));
  }
}

function photoSite(base: string): RunningServer {
  const site = photoSites.get(base);
  if (!site) throw new Error(`the photo fixture was not built for ${base}`);
  return site;
}

/** Stops the photo fixture servers (the runner calls this when it is done). */
export async function closePhotoSites(): Promise<void> {
  await Promise.all([...photoSites.values()].map((site) => site.close()));
}

/** Sum of layout-shift scores since the page started loading (recorded by an init script). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __cls: number }).__cls);
}

/**
 * No visible layout shift: under a thousandth, which Lighthouse reports as 0. Chromium at 1280 px
 * sometimes records 0.00003 for the header row settling 4 px lower (its search form is 44 px, the
 * row 36 px before it); the photo markup itself shifts nothing.
 */
async function assertNoVisibleShift(page: Page): Promise<void> {
  const shift = await layoutShift(page);
  assert.ok(shift < 0.001, `layout shift ${shift}`);
}

function recordLayoutShifts(): void {
  (window as unknown as { __cls: number }).__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** The accessibility gate's axe rules find nothing on the page (the gate itself audits the seed build only). */
async function assertNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  assert.deepEqual(
    violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
    [],
  );
}

/** Share data recorded by a stand-in `navigator.share` and `navigator.clipboard`. */
function stubShareApis(): void {
  const calls: unknown[] = [];
  (window as unknown as { __shared: unknown[] }).__shared = calls;
  Object.defineProperty(navigator, 'share', {
    configurable: true,
    value: (data: unknown) => {
      calls.push({ share: data });
      return Promise.resolve();
    },
  });
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (text: string) => {
        calls.push({ copy: text });
        return Promise.resolve();
      },
    },
  });
}

/** Ink coverage agreement of two same-size greyscale renderings: shared ink over all ink. */
async function inkOverlap(a: Buffer, b: Buffer): Promise<number> {
  const raw = async (png: Buffer) =>
    (await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true })).data;
  const [x, y] = await Promise.all([raw(a), raw(b)]);
  let both = 0;
  let either = 0;
  for (let i = 0; i < x.length; i++) {
    const inkX = (x[i] ?? 255) < 128;
    const inkY = (y[i] ?? 255) < 128;
    if (inkX && inkY) both++;
    if (inkX || inkY) either++;
  }
  return either === 0 ? 0 : both / either;
}

export const photoJourneys: Journey[] = [
  {
    name: 'a phone reader taps share and the system share sheet gets the headline and the canonical URL, without ?highlight=',
    async run({ site, open }) {
      const { page } = await open(`${articleSitePath(HEGSETH)}?highlight=${encodeURIComponent('राजनाथ')}`, {
        viewport: { width: 360, height: 740 },
      });
      await page.addInitScript(stubShareApis);
      await page.reload();
      const share = page.getByRole('button', { name: ui.shareNative });
      await share.click();
      await page.waitForFunction(() => (window as unknown as { __shared: unknown[] }).__shared.length > 0);
      const shared = await page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared);
      assert.deepEqual(shared, [
        {
          share: {
            title: HEGSETH.title,
            url: new URL(site.path(articleSitePath(HEGSETH)), TEST_SITE_URL).href,
          },
        },
      ]);
    },
  },
  {
    name: 'a reader copies the link and is told in Hindi that it was copied',
    async run({ site, open }) {
      const { page } = await open(articleSitePath(HEGSETH));
      await page.addInitScript(stubShareApis);
      await page.reload();
      await page.getByRole('button', { name: ui.copyLink }).click();
      await page.getByRole('status').filter({ hasText: ui.linkCopied }).waitFor();
      const shared = await page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared);
      assert.deepEqual(shared, [{ copy: new URL(site.path(articleSitePath(HEGSETH)), TEST_SITE_URL).href }]);
    },
  },
  {
    name: 'without JavaScript the share links still work, and nothing is fetched from another origin until one is tapped',
    async run({ site, newPage }) {
      const page = await newPage({ javaScriptEnabled: false });
      const origins = new Set<string>();
      page.on('request', (request) => origins.add(new URL(request.url()).origin));
      await page.goto(site.url(articleSitePath(HEGSETH)));
      const links = page.locator('[data-share] a');
      assert.deepEqual(await links.allTextContents(), ['व्हाट्सऐप', 'एक्स', 'फ़ेसबुक', 'टेलीग्राम']);
      for (const link of await links.all()) assert.ok(await link.isVisible());
      assert.equal(
        await page.getByRole('button', { name: ui.copyLink }).count(),
        0,
        'no copy button without JavaScript',
      );
      assert.deepEqual([...origins], [new URL(site.url('')).origin]);
    },
  },
  ...[
    { width: 360, height: 740, column: 328, candidate: 360 },
    { width: 1280, height: 800, column: 736, candidate: 1080 },
  ].map(({ width, height, column, candidate }): Journey => ({
    name: `a photo article at ${width} px shows its lead image at the column width and its body photos, each from the right AVIF, with no layout shift and no axe violation; the front page leads with it, lists show its thumbnail`,
    async run({ site, newPage }) {
      const server = await photoSite(site.base);
      const page = await newPage({ viewport: { width, height } });
      await page.addInitScript(recordLayoutShifts);
      await page.goto(`${server.url}news/photo-lead-article/`);
      const img = page.locator('figure[data-lead-image] img');
      await img.evaluate((node: HTMLImageElement) => node.decode());
      const shown = await img.evaluate((node: HTMLImageElement) => ({
        width: Math.round(node.getBoundingClientRect().width),
        height: Math.round(node.getBoundingClientRect().height),
        src: new URL(node.currentSrc).pathname,
      }));
      const avif =
        (await page.locator('figure[data-lead-image] source[type="image/avif"]').getAttribute('srcset')) ??
        '';
      const expected = avif
        .split(', ')
        .find((part) => part.endsWith(` ${candidate}w`))
        ?.split(' ')[0];
      assert.deepEqual(shown, { width: column, height: Math.round((column * 1000) / 1600), src: expected });
      // Scroll through the body so the lazy figures load too, then check nothing moved.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForFunction(() =>
        [...document.querySelectorAll<HTMLImageElement>('[data-article-body] img')].every((i) => i.complete),
      );
      // Each body photo came from its <picture>'s AVIF candidates, at a width that fills the column.
      const body = await page.locator('[data-article-body] picture').evaluateAll((pictures) =>
        pictures.map((picture) => {
          const img = picture.querySelector('img') as HTMLImageElement;
          const avif = picture.querySelector('source[type="image/avif"]')?.getAttribute('srcset') ?? '';
          const chosen = avif
            .split(', ')
            .find((part) => part.startsWith(`${img.currentSrc.replace(location.origin, '')} `));
          return { loaded: img.naturalWidth > 0, avif: chosen?.split(' ')[1] };
        }),
      );
      const [wide, square] = candidate === 360 ? ['360w', '360w'] : ['1080w', '800w'];
      assert.deepEqual(body, [
        { loaded: true, avif: wide },
        { loaded: true, avif: square },
      ]);
      await assertNoVisibleShift(page);
      await assertNoAxeViolations(page);
      // The front page leads with the photo at the column width; lists show it as a thumbnail.
      await page.goto(server.url);
      const lead = page.locator('main img[data-lead-story-image]');
      assert.equal(await lead.boundingBox().then((box) => Math.round(box?.width ?? 0)), column);
      await assertNoVisibleShift(page);
      await assertNoAxeViolations(page);
      await page.goto(new URL('topics/defence/', server.url).href);
      const thumb = page.locator('main article img').first();
      assert.deepEqual(await thumb.boundingBox().then((box) => [box?.width, box?.height]), [112, 75]);
      await assertNoVisibleShift(page);
      await assertNoAxeViolations(page);
    },
  })),
  {
    name: 'the share card draws Devanagari as Chromium does: conjuncts, reph, matras and nukta in place',
    async run({ newPage }) {
      const page = await newPage({ viewport: { width: 900, height: 120 } });
      const font = readFileSync(cardFontPath()).toString('base64');
      const box = { width: 900, height: 120, x: 10, baseline: 84, size: 64 };
      const words = ['क्षत्रिय', 'त्रिपुरा', 'द्वारका', 'कर्क', 'क़ानून', 'हिंदी', 'बढ़ेगा', 'प्रदर्शनी'];
      const chromium = async (text: string) => {
        await page.setContent(
          `<style>@font-face{font-family:Card;src:url(data:font/ttf;base64,${font})}body{margin:0}</style>` +
            `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}"><rect width="100%" height="100%" fill="#fff"/>` +
            `<text x="${box.x}" y="${box.baseline}" font-family="Card" font-size="${box.size}" fill="#000">${text}</text></svg>`,
        );
        await page.evaluate(() => document.fonts.ready);
        return page.screenshot({ clip: { x: 0, y: 0, width: box.width, height: box.height } });
      };
      for (const word of words) {
        const overlap = await inkOverlap(await renderTextPng(word, box), await chromium(word));
        assert.ok(
          overlap >= 0.85,
          `${word}: only ${(overlap * 100).toFixed(0)}% of the ink agrees with Chromium`,
        );
      }
      // The comparison can fail: the same word with its letters kept apart (no conjunct, no
      // reph) disagrees with Chromium's correctly shaped word.
      const unshaped = await renderTextPng([...'क्षत्रिय'].join('\u200c'), box);
      const overlap = await inkOverlap(unshaped, await chromium('क्षत्रिय'));
      assert.ok(overlap < 0.6, `an unshaped word still matched ${(overlap * 100).toFixed(0)}% of the ink`);
    },
  },
];
