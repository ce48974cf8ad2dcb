import { describe, expect, it } from 'vitest';
import { isPublished, lastUpdate } from '../../src/lib/publishing';

describe('isPublished', () => {
  const now = new Date('2024-06-04T12:00:00Z');

  it('holds back drafts and articles whose time has not come, in production only', () => {
    const out = { draft: false, published: '2024-06-04T17:30:00+05:30' };
    const draft = { draft: true, published: '2024-06-01T10:00:00+05:30' };
    const scheduled = { draft: false, published: '2024-06-04T17:31:00+05:30' };
    expect([out, draft, scheduled].map((a) => isPublished(a, now, false))).toEqual([true, false, false]);
    expect([out, draft, scheduled].map((a) => isPublished(a, now, true))).toEqual([true, true, true]);
  });
});

describe('lastUpdate', () => {
  it('is the later of updated and the latest correction, compared as instants', () => {
    expect(lastUpdate({ corrections: [] })).toBeUndefined();
    expect(lastUpdate({ updated: '2024-06-04T19:00:00+05:30', corrections: [] })).toBe(
      '2024-06-04T19:00:00+05:30',
    );
    expect(
      lastUpdate({
        updated: '2024-06-04T19:00:00+05:30',
        corrections: [
          { date: '2024-06-05T10:30:00+05:30' },
          { date: '2024-06-05T05:30:00Z' },
          { date: '2024-06-04T18:00:00+05:30' },
        ],
      }),
    ).toBe('2024-06-05T05:30:00Z');
  });
});
