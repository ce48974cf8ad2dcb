/**
 * Reading preferences (text size, theme, digits): parsing what the browser stored, and the
 * digit conversion. The blocking head script (`src/scripts/preferences-head.js`) mirrors the
 * storage key, attribute names and defaults; tests/unit/reader/preferences.test.ts keeps them in step.
 */

/** localStorage key holding the reader's preferences as JSON. */
export const PREFERENCES_KEY = 'hs-prefs';

/** Text size steps, as percentages of the browser's own root font size. */
export const TEXT_SIZES = [90, 100, 112.5, 125, 140] as const;

/** Index into TEXT_SIZES used when nothing is stored (100 %). */
export const DEFAULT_TEXT_SIZE = 1;

/** Colour themes: follow the system, or force one. */
export const THEMES = ['system', 'light', 'dark'] as const;

/** Digit systems for dates, counts and page numbers. */
export const DIGIT_SYSTEMS = ['latn', 'deva'] as const;

/** The reader's choices. */
export interface Preferences {
  size: number;
  theme: (typeof THEMES)[number];
  digits: (typeof DIGIT_SYSTEMS)[number];
}

/** What a first-time reader gets. */
export const DEFAULT_PREFERENCES: Preferences = { size: DEFAULT_TEXT_SIZE, theme: 'system', digits: 'latn' };

/** Reads stored JSON into valid preferences; anything unknown or broken falls back to the default. */
export function parsePreferences(stored: string | null): Preferences {
  let raw: unknown;
  try {
    raw = stored ? JSON.parse(stored) : {};
  } catch {
    raw = {};
  }
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const size = value['size'];
  return {
    size:
      typeof size === 'number' && Number.isInteger(size) && size >= 0 && size < TEXT_SIZES.length
        ? size
        : DEFAULT_TEXT_SIZE,
    theme: THEMES.find((theme) => theme === value['theme']) ?? 'system',
    digits: DIGIT_SYSTEMS.find((digits) => digits === value['digits']) ?? 'latn',
  };
}

/** The attributes set on `<html>` for CSS to read: `data-size`, `data-theme`, `data-digits`. */
export function preferenceAttributes(prefs: Preferences): Record<string, string> {
  return { 'data-size': String(prefs.size), 'data-theme': prefs.theme, 'data-digits': prefs.digits };
}

const DEVANAGARI_ZERO = 0x0966;

/** Writes Western digits 0-9 as Devanagari ०-९; everything else is kept. */
export function toDevanagariDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(DEVANAGARI_ZERO + Number(digit)));
}

/** Writes Devanagari digits ०-९ as Western 0-9; everything else is kept. */
export function toWesternDigits(text: string): string {
  return text.replace(/[०-९]/g, (digit) => String(digit.charCodeAt(0) - DEVANAGARI_ZERO));
}
