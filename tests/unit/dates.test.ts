import { describe, expect, it } from 'vitest';
import {
  dayPeriod,
  formatHindiDate,
  formatHindiDateTime,
  formatHindiTime,
  machineDate,
  parseIsoWithOffset,
  timestamp,
  toIstParts,
} from '../../src/lib/dates';

describe('formatHindiDateTime', () => {
  it('formats 2021-04-09T19:41:00+05:30 as "9 अप्रैल 2021, शाम 7:41 IST"', () => {
    expect(formatHindiDateTime('2021-04-09T19:41:00+05:30')).toBe('9 अप्रैल 2021, शाम 7:41 IST');
  });

  it('shows a UTC instant at its IST wall-clock time', () => {
    expect(formatHindiDateTime('2021-04-09T14:11:00Z')).toBe('9 अप्रैल 2021, शाम 7:41 IST');
  });

  it('shows an instant with a negative offset at its IST wall-clock time', () => {
    expect(formatHindiDateTime('2021-04-09T08:11:00-05:00')).toBe('9 अप्रैल 2021, शाम 6:41 IST');
  });

  it('moves a late-evening UTC instant into the next IST day', () => {
    expect(formatHindiDateTime('2021-04-09T18:30:00Z')).toBe('10 अप्रैल 2021, रात 12:00 IST');
  });

  it('moves a UTC instant on the last day of a month into the first day of the next month', () => {
    expect(formatHindiDateTime('2021-02-28T19:00:00Z')).toBe('1 मार्च 2021, रात 12:30 IST');
  });

  it('moves a UTC instant on 31 December into 1 January of the next year', () => {
    expect(formatHindiDateTime('2021-12-31T20:15:00Z')).toBe('1 जनवरी 2022, रात 1:45 IST');
  });

  it('keeps a UTC instant just before IST midnight on the same IST day', () => {
    expect(formatHindiDateTime('2021-04-09T18:29:00Z')).toBe('9 अप्रैल 2021, रात 11:59 IST');
  });

  it('ignores seconds and fractions of a second', () => {
    expect(formatHindiDateTime('2021-04-09T19:41:59.999+05:30')).toBe('9 अप्रैल 2021, शाम 7:41 IST');
  });

  it('prints only the date when the precision is a day', () => {
    expect(formatHindiDateTime('2025-07-01T00:00:00+05:30', 'day')).toBe('1 जुलाई 2025');
  });

  it('prints the IST day, not the UTC day, when the precision is a day', () => {
    expect(formatHindiDateTime('2025-06-30T20:00:00Z', 'day')).toBe('1 जुलाई 2025');
  });

  it('spells every month with its Hindi name', () => {
    const months = Array.from({ length: 12 }, (_, i) =>
      formatHindiDate(`2021-${String(i + 1).padStart(2, '0')}-15T12:00:00+05:30`),
    );
    expect(months).toEqual([
      '15 जनवरी 2021',
      '15 \u092B\u093Cरवरी 2021',
      '15 मार्च 2021',
      '15 अप्रैल 2021',
      '15 मई 2021',
      '15 जून 2021',
      '15 जुलाई 2021',
      '15 अगस्त 2021',
      '15 सितंबर 2021',
      '15 अक्टूबर 2021',
      '15 नवंबर 2021',
      '15 दिसंबर 2021',
    ]);
  });
});

describe('formatHindiTime', () => {
  it.each([
    ['00:05', 'रात 12:05 IST'],
    ['03:59', 'रात 3:59 IST'],
    ['04:00', 'सुबह 4:00 IST'],
    ['11:59', 'सुबह 11:59 IST'],
    ['12:00', 'दोपहर 12:00 IST'],
    ['15:59', 'दोपहर 3:59 IST'],
    ['16:00', 'शाम 4:00 IST'],
    ['19:59', 'शाम 7:59 IST'],
    ['20:00', 'रात 8:00 IST'],
    ['23:59', 'रात 11:59 IST'],
  ])('prints %s IST as "%s"', (clock, expected) => {
    expect(formatHindiTime(`2021-04-09T${clock}:00+05:30`)).toBe(expected);
  });
});

describe('dayPeriod', () => {
  it('names the part of the day for every hour of the clock', () => {
    expect(Array.from({ length: 24 }, (_, hour) => dayPeriod(hour))).toEqual([
      ...Array<string>(4).fill('रात'),
      ...Array<string>(8).fill('सुबह'),
      ...Array<string>(4).fill('दोपहर'),
      ...Array<string>(4).fill('शाम'),
      ...Array<string>(4).fill('रात'),
    ]);
  });
});

describe('toIstParts', () => {
  it('returns the IST calendar fields of an instant', () => {
    expect(toIstParts(new Date('2021-12-31T20:15:00Z'))).toEqual({
      year: 2022,
      month: 1,
      day: 1,
      hour: 1,
      minute: 45,
    });
  });
});

describe('machineDate', () => {
  it('returns the instant exactly as written, offset included, at minute precision', () => {
    expect(machineDate('2021-04-09T19:41:00+05:30')).toBe('2021-04-09T19:41:00+05:30');
    expect(machineDate('2021-04-09T14:11:00Z', 'minute')).toBe('2021-04-09T14:11:00Z');
  });

  it('returns the zero-padded IST day at day precision', () => {
    expect(machineDate('2021-01-05T10:00:00+05:30', 'day')).toBe('2021-01-05');
  });

  it('returns the IST day of a UTC instant that is already the next day in India', () => {
    expect(machineDate('2021-12-31T20:15:00Z', 'day')).toBe('2022-01-01');
  });
});

describe('parseIsoWithOffset', () => {
  it('parses a date-time with an IST offset to the right instant', () => {
    expect(parseIsoWithOffset('2021-04-09T19:41:00+05:30').getTime()).toBe(Date.UTC(2021, 3, 9, 14, 11));
  });

  it('parses a UTC date-time with seconds and milliseconds', () => {
    expect(parseIsoWithOffset('2021-04-09T14:11:05.250Z').getTime()).toBe(
      Date.UTC(2021, 3, 9, 14, 11, 5, 250),
    );
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseIsoWithOffset('2024-02-29T10:00:00+05:30').getTime()).toBe(Date.UTC(2024, 1, 29, 4, 30));
  });

  it('rejects a date-time without an offset', () => {
    expect(() => parseIsoWithOffset('2021-04-09T19:41:00')).toThrowErrorMatchingInlineSnapshot(
      `[Error: "2021-04-09T19:41:00" is not an ISO 8601 date-time with an offset]`,
    );
  });

  it('rejects a date without a time', () => {
    expect(() => parseIsoWithOffset('2021-04-09')).toThrowErrorMatchingInlineSnapshot(
      `[Error: "2021-04-09" is not an ISO 8601 date-time with an offset]`,
    );
  });

  it('rejects a date written with a space instead of T', () => {
    expect(() => parseIsoWithOffset('2021-04-09 19:41:00+05:30')).toThrowErrorMatchingInlineSnapshot(
      `[Error: "2021-04-09 19:41:00+05:30" is not an ISO 8601 date-time with an offset]`,
    );
  });

  it('rejects month 13', () => {
    expect(() => parseIsoWithOffset('2021-13-01T10:00:00+05:30')).toThrowErrorMatchingInlineSnapshot(
      `[Error: "2021-13-01T10:00:00+05:30" is not a real date]`,
    );
  });

  // Date() rolls these over into the next month (30 February becomes 2 March) instead of failing.
  it.each(['2021-02-30T10:00:00+05:30', '2021-02-29T10:00:00+05:30', '2021-04-31T10:00:00+05:30'])(
    'rejects the impossible date %s',
    (iso) => {
      expect(() => parseIsoWithOffset(iso)).toThrow(new Error(`"${iso}" is not a real date`));
    },
  );
});

describe('timestamp', () => {
  it('gives the same number for one instant written with different offsets', () => {
    expect(timestamp('2021-04-09T19:41:00+05:30')).toBe(timestamp('2021-04-09T14:11:00Z'));
    expect(timestamp('2021-04-09T14:11:00Z')).toBe(1617977460000);
  });
});
