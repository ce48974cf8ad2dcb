import { describe, expect, it } from 'vitest';
import { stripBidiControls } from '../../src/lib/bidi';

describe('stripBidiControls', () => {
  it('removes every embedding, override and isolate control', () => {
    const controls = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(stripBidiControls(`राज${controls}नाथ`)).toBe('राजनाथ');
    expect(stripBidiControls('\u202Eexe.txt')).toBe('exe.txt');
  });

  it('keeps Devanagari, its joiners and the marks around the controls', () => {
    const text = 'क्‍ष \u200C क्ष, LRM\u200E RLM\u200F';
    expect(stripBidiControls(text)).toBe(text);
  });
});
