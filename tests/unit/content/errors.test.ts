import { describe, expect, it } from 'vitest';
import {
  bilingual,
  ContentErrors,
  formatContentError,
  formatContentReport,
  splitBilingual,
} from '../../../src/lib/content/errors';

describe('content errors', () => {
  it('round-trips a Hindi/English pair through one schema message', () => {
    expect(splitBilingual(bilingual('title ज़रूरी है', 'title is required'))).toEqual({
      hi: 'title ज़रूरी है',
      en: 'title is required',
    });
    expect(splitBilingual('only one language')).toEqual({ hi: 'only one language', en: 'only one language' });
  });

  it('formats one error as where, then Hindi, then English', () => {
    expect(
      formatContentError({ file: 'content/a.md', line: 9, field: 'topics[0]', hi: 'हिंदी संदेश', en: 'English message' }),
    ).toBe('content/a.md:9 (topics[0])\n  हिंदी: हिंदी संदेश\n  English: English message');
    expect(formatContentError({ file: 'content/notes.txt', hi: 'हटाएँ', en: 'remove it' })).toBe(
      'content/notes.txt\n  हिंदी: हटाएँ\n  English: remove it',
    );
  });

  it('reports errors sorted by file and line under a bilingual count', () => {
    const report = formatContentReport([
      { file: 'content/b.md', line: 3, hi: 'ख', en: 'b' },
      { file: 'content/a.md', line: 7, hi: 'क2', en: 'a2' },
      { file: 'content/a.md', line: 2, hi: 'क1', en: 'a1' },
    ]);
    expect(report).toBe(
      'सामग्री में 3 गलतियाँ मिलीं; साइट नहीं बनाई गई। इन सबको ठीक करके फिर बनाएँ।\n' +
        '3 content errors; nothing was built. Fix them all and build again.\n\n' +
        'content/a.md:2\n  हिंदी: क1\n  English: a1\n\n' +
        'content/a.md:7\n  हिंदी: क2\n  English: a2\n\n' +
        'content/b.md:3\n  हिंदी: ख\n  English: b',
    );
  });

  it('throws one error that carries every problem', () => {
    const error = new ContentErrors([{ file: 'content/a.md', hi: 'क', en: 'a' }]);
    expect(error.message).toBe(
      'सामग्री में 1 गलती मिली; साइट नहीं बनाई गई। इसे ठीक करके फिर बनाएँ।\n' +
        '1 content error; nothing was built. Fix it and build again.\n\n' +
        'content/a.md\n  हिंदी: क\n  English: a',
    );
    expect(error.contentErrors).toHaveLength(1);
  });
});
