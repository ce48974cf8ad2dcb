import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CoverageCanvas, type Outline } from '../../src/plugins/share-card-canvas';

/** A square outline of `size` font units with its corner on the origin (y up, as fonts draw). */
const square = (size: number): Outline => ({
  commands: [
    { type: 'M', values: [0, 0] },
    { type: 'L', values: [size, 0] },
    { type: 'L', values: [size, size] },
    { type: 'L', values: [0, size] },
    { type: 'Z', values: [] },
  ],
});

async function pixels(canvas: CoverageCanvas): Promise<(x: number, y: number) => string> {
  const { data, info } = await sharp(await canvas.toPng())
    .raw()
    .toBuffer({ resolveWithObject: true });
  return (x, y) => {
    const p = (y * info.width + x) * info.channels;
    return [data[p]!, data[p + 1]!, data[p + 2]!].map((c) => c.toString(16).padStart(2, '0')).join('');
  };
}

describe('the share card canvas', () => {
  it('writes a palette PNG of its size with the paper and exact ink where a rectangle is filled', async () => {
    const canvas = new CoverageCanvas(40, 20, '#ffffff', ['#b3261e', '#000000']);
    canvas.fillRect(0, 0, 40, 4, 0);
    const png = await canvas.toPng();
    expect(await sharp(png).metadata()).toMatchObject({
      format: 'png',
      width: 40,
      height: 20,
      isPalette: true,
    });
    const at = await pixels(canvas);
    expect([at(0, 0), at(39, 3), at(0, 4), at(39, 19)]).toEqual(['b3261e', 'b3261e', 'ffffff', 'ffffff']);
  });

  it('stamps a glyph where it is placed, in its ink, with anti-aliased edges at a fractional position', async () => {
    const canvas = new CoverageCanvas(40, 40, '#ffffff', ['#000000']);
    // A 10 px square whose bottom-left corner (the glyph origin, y down on the canvas) is at (10.5, 30).
    await canvas.drawGlyphs([{ id: 1, outline: square(10), x: 10.5, y: 30 }], 'test-a', 1, 0);
    const at = await pixels(canvas);
    expect(at(15, 25)).toBe('000000'); // inside
    expect(at(5, 25)).toBe('ffffff'); // left of it
    expect(at(15, 15)).toBe('ffffff'); // above it
    // The half-covered columns at x = 10 and x = 20 are grey, neither paper nor ink.
    expect(at(10, 25)).not.toMatch(/^(000000|ffffff)$/);
    expect(at(20, 25)).not.toMatch(/^(000000|ffffff)$/);
  });

  it('draws the same bitmap at positions within a quarter pixel and keeps a template unchanged by its clones', async () => {
    const template = new CoverageCanvas(40, 40, '#ffffff', ['#000000']);
    const first = template.clone();
    const second = template.clone();
    await first.drawGlyphs([{ id: 2, outline: square(7), x: 5.3, y: 20 }], 'test-b', 1, 0);
    await second.drawGlyphs([{ id: 2, outline: square(7), x: 5.26, y: 20 }], 'test-b', 1, 0);
    const [drawnFirst, drawnSecond] = [await first.toPng(), await second.toPng()];
    expect(drawnFirst).toEqual(drawnSecond);
    expect(await template.toPng()).toEqual(await new CoverageCanvas(40, 40, '#ffffff', ['#000000']).toPng());
    expect(drawnFirst).not.toEqual(await template.toPng());
    // A clone's memory is reused once it is encoded: it cannot be encoded twice.
    await expect(first.toPng()).rejects.toThrow('encoded already');
  });

  it('lets the stronger of two inks win where they meet, and adds up the coverage of one ink', async () => {
    const canvas = new CoverageCanvas(40, 40, '#ffffff', ['#ff0000', '#0000ff']);
    await canvas.drawGlyphs([{ id: 3, outline: square(10), x: 5, y: 20 }], 'test-c', 1, 0);
    await canvas.drawGlyphs([{ id: 3, outline: square(10), x: 10, y: 20 }], 'test-c', 1, 1);
    // Two half-covered columns of one ink at x = 20 cover it more than one half-covered column (x = 30).
    await canvas.drawGlyphs([{ id: 4, outline: square(10), x: 20.5, y: 35 }], 'test-c', 1, 0);
    await canvas.drawGlyphs([{ id: 4, outline: square(10), x: 10.5, y: 35 }], 'test-c', 1, 0);
    const at = await pixels(canvas);
    expect(at(7, 15)).toBe('ff0000'); // red alone
    expect(at(12, 15)).toBe('ff0000'); // both fully cover it: the red was there first and is as strong
    expect(at(17, 15)).toBe('0000ff'); // blue alone
    const green = (hex: string) => Number.parseInt(hex.slice(2, 4), 16);
    expect(green(at(30, 30))).toBeGreaterThan(0x40);
    expect(green(at(30, 30))).toBeLessThan(0xc0);
    expect(green(at(20, 30))).toBeLessThan(green(at(30, 30)));
  });
});
