/**
 * Cell values between Apps Script and the pure layers: a Date from getValues() is midnight of a
 * day in the spreadsheet's time zone, so it becomes that CalendarDate; a CalendarDate going back
 * becomes that midnight. Blank stays ''.
 */
import { type CalendarDate, calendarDateOf, isCalendarDate, midnightIn } from '../core/date';
import type { Cell } from '../sheet/workbook';

/** True for a Date from any realm (Sheets' values, or a test's vm context). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

export function fromSheetValue(value: unknown, timeZone: string): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isDate(value)) return calendarDateOf(value, timeZone);
  return String(value);
}

/**
 * calendarDateOf in one time zone, converting each distinct instant once: time-zone arithmetic is
 * the costly part of reading a large range, and a column holds few distinct days.
 */
export function calendarDateCache(timeZone: string): (date: Date) => CalendarDate {
  const days = new Map<number, CalendarDate>();
  return (date) => {
    const time = date.getTime();
    let day = days.get(time);
    if (!day) {
      day = calendarDateOf(date, timeZone);
      days.set(time, day);
    }
    return day;
  };
}

/** A whole getValues() grid; each distinct instant is converted once. */
export function fromSheetValues(values: readonly (readonly unknown[])[], timeZone: string): Cell[][] {
  const dayOf = calendarDateCache(timeZone);
  return values.map((row) => row.map((v) => (isDate(v) ? dayOf(v) : fromSheetValue(v, timeZone))));
}

/**
 * Sheets reads a written string the way it reads typing: "=…" becomes a formula, "+…"/"-…" are
 * parsed, "1.10", "01", "15/4" and "TRUE" become numbers, dates or booleans, and a leading "'" is
 * taken as its own marker. Text the add-in copies (a task name "- Tổ chức tập huấn", a Mã NV
 * «1.10») must stay text, so such strings get the leading apostrophe that tells Sheets "this is
 * text" (not shown, not part of the value).
 */
export function literalText(text: string): string {
  return /^[=+\-@'\d.,]/.test(text) || /^(true|false)$/i.test(text.trim()) ? `'${text}` : text;
}

export function toSheetValue(cell: Cell, timeZone: string): string | number | boolean | Date {
  if (isCalendarDate(cell)) return midnightIn(cell, timeZone);
  return typeof cell === 'string' ? literalText(cell) : cell;
}

export function toSheetValues(rows: readonly (readonly Cell[])[], timeZone: string): (string | number | boolean | Date)[][] {
  return rows.map((r) => r.map((c) => toSheetValue(c, timeZone)));
}
