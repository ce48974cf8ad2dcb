import { describe, expect, it } from 'vitest';
import { creditDisplayName, findCredit, type Credit } from '../../src/lib/credits';

const AUTHORS: Credit[] = [
  { id: 'krishna-bihari-singh', name: 'कृष्ण बिहारी सिंह', latin: 'Krishna Bihari Singh' },
  { id: 'amit', name: 'अमित दिलीप' },
];

describe('creditDisplayName', () => {
  it("prints the entry's Hindi name for an article that gives its key", () => {
    expect(creditDisplayName(AUTHORS, 'krishna-bihari-singh')).toBe('कृष्ण बिहारी सिंह');
    expect(creditDisplayName(AUTHORS, 'amit')).toBe('अमित दिलीप');
  });

  it('keeps a name as the article writes it, in either script', () => {
    expect(creditDisplayName(AUTHORS, 'Krishna Bihari Singh')).toBe('Krishna Bihari Singh');
    expect(creditDisplayName(AUTHORS, 'अमित दिलीप')).toBe('अमित दिलीप');
  });

  it('keeps any credit when there is no data file', () => {
    expect(creditDisplayName([], 'krishna-bihari-singh')).toBe('krishna-bihari-singh');
  });
});

describe('findCredit', () => {
  it('finds an entry by key, Hindi name or Latin name', () => {
    expect(
      ['krishna-bihari-singh', 'कृष्ण बिहारी सिंह', 'Krishna Bihari Singh'].map(
        (v) => findCredit(AUTHORS, v)?.id,
      ),
    ).toEqual(['krishna-bihari-singh', 'krishna-bihari-singh', 'krishna-bihari-singh']);
  });
});
