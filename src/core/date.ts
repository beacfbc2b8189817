/**
 * Calendar days. Plans talk about days ("trước ngày 05/12"), never instants, so the core
 * works with plain year/month/day values that no machine time zone can shift. The shells
 * convert a sheet's Date to a CalendarDate in the spreadsheet's time zone (see `calendarDateOf`).
 */
import { foldDiacritics } from './text';

export interface CalendarDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

export const PLAN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const MS_PER_DAY = 86_400_000;

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return { year, month, day };
}

export function isValidCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastDayOfMonth(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

/** Days since 1970-01-01; the difference of two is a number of calendar days. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY);
}

export function fromDayNumber(days: number): CalendarDate {
  const d = new Date(days * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(a) - dayNumber(b);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: CalendarDate): number {
  const sundayZero = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/** "2026-04-05" */
export function isoString(date: CalendarDate): string {
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** "05/04/2026", the way Vietnamese staff write dates. */
export function formatDdMmYyyy(date: CalendarDate): string {
  return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCalendarDate(y, mo, d) ? { year: y, month: mo, day: d } : undefined;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The calendar day an instant falls on in `timeZone`. Sheets hands a date cell to Apps Script
 * as the instant of midnight in the spreadsheet's zone; this recovers the day the user typed,
 * whatever zone the machine running the code is in.
 */
export function calendarDateOf(instant: Date, timeZone: string = PLAN_TIME_ZONE): CalendarDate {
  const parts = zoneParts(instant, timeZone);
  return { year: parts.year, month: parts.month, day: parts.day };
}

/** The instant of midnight starting `date` in `timeZone` (what Sheets shows as that day). */
export function midnightIn(date: CalendarDate, timeZone: string = PLAN_TIME_ZONE): Date {
  const utcMidnight = Date.UTC(date.year, date.month - 1, date.day);
  // The zone's offset at that moment; two passes settle DST edges (Vietnam has none).
  let guess = utcMidnight - zoneOffsetMs(new Date(utcMidnight), timeZone);
  guess = utcMidnight - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** Sheets / Excel serial day number (1899-12-30 epoch) → calendar day. */
export function fromSerialDay(serial: number): CalendarDate {
  return fromDayNumber(Math.floor(serial) - 25_569);
}

export function toSerialDay(date: CalendarDate): number {
  return dayNumber(date) + 25_569;
}

/** An instant's wall clock in a zone: its day and time of day. */
export interface ZoneParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock `instant` shows in `timeZone` (Vietnam by default). */
export function zoneParts(instant: Date, timeZone: string = PLAN_TIME_ZONE): ZoneParts {
  let fmt = formatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, fmt);
  }
  const out: Record<string, number> = {};
  for (const p of fmt.formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour! % 24,
    minute: out.minute!,
    second: out.second!,
  };
}

/** "07:05", or "07:05:09" with seconds. */
export function timeOfDayText(p: ZoneParts, seconds = false): string {
  return `${pad2(p.hour)}:${pad2(p.minute)}${seconds ? `:${pad2(p.second)}` : ''}`;
}

function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = zoneParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** A CalendarDate-shaped value (what the shells put in the plan for a date cell). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.year === 'number' &&
    typeof v.month === 'number' &&
    typeof v.day === 'number' &&
    isValidCalendarDate(v.year, v.month, v.day)
  );
}

/** A day as typed, its year possibly left out ("05/12"); not yet checked to exist. */
export interface DayParts {
  readonly day: number;
  readonly month: number;
  /** Four digits; a two-digit year is read in the 2000s ("15/4/26" → 2026). Undefined when not written. */
  readonly year: number | undefined;
}

/** d/m, d/m/yy, d/m/yyyy (spaces around the slashes allowed). */
const DAY_SLASH = /^(\d{1,2}) ?\/ ?(\d{1,2})(?: ?\/ ?(\d{4}|\d{2}))?$/;
/** d-m-yyyy, d.m.yy: with a dash or a dot the year is required ("4-5" is two months, not a day). */
const DAY_DASH = /^(\d{1,2}) ?([.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})$/;
/** yyyy-mm-dd, yyyy/m/d. */
const DAY_ISO = /^(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})$/;
/** "15 tháng 4 năm 2026", "15 tháng 4" (NĐ 30 style), folded. */
const DAY_WORDS = /^(\d{1,2}) thang (\d{1,2})(?:,? nam (\d{4}))?$/;

/**
 * The one reader of a day typed as text, shared by timings (schedule.ts) and completion dates:
 * «15/4/2026», «15/04/26», «15-04-2026», «15.4.2026», «2026-04-15», «15 tháng 4 năm 2026», an
 * optional leading «ngày» and a trailing period. Undefined when the text is not in one of these
 * forms; the parts are returned as written, so a caller can tell «31/02/2026» (a day that does
 * not exist) from text that is not a day at all.
 */
export function dayPartsOf(text: string): DayParts | undefined {
  const t = foldDiacritics(text).replace(/\.$/, '').replace(/^ngay /, '').trim();
  const iso = DAY_ISO.exec(t);
  if (iso) return parts(iso[4]!, iso[3]!, iso[1]!);
  const slash = DAY_SLASH.exec(t);
  if (slash) return parts(slash[1]!, slash[2]!, slash[3]);
  const dash = DAY_DASH.exec(t);
  if (dash) return parts(dash[1]!, dash[3]!, dash[4]);
  const words = DAY_WORDS.exec(t);
  if (words) return parts(words[1]!, words[2]!, words[3]);
  return undefined;
}

function parts(day: string, month: string, year: string | undefined): DayParts {
  const y = year === undefined ? undefined : year.length === 2 ? 2000 + Number(year) : Number(year);
  return { day: Number(day), month: Number(month), year: y };
}

/** A whole day typed as text (any form `dayPartsOf` reads, the year written); undefined for anything else. */
export function parseDateText(text: string): CalendarDate | undefined {
  const p = dayPartsOf(text);
  if (p === undefined || p.year === undefined) return undefined;
  return isValidCalendarDate(p.year, p.month, p.day) ? { year: p.year, month: p.month, day: p.day } : undefined;
}
