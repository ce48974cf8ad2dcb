import { describe, expect, it } from 'vitest';
import { bylineDates } from '../../../src/lib/reader/byline';

describe('bylineDates', () => {
  it('prints an update made the same IST day as its time alone', () => {
    expect(bylineDates('2021-04-09T19:41:00+05:30', 'minute', '2021-04-09T19:46:00+05:30')).toEqual({
      published: '9 अप्रैल 2021, शाम 7:41 IST',
      updated: 'शाम 7:46 IST',
    });
  });

  it('prints an update on a later IST day with its date, even when UTC says the same day', () => {
    expect(bylineDates('2021-04-09T19:41:00+05:30', 'minute', '2021-04-09T19:00:00Z')).toEqual({
      published: '9 अप्रैल 2021, शाम 7:41 IST',
      updated: '10 अप्रैल 2021, रात 12:30 IST',
    });
  });

  it('prints a day-precision date alone and no update when there is none', () => {
    expect(bylineDates('2025-07-01T00:00:00+05:30', 'day')).toEqual({
      published: '1 जुलाई 2025',
      updated: undefined,
    });
  });
});
