import { describe, expect, it } from 'vitest';
import { groupIndian } from '../../src/lib/number-format';

describe('groupIndian', () => {
  it('leaves numbers under a thousand alone', () => {
    expect(groupIndian(0)).toBe('0');
    expect(groupIndian(7)).toBe('7');
    expect(groupIndian(999)).toBe('999');
  });

  it('groups thousands, lakhs and crores the Indian way', () => {
    expect(groupIndian(1000)).toBe('1,000');
    expect(groupIndian(12345)).toBe('12,345');
    expect(groupIndian(123456)).toBe('1,23,456');
    expect(groupIndian(1234567)).toBe('12,34,567');
    expect(groupIndian(123456789)).toBe('12,34,56,789');
  });

  it('keeps a sign and a fraction', () => {
    expect(groupIndian(-1234567)).toBe('-12,34,567');
    expect(groupIndian(1234.5)).toBe('1,234.5');
  });

  it('prints every whole number up to ten crore as Intl en-IN does', () => {
    const intl = new Intl.NumberFormat('en-IN');
    const mismatches: string[] = [];
    for (let value = 0; value < 100_000_000; value = value * 3 + 1) {
      for (const n of [value, value + 999, value * 10]) {
        if (groupIndian(n) !== intl.format(n)) mismatches.push(`${n}: ${groupIndian(n)} ≠ ${intl.format(n)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
