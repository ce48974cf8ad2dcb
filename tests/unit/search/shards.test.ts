import { describe, expect, it } from 'vitest';
import { hasArchivePart, searchPart } from '../../../src/lib/search/shards';

describe('the two parts of the search index', () => {
  it('puts articles of the newest article’s IST day in the recent part, older ones in the archive', () => {
    const newest = '2026-11-28T22:00:00+05:30';
    expect(searchPart('2026-11-28T00:05:00+05:30', newest)).toBe('recent');
    expect(searchPart(newest, newest)).toBe('recent');
    expect(searchPart('2026-11-27T23:55:00+05:30', newest)).toBe('archive');
    expect(searchPart('2025-11-28T10:00:00+05:30', newest)).toBe('archive');
  });

  it('reads days in IST, whatever offset the date was written with', () => {
    // 18:40 UTC on 4 November is 00:10 on 5 November in India.
    expect(searchPart('2026-11-04T18:40:00Z', '2026-11-05T09:00:00+05:30')).toBe('recent');
    expect(searchPart('2026-11-04T18:20:00Z', '2026-11-05T09:00:00+05:30')).toBe('archive');
  });

  it('has an archive part only when some article is older than the newest day', () => {
    expect(hasArchivePart([])).toBe(false);
    expect(hasArchivePart(['2026-11-20T06:00:00+05:30', '2026-11-20T21:00:00+05:30'])).toBe(false);
    expect(hasArchivePart(['2021-04-09T19:41:00+05:30', '2025-07-01T00:00:00+05:30'])).toBe(true);
  });
});
