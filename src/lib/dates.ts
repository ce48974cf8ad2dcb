/**
 * Dates for Hindi readers: every time is shown in IST (UTC+05:30), with Hindi month names,
 * a Hindi part of the day and Western digits, as Hindi newsrooms print them:
 * "9 अप्रैल 2021, शाम 7:41 IST".
 */

const IST_OFFSET_MINUTES = 330;

/** Hindi month names, January first. */
export const HINDI_MONTHS = [
  'जनवरी',
  'फ़रवरी',
  'मार्च',
  'अप्रैल',
  'मई',
  'जून',
  'जुलाई',
  'अगस्त',
  'सितंबर',
  'अक्टूबर',
  'नवंबर',
  'दिसंबर',
] as const;

/** How precisely a publisher knows a time: to the minute, or only the day. */
export type DatePrecision = 'minute' | 'day';

/** Calendar fields of an instant as a clock in India shows it. */
export interface IstParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Parses an ISO 8601 string that carries an offset; throws on anything else. */
export function parseIsoWithOffset(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(iso)) {
    throw new Error(`"${iso}" is not an ISO 8601 date-time with an offset`);
  }
  const date = new Date(iso);
  // `new Date` rolls 30 February over into March; the calendar date as written must exist.
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  if (
    Number.isNaN(date.getTime()) ||
    calendar.getUTCFullYear() !== year ||
    calendar.getUTCMonth() !== month - 1 ||
    calendar.getUTCDate() !== day
  ) {
    throw new Error(`"${iso}" is not a real date`);
  }
  return date;
}

/** The IST wall-clock fields of an instant. */
export function toIstParts(date: Date): IstParts {
  const shifted = new Date(date.getTime() + IST_OFFSET_MINUTES * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** The Hindi part of the day for a 24-hour clock hour: सुबह, दोपहर, शाम or रात. */
export function dayPeriod(hour: number): string {
  if (hour >= 4 && hour < 12) return 'सुबह';
  if (hour >= 12 && hour < 16) return 'दोपहर';
  if (hour >= 16 && hour < 20) return 'शाम';
  return 'रात';
}

/** "9 अप्रैल 2021" in IST. */
export function formatHindiDate(iso: string): string {
  const { year, month, day } = toIstParts(parseIsoWithOffset(iso));
  return `${day} ${HINDI_MONTHS[month - 1]} ${year}`;
}

/** "शाम 7:41 IST": a 12-hour clock with the Hindi part of the day. */
export function formatHindiTime(iso: string): string {
  const { hour, minute } = toIstParts(parseIsoWithOffset(iso));
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${dayPeriod(hour)} ${hour12}:${String(minute).padStart(2, '0')} IST`;
}

/** "9 अप्रैल 2021, शाम 7:41 IST", or just the date when only the day is known. */
export function formatHindiDateTime(iso: string, precision: DatePrecision = 'minute'): string {
  return precision === 'day' ? formatHindiDate(iso) : `${formatHindiDate(iso)}, ${formatHindiTime(iso)}`;
}

/** The value for `<time datetime>` and JSON-LD: the instant with its offset, or the day alone. */
export function machineDate(iso: string, precision: DatePrecision = 'minute'): string {
  if (precision === 'minute') return iso;
  const { year, month, day } = toIstParts(parseIsoWithOffset(iso));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Milliseconds since the epoch, for sorting. */
export function timestamp(iso: string): number {
  return parseIsoWithOffset(iso).getTime();
}
