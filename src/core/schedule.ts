/**
 * Schedules (thời gian): the text (or date) of a task's timing cell → its occurrences in the plan year.
 *
 * Forms read (calendar year = the plan year unless the text names one):
 * - `Quý I` … `Quý IV`, `Quí II`, `quý 2`, `Quý I/2026`, `Quý I năm 2026`, `Trong quý II`, `Cuối quý II`
 *   → the quarter's last day;
 * - several quarters, `Quý I, II`, `Quý II-III`, `Quý II – III`, `Quý I và II`, `Từ quý II đến quý III`
 *   → ONE occurrence, due at the end of the last quarter named;
 * - `Tháng 7`, `Tháng 9/2026`, `Tháng 4, 5`, `Tháng 4-5` → the last day of the (last) month;
 * - `6 tháng đầu năm` → 30/06, `6 tháng cuối năm` → 31/12, `Cả năm` / `Hàng năm` / `Hằng năm` / `Trong năm` → 31/12;
 * - `trước ngày 01/02/2026`, `Trước ngày 05/6 hằng năm`, `trước 15/10`, `Hạn: 15/4/2026`,
 *   `trước ngày 15 tháng 4 năm 2026`, `15/4/2026`, `15/04/2026`, `15-04-2026`, `2026-04-15`, a date cell → that day;
 * - `Hàng quý` / `Hằng quý` / `Mỗi quý` → four occurrences at the quarter ends (recurring);
 * - `Hàng tháng` / `Hằng tháng` / `Mỗi tháng` → twelve occurrences at the month ends (recurring);
 * - `trước ngày 12 hàng tháng` → the 12th of every month, the month's last day when shorter (recurring);
 * - `Thường xuyên` → ongoing, no due date.
 * Case, diacritics' Unicode form, extra spaces, en/em dashes, a trailing period and HTML-ish tags
 * (`<b>Tháng 1</b>`) left by a conversion do not matter.
 *
 * Labels (they key Tiến độ rows, so one meaning has one label): `Quý II`; several quarters as
 * consecutive runs joined by an en dash without spaces, `Quý II–III`, `Quý I, III`; `Tháng 7`,
 * `Tháng 4–5`; `6 tháng đầu năm`, `6 tháng cuối năm`; `Cả năm`; recurring `Quý I`…`Quý IV` and
 * `Tháng 1`…`Tháng 12`; a fixed day `Hạn 05/12/2026`. A year named in the text that differs from
 * the plan year is appended: `Quý I/2027`, `Tháng 9/2027`, `6 tháng đầu năm 2027`, `Cả năm 2027`.
 */
import type { PlanCalendar } from './calendar';
import {
  calendarDate, compareDates, formatDdMmYyyy, isValidCalendarDate, lastDayOfMonth, daysInMonth,
  type CalendarDate,
} from './date';
import { fromRoman, isQuarter, quarterEnd, QUARTERS, toRoman } from './period';
import { tooLongFor } from './phrase';
import { fail, ok, type Result } from './result';
import { cleanText, displayText, foldDiacritics, quote, trimCharacters } from './text';

export interface Occurrence {
  /** Stable, canonical Vietnamese label of the occurrence; with the task's id it keys a Tiến độ row. */
  readonly label: string;
  readonly due: CalendarDate;
}

export type Schedule =
  /** "Thường xuyên": no due date, asked for an update each quarter, never overdue. */
  | { readonly kind: 'ongoing' }
  | { readonly kind: 'dated'; readonly recurring: boolean; readonly occurrences: readonly Occurrence[] };

/** Years a schedule may name or a plan may have (Date.UTC misreads years below 100). */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

const MONTHS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** A Thời gian cell (text, or a date cell already turned into a calendar day) → its occurrences. Never throws. */
export function parseSchedule(cell: string | CalendarDate, calendar: PlanCalendar | number): Result<Schedule> {
  // Typed callers pass a calendar or a year; a custom function may hand over anything.
  const planYear: unknown = typeof calendar === 'object' && calendar !== null ? calendar.planYear : calendar;
  if (!isSupportedYear(planYear)) return fail(`năm kế hoạch không hợp lệ ${quote(displayText(planYear))}`);
  if (cell === null || cell === undefined) return fail('chưa nhập thời gian');
  if (typeof cell === 'string') return scheduleFromText(cell, planYear);
  if (isCalendarDateShape(cell)) return scheduleFromDateCell(cell);
  return unreadable(displayText(cell));
}

/** First occurrence due on or after asOf; when every occurrence is before asOf, the last one; undefined for ongoing. */
export function dueOnOrAfter(schedule: Schedule, asOf: CalendarDate): Occurrence | undefined {
  if (schedule.kind === 'ongoing') return undefined;
  const { occurrences } = schedule;
  return occurrences.find((o) => compareDates(o.due, asOf) >= 0) ?? occurrences[occurrences.length - 1];
}

// ---------------------------------------------------------------------------------------------
// Entry points by cell type

function scheduleFromDateCell(date: CalendarDate): Result<Schedule> {
  const { year, month, day } = date;
  if (!isSupportedYear(year) || !isValidCalendarDate(year, month, day)) {
    return unreadable(`${day}/${month}/${year}`, 'ngày không có thật');
  }
  return ok(single(fixedDayOccurrence(calendarDate(year, month, day))));
}

interface Reading {
  /** Folded timing text: lower case, no diacritics, tags and trailing punctuation removed. */
  readonly text: string;
  readonly planYear: number;
  /** The cell as typed (NFC, spaces collapsed), for messages. */
  readonly shown: string;
}

/** `undefined` when the text is not in the reader's form; a failure when it is, but names an impossible day. */
type Reader = (r: Reading) => Result<Schedule> | undefined;

function scheduleFromText(raw: string, planYear: number): Result<Schedule> {
  const shown = cleanText(raw);
  const tooLong = tooLongFor(shown, 'thời gian');
  if (tooLong) return fail(tooLong);
  const text = normalizedTiming(raw);
  if (text === '') return fail('chưa nhập thời gian');
  const reading: Reading = { text, planYear, shown };
  for (const read of READERS) {
    const result = read(reading);
    if (result) return result;
  }
  return unreadable(reading.shown);
}

/** Spaces, quotes and brackets that may open a timing ("(Quý II)", "“Tháng 7”"). */
const TIMING_OPENERS = ' "\'“”(';
/** What may close one: the same, and punctuation ("Quý II.", "Tháng 7;"). */
const TIMING_CLOSERS = ' "\'“”).,;:';

/** Tags and entities from a conversion removed, folded, dashes unified, opening and closing punctuation dropped. */
function normalizedTiming(raw: string): string {
  const untagged = raw
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/\*+/g, ' ');
  const folded = foldDiacritics(untagged).replace(/[\u2010-\u2015\u2212]/g, '-');
  return trimCharacters(folded, { start: TIMING_OPENERS, end: TIMING_CLOSERS }).replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// Readers, tried in order. Date forms read the whole text; the others first set aside a named year.

const READERS: readonly Reader[] = [
  readOngoing,
  readFixedDay,
  readDayOfEveryMonth,
  (r) => readWithYear(r, readRecurring),
  (r) => readWithYear(r, readHalfYear),
  (r) => readWithYear(r, readWholeYear),
  (r) => readWithYear(r, readQuarters),
  (r) => readWithYear(r, readMonths),
];

const ONGOING = /^(?:thuong xuyen|lien tuc)(?: ?[,;-]? ?(?:lien tuc|thuong xuyen))?(?: trong nam(?: hoc)?)?$/;

function readOngoing({ text }: Reading): Result<Schedule> | undefined {
  return ONGOING.test(text) ? ok({ kind: 'ongoing' }) : undefined;
}

const DUE_PREFIX = String.raw`(?:(?:truoc|cham nhat(?: la)?|den|han(?: chot)?|vao) ?:? ?)?(?:ngay )?`;
const EVERY_YEAR = String.raw`(?: (?:hang|moi) nam)?`;
const FIXED_DAY_ISO = new RegExp(String.raw`^${DUE_PREFIX}(\d{4})-(\d{1,2})-(\d{1,2})${EVERY_YEAR}$`);
/** d/m, d/m/yy, d/m/yyyy; with '-' or '.' the year is required (a bare "4-5" is not a date). */
const FIXED_DAY_SLASH = new RegExp(String.raw`^${DUE_PREFIX}(\d{1,2}) ?/ ?(\d{1,2})(?: ?/ ?(\d{4}|\d{2}))?${EVERY_YEAR}$`);
const FIXED_DAY_DASH = new RegExp(String.raw`^${DUE_PREFIX}(\d{1,2}) ?([.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})${EVERY_YEAR}$`);
const FIXED_DAY_WORDS = new RegExp(String.raw`^${DUE_PREFIX}(\d{1,2}) thang (\d{1,2})(?:,? nam (\d{4}))?${EVERY_YEAR}$`);

function readFixedDay(r: Reading): Result<Schedule> | undefined {
  const iso = FIXED_DAY_ISO.exec(r.text);
  if (iso) return fixedDay(r, iso[3]!, iso[2]!, iso[1]!);
  const slash = FIXED_DAY_SLASH.exec(r.text);
  if (slash) return fixedDay(r, slash[1]!, slash[2]!, slash[3]);
  const dash = FIXED_DAY_DASH.exec(r.text);
  if (dash) return fixedDay(r, dash[1]!, dash[3]!, dash[4]);
  const words = FIXED_DAY_WORDS.exec(r.text);
  if (words) return fixedDay(r, words[1]!, words[2]!, words[3]);
  return undefined;
}

function fixedDay(r: Reading, day: string, month: string, year: string | undefined): Result<Schedule> {
  const y = year === undefined ? r.planYear : year.length === 2 ? 2000 + Number(year) : Number(year);
  const [m, d] = [Number(month), Number(day)];
  if (!isSupportedYear(y)) return unreadable(r.shown, 'năm không hợp lệ');
  if (!isValidCalendarDate(y, m, d)) return unreadable(r.shown, 'ngày không có thật');
  return ok(single(fixedDayOccurrence(calendarDate(y, m, d))));
}

const DAY_OF_EVERY_MONTH = new RegExp(String.raw`^${DUE_PREFIX}(\d{1,2}) (?:cua )?(?:hang|moi|cac) thang$`);

function readDayOfEveryMonth(r: Reading): Result<Schedule> | undefined {
  const m = DAY_OF_EVERY_MONTH.exec(r.text);
  if (!m) return undefined;
  const day = Number(m[1]);
  if (day < 1 || day > 31) return unreadable(r.shown, 'ngày chỉ từ 1 đến 31');
  const occurrences = MONTHS.map((month) => ({
    label: monthLabel([month], r.planYear, r.planYear),
    due: calendarDate(r.planYear, month, Math.min(day, daysInMonth(r.planYear, month))),
  }));
  return ok({ kind: 'dated', recurring: true, occurrences });
}

/** The timing text with a named calendar year set aside: "Tháng 9/2026" → "thang 9", 2026. */
interface YearReading extends Reading {
  /** The calendar year the occurrences fall in. */
  readonly year: number;
  /** Whether the text named the year (then "Quý I năm" / "Năm" may end the rest). */
  readonly yearNamed: boolean;
}

const NAMED_YEAR = /^(.*?)(?: ?[/,-] ?| )(\d{4})$/;

function readWithYear(r: Reading, read: (y: YearReading) => Result<Schedule> | undefined): Result<Schedule> | undefined {
  const named = NAMED_YEAR.exec(r.text);
  if (!named) return read({ ...r, year: r.planYear, yearNamed: false });
  const year = Number(named[2]);
  const result = read({ ...r, text: named[1]!, year, yearNamed: true });
  if (result?.ok && !isSupportedYear(year)) return unreadable(r.shown, 'năm không hợp lệ');
  return result;
}

/** "Quý I năm" once the year has been set aside. */
function withoutTrailingNam(y: YearReading): string {
  return y.yearNamed ? y.text.replace(/ nam$/, '') : y.text;
}

const RECURRING = /^(?:dinh ky )?(?:hang|moi|theo|tung) (qu[yi]|thang)$/;

function readRecurring(y: YearReading): Result<Schedule> | undefined {
  const m = RECURRING.exec(withoutTrailingNam(y));
  if (!m) return undefined;
  const occurrences = m[1] === 'thang'
    ? MONTHS.map((month) => ({ label: monthLabel([month], y.year, y.planYear), due: lastDayOfMonth(y.year, month) }))
    : QUARTERS.map((q) => ({ label: quarterLabel([q], y.year, y.planYear), due: quarterEnd(y.year, q) }));
  return ok({ kind: 'dated', recurring: true, occurrences });
}

const HALF_YEAR = /^(?:6|sau) thang (dau|cuoi)(?: nam)?$/;

function readHalfYear(y: YearReading): Result<Schedule> | undefined {
  const m = HALF_YEAR.exec(y.text);
  if (!m) return undefined;
  const first = m[1] === 'dau';
  const label = `6 tháng ${first ? 'đầu' : 'cuối'} năm${yearSuffix(' ', y.year, y.planYear)}`;
  return ok(single({ label, due: first ? calendarDate(y.year, 6, 30) : calendarDate(y.year, 12, 31) }));
}

const WHOLE_YEAR = /^(?:ca|hang|trong|suot) nam$/;

function readWholeYear(y: YearReading): Result<Schedule> | undefined {
  if (!WHOLE_YEAR.test(y.text) && !(y.yearNamed && y.text === 'nam')) return undefined;
  return ok(single({ label: `Cả năm${yearSuffix(' ', y.year, y.planYear)}`, due: calendarDate(y.year, 12, 31) }));
}

function readQuarters(y: YearReading): Result<Schedule> | undefined {
  const items = listItems(withoutTrailingNam(y), 'qu[yi]', '[ivx]+|\\d+');
  if (!items) return undefined;
  const numbers = items.map((item) => ({ ...item, value: quarterNumber(item.token) }));
  if (numbers.some((n) => n.value === undefined)) return unreadable(y.shown, 'quý chỉ từ I đến IV');
  const covered = coveredNumbers(numbers.map((n) => ({ value: n.value!, range: n.range })));
  if (!covered) return unreadable(y.shown, 'khoảng thời gian bị ngược');
  const last = covered[covered.length - 1]!;
  if (!isQuarter(last)) return unreadable(y.shown, 'quý chỉ từ I đến IV');
  return ok(single({ label: quarterLabel(covered, y.year, y.planYear), due: quarterEnd(y.year, last) }));
}

function readMonths(y: YearReading): Result<Schedule> | undefined {
  const items = listItems(withoutTrailingNam(y), 'thang', '\\d+');
  if (!items) return undefined;
  const numbers = items.map((item) => ({ value: Number(item.token), range: item.range }));
  if (numbers.some((n) => n.value < 1 || n.value > 12)) return unreadable(y.shown, 'tháng chỉ từ 1 đến 12');
  const covered = coveredNumbers(numbers);
  if (!covered) return unreadable(y.shown, 'khoảng thời gian bị ngược');
  const last = covered[covered.length - 1]!;
  return ok(single({ label: monthLabel(covered, y.year, y.planYear), due: lastDayOfMonth(y.year, last) }));
}

// ---------------------------------------------------------------------------------------------
// Lists of quarters or months: "quy i, ii", "quy ii-iii", "tu quy ii den quy iii", "thang 4, 5"

interface ListItem {
  readonly token: string;
  /** Joined to the item before by "-" or "đến": everything in between is covered too. */
  readonly range: boolean;
}

const LIST_PREFIX = /^(?:tu|trong|vao|cuoi) /;
const SEPARATOR = /^ ?(?:[,;&+-]|(?:va|den)(?![a-z0-9]))(?: ?(?:[,;&+-]|(?:va|den)(?![a-z0-9])))* ?/;

/** The items of "<keyword> a, b-c …" (the keyword may repeat before each item), or undefined for another form. */
function listItems(text: string, keyword: string, itemPattern: string): ListItem[] | undefined {
  let rest = text.replace(LIST_PREFIX, '');
  const head = new RegExp(`^${keyword} ?`).exec(rest);
  if (!head) return undefined;
  rest = rest.slice(head[0].length);
  const item = new RegExp(`^(?:${keyword} ?)?(${itemPattern})(?![a-z0-9])`);
  const items: ListItem[] = [];
  let range = false;
  for (;;) {
    const m = item.exec(rest);
    if (!m) return undefined;
    items.push({ token: m[1]!, range });
    rest = rest.slice(m[0].length);
    if (rest === '') return items;
    const sep = SEPARATOR.exec(rest);
    if (!sep) return undefined;
    range = /-|den/.test(sep[0]);
    rest = rest.slice(sep[0].length);
  }
}

function quarterNumber(token: string): number | undefined {
  const n = /^\d+$/.test(token) ? Number(token) : fromRoman(token);
  return n !== undefined && isQuarter(n) ? n : undefined;
}

/** Sorted distinct numbers named, ranges filled in; undefined when a range runs backwards ("III-II"). */
function coveredNumbers(items: readonly { value: number; range: boolean }[]): number[] | undefined {
  const covered = new Set<number>();
  let previous: number | undefined;
  for (const { value, range } of items) {
    if (range && previous !== undefined) {
      if (value < previous) return undefined;
      for (let n = previous; n <= value; n++) covered.add(n);
    } else {
      covered.add(value);
    }
    previous = value;
  }
  return [...covered].sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------------
// Labels

/** [1] → 'Quý I'; [2, 3] → 'Quý II–III'; [1, 3, 4] → 'Quý I, III–IV'. */
function quarterLabel(quarters: readonly number[], year: number, planYear: number): string {
  return `Quý ${runsLabel(quarters, toRoman)}${yearSuffix('/', year, planYear)}`;
}

/** [7] → 'Tháng 7'; [4, 5] → 'Tháng 4–5'. */
function monthLabel(months: readonly number[], year: number, planYear: number): string {
  return `Tháng ${runsLabel(months, String)}${yearSuffix('/', year, planYear)}`;
}

/** Consecutive runs of sorted numbers, each "a" or "a–b" (en dash), joined by ", ". */
function runsLabel(numbers: readonly number[], show: (n: number) => string): string {
  const runs: string[] = [];
  let start = 0;
  for (let i = 1; i <= numbers.length; i++) {
    if (i < numbers.length && numbers[i] === numbers[i - 1]! + 1) continue;
    const [first, last] = [numbers[start]!, numbers[i - 1]!];
    runs.push(first === last ? show(first) : `${show(first)}–${show(last)}`);
    start = i;
  }
  return runs.join(', ');
}

function yearSuffix(separator: string, year: number, planYear: number): string {
  return year === planYear ? '' : `${separator}${year}`;
}

function fixedDayOccurrence(due: CalendarDate): Occurrence {
  return { label: `Hạn ${formatDdMmYyyy(due)}`, due };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function single(occurrence: Occurrence): Schedule {
  return { kind: 'dated', recurring: false, occurrences: [occurrence] };
}

function unreadable(shown: string, hint?: string): Result<Schedule> {
  return fail(`không hiểu thời gian ${quote(shown)}${hint ? ` (${hint})` : ''}`);
}

/** A whole year from MIN_YEAR to MAX_YEAR: one a plan or a timing may name. */
export function isSupportedYear(year: unknown): year is number {
  return typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The shape only, unlike `isCalendarDate`: an impossible day must reach `scheduleFromDateCell` to be named as such. */
function isCalendarDateShape(value: unknown): value is CalendarDate {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<'year' | 'month' | 'day', unknown>>;
  return typeof v.year === 'number' && typeof v.month === 'number' && typeof v.day === 'number';
}
