/** Dates inside the report's text and tables, written the way the decree writes them in words. */
import type { CalendarDate } from '../date';

/**
 * "30/9/2026", "05/6/2026", "15/02/2026": the NĐ 30 rule for the header date (a leading 0 for days
 * below 10 and for months 1 and 2) applied to the short form, as school plans write "04/02/2026".
 */
export function formatShortDate(date: CalendarDate): string {
  const day = date.day < 10 ? `0${date.day}` : String(date.day);
  const month = date.month <= 2 ? `0${date.month}` : String(date.month);
  return `${day}/${month}/${date.year}`;
}
