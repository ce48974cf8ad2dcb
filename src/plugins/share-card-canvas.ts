/**
 * The share card's drawing surface: a coverage canvas that text is stamped onto glyph by glyph
 * and that encodes itself as a palette PNG.
 *
 * Why by hand: rasterizing a whole 1200×630 SVG of glyph paths and quantizing it to a palette
 * (sharp with librsvg and libimagequant) cost about 27 ms of CPU per card, more than rendering
 * the article's HTML page. A card is flat colour plus anti-aliased text in a handful of known
 * colours, so neither step is needed per card: each glyph is rasterized once by sharp (at a
 * quarter-pixel offset, the way a browser's glyph cache works) and then copied, and the palette
 * is known before drawing (each ink blended into the paper in 15 steps), so the PNG is written
 * straight from palette indices, compressed by Node's zlib on its thread pool. No library offers
 * a glyph cache over sharp; sharp cannot encode with a palette given to it; and the pure
 * JavaScript PNG encoders (fast-png, pngjs) deflate on the main thread, which took 12 ms a card
 * with fast-png, while Node's zlib does it natively off the thread that renders pages.
 */
import { promisify } from 'node:util';
import { constants, crc32, deflate } from 'node:zlib';
import sharp from 'sharp';

const deflateAsync = promisify(deflate);

/** A colour as `#rrggbb`. */
type Hex = `#${string}`;

/** Anti-aliasing steps per ink: 15 blends of the ink into the paper, plus the paper itself. */
const LEVELS = 15;
/** Glyph positions are kept to a quarter pixel: finer than the eye sees, 16 bitmaps per glyph at most. */
const SUBPIXEL = 4;

/** A glyph's outline in font units (y up), as HarfBuzz gives it: SVG path commands. */
export interface Outline {
  commands: readonly { type: string; values: readonly number[] }[];
}

/** One glyph to draw: its id, its outline, and where its origin falls in canvas pixels. */
export interface PlacedGlyph {
  id: number;
  outline: Outline;
  x: number;
  y: number;
}

/** A glyph's coverage at one subpixel offset, and where it sits relative to the integer origin. */
interface GlyphBitmap {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

const hexRgb = (hex: Hex): [number, number, number] => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
];

/** Rasterized glyphs by face, size, id and subpixel offset; shared by every card of a build. */
const bitmaps = new Map<string, Promise<GlyphBitmap | undefined>>();

/** Rasterizes one glyph outline at `scale` px per font unit, offset by (fx, fy) of a pixel. */
async function rasterizeGlyph(
  outline: Outline,
  scale: number,
  fx: number,
  fy: number,
): Promise<GlyphBitmap | undefined> {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { values } of outline.commands) {
    for (let i = 0; i < values.length; i += 2) {
      // Control points bound the curve, so their box holds the whole glyph.
      const x = fx + (values[i] as number) * scale;
      const y = fy - (values[i + 1] as number) * scale;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  if (minX === Infinity) return undefined; // a space: nothing to draw
  const left = Math.floor(minX) - 1;
  const top = Math.floor(minY) - 1;
  const width = Math.ceil(maxX) + 1 - left;
  const height = Math.ceil(maxY) + 1 - top;
  let d = '';
  for (const { type, values } of outline.commands) {
    d += type;
    for (let i = 0; i < values.length; i += 2) {
      d += `${(fx + (values[i] as number) * scale - left).toFixed(2)} ${(fy - (values[i + 1] as number) * scale - top).toFixed(2)} `;
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path d="${d}"/></svg>`;
  const coverage = await sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
  return { left, top, width, height, coverage: new Uint8Array(coverage) };
}

/** The bitmap of `glyph` at the subpixel offset of its position, rasterized on first use. */
function glyphBitmap(
  face: string,
  scale: number,
  glyph: PlacedGlyph,
  fx: number,
  fy: number,
): Promise<GlyphBitmap | undefined> {
  const key = `${face}:${scale}:${glyph.id}:${fx}:${fy}`;
  let bitmap = bitmaps.get(key);
  if (!bitmap) {
    bitmap = rasterizeGlyph(glyph.outline, scale, fx / SUBPIXEL, fy / SUBPIXEL);
    bitmaps.set(key, bitmap);
  }
  return bitmap;
}

/**
 * Scanline buffers of encoded clones, by size, for the next clone: a build draws thousands of
 * cards, and a fresh 0.75 MB buffer for each kept the garbage collector busy on the main thread.
 */
const spareBuffers = new Map<number, Buffer[]>();

function takeBuffer(size: number): Buffer {
  return spareBuffers.get(size)?.pop() ?? Buffer.allocUnsafe(size);
}

function giveBack(buffer: Buffer): void {
  const spare = spareBuffers.get(buffer.length) ?? [];
  if (spare.length < 8) spare.push(buffer);
  spareBuffers.set(buffer.length, spare);
}

/** The level (0 to {@link LEVELS}) of each coverage value 0-255, rounded. */
const LEVEL_OF = Uint8Array.from({ length: 256 }, (_, a) => Math.round((a * LEVELS) / 255));

/**
 * A canvas of `width`×`height` on `paper`, drawn in the given `inks`. It holds the PNG's own
 * scanlines: each row is its filter byte (0, none: runs of paper deflate well as they are) and
 * one palette index per pixel, 0 for the paper and `1 + ink × 15 + level - 1` for an ink at a
 * coverage level, so encoding is one deflate and a clone is one copy.
 */
export class CoverageCanvas {
  readonly width: number;
  readonly height: number;
  private readonly paper: Hex;
  private readonly inks: readonly Hex[];
  private readonly scanlines: Buffer;
  /** The PNG up to its image data (signature, header, palette): the same for a template and its clones. */
  private readonly head: Buffer;
  /** A clone's buffer goes back to the spares once it is encoded; the canvas is spent then. */
  private readonly pooled: boolean;
  private spent = false;

  constructor(width: number, height: number, paper: Hex, inks: readonly Hex[], from?: CoverageCanvas) {
    if (inks.length * LEVELS + 1 > 256) throw new Error('A palette PNG holds 256 colours at most');
    this.width = width;
    this.height = height;
    this.paper = paper;
    this.inks = inks;
    this.pooled = from !== undefined;
    this.head = from?.head ?? pngHead(width, height, paper, inks);
    if (from) {
      this.scanlines = takeBuffer(from.scanlines.length);
      this.scanlines.set(from.scanlines);
    } else {
      this.scanlines = Buffer.alloc(height * (width + 1));
    }
  }

  /** A copy to draw on, leaving this one (a template) as it is; it is spent once encoded. */
  clone(): CoverageCanvas {
    return new CoverageCanvas(this.width, this.height, this.paper, this.inks, this);
  }

  /** Fills a pixel-aligned rectangle with ink `ink`. */
  fillRect(x: number, y: number, width: number, height: number, ink: number): void {
    const stride = this.width + 1;
    for (let row = y; row < y + height; row++) {
      this.scanlines.fill(1 + ink * LEVELS + LEVELS - 1, row * stride + 1 + x, row * stride + 1 + x + width);
    }
  }

  /** Draws shaped glyphs (positions in canvas pixels, y down) of one face at `scale` px per font unit. */
  async drawGlyphs(glyphs: readonly PlacedGlyph[], face: string, scale: number, ink: number): Promise<void> {
    const placed = glyphs.map((glyph) => {
      const ox = Math.floor(glyph.x);
      const oy = Math.floor(glyph.y);
      const fx = Math.min(SUBPIXEL - 1, Math.round((glyph.x - ox) * SUBPIXEL));
      const fy = Math.min(SUBPIXEL - 1, Math.round((glyph.y - oy) * SUBPIXEL));
      return { ox, oy, bitmap: glyphBitmap(face, scale, glyph, fx, fy) };
    });
    for (const { ox, oy, bitmap } of placed) {
      const glyph = await bitmap;
      if (glyph) this.stamp(glyph, ox, oy, ink);
    }
  }

  /** Adds a glyph's coverage; where parts of a cluster overlap, coverages combine as 1 - (1 - a)(1 - b). */
  private stamp(glyph: GlyphBitmap, ox: number, oy: number, ink: number): void {
    const { width, height, scanlines } = this;
    const base = 1 + ink * LEVELS - 1;
    for (let row = 0; row < glyph.height; row++) {
      const y = oy + glyph.top + row;
      if (y < 0 || y >= height) continue;
      for (let col = 0; col < glyph.width; col++) {
        const a = glyph.coverage[row * glyph.width + col] as number;
        if (a === 0) continue;
        const x = ox + glyph.left + col;
        if (x < 0 || x >= width) continue;
        const p = y * (width + 1) + 1 + x;
        const index = scanlines[p] as number;
        const had = index === 0 ? 0 : ((index - 1) % LEVELS) + 1;
        const hadInk = index === 0 ? ink : Math.floor((index - 1) / LEVELS);
        let level: number;
        if (hadInk === ink) {
          const b = had * (255 / LEVELS);
          level = LEVEL_OF[(b + a - (a * b) / 255 + 0.5) | 0] as number;
        } else {
          level = LEVEL_OF[a] as number; // another ink's edge: the stronger one wins
          if (level <= had) continue;
        }
        if (level > 0) scanlines[p] = base + level;
      }
    }
  }

  /** The canvas as a palette PNG ({@link pngHead}); a clone is spent once encoded. */
  async toPng(): Promise<Buffer> {
    if (this.spent) throw new Error('This canvas was encoded already and its memory reused');
    // Run-length matching only: a card is long runs of one index, and this strategy deflates it
    // in a quarter of the time of the default (level 6) for about 20% more bytes (18 KB a card).
    const compressed = await deflateAsync(this.scanlines, { strategy: constants.Z_RLE });
    if (this.pooled) {
      this.spent = true;
      giveBack(this.scanlines);
    }
    return Buffer.concat([this.head, chunk('IDAT', compressed), chunk('IEND', Buffer.alloc(0))]);
  }
}

/** A palette PNG's signature, header and palette: the paper, then each ink in {@link LEVELS} steps of coverage. */
function pngHead(width: number, height: number, paperHex: Hex, inks: readonly Hex[]): Buffer {
  const paper = hexRgb(paperHex);
  const palette = Buffer.alloc(3 * (1 + inks.length * LEVELS));
  palette.set(paper, 0);
  inks.forEach((hex, ink) => {
    const rgb = hexRgb(hex);
    for (let level = 1; level <= LEVELS; level++) {
      const mix = [0, 1, 2].map((c) => Math.round(paper[c]! + ((rgb[c]! - paper[c]!) * level) / LEVELS));
      palette.set(mix, 3 * (1 + ink * LEVELS + level - 1));
    }
  });
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, palette colour, deflate, no filter method, no interlace
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('PLTE', palette)]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
