import { describe, expect, it } from 'vitest';
import { fieldName, readYaml } from '../../../src/lib/content/yaml';

describe('readYaml', () => {
  it('gives the file line of any value, counting from where the YAML starts', () => {
    const { lineOf, errors } = readYaml('title: "क"\ntopics:\n  - defence\n  - cricket\n', 'a.md', 2);
    expect(errors).toEqual([]);
    expect([lineOf(['title']), lineOf(['topics', 1]), lineOf(['missing'])]).toEqual([2, 5, 2]);
  });

  it('names the line of a syntax error', () => {
    const { errors } = readYaml('title: "क"\ntopics: [defence\n', 'a.md', 2);
    expect(errors.map(({ file, line }) => [file, line])).toEqual([['a.md', 4]]);
  });

  it('refuses anchors and aliases at once, however many there are', () => {
    const bomb = ['a: &a [1,2,3,4,5,6,7,8,9]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`)];
    const { errors } = readYaml(bomb.join('\n'), 'a.md', 2);
    expect(errors).toEqual([
      {
        file: 'a.md',
        line: 2,
        hi: 'YAML में & एंकर और * उपनाम की अनुमति नहीं है: हर मान सीधे लिखें',
        en: 'YAML anchors (&) and aliases (*) are not allowed: write every value out',
      },
    ]);
  });
});

describe('fieldName', () => {
  it('writes a path the way a publisher reads it', () => {
    expect(fieldName(['topics', 1])).toBe('topics[1]');
    expect(fieldName(['publisher', 'name'])).toBe('publisher.name');
    expect(fieldName(['corrections', 0, 'date'])).toBe('corrections[0].date');
  });
});
