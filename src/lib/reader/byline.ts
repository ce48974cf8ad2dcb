/** The compact byline's date text. */
import { formatHindiDate, formatHindiDateTime, formatHindiTime, type DatePrecision } from '../dates';

/**
 * The published and updated times as the byline prints them: an update on the day of
 * publication (in IST) shows only its time, since the date is already on the line.
 */
export function bylineDates(
  published: string,
  precision: DatePrecision,
  updated?: string,
): { published: string; updated: string | undefined } {
  const sameDay = updated !== undefined && formatHindiDate(updated) === formatHindiDate(published);
  return {
    published: formatHindiDateTime(published, precision),
    updated:
      updated === undefined ? undefined : sameDay ? formatHindiTime(updated) : formatHindiDateTime(updated),
  };
}
