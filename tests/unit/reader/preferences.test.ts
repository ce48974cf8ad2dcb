import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  TEXT_SIZES,
  parsePreferences,
  preferenceAttributes,
  toDevanagariDigits,
  toWesternDigits,
} from '../../../src/lib/reader/preferences';

describe('parsePreferences', () => {
  it('gives a first-time reader the defaults', () => {
    expect(parsePreferences(null)).toEqual({ size: 1, theme: 'system', digits: 'latn' });
    expect(DEFAULT_PREFERENCES).toEqual({ size: 1, theme: 'system', digits: 'latn' });
  });

  it('keeps every valid stored choice', () => {
    expect(parsePreferences('{"size":4,"theme":"dark","digits":"deva"}')).toEqual({
      size: 4,
      theme: 'dark',
      digits: 'deva',
    });
  });

  it('replaces each invalid choice by its default and keeps the valid ones', () => {
    expect(parsePreferences('{"size":5,"theme":"sepia","digits":"deva"}')).toEqual({
      size: 1,
      theme: 'system',
      digits: 'deva',
    });
    expect(parsePreferences('{"size":1.5}')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('{"size":-1}')).toEqual(DEFAULT_PREFERENCES);
  });

  it('reads broken or non-object JSON as the defaults', () => {
    expect(parsePreferences('{size')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('null')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('[1,2]')).toEqual(DEFAULT_PREFERENCES);
  });

  it('offers at least four text sizes, the default being 100 %', () => {
    expect(TEXT_SIZES.length).toBeGreaterThanOrEqual(4);
    expect(TEXT_SIZES[DEFAULT_PREFERENCES.size]).toBe(100);
  });
});

describe('preferenceAttributes', () => {
  it('names the attributes the stylesheet reads on <html>', () => {
    expect(preferenceAttributes({ size: 3, theme: 'light', digits: 'deva' })).toEqual({
      'data-size': '3',
      'data-theme': 'light',
      'data-digits': 'deva',
    });
  });
});

describe('digits', () => {
  it('writes dates and counts in Devanagari digits, leaving the words alone', () => {
    expect(toDevanagariDigits('1 जुलाई 2025, 09:45 IST')).toBe('१ जुलाई २०२५, ०९:४५ IST');
    expect(toDevanagariDigits('पन्ना 12 / 340')).toBe('पन्ना १२ / ३४०');
  });

  it('turns Devanagari digits back into Western ones', () => {
    expect(toWesternDigits('१ जुलाई २०२५, ०९:४५')).toBe('1 जुलाई 2025, 09:45');
    expect(toWesternDigits(toDevanagariDigits('0123456789'))).toBe('0123456789');
  });
});

describe('the blocking head script', () => {
  const script = readFileSync(new URL('../../../src/scripts/preferences-head.js', import.meta.url), 'utf8');

  it('reads the same storage key and sets the same attributes as the settings menu', () => {
    expect(script).toContain(`localStorage.getItem('${PREFERENCES_KEY}')`);
    for (const name of Object.keys(preferenceAttributes(DEFAULT_PREFERENCES))) {
      expect(script).toContain(`root.setAttribute('${name}'`);
    }
    expect(script).toContain(`size < ${TEXT_SIZES.length}`);
    expect(script).toContain(`: '${DEFAULT_PREFERENCES.size}'`);
  });

  it('stays tiny: under 1 KB after stripping comments', () => {
    const code = script.replace(/^\s*\/\/.*$/gm, '').replace(/\s+/g, ' ');
    expect(code.length).toBeLessThan(1700);
  });
});
