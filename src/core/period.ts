/**
 * Calendar periods of a plan year: months, quarters, the first half, the whole year; the Roman numerals
 * plans use for them; and the NĐ 30 way of writing a date (a document's header, a report's text).
 * Pure calendar-day arithmetic: nothing here depends on the machine's time zone.
 */
import { calendarDate, lastDayOfMonth, type CalendarDate } from './date';
import { fail, ok, type Result } from './result';
import { cleanText, foldText, quote } from './text';

export type Quarter = 1 | 2 | 3 | 4;

export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

export function isQuarter(n: number): n is Quarter {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/** Quý I = months 1–3, II = 4–6, III = 7–9, IV = 10–12. */
export function quarterOf(date: CalendarDate): Quarter {
  return Math.ceil(date.month / 3) as Quarter;
}

export function quarterStart(year: number, q: Quarter): CalendarDate {
  return calendarDate(year, q * 3 - 2, 1);
}

export function quarterEnd(year: number, q: Quarter): CalendarDate {
  return lastDayOfMonth(year, q * 3);
}

// ---------------------------------------------------------------------------------------------
// Roman numerals

const ROMAN_DIGITS: readonly (readonly [number, string])[] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/**
 * 1..3999 → 'I', 'IV', 'XII'. Outside that range (or not an integer) there is no Roman
 * numeral; the number is returned in Arabic digits so a heading still reads sensibly.
 */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) return String(n);
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN_DIGITS) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/**
 * 'IV' / 'iv' / ' I V ' → 4. Only the canonical spelling is accepted ('IIII', 'VX' are not numerals);
 * a single trailing period, as in a group row's STT "II.", is allowed.
 */
export function fromRoman(text: string): number | undefined {
  const letters = text.replace(/\s+/g, '').replace(/\.$/, '').toUpperCase();
  if (!/^[IVXLCDM]+$/.test(letters)) return undefined;
  let total = 0;
  for (let i = 0; i < letters.length; i++) {
    const value = ROMAN_VALUES[letters[i]!]!;
    const next = i + 1 < letters.length ? ROMAN_VALUES[letters[i + 1]!]! : 0;
    total += value < next ? -value : value;
  }
  return toRoman(total) === letters ? total : undefined;
}

// ---------------------------------------------------------------------------------------------
// NĐ 30 dates

/** Day below 10 and months 1–2 take a leading 0 (NĐ 30/2020, Phụ lục I). */
function nd30DayMonth(date: CalendarDate): { day: string; month: string } {
  return { day: date.day < 10 ? `0${date.day}` : String(date.day), month: date.month <= 2 ? `0${date.month}` : String(date.month) };
}

/** 'ngày 05 tháng 4 năm 2026': the date of a document's header. */
export function formatNd30Date(date: CalendarDate): string {
  const { day, month } = nd30DayMonth(date);
  return `ngày ${day} tháng ${month} năm ${date.year}`;
}

/**
 * "30/9/2026", "05/6/2026", "15/02/2026": the header date's rule applied to the short form, as
 * school plans write "04/02/2026"; used for dates inside a report's text and tables.
 */
export function formatShortDate(date: CalendarDate): string {
  const { day, month } = nd30DayMonth(date);
  return `${day}/${month}/${date.year}`;
}

/** 'An Lão, ngày 05 tháng 4 năm 2026'; without a place, the date alone. */
export function formatPlaceDate(place: string, date: CalendarDate): string {
  const where = cleanText(place);
  return where ? `${where}, ${formatNd30Date(date)}` : formatNd30Date(date);
}

// ---------------------------------------------------------------------------------------------
// Report periods

export type ReportPeriod =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: Quarter }
  | { kind: 'half'; year: number }
  | { kind: 'year'; year: number };

/** First and last day of the period, both inclusive. 'half' is the first half (6 tháng đầu năm). */
export function periodRange(p: ReportPeriod): { start: CalendarDate; end: CalendarDate } {
  switch (p.kind) {
    case 'month':
      return { start: calendarDate(p.year, p.month, 1), end: lastDayOfMonth(p.year, p.month) };
    case 'quarter':
      return { start: quarterStart(p.year, p.quarter), end: quarterEnd(p.year, p.quarter) };
    case 'half':
      return { start: calendarDate(p.year, 1, 1), end: calendarDate(p.year, 6, 30) };
    case 'year':
      return { start: calendarDate(p.year, 1, 1), end: calendarDate(p.year, 12, 31) };
  }
}

/** 'tháng 11 năm 2026', 'quý III năm 2026', '6 tháng đầu năm 2026', 'năm 2026' (lower case, to follow "Báo cáo … "). */
export function periodLabel(p: ReportPeriod): string {
  switch (p.kind) {
    case 'month':
      return `tháng ${p.month} năm ${p.year}`;
    case 'quarter':
      return `quý ${toRoman(p.quarter)} năm ${p.year}`;
    case 'half':
      return `6 tháng đầu năm ${p.year}`;
    case 'year':
      return `năm ${p.year}`;
  }
}

/** 'thang-11-2026', 'quy-3-2026', '6-thang-2026', 'nam-2026': ASCII, for file names and command-line options. */
export function periodSlug(p: ReportPeriod): string {
  switch (p.kind) {
    case 'month':
      return `thang-${p.month}-${p.year}`;
    case 'quarter':
      return `quy-${p.quarter}-${p.year}`;
    case 'half':
      return `6-thang-${p.year}`;
    case 'year':
      return `nam-${p.year}`;
  }
}

/** Four-digit years from 1900 on (two-digit and earlier years are not report periods). */
const YEAR = '((?:19|[2-9]\\d)\\d\\d)';
const QUARTER_SLUG = new RegExp(`^qu[yi] ([1-4]|[iv]+) (?:nam )?${YEAR}$`);
const HALF_SLUG = new RegExp(`^6 thang (?:dau )?(?:nam )?${YEAR}$`);
const YEAR_SLUG = new RegExp(`^(?:ca )?nam ${YEAR}$`);
const MONTH_SLUG = new RegExp(`^thang (0?[1-9]|1[0-2]) (?:nam )?${YEAR}$`);

/**
 * Reads a slug back ('thang-11-2026', 'quy-3-2026', '6-thang-2026', 'nam-2026'). Folded, so a label
 * typed by a person also works: 'Tháng 11 năm 2026', 'tháng 11/2026', 'Quý III năm 2026',
 * 'quy-iii-2026', '6 tháng đầu năm 2026', 'Năm 2026'.
 */
export function parsePeriodSlug(slug: string): Result<ReportPeriod> {
  const text = typeof slug === 'string' ? foldText(slug) : '';
  const quarter = QUARTER_SLUG.exec(text);
  if (quarter) {
    const q = /^\d$/.test(quarter[1]!) ? Number(quarter[1]) : fromRoman(quarter[1]!);
    if (q !== undefined && isQuarter(q)) return ok({ kind: 'quarter', year: Number(quarter[2]), quarter: q });
  }
  const half = HALF_SLUG.exec(text);
  if (half) return ok({ kind: 'half', year: Number(half[1]) });
  const year = YEAR_SLUG.exec(text);
  if (year) return ok({ kind: 'year', year: Number(year[1]) });
  const month = MONTH_SLUG.exec(text);
  if (month) return ok({ kind: 'month', year: Number(month[2]), month: Number(month[1]) });
  const shown = typeof slug === 'string' ? cleanText(slug) : '';
  return fail(`không hiểu kỳ báo cáo ${quote(shown)} (ví dụ: thang-11-2026, quy-3-2026, 6-thang-2026, nam-2026)`);
}

/**
 * The latest quarter that has ended before `asOf`: the quarter before the one `asOf` falls in
 * (on 31/03 quý I is not finished yet, so that day gives quý IV of the year before).
 */
export function lastFinishedQuarter(asOf: CalendarDate): ReportPeriod {
  const current = quarterOf(asOf);
  return current === 1
    ? { kind: 'quarter', year: asOf.year - 1, quarter: 4 }
    : { kind: 'quarter', year: asOf.year, quarter: (current - 1) as Quarter };
}

/** The following period of the same kind: tháng 12/2026 → tháng 1/2027; quý IV 2026 → quý I 2027; 6 tháng 2026 → 6 tháng 2027. */
export function nextPeriod(p: ReportPeriod): ReportPeriod {
  switch (p.kind) {
    case 'month':
      return p.month === 12 ? { kind: 'month', year: p.year + 1, month: 1 } : { kind: 'month', year: p.year, month: p.month + 1 };
    case 'quarter':
      return p.quarter === 4
        ? { kind: 'quarter', year: p.year + 1, quarter: 1 }
        : { kind: 'quarter', year: p.year, quarter: (p.quarter + 1) as Quarter };
    case 'half':
      return { kind: 'half', year: p.year + 1 };
    case 'year':
      return { kind: 'year', year: p.year + 1 };
  }
}
