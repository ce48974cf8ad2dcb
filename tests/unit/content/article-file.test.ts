import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFiles } from '../../../src/lib/content/article-file';
import { tempDir } from '../../support/temp-dir';

const article = (extra = '') => `---\ntitle: "शीर्षक"\n${extra}---\n\nपाठ।\n`;

describe('articleFiles', () => {
  it('finds a file by its name in today’s folder when the stored path is in a folder that moved', () => {
    const root = tempDir('article-file-');
    mkdirSync(join(root, 'old'));
    writeFileSync(join(root, 'old', 'a.md'), article());
    renameSync(join(root, 'old'), join(root, 'new'));
    const fileOf = articleFiles(join(root, 'new'));
    expect(fileOf('a', '../../old/a.md')).toBe(join(root, 'new', 'a.md'));
  });

  it('finds a renamed file by its slug field', () => {
    const folder = tempDir('article-file-');
    writeFileSync(join(folder, 'renamed.md'), article('slug: "kept-slug"\n'));
    writeFileSync(join(folder, 'other.md'), article());
    expect(articleFiles(folder)('kept-slug', 'content/first-name.md')).toBe(join(folder, 'renamed.md'));
  });

  it('says in Hindi and English which article has no file', () => {
    const folder = tempDir('article-file-');
    writeFileSync(join(folder, 'other.md'), article());
    expect(() => articleFiles(folder)('gone', 'content/gone.md')).toThrow(
      `लेख "gone" की फ़ाइल ${folder} में नहीं मिली / the file of article "gone" is not in ${folder}`,
    );
  });
});
