import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../src/lib/cache-key';

describe('cacheKey', () => {
  it('is equal for equal parts and differs when anything shown changes', () => {
    const a = cacheKey('digest', { title: 'क' }, [{ slug: 'x' }]);
    expect(cacheKey('digest', { title: 'क' }, [{ slug: 'x' }])).toBe(a);
    expect(cacheKey('digest', { title: 'ख' }, [{ slug: 'x' }])).not.toBe(a);
    expect(cacheKey('digest', { title: 'क' }, [{ slug: 'y' }])).not.toBe(a);
    expect(a).toMatch(/^[\w-]{22}$/u);
  });
});
