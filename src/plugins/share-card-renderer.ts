/**
 * Draws share cards (1200×630 PNG) at build time. HarfBuzz (harfbuzzjs, the real shaping
 * engine browsers use) shapes the Devanagari and gives each glyph's outline, so conjuncts,
 * reph, matras and nukta come out as Chromium draws them; the card is then an SVG of plain
 * paths that sharp rasterizes. SVG `<text>` is avoided on purpose: resvg-js 2.6 misplaces
 * Devanagari clusters, and librsvg depends on the machine's fonts. The font (Noto Sans
 * Devanagari, from an npm package) is read here only: readers never download it.
 * Cards are cached on disk by name (which carries a hash of their content), so a rebuild
 * draws only new or changed cards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import sharp from 'sharp';
// With extensions: the browser suite imports this module under plain Node.
import { CARD_HEIGHT, CARD_WIDTH, type CardText, type ShareCard } from '../lib/share-card/design.ts';
import { breakHeadline, type Measure } from '../lib/share-card/layout.ts';

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-devanagari';
const FONT_FILES = {
  regular: '400Regular/NotoSansDevanagari_400Regular.ttf',
  bold: '700Bold/NotoSansDevanagari_700Bold.ttf',
} as const;

/** Where cards are kept between builds (CI caches this folder); SHARE_CARD_CACHE_DIR overrides it (benchmarks). */
export const SHARE_CARD_CACHE_DIR =
  process.env['SHARE_CARD_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'share-cards');

const COLORS = { paper: '#fffdf9', ink: '#1c1b1a', muted: '#56524d', brand: '#b3261e', rule: '#e3ded6' };
const MARGIN = 72;
const HEADLINE = { size: 64, lineHeight: 100, firstBaseline: 238, maxLines: 3 };

type Weight = keyof typeof FONT_FILES;

interface Face {
  font: hb.Font;
  upem: number;
  /** Glyph outlines by glyph id: a card reuses the same few dozen glyphs many times. */
  outlines: Map<number, hb.SvgPathCommand[]>;
  /** Advance widths of single words at 1 px, for the line breaker. */
  wordWidths: Map<string, number>;
}

const faces = new Map<Weight, Face>();

/** The font file, resolved from the project (the build's own chunk may live elsewhere). */
function fontFile(weight: Weight): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const path = require.resolve(`${FONT_PACKAGE}/${FONT_FILES[weight]}`);
  if (!existsSync(path)) throw new Error(`Share cards: font file ${path} is missing; run npm install`);
  return path;
}

function face(weight: Weight): Face {
  let loaded = faces.get(weight);
  if (!loaded) {
    const hbFace = new hb.Face(new hb.Blob(readFileSync(fontFile(weight))));
    loaded = { font: new hb.Font(hbFace), upem: hbFace.upem, outlines: new Map(), wordWidths: new Map() };
    faces.set(weight, loaded);
  }
  return loaded;
}

/** One shaped line: its advance width and its glyphs as SVG paths placed at (x, baseline). */
interface ShapedRun {
  width: number;
  paths: (x: number, baseline: number) => string;
}

/** Shapes `text` with HarfBuzz at `size` px. */
export function shapeRun(text: string, weight: Weight, size: number): ShapedRun {
  const { font, upem, outlines } = face(weight);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const scale = size / upem;
  const glyphs = buffer.getGlyphInfosAndPositions();
  const width = glyphs.reduce((sum, glyph) => sum + (glyph.xAdvance ?? 0), 0) * scale;
  return {
    width,
    paths: (x, baseline) => {
      let pen = x;
      let d = '';
      for (const glyph of glyphs) {
        const gx = pen + (glyph.xOffset ?? 0) * scale;
        const gy = baseline - (glyph.yOffset ?? 0) * scale;
        // Outline points are in font units with y up: scale them and flip onto the baseline.
        let outline = outlines.get(glyph.codepoint);
        if (!outline) {
          outline = font.glyphToJson(glyph.codepoint);
          outlines.set(glyph.codepoint, outline);
        }
        for (const { type, values } of outline) {
          const points = values.map((v, i) => (i % 2 === 0 ? gx + v * scale : gy - v * scale).toFixed(1));
          d += type + points.join(' ');
        }
        pen += (glyph.xAdvance ?? 0) * scale;
      }
      return d === '' ? '' : `<path d="${d}"/>`;
    },
  };
}

/**
 * A {@link Measure} backed by HarfBuzz, for the line breaker. A line's width is the sum of its
 * words and spaces, each shaped once: Devanagari shaping never reaches across a space, so
 * this equals shaping the whole line, at a fraction of the cost.
 */
export function harfbuzzMeasure(weight: Weight, size: number): Measure {
  const { wordWidths } = face(weight);
  const width = (word: string) => {
    let known = wordWidths.get(word);
    if (known === undefined) {
      known = shapeRun(word, weight, 1).width;
      wordWidths.set(word, known);
    }
    return known;
  };
  return (text) => {
    const words = text.split(' ');
    return (words.reduce((sum, word) => sum + width(word), 0) + (words.length - 1) * width(' ')) * size;
  };
}

/** The card as an SVG of paths (no `<text>`: every glyph is already shaped). */
export function cardSvg(text: CardText): string {
  const maxWidth = CARD_WIDTH - 2 * MARGIN;
  const { lines } = breakHeadline(text.headline, harfbuzzMeasure('bold', HEADLINE.size), {
    maxWidth,
    maxLines: HEADLINE.maxLines,
  });
  const headline = lines
    .map((line, i) =>
      shapeRun(line, 'bold', HEADLINE.size).paths(MARGIN, HEADLINE.firstBaseline + i * HEADLINE.lineHeight),
    )
    .join('');
  const site = shapeRun(text.siteName, 'bold', 40).paths(MARGIN, 124);
  const date = text.dateLabel ? shapeRun(text.dateLabel, 'regular', 32).paths(MARGIN, 566) : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.paper}"/>` +
    `<rect width="${CARD_WIDTH}" height="16" fill="${COLORS.brand}"/>` +
    `<g fill="${COLORS.brand}">${site}</g>` +
    `<g fill="${COLORS.ink}">${headline}</g>` +
    `<rect x="${MARGIN}" y="508" width="${maxWidth}" height="2" fill="${COLORS.rule}"/>` +
    `<g fill="${COLORS.muted}">${date}</g>` +
    `</svg>`
  );
}

/** Draws `text` alone in black on white at (x, baseline), as the shaping check compares it with Chromium. */
export async function renderTextPng(
  text: string,
  box: { width: number; height: number; x: number; baseline: number; size: number },
): Promise<Buffer> {
  const paths = shapeRun(text, 'bold', box.size).paths(box.x, box.baseline);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}">` +
    `<rect width="${box.width}" height="${box.height}" fill="#fff"/><g fill="#000">${paths}</g></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The path of the bold card font, for a reference rendering with the very same font. */
export function cardFontPath(): string {
  return fontFile('bold');
}

/** Draws one card as a PNG. */
export async function renderCard(text: CardText): Promise<Buffer> {
  return (
    sharp(Buffer.from(cardSvg(text)))
      // A card has four flat colours and their anti-aliased edges: 16 palette entries without
      // dithering look the same as 256 (checked by eye), weigh about 14 KB instead of 22 KB,
      // and quantize faster; effort 1 is libimagequant's fastest setting.
      .png({ compressionLevel: 6, palette: true, colours: 16, dither: 0, effort: 1 })
      .toBuffer()
  );
}

/** Cards being drawn in this process, by file: a page that needs one waits for it. */
const drawing = new Map<string, Promise<Buffer>>();

async function drawToCache(card: ShareCard, file: string, cacheDir: string): Promise<Buffer> {
  const png = await renderCard(card.text);
  await mkdir(cacheDir, { recursive: true });
  // Parallel builds may draw the same card: write aside, then rename atomically.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, png);
  await rename(temporary, file);
  return png;
}

/** The card's PNG from the cache, drawn (and cached) only when it is not there yet. */
export function cachedCard(card: ShareCard, cacheDir = SHARE_CARD_CACHE_DIR): Promise<Buffer> {
  const file = join(cacheDir, `${card.name}.png`);
  let pending = drawing.get(file);
  if (!pending) {
    // Registered before the first await, so a second caller for the same card waits for this one.
    pending = readFile(file)
      .catch(() => drawToCache(card, file, cacheDir))
      .finally(() => drawing.delete(file));
    drawing.set(file, pending);
  }
  return pending;
}

/**
 * Starts drawing every card missing from the cache, `inFlight` at a time, and returns at once.
 * Called when the card route lists its pages, before Astro renders any page: sharp rasterizes
 * and encodes on libuv's thread pool, so the cards are drawn on the second core while the main
 * thread renders HTML, instead of one by one when Astro reaches each card's URL. A page that
 * needs a card still being drawn waits for it ({@link cachedCard}); a failure surfaces there.
 */
export function drawMissingCards(
  cards: readonly ShareCard[],
  { cacheDir = SHARE_CARD_CACHE_DIR, inFlight = 2 } = {},
): void {
  const missing = cards.filter((card) => !existsSync(join(cacheDir, `${card.name}.png`)));
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < missing.length) {
      const card = missing[next++] as ShareCard;
      // Errors are reported by the page that awaits this card, not here.
      await cachedCard(card, cacheDir).catch(() => undefined);
    }
  };
  for (let i = 0; i < Math.min(inFlight, missing.length); i++) void worker();
}
