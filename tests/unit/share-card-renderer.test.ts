import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { articleCard, siteCard } from '../../src/lib/share-card/card';
import { cachedCard, cardSvg, drawMissingCards, shapeRun } from '../../src/plugins/share-card-renderer';

const card = articleCard(
  { slug: 'x', title: 'रक्षा मंत्री ने द्विपक्षीय बैठक में भाग लिया', published: '2025-08-01T18:05:00+05:30' },
  'हिंदी समाचार',
);

describe('the share card renderer', () => {
  it('draws a 1200×630 PNG and keeps it in the cache under the card name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'photos-cards-'));
    const png = await cachedCard(card, dir);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(readFileSync(join(dir, `${card.name}.png`))).toEqual(png);
  });

  it('draws a palette PNG of at most 16 colours', async () => {
    const png = await cachedCard(card, mkdtempSync(join(tmpdir(), 'photos-cards-')));
    const { isPalette } = await sharp(png).metadata();
    const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 3)
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    expect(isPalette).toBe(true);
    expect(colours.size).toBeLessThanOrEqual(16);
    expect(colours.size).toBeGreaterThan(4);
  });

  it('draws a card once when two pages ask for it at the same time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'photos-cards-'));
    const [first, second] = await Promise.all([cachedCard(card, dir), cachedCard(card, dir)]);
    // One drawing, shared: the very same buffer, and no temporary file left behind.
    expect(second).toBe(first);
    expect(readdirSync(dir)).toEqual([`${card.name}.png`]);
  });

  it('draws every missing card in the background and leaves cached ones alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'photos-cards-'));
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
    const dir = mkdtempSync(join(tmpdir(), 'photos-cards-'));
    writeFileSync(join(dir, `${card.name}.png`), 'cached bytes');
    expect((await cachedCard(card, dir)).toString()).toBe('cached bytes');
  });

  it('shapes क्ष as one conjunct, narrower than क and ष set side by side as an unshaped renderer would', () => {
    const conjunct = shapeRun('क्ष', 'bold', 64).width;
    const apart = shapeRun('क', 'bold', 64).width + shapeRun('ष', 'bold', 64).width;
    expect(conjunct).toBeLessThan(apart);
  });

  it('draws text as paths only, never as SVG text that a renderer might mis-shape', () => {
    const svg = cardSvg(card.text);
    expect(svg).not.toContain('<text');
    // One path per line: the site name, the headline (one line at this length) and the date.
    expect(svg.match(/<path /g)?.length).toBe(3);
  });
});
