/**
 * The four custom functions as pure code over cell values. They never throw: a cell that cannot
 * be read gives text starting with "Lỗi:" for that cell only. Dates cross the boundary through
 * a `DateCodec`, so the same code serves Apps Script (Date objects in the sheet's time zone),
 * HyperFormula (serial numbers) and the CLI.
 */
import { type CalendarDate, fromSerialDay, isoString } from './date';
import { type Attainment, assess, type RatePoint } from './evaluate';
import { quarterOf } from './period';
import { fail, ok, type Result } from './result';
import { isBlank, mapCells } from './grid';
import { formatPercent } from './format';
import { formatNumber } from './number';
import { dueOnOrAfter, isSupportedYear, parseSchedule } from './schedule';
import { daysOverdue, parseStatus } from './status';
import { quote, shorten } from './text';

export interface DateCodec {
  /** The calendar day a date cell means; undefined when the value is not a date. */
  readonly readDate: (value: unknown) => CalendarDate | undefined;
  /** What to hand back to the sheet for a calendar day. */
  readonly writeDate: (date: CalendarDate) => unknown;
  /** The day used when `ngay_xet` is left out. */
  readonly today: () => CalendarDate;
}

export const ERROR_PREFIX = 'Lỗi: ';
const MISMATCH = `${ERROR_PREFIX}hai vùng không cùng kích thước`;

/**
 * Longest message in an error cell. Messages quote at most 80 characters of a cell (`quote`);
 * this also bounds one that carries an unexpected exception's text, far below the 50,000
 * characters a cell holds.
 */
const MAX_ERROR_LENGTH = 500;

function errorCell(message: string): string {
  return ERROR_PREFIX + shorten(message, MAX_ERROR_LENGTH);
}

/** Runs a per-cell function, turning any unexpected exception into an error cell. */
function guarded(fn: (...cells: unknown[]) => unknown): (...cells: unknown[]) => unknown {
  return (...cells) => {
    try {
      return fn(...cells);
    } catch (e) {
      return errorCell(`không xử lý được ô này (${e instanceof Error ? e.message : String(e)})`);
    }
  };
}

function targetText(cell: unknown): string | undefined {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' && Number.isFinite(cell)) {
    // A target cell formatted as percent arrives as 0.95; plain numbers are counts.
    return cell > 0 && cell <= 1 ? formatPercent(cell, 6) : formatNumber(cell);
  }
  if (typeof cell === 'boolean') return cell ? 'Có' : undefined;
  return undefined;
}

function assessCell(result: unknown, target: unknown, at: RatePoint | undefined): Result<Attainment | null> {
  if (isBlank(result)) return ok(null);
  const text = targetText(target);
  if (text === undefined) return fail(isBlank(target) ? 'chưa nhập chỉ tiêu' : `không hiểu chỉ tiêu ${quote(String(target))}`);
  return assess(result, text, at ? { at } : {});
}

/**
 * The quarter a rate («01 lần/quý») is held against: the one ngay_xet falls in (default today).
 * Without a codec (no way to tell today) a rate is held against the whole year.
 */
function ratePoint(asOfCell: unknown, codec: DateCodec | undefined): RatePoint | string | undefined {
  if (!codec) return undefined;
  const asOf = readAsOf(asOfCell, codec);
  return typeof asOf === 'string' ? asOf : { year: asOf.year, quarter: quarterOf(asOf) };
}

/** Assesses each (result, target) pair and shows one facet of the attainment; blank while there is no result. */
function assessmentCells(results: unknown, targets: unknown, asOfs: unknown, codec: DateCodec | undefined, show: (a: Attainment) => unknown): unknown {
  return mapCells(
    [results, targets, asOfs],
    guarded((result, target, asOfCell) => {
      const at = ratePoint(asOfCell, codec);
      if (typeof at === 'string') return errorCell(at);
      const outcome = assessCell(result, target, at);
      if (!outcome.ok) return errorCell(outcome.error);
      return outcome.value ? show(outcome.value) : '';
    }),
    () => MISMATCH,
  );
}

/** CDS_DANHGIA: "Đạt", "Chưa đạt", blank, or "Lỗi: …" per cell; ngay_xet (default today) sets the quarter a rate is held against. */
export function danhGiaCells(results: unknown, targets: unknown, asOfs?: unknown, codec?: DateCodec): unknown {
  return assessmentCells(results, targets, asOfs, codec, (a) => a.verdict);
}

/** CDS_TYLEDAT: the fraction of the target reached (may exceed 1), blank, or "Lỗi: …" per cell. */
export function tyLeDatCells(results: unknown, targets: unknown, asOfs?: unknown, codec?: DateCodec): unknown {
  return assessmentCells(results, targets, asOfs, codec, (a) => a.ratio);
}

/** Serial days of 1950–2149: a date cell that lost its date format still means that day. */
const MIN_SERIAL = 18_264;
const MAX_SERIAL = 91_311;

/** A date cell, or a number that can only be a date serial (a due or as-of column shown as a number). */
function readDateCell(cell: unknown, codec: DateCodec): CalendarDate | undefined {
  const date = codec.readDate(cell);
  if (date) return date;
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= MIN_SERIAL && cell <= MAX_SERIAL) return fromSerialDay(cell);
  return undefined;
}

function readAsOf(cell: unknown, codec: DateCodec): CalendarDate | string {
  if (isBlank(cell)) return codec.today();
  return readDateCell(cell, codec) ?? `không hiểu ngày xét ${quote(String(cell))}`;
}

function readYear(cell: unknown, asOf: CalendarDate): number | string {
  if (isBlank(cell)) return asOf.year;
  const year = typeof cell === 'string' ? Number(cell.trim()) : cell;
  if (isSupportedYear(year)) return year;
  return `không hiểu năm ${quote(String(cell))}`;
}

type DueOf = (timing: unknown, year: number, asOf: CalendarDate) => CalendarDate | undefined | string;

/**
 * The due date a timing cell gives, or an error message; undefined for an ongoing task.
 * Schedules are parsed once per distinct (timing, year) within a call: a column repeats a
 * handful of timings thousands of times.
 */
function dueReader(codec: DateCodec): DueOf {
  const schedules = new Map<string, ReturnType<typeof parseSchedule>>();
  return (timing, year, asOf) => {
    const cell = readDateCell(timing, codec) ?? (typeof timing === 'string' ? timing : String(timing));
    const key = `${year}|${typeof cell === 'string' ? cell : isoString(cell)}`;
    let schedule = schedules.get(key);
    if (!schedule) {
      schedule = parseSchedule(cell, year);
      schedules.set(key, schedule);
    }
    if (!schedule.ok) return schedule.error;
    return dueOnOrAfter(schedule.value, asOf)?.due;
  };
}

/** CDS_HANCHOT: the due date (first occurrence on or after ngay_xet for recurring timings), blank for ongoing, or "Lỗi: …". */
export function hanChotCells(timings: unknown, years: unknown, asOfs: unknown, codec: DateCodec): unknown {
  const dueOf = dueReader(codec);
  return mapCells(
    [timings, years, asOfs],
    guarded((timing, yearCell, asOfCell) => {
      if (isBlank(timing)) return '';
      const asOf = readAsOf(asOfCell, codec);
      if (typeof asOf === 'string') return errorCell(asOf);
      const year = readYear(yearCell, asOf);
      if (typeof year === 'string') return errorCell(year);
      const due = dueOf(timing, year, asOf);
      if (typeof due === 'string') return errorCell(due);
      return due === undefined ? '' : codec.writeDate(due);
    }),
    () => MISMATCH,
  );
}

/** CDS_QUAHAN: whole days overdue on ngay_xet (0 when done, not yet due or without a due date), or "Lỗi: …". */
export function quaHanCells(dues: unknown, statuses: unknown, asOfs: unknown, codec: DateCodec): unknown {
  const dueOf = dueReader(codec);
  return mapCells(
    [dues, statuses, asOfs],
    guarded((dueCell, statusCell, asOfCell) => {
      const asOf = readAsOf(asOfCell, codec);
      if (typeof asOf === 'string') return errorCell(asOf);
      const status = parseStatus(statusCell);
      if (!status.ok) return errorCell(status.error);
      if (isBlank(dueCell)) return 0;
      const due = dueOf(dueCell, asOf.year, asOf);
      if (typeof due === 'string') return errorCell(due);
      return daysOverdue(due, status.value, asOf);
    }),
    () => MISMATCH,
  );
}
