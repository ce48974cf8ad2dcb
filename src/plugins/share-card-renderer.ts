/**
 * Draws share cards (1200×630 PNG) at build time. HarfBuzz (harfbuzzjs, the real shaping
 * engine browsers use) shapes the Devanagari and gives each glyph's outline, so conjuncts,
 * reph, matras and nukta come out as Chromium draws them; each glyph's outline is rasterized
 * once by sharp and stamped where HarfBuzz places it (share-card-canvas.ts). SVG `<text>` is
 * avoided on purpose: resvg-js 2.6 misplaces Devanagari clusters, and librsvg depends on the
 * machine's fonts. The font (Noto Sans
 * Devanagari, from an npm package) is read here only: readers never download it.
 * Cards are cached on disk by name (which carries a hash of their content), so a rebuild
 * draws only new or changed cards.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
// With extensions: the browser suite imports this module under plain Node.
import { CARD_HEIGHT, CARD_WIDTH, type CardText, type ShareCard } from '../lib/share-card/design.ts';
import { breakHeadline, type Measure } from '../lib/share-card/layout.ts';
import { CoverageCanvas, type Outline, type PlacedGlyph } from './share-card-canvas.ts';

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-devanagari';
const FONT_FILES = {
  regular: '400Regular/NotoSansDevanagari_400Regular.ttf',
  bold: '700Bold/NotoSansDevanagari_700Bold.ttf',
} as const;

/** Where cards are kept between builds (CI caches this folder); SHARE_CARD_CACHE_DIR overrides it (benchmarks). */
export const SHARE_CARD_CACHE_DIR =
  process.env['SHARE_CARD_CACHE_DIR'] ?? join(process.cwd(), 'node_modules', '.cache', 'share-cards');

const COLORS: Record<'paper' | 'ink' | 'muted' | 'brand' | 'rule', `#${string}`> = {
  paper: '#fffdf9',
  ink: '#1c1b1a',
  muted: '#56524d',
  brand: '#b3261e',
  rule: '#e3ded6',
};
const MARGIN = 72;
const HEADLINE = { size: 64, lineHeight: 100, firstBaseline: 238, maxLines: 3 };

type Weight = keyof typeof FONT_FILES;

interface Face {
  font: hb.Font;
  upem: number;
  /** Glyph outlines by glyph id: a card reuses the same few dozen glyphs many times. */
  outlines: Map<number, Outline>;
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

/** One shaped line: its advance width and its glyphs placed from (x, baseline). */
interface ShapedRun {
  width: number;
  /** Pixels per font unit at the run's size. */
  scale: number;
  glyphs: (x: number, baseline: number) => PlacedGlyph[];
}

/** Shapes `text` with HarfBuzz at `size` px. */
export function shapeRun(text: string, weight: Weight, size: number): ShapedRun {
  const { font, upem, outlines } = face(weight);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const scale = size / upem;
  const shaped = buffer.getGlyphInfosAndPositions();
  const width = shaped.reduce((sum, glyph) => sum + (glyph.xAdvance ?? 0), 0) * scale;
  return {
    width,
    scale,
    glyphs: (x, baseline) => {
      let pen = x;
      return shaped.map((glyph) => {
        let outline = outlines.get(glyph.codepoint);
        if (!outline) {
          outline = { commands: font.glyphToJson(glyph.codepoint) };
          outlines.set(glyph.codepoint, outline);
        }
        const placed = {
          id: glyph.codepoint,
          outline,
          x: pen + (glyph.xOffset ?? 0) * scale,
          y: baseline - (glyph.yOffset ?? 0) * scale,
        };
        pen += (glyph.xAdvance ?? 0) * scale;
        return placed;
      });
    },
  };
}

/** Draws `text` shaped at `size` px in `weight` from (x, baseline), in ink number `ink`. */
function drawText(
  canvas: CoverageCanvas,
  text: string,
  {
    weight,
    size,
    x,
    baseline,
    ink,
  }: { weight: Weight; size: number; x: number; baseline: number; ink: number },
): Promise<void> {
  const run = shapeRun(text, weight, size);
  return canvas.drawGlyphs(run.glyphs(x, baseline), weight, run.scale, ink);
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

/** Inks of a card, by number: the canvas blends each into the paper for anti-aliasing. */
const INK = { brand: 0, ink: 1, muted: 2, rule: 3 } as const;
const CARD_INKS = [COLORS.brand, COLORS.ink, COLORS.muted, COLORS.rule] as const;

/** What every card with this site name shares (paper, brand bar, site name, rule), drawn once. */
const templates = new Map<string, Promise<CoverageCanvas>>();

function cardTemplate(siteName: string): Promise<CoverageCanvas> {
  let template = templates.get(siteName);
  if (!template) {
    const canvas = new CoverageCanvas(CARD_WIDTH, CARD_HEIGHT, COLORS.paper, CARD_INKS);
    canvas.fillRect(0, 0, CARD_WIDTH, 16, INK.brand);
    canvas.fillRect(MARGIN, 508, CARD_WIDTH - 2 * MARGIN, 2, INK.rule);
    template = drawText(canvas, siteName, {
      weight: 'bold',
      size: 40,
      x: MARGIN,
      baseline: 124,
      ink: INK.brand,
    }).then(() => canvas);
    templates.set(siteName, template);
  }
  return template;
}

/** Draws `text` alone in black on white at (x, baseline), as the shaping check compares it with Chromium. */
export async function renderTextPng(
  text: string,
  box: { width: number; height: number; x: number; baseline: number; size: number },
): Promise<Buffer> {
  const canvas = new CoverageCanvas(box.width, box.height, '#ffffff', ['#000000']);
  await drawText(canvas, text, { weight: 'bold', size: box.size, x: box.x, baseline: box.baseline, ink: 0 });
  return canvas.toPng();
}

/** The path of the bold card font, for a reference rendering with the very same font. */
export function cardFontPath(): string {
  return fontFile('bold');
}

/** Draws one card as a palette PNG: the headline in at most three lines, the site name and the date. */
export async function renderCard(text: CardText): Promise<Buffer> {
  const { lines } = breakHeadline(text.headline, harfbuzzMeasure('bold', HEADLINE.size), {
    maxWidth: CARD_WIDTH - 2 * MARGIN,
    maxLines: HEADLINE.maxLines,
  });
  const canvas = (await cardTemplate(text.siteName)).clone();
  await Promise.all([
    ...lines.map((line, i) =>
      drawText(canvas, line, {
        weight: 'bold',
        size: HEADLINE.size,
        x: MARGIN,
        baseline: HEADLINE.firstBaseline + i * HEADLINE.lineHeight,
        ink: INK.ink,
      }),
    ),
    text.dateLabel
      ? drawText(canvas, text.dateLabel, {
          weight: 'regular',
          size: 32,
          x: MARGIN,
          baseline: 566,
          ink: INK.muted,
        })
      : undefined,
  ]);
  return canvas.toPng();
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
 * Called when the card route lists its pages, before Astro renders any page: new glyphs are
 * rasterized and every card compressed on libuv's thread pool, so that part runs on the second
 * core while the main thread renders HTML, instead of one card at a time when Astro reaches each
 * card's URL. A page that
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

/** A cached card no build has used for this long is deleted: headlines get corrected, articles retracted. */
export const CARD_CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Keeps the card cache from growing forever. Marks the cards of this build as used (their file
 * times set to `now`) and deletes the cache's other files, once unused for `maxAgeMs`: cards
 * of old headlines and designs, and temporary files a killed build left. The age, not this
 * build's list, decides, because builds of other bases and fixtures share the cache. Returns
 * the names of the files deleted.
 */
export async function pruneCardCache(
  cards: readonly ShareCard[],
  { cacheDir = SHARE_CARD_CACHE_DIR, now = new Date(), maxAgeMs = CARD_CACHE_MAX_AGE_MS } = {},
): Promise<string[]> {
  const used = new Set(cards.map((card) => `${card.name}.png`));
  const files = await readdir(cacheDir).catch(() => [] as string[]);
  const deleted: string[] = [];
  await Promise.all(
    files.map(async (file) => {
      const path = join(cacheDir, file);
      if (used.has(file)) {
        await utimes(path, now, now);
      } else if (now.getTime() - (await stat(path)).mtimeMs > maxAgeMs) {
        await unlink(path);
        deleted.push(file);
      }
    }),
  );
  return deleted.sort();
}
