import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp-dir';
import { articleCard, siteCard } from '../../src/lib/share-card/card';
import {
  cachedCard,
  drawMissingCards,
  pruneCardCache,
  renderCard,
  shapeRun,
} from '../../src/plugins/share-card-renderer';

const card = articleCard(
  { slug: 'x', title: 'रक्षा मंत्री ने द्विपक्षीय बैठक में भाग लिया', published: '2025-08-01T18:05:00+05:30' },
  'हिंदी समाचार',
);

describe('the share card renderer', () => {
  it('draws a 1200×630 PNG and keeps it in the cache under the card name', async () => {
    const dir = tempDir('photos-cards-');
    const png = await cachedCard(card, dir);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(readFileSync(join(dir, `${card.name}.png`))).toEqual(png);
  });

  it('draws a palette PNG whose colours are the paper and its four inks blended into it', async () => {
    const png = await cachedCard(card, tempDir('photos-cards-'));
    const { isPalette } = await sharp(png).metadata();
    const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 3)
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    expect(isPalette).toBe(true);
    // Paper, the brand bar and site name, the headline, the date and the rule: 4 inks × 15 levels at most.
    expect(colours.size).toBeGreaterThan(4);
    expect(colours.size).toBeLessThanOrEqual(1 + 4 * 15);
    expect([...colours].map((c) => c.toString(16).padStart(6, '0'))).toEqual(
      expect.arrayContaining(['fffdf9', 'b3261e', '1c1b1a', '56524d', 'e3ded6']),
    );
  });

  it('draws a card once when two pages ask for it at the same time', async () => {
    const dir = tempDir('photos-cards-');
    const [first, second] = await Promise.all([cachedCard(card, dir), cachedCard(card, dir)]);
    // One drawing, shared: the very same buffer, and no temporary file left behind.
    expect(second).toBe(first);
    expect(readdirSync(dir)).toEqual([`${card.name}.png`]);
  });

  it('draws every missing card in the background and leaves cached ones alone', async () => {
    const dir = tempDir('photos-cards-');
    const other = siteCard('हिंदी समाचार', 'ताज़ा ख़बरें');
    writeFileSync(join(dir, `${other.name}.png`), 'cached bytes');
    drawMissingCards([card, other], { cacheDir: dir });
    // The drawing started before this call: the page's request joins it.
    const png = await cachedCard(card, dir);
    expect(existsSync(join(dir, `${card.name}.png`))).toBe(true);
    expect(readFileSync(join(dir, `${card.name}.png`))).toEqual(png);
    expect(readFileSync(join(dir, `${other.name}.png`), 'utf8')).toBe('cached bytes');
  });

  it('serves a cached card without drawing it again', async () => {
    const dir = tempDir('photos-cards-');
    writeFileSync(join(dir, `${card.name}.png`), 'cached bytes');
    expect((await cachedCard(card, dir)).toString()).toBe('cached bytes');
  });

  it('shapes क्ष as one conjunct, narrower than क and ष set side by side as an unshaped renderer would', () => {
    const conjunct = shapeRun('क्ष', 'bold', 64).width;
    const apart = shapeRun('क', 'bold', 64).width + shapeRun('ष', 'bold', 64).width;
    expect(conjunct).toBeLessThan(apart);
  });

  it('draws the headline as rasterizing its shaped outlines whole would, to within anti-aliasing', async () => {
    const text = {
      headline: 'र्क त्र द्व क्ष ज्ञ क़ ठ्ठ कि कु कृ कै कौ कँ',
      siteName: 'हिंदी समाचार',
      dateLabel: '',
    };
    const drawn = await sharp(await renderCard(text))
      .greyscale()
      .raw()
      .toBuffer();
    // The reference: every glyph's outline as one SVG path, rasterized in a single pass by sharp.
    const run = shapeRun(text.headline, 'bold', 64);
    let d = '';
    for (const glyph of run.glyphs(72, 238)) {
      for (const { type, values } of glyph.outline.commands) {
        d +=
          type +
          values.map((v, i) => (i % 2 === 0 ? glyph.x + v * run.scale : glyph.y - v * run.scale)).join(' ');
      }
    }
    const reference = await sharp(
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><rect width="1200" height="630" fill="#fff"/><path d="${d}"/></svg>`,
      ),
    )
      .greyscale()
      .raw()
      .toBuffer();
    // Compare the headline band only (the reference has no site name, bar or rule), as coverage:
    // 0 on the card's paper, 1 in its ink (#1c1b1a, not black).
    const paper = drawn[630 * 1200 - 1]!;
    const ink = drawn.subarray(160 * 1200, 300 * 1200).reduce((a, b) => Math.min(a, b), 255);
    let differ = 0;
    let inkDrawn = 0;
    let inkReference = 0;
    for (let y = 160; y < 300; y++) {
      for (let x = 0; x < 1200; x++) {
        const a = (paper - drawn[y * 1200 + x]!) / (paper - ink);
        const b = (255 - reference[y * 1200 + x]!) / 255;
        inkDrawn += a;
        inkReference += b;
        if (Math.abs(a - b) > 0.25) differ += 1;
      }
    }
    expect(inkReference).toBeGreaterThan(5_000);
    expect(inkDrawn / inkReference).toBeCloseTo(1, 1);
    // Edges may differ by a level or two where glyph parts overlap; no glyph is missing or moved.
    expect(differ).toBeLessThan(100);
  });
});

describe('the share card cache', () => {
  const now = new Date('2026-11-29T10:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

  it('deletes files unused for 30 days, keeps younger ones, and marks this build’s cards as used', async () => {
    const dir = tempDir('cards-prune-');
    const other = siteCard('हिंदी समाचार', 'ताज़ा ख़बरें');
    const files = {
      [`${card.name}.png`]: 400, // this build's card, old: kept and touched
      'retracted-article-abc.png': 31, // another card, unused for a month: deleted
      'other-base-def.png': 29, // another build's card, used within the month: kept
      'killed-build.png.123.tmp': 40, // a temporary file a killed build left: deleted
      [`${other.name}.png`]: 0,
    };
    for (const [file, age] of Object.entries(files)) {
      writeFileSync(join(dir, file), 'png');
      utimesSync(join(dir, file), daysAgo(age), daysAgo(age));
    }
    const deleted = await pruneCardCache([card], { cacheDir: dir, now });
    expect(deleted).toEqual(['killed-build.png.123.tmp', 'retracted-article-abc.png']);
    expect(readdirSync(dir).sort()).toEqual(
      [`${card.name}.png`, `${other.name}.png`, 'other-base-def.png'].sort(),
    );
    expect(statSync(join(dir, `${card.name}.png`)).mtime).toEqual(now);
  });

  it('does nothing when there is no cache yet', async () => {
    expect(await pruneCardCache([card], { cacheDir: join(tmpdir(), 'no-such-card-cache'), now })).toEqual([]);
  });
});
