/**
 * Schedules (thời gian): the text (or date) of a task's timing cell → its occurrences in the plan year.
 *
 * Forms read (calendar year = the plan year unless the text names one):
 * - `Quý I` … `Quý IV`, `Quí II`, `quý 2`, `Quý I/2026`, `Quý I năm 2026`, `Trong quý II`, `Cuối quý II`,
 *   `Đầu quý II`, `Quý I hằng năm` → the quarter's last day;
 * - a contiguous run of quarters, `Quý I, II`, `Quý II-III`, `Quý II – III`, `Quý I và II`, `Từ quý II đến quý III`
 *   → ONE occurrence, due at the end of the run; a list with a gap, `Quý I và Quý III`, `Quý I, III-IV`
 *   → one occurrence per run;
 * - `Tháng 7`, `Tháng 9/2026`, `Đầu tháng 9`, `Tháng 4, 5`, `Tháng 4-5`, `Từ tháng 3 đến tháng 5` → the last day of
 *   the (last) month; `Tháng 1, 5` → two occurrences; `Tháng 9/2026 - 12/2026`, `Từ tháng 9/2025 đến tháng 5/2026`
 *   → one, at the end of the last month;
 * - `6 tháng đầu năm` → 30/06, `6 tháng cuối năm` → 31/12, `Cả năm` / `Hàng năm` / `Trong năm` / `Thường niên` → 31/12;
 * - `trước ngày 01/02/2026`, `Trước ngày 05/6 hằng năm`, `trước 15/10`, `Hạn: 15/4/2026`, `15/4/26`,
 *   `trước ngày 15 tháng 4 năm 2026`, `15-04-2026`, `2026-04-15`, a date cell → that day (the day text is read by
 *   `dayPartsOf` in date.ts, shared with completion dates); `Từ 01/3 đến 31/3/2026` → its last day;
 * - frequencies, recurring: `Hàng quý`, `02 lần/quý`, `quý/lần`, `3 tháng/lần`, `Định kỳ hằng quý` → the four quarter
 *   ends (several times a quarter is still one update per quarter); `Hàng tháng`, `Theo tháng`, `01 lần/tháng`,
 *   and weekly `Hằng tuần`, `1 lần/tuần` → the twelve month ends (weekly work reports monthly);
 *   `X lần/năm`, `N tháng/lần`, `Định kỳ 6 tháng` → the year cut in equal blocks (X = 1, 2, 3, 4, 6, 12);
 *   `trước ngày 12 hàng tháng` → the 12th of every month, the month's last day when shorter;
 * - school year (dates from the calendar: Cấu hình, else the Bộ's framework 05/9, 18/01, 31/5):
 *   `Học kỳ I năm học 2025-2026`, `HK II (2025-2026)`, `Năm học 2026-2027`, `Cuối năm học 2025-2026` → exactly that
 *   school year; bare, in a calendar-year plan P: `Học kỳ I` → học kỳ I of P–(P+1), `Học kỳ II` → học kỳ II of
 *   (P−1)–P, `Cuối năm học` / `Trong năm học` / `Trước khi khóa năm học` → the end of (P−1)–P, `Đầu năm học` → the last
 *   day of the month of khai giảng of P–(P+1), `Trước khai giảng` → khai giảng itself, `Mỗi học kỳ` / `Cuối học kỳ` /
 *   `01 lần/học kỳ` → both (recurring);
 * - `giai đoạn 2026-2030`, `đến năm 2030` → 31/12 of the last year;
 * - `Thường xuyên`, `Hằng ngày`, and on demand `Khi có yêu cầu`, `Theo yêu cầu`, `Đột xuất`, `Khi có văn bản chỉ đạo`,
 *   `Theo kế hoạch của Sở` → ongoing, no due date (never overdue; one update per quarter).
 * Around the timing: leading words (`Thời gian: …`, `Báo cáo tháng gửi trước ngày 12 hàng tháng`) are dropped when
 * they name no period and no position (no digit, quý, học kỳ, năm học, đầu, giữa, trước, từ); a remark in brackets
 * is dropped, but one that is itself a timing (`Quý I/2026 (tháng 1-3)`) must end on the same day.
 * Case, diacritics' Unicode form, extra spaces, en/em dashes, a trailing period and HTML-ish tags
 * (`<b>Tháng 1</b>`) left by a conversion do not matter.
 *
 * Labels (they key Tiến độ rows, so one meaning has one label): `Quý II`; a run of quarters or months joined by an
 * en dash without spaces, `Quý II–III`, `Tháng 4–5`; `6 tháng đầu năm`, `6 tháng cuối năm`; `Cả năm`; recurring
 * `Quý I`…`Quý IV` and `Tháng 1`…`Tháng 12`, other blocks `Tháng 1–4`; a fixed day `Hạn 05/12/2026`; school year
 * `Học kỳ I 2026-2027`, `Học kỳ II 2025-2026`, `Cuối năm học 2025-2026`, `Đầu năm học 2026-2027`, `Khai giảng 2026-2027`;
 * a horizon `Đến năm 2030`. A year named in the text that differs from the plan year is appended: `Quý I/2027`,
 * `Tháng 9/2027`, `6 tháng đầu năm 2027`, `Cả năm 2027`, `Tháng 9/2025–5/2026`.
 */
import { planCalendar, schoolYearDates, schoolYearName, type PlanCalendar } from './calendar';
import {
  calendarDate, compareDates, dayPartsOf, formatDdMmYyyy, isValidCalendarDate, lastDayOfMonth, daysInMonth,
  type CalendarDate, type DayParts,
} from './date';
import { trailingHorizon } from './horizon';
import { fromRoman, isQuarter, quarterEnd, toRoman, type Quarter } from './period';
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
  const plan = typeof calendar === 'object' && calendar.schoolYears instanceof Map ? calendar : planCalendar(planYear);
  if (cell === null || cell === undefined) return fail('chưa nhập thời gian');
  if (typeof cell === 'string') return scheduleFromText(cell, plan);
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
  readonly calendar: PlanCalendar;
  /** The cell as typed (NFC, spaces collapsed), for messages. */
  readonly shown: string;
}

/** `undefined` when the text is not in the reader's form; a failure when it is, but names an impossible day. */
type Reader = (r: Reading) => Result<Schedule> | undefined;

function scheduleFromText(raw: string, calendar: PlanCalendar): Result<Schedule> {
  const shown = cleanText(raw);
  const tooLong = tooLongFor(shown, 'thời gian');
  if (tooLong) return fail(tooLong);
  const text = normalizedTiming(raw);
  if (text === '') return fail('chưa nhập thời gian');
  const reading: Reading = { text, planYear: calendar.planYear, calendar, shown };
  return readTiming(reading) ?? readBracketed(reading) ?? unreadable(shown);
}

/** The text as a whole, or its end after a leading description («Báo cáo tháng gửi trước ngày 12 hàng tháng»). */
function readTiming(r: Reading): Result<Schedule> | undefined {
  return readWhole(r) ?? readAfterLeadingWords(r);
}

function readWhole(r: Reading): Result<Schedule> | undefined {
  for (const read of READERS) {
    const result = read(r);
    if (result) return result;
  }
  return undefined;
}

/**
 * A timing after leading words: «Thời gian: Quý II», «Hoàn thành trước ngày 30/6/2026», «Báo cáo tháng
 * gửi trước ngày 12 hàng tháng». The leading words may not name a period themselves (no digit, no quý,
 * học kỳ or năm học), so no part of a timing is ever dropped: «Tháng 1 báo cáo Quý III» stays unread.
 */
function readAfterLeadingWords(r: Reading): Result<Schedule> | undefined {
  let words = 0;
  for (let i = r.text.indexOf(' '); i > 0 && words < MAX_LEADING_WORDS; i = r.text.indexOf(' ', i + 1), words++) {
    const leading = r.text.slice(0, i);
    if (/\d/.test(leading.replace(/\bthu \d\b/g, '')) || LEADING_STOP.test(leading)) return undefined;
    const rest = trimCharacters(r.text.slice(i + 1), { start: ' :-,;' });
    if (rest === '' || (COUNTED.test(leading) && /^\d/.test(rest)) || (/\bbat$/.test(leading) && /^dau\b/.test(rest))) return undefined;
    const result = readWhole({ ...r, text: rest });
    if (result) return result;
  }
  return undefined;
}

/** Leading words a timing may follow: a short description («Báo cáo tháng gửi»), not a paragraph. */
const MAX_LEADING_WORDS = 12;

/**
 * What leading words may not hold: a period (quý, học kỳ, năm học) or a word placing the due date
 * inside, before or after it («đầu», «giữa», «trước», «từ», «dịp», «sau», «ngoài», «bắt đầu»):
 * «Đầu mỗi học kỳ» is not «mỗi học kỳ», «Sau quý II» is not «Quý II». («Sáu tháng đầu năm» folds to
 * «sau» too, but is read whole before «sau» can become a leading word.)
 */
const LEADING_STOP = /\b(?:qu[yi]|hk[ivx\d]*|hoc k[yi]|nam hoc|dau|giua|truoc|tu|dip|ke tu|sau|ngoai|bat dau)\b/;
/** A word that a number after it counts: «Tuần 1 tháng 9» is the first week, not the 1st of September. */
const COUNTED = /\b(?:tuan|dot|lan|buoi|tiet|ky|ki|khoa|vong|buoc|giai doan|phan|muc|so)$/;

/**
 * A timing followed by a remark in brackets: «Quý I/2026 (tháng 1-3)», «Quý II (nếu có kinh phí)».
 * A remark that is itself a timing must end on the same day, or the cell is refused.
 */
function readBracketed(r: Reading): Result<Schedule> | undefined {
  const m = /^(.*?) ?\(([^()]*)\)?$/.exec(r.text);
  if (!m) return undefined;
  const outerText = trimCharacters(m[1]!, { start: TIMING_OPENERS, end: TIMING_CLOSERS });
  if (outerText === '') return undefined;
  const outer = readTiming({ ...r, text: outerText });
  if (!outer?.ok) return outer;
  const innerText = trimCharacters(m[2]!, { start: TIMING_OPENERS, end: TIMING_CLOSERS });
  const last = lastDue(outer.value);
  if (innerText === '' || last === undefined) return outer;
  const inner = readWhole({ ...r, text: innerText, planYear: last.year, calendar: { ...r.calendar, planYear: last.year } });
  const innerLast = inner?.ok ? lastDue(inner.value) : undefined;
  if (innerLast && compareDates(innerLast, last) !== 0) {
    return unreadable(r.shown, 'phần trong ngoặc không khớp với thời gian trước ngoặc');
  }
  // «Hằng tháng (trước ngày 25)»: a day the remark names cannot be checked, and must not be dropped.
  if (inner === undefined && NAMES_A_DAY.test(innerText)) {
    return unreadable(r.shown, 'phần trong ngoặc ghi một hạn riêng, không khớp với thời gian trước ngoặc');
  }
  return outer;
}

/**
 * A remark naming a due day or week: «ngày 20», «trước ngày 25 tháng cuối quý», «tuần 2 tháng 12».
 * Not an event's date in passing («hưởng ứng Ngày Chuyển đổi số quốc gia 10/10»).
 */
const NAMES_A_DAY = /\b(?:(?:truoc|den|han|cham nhat) (?:ngay )?\d|(?:ngay|tuan) \d)/;

function lastDue(schedule: Schedule): CalendarDate | undefined {
  return schedule.kind === 'ongoing' ? undefined : schedule.occurrences[schedule.occurrences.length - 1]!.due;
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
  readDayRange,
  readDayOfEveryMonth,
  readSchoolYear,
  readMonthYearRange,
  (r) => readWithYear(r, readFrequency),
  (r) => readWithYear(r, readHalfYear),
  (r) => readWithYear(r, readWholeYear),
  (r) => readWithYear(r, readQuarters),
  (r) => readWithYear(r, readMonths),
  readEveryYear,
  readHorizon,
];

const ONGOING = /^(?:thuong xuyen|lien tuc|(?:hang|moi) ngay(?: lam viec)?)(?: ?[,;-]? ?(?:lien tuc|thuong xuyen))?(?: trong nam(?: hoc)?)?$/;
/** «Đột xuất», «Định kỳ và đột xuất», «Thường xuyên, đột xuất». */
const UNSCHEDULED = /^(?:(?:thuong xuyen|dinh ky|lien tuc) ?(?:[,;/&-]|va|hoac)? ?)?dot xuat$/;
/** «Khi có yêu cầu», «Theo chỉ đạo của cấp trên», «Khi có văn bản chỉ đạo», «Theo kế hoạch của Sở», «Theo quy định». */
const ON_DEMAND =
  /^(?:(?:thuong xuyen|dinh ky|lien tuc|dot xuat) ?(?:[,;/&-]|va|hoac)? ?)?(?:khi|theo|ngay khi|sau khi|neu|tuy theo) (?:co |duoc |nhan duoc )?(?:yeu cau|chi dao|van ban|phat sinh|nhu cau|ke hoach|huong dan|quy dinh|lich|thong bao|can thiet|can|tien do|lo trinh)((?: [^0-9]*)?)$/;
/** What the tail of an on-demand phrase may not name: it would be a period («Theo kế hoạch quý II»). */
const PERIOD_WORD = /\b(?:qu[yi]|thang|hoc k[yi]|hk|nam|tuan|ngay)\b/;

function readOngoing({ text }: Reading): Result<Schedule> | undefined {
  if (ONGOING.test(text) || UNSCHEDULED.test(text)) return ok({ kind: 'ongoing' });
  const onDemand = ON_DEMAND.exec(text);
  return onDemand && !PERIOD_WORD.test(onDemand[1]!) ? ok({ kind: 'ongoing' }) : undefined;
}

const DUE_PREFIX = String.raw`(?:(?:truoc|cham nhat(?: la)?|den|han(?: chot)?|vao) ?:? ?)?(?:ngay )?`;
const EVERY_YEAR = String.raw`(?: (?:hang|moi) nam)?`;
const FIXED_DAY = new RegExp(String.raw`^${DUE_PREFIX}(.+?)${EVERY_YEAR}$`);

function readFixedDay(r: Reading): Result<Schedule> | undefined {
  const m = FIXED_DAY.exec(r.text);
  const parts = m ? dayPartsOf(m[1]!) : undefined;
  if (!parts) return undefined;
  const day = dayOf(r, parts, r.planYear);
  return day.ok ? ok(single(fixedDayOccurrence(day.value))) : fail(day.error);
}

/** The day parts as a real day, the year defaulting to `year`; a failure naming what is wrong. */
function dayOf(r: Reading, parts: DayParts, year: number): Result<CalendarDate> {
  const y = parts.year ?? year;
  if (!isSupportedYear(y)) return unreadable(r.shown, 'năm không hợp lệ');
  if (!isValidCalendarDate(y, parts.month, parts.day)) return unreadable(r.shown, 'ngày không có thật');
  return ok(calendarDate(y, parts.month, parts.day));
}

/** «Từ 01/3 đến 31/3/2026», «01/3 - 31/3/2026»: one occurrence due on the last day. */
function readDayRange(r: Reading): Result<Schedule> | undefined {
  const text = r.text.replace(/^tu /, '');
  const separator = / ?(?:\bden\b|\btoi\b|-) ?/g;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    const after = text.slice(m.index + m[0].length).replace(/^ngay /, '');
    if (!/\d$/.test(text.slice(0, m.index)) || !/^\d/.test(after)) continue;
    const from = dayPartsOf(text.slice(0, m.index));
    const to = dayPartsOf(text.slice(m.index + m[0].length));
    if (!from || !to) continue;
    const end = dayOf(r, to, r.planYear);
    if (!end.ok) return fail(end.error);
    const startYear = from.year ?? (from.month * 100 + from.day > to.month * 100 + to.day ? end.value.year - 1 : end.value.year);
    const start = dayOf(r, from, startYear);
    if (!start.ok) return fail(start.error);
    if (compareDates(start.value, end.value) > 0) return unreadable(r.shown, 'khoảng thời gian bị ngược');
    return ok(single(fixedDayOccurrence(end.value)));
  }
  return undefined;
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

// ---------------------------------------------------------------------------------------------
// School-year timings: «Học kỳ I», «HK II năm học 2025-2026», «cuối năm học», «đầu năm học», «mỗi học kỳ»

/** A named school year at the end: «… năm học 2025-2026», «… (2025-2026)», «HK1/2025-26». */
const NAMED_SCHOOL_YEAR = /^(.*?)[ (/,-]*(nam hoc )?(\d{4}) ?- ?(\d{4}|\d{2})\)?$/;
/** Words before a school-year period that do not change its due date. */
const SCHOOL_LEAD = /^(?:(?:truoc khi|truoc|den|vao|trong|cuoi|het|ket thuc|khoa so|khoa|tong ket|suot|ca) )*/;
const TERM = /^(?:hoc k[yi] ?|hk ?)([ivx]+|\d+)$/;
const BOTH_TERMS = /^(?:hoc k[yi] ?|hk ?)(?:i|1) ?(?:[,&/-]|va) ?(?:(?:hoc k[yi] ?|hk ?))?(?:ii|2)$/;
const EACH_TERM = /^(?:(?:moi|hang|theo|tung|cac) )?hoc k[yi]$/;
const YEAR_END = /^nam hoc$/;
const YEAR_START = /^(?:(?:thang )?dau|bat dau) nam hoc(?: moi)?$/;
/** «Trước khai giảng», «Dịp khai giảng năm học mới», «Trước ngày khai giảng năm học 2026-2027»: the opening day. */
const OPENING = /^(?:(?:truoc|den|vao|dip|le|ngay) )*khai giang(?: nam hoc(?: moi)?)?$/;

type SchoolPeriod = 'term1' | 'term2' | 'terms' | 'end' | 'start' | 'opening';

function readSchoolYear(r: Reading): Result<Schedule> | undefined {
  const named = NAMED_SCHOOL_YEAR.exec(r.text);
  const rest = named ? named[1]! : r.text;
  const period = schoolPeriod(rest) ?? (named?.[2] ? schoolPeriod(`${rest} nam hoc`.trim()) : undefined);
  if (period === undefined) return rest === r.text ? termOutOfRange(r, rest) : undefined;
  if (period === 'invalid') return unreadable(r.shown, 'học kỳ chỉ có I hoặc II');
  if (!named) return ok(schoolYearSchedule(r.calendar, period, undefined));
  const first = Number(named[3]);
  const second = named[4]!.length === 2 ? Math.floor(first / 100) * 100 + Number(named[4]) : Number(named[4]);
  if (second !== first + 1) return unreadable(r.shown, 'năm học gồm hai năm liền nhau, ví dụ 2025-2026');
  if (!isSupportedYear(first) || !isSupportedYear(second)) return unreadable(r.shown, 'năm không hợp lệ');
  return ok(schoolYearSchedule(r.calendar, period, first));
}

function termOutOfRange(r: Reading, rest: string): Result<Schedule> | undefined {
  return TERM.test(rest.replace(SCHOOL_LEAD, '')) ? unreadable(r.shown, 'học kỳ chỉ có I hoặc II') : undefined;
}

function schoolPeriod(text: string): SchoolPeriod | 'invalid' | undefined {
  const frequency = frequencyOf(text);
  if (frequency && (frequency.unit === 'term' || frequency.unit === 'schoolYear')) {
    if (frequency.unit === 'term') return frequency.count >= 1 ? 'terms' : 'invalid';
    return frequency.every === 1 && frequency.count === 1 ? 'end' : frequency.count === 2 && frequency.every === 1 ? 'terms' : undefined;
  }
  if (OPENING.test(text)) return 'opening';
  const core = text.replace(SCHOOL_LEAD, '');
  if (YEAR_START.test(core)) return 'start';
  if (text !== core && core === '') return undefined;
  if (BOTH_TERMS.test(core)) return 'end';
  const term = TERM.exec(core);
  if (term) {
    const n = /^\d+$/.test(term[1]!) ? Number(term[1]) : fromRoman(term[1]!);
    return n === 1 ? 'term1' : n === 2 ? 'term2' : 'invalid';
  }
  if (EACH_TERM.test(core)) return 'terms';
  if (YEAR_END.test(core) || (/^(?:ca|trong|suot) nam hoc$/.test(text))) return 'end';
  return undefined;
}

/**
 * The occurrences of a school-year period. With the school year named, exactly that year. Without,
 * in a calendar-year plan: the term lying mostly in the plan year (học kỳ II of the school year
 * ending in it, học kỳ I of the one starting in it); «cuối năm học» the school year ending in the plan
 * year; «đầu năm học» the one starting in it; «mỗi học kỳ» the two terms ending in or just after it.
 */
function schoolYearSchedule(calendar: PlanCalendar, period: SchoolPeriod, named: number | undefined): Schedule {
  const planYear = calendar.planYear;
  const term1 = (startYear: number): Occurrence => ({
    label: `Học kỳ I ${schoolYearName(startYear)}`,
    due: schoolYearDates(calendar, startYear).firstTermEnd,
  });
  const term2 = (startYear: number): Occurrence => ({
    label: `Học kỳ II ${schoolYearName(startYear)}`,
    due: schoolYearDates(calendar, startYear).end,
  });
  switch (period) {
    case 'term1':
      return single(term1(named ?? planYear));
    case 'term2':
      return single(term2(named ?? planYear - 1));
    case 'terms': {
      const occurrences = named === undefined ? [term2(planYear - 1), term1(planYear)] : [term1(named), term2(named)];
      return { kind: 'dated', recurring: true, occurrences: [...occurrences].sort((a, b) => compareDates(a.due, b.due)) };
    }
    case 'end': {
      const startYear = named ?? planYear - 1;
      return single({ label: `Cuối năm học ${schoolYearName(startYear)}`, due: schoolYearDates(calendar, startYear).end });
    }
    case 'opening': {
      const startYear = named ?? planYear;
      return single({ label: `Khai giảng ${schoolYearName(startYear)}`, due: schoolYearDates(calendar, startYear).start });
    }
    case 'start': {
      const startYear = named ?? planYear;
      const { start } = schoolYearDates(calendar, startYear);
      return single({ label: `Đầu năm học ${schoolYearName(startYear)}`, due: lastDayOfMonth(start.year, start.month) });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// «Tháng 9/2026 - 12/2026», «Từ tháng 9/2025 đến tháng 5/2026»: one occurrence at the end of the last month

const MONTH_YEAR_RANGE = /^(?:tu )?(?:thang )?(\d{1,2}) ?\/ ?(\d{4}) ?(?:-|den|toi) ?(?:thang )?(\d{1,2}) ?\/ ?(\d{4})$/;

function readMonthYearRange(r: Reading): Result<Schedule> | undefined {
  const m = MONTH_YEAR_RANGE.exec(r.text);
  if (!m) return undefined;
  const [fromMonth, fromYear, toMonth, toYear] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  if ([fromMonth, toMonth].some((n) => n < 1 || n > 12)) return unreadable(r.shown, 'tháng chỉ từ 1 đến 12');
  if (!isSupportedYear(fromYear) || !isSupportedYear(toYear)) return unreadable(r.shown, 'năm không hợp lệ');
  if (fromYear * 12 + fromMonth > toYear * 12 + toMonth) return unreadable(r.shown, 'khoảng thời gian bị ngược');
  const label = fromYear === toYear
    ? monthLabel(range(fromMonth, toMonth), toYear, r.planYear)
    : `Tháng ${fromMonth}/${fromYear}–${toMonth}/${toYear}`;
  return ok(single({ label, due: lastDayOfMonth(toYear, toMonth) }));
}

/** «Quý I hằng năm», «Tháng 10 hằng năm»: in a one-year plan, that period of the plan year. */
function readEveryYear(r: Reading): Result<Schedule> | undefined {
  const m = /^(.+) (?:hang|moi) nam$/.exec(r.text);
  if (!m) return undefined;
  const rest = { ...r, text: m[1]! };
  return readWithYear(rest, readHalfYear) ?? readWithYear(rest, readQuarters) ?? readWithYear(rest, readMonths);
}

// ---------------------------------------------------------------------------------------------
// «giai đoạn 2026-2030», «đến năm 2030»: the end of the last year

function readHorizon(r: Reading): Result<Schedule> | undefined {
  const horizon = trailingHorizon(r.text);
  if (!horizon || horizon.before !== '') return undefined;
  if (!isSupportedYear(horizon.year)) return unreadable(r.shown, 'năm không hợp lệ');
  const label = horizon.year === r.planYear ? 'Cả năm' : `Đến năm ${horizon.year}`;
  return ok(single({ label, due: calendarDate(horizon.year, 12, 31) }));
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

// ---------------------------------------------------------------------------------------------
// Frequencies: «Hàng quý», «02 lần/quý», «quý/lần», «3 tháng/lần», «hằng tuần», «thường niên», «2 lần/năm»

type FrequencyUnit = 'week' | 'month' | 'quarter' | 'year' | 'term' | 'schoolYear';

interface Frequency {
  readonly unit: FrequencyUnit;
  /** Times per `every` units. */
  readonly count: number;
  readonly every: number;
}

const COUNT = String.raw`(\d{1,2}|mot|hai|ba|bon|sau)`;
const UNIT = String.raw`(tuan|thang|qu[yi]|hoc k[yi]|nam hoc|nam)`;
const ONE = String.raw`(?:(?:1|01|mot) )?`;
const FREQUENCY_QUALIFIERS = /^(?:(?:toi thieu|it nhat|dinh ky|khoang|trung binh|thuc hien) ?:? )+/;
/** «02 lần/quý», «1 lần / tháng», «2 lần mỗi học kỳ». */
const TIMES_PER = new RegExp(String.raw`^${COUNT} lan ?(?:/ ?|(?:tren|moi|mot|trong) )${ONE}${UNIT}$`);
/** «Mỗi quý 1 lần», «hằng tháng 02 lần». */
const PER_TIMES = new RegExp(String.raw`^(?:moi|hang) ${UNIT} ${COUNT} lan$`);
/** «quý/lần», «1 quý/lần», «3 tháng/lần», «01 quý/01 lần». */
const EVERY = new RegExp(String.raw`^(?:${COUNT} )?${UNIT} ?(?:/ ?|mot )${ONE}lan$`);
/** «Hàng quý», «định kỳ hằng tháng», «theo tuần», «mỗi học kỳ». */
const EACH = new RegExp(String.raw`^(?:hang|moi|theo|tung) ${UNIT}$`);

const COUNT_WORDS: Readonly<Record<string, number>> = { mot: 1, hai: 2, ba: 3, bon: 4, sau: 6 };

function frequencyOf(text: string): Frequency | undefined {
  const t = text.replace(FREQUENCY_QUALIFIERS, '');
  if (t === 'thuong nien') return { unit: 'year', count: 1, every: 1 };
  const timesPer = TIMES_PER.exec(t) ?? PER_TIMES.exec(t);
  if (timesPer) {
    const [count, unit] = TIMES_PER.test(t) ? [timesPer[1]!, timesPer[2]!] : [timesPer[2]!, timesPer[1]!];
    return { unit: unitOf(unit), count: countOf(count), every: 1 };
  }
  const periodic = /^dinh ky (\d{1,2}|mot|hai|ba|sau) (tuan|thang|qu[yi]|nam)$/.exec(text);
  if (periodic) return { unit: unitOf(periodic[2]!), count: 1, every: countOf(periodic[1]!) };
  const every = EVERY.exec(t);
  if (every) return { unit: unitOf(every[2]!), count: 1, every: every[1] === undefined ? 1 : countOf(every[1]) };
  const each = EACH.exec(t);
  if (each && each[1] !== 'nam') return { unit: unitOf(each[1]!), count: 1, every: 1 };
  return undefined;
}

function countOf(token: string): number {
  return COUNT_WORDS[token] ?? Number(token);
}

function unitOf(token: string): FrequencyUnit {
  if (token === 'tuan') return 'week';
  if (token === 'thang') return 'month';
  if (token === 'nam') return 'year';
  if (token === 'nam hoc') return 'schoolYear';
  return token.startsWith('hoc') ? 'term' : 'quarter';
}

/**
 * A frequency → one occurrence per block of months. Several times a quarter (or a month) are one
 * update per quarter (month): the count is the target's business, the timing only says when to
 * report. Weekly work reports monthly: 52 rows a year would bury the plan.
 */
function readFrequency(y: YearReading): Result<Schedule> | undefined {
  const frequency = frequencyOf(withoutTrailingNam(y));
  if (!frequency || frequency.unit === 'term' || frequency.unit === 'schoolYear') return undefined;
  const months = blockMonths(frequency);
  if (months === undefined) return unreadable(y.shown, 'số lần trong năm phải chia đều 12 tháng: 1, 2, 3, 4, 6 hoặc 12');
  return ok(monthBlocks(months, y.year, y.planYear));
}

/** Months per occurrence, or undefined when the frequency does not split the year into equal blocks. */
function blockMonths({ unit, count, every }: Frequency): number | undefined {
  if (count < 1 || every < 1) return undefined;
  const months = unit === 'week' ? (every <= 4 ? 1 : undefined)
    : unit === 'month' ? (count > 1 ? 1 : every)
      : unit === 'quarter' ? (count > 1 ? 3 : 3 * every)
        : count > 1 && every === 1 ? 12 / count : 12 * every;
  return months !== undefined && Number.isInteger(months) && months >= 1 && 12 % months === 0 ? months : undefined;
}

function monthBlocks(size: number, year: number, planYear: number): Schedule {
  const occurrences: Occurrence[] = [];
  for (let first = 1; first <= 12; first += size) {
    const last = first + size - 1;
    occurrences.push({ label: blockLabel(first, last, year, planYear), due: lastDayOfMonth(year, last) });
  }
  return occurrences.length === 1 ? single(occurrences[0]!) : { kind: 'dated', recurring: true, occurrences };
}

/** The canonical label of a block of months: Tháng 5, Quý II, 6 tháng đầu năm, Cả năm, Tháng 5–8. */
function blockLabel(first: number, last: number, year: number, planYear: number): string {
  if (first === 1 && last === 12) return `Cả năm${yearSuffix(' ', year, planYear)}`;
  if (last - first === 5) return `6 tháng ${first === 1 ? 'đầu' : 'cuối'} năm${yearSuffix(' ', year, planYear)}`;
  if (last - first === 2 && first % 3 === 1) return quarterLabel([(first + 2) / 3], year, planYear);
  return monthLabel(range(first, last), year, planYear);
}

const HALF_YEAR = /^(?:6|sau) thang (dau|cuoi)(?: nam)?$/;

function readHalfYear(y: YearReading): Result<Schedule> | undefined {
  const m = HALF_YEAR.exec(y.text);
  if (!m) return undefined;
  const first = m[1] === 'dau';
  const label = `6 tháng ${first ? 'đầu' : 'cuối'} năm${yearSuffix(' ', y.year, y.planYear)}`;
  return ok(single({ label, due: first ? calendarDate(y.year, 6, 30) : calendarDate(y.year, 12, 31) }));
}

const WHOLE_YEAR = /^(?:(?:dinh ky )?hang|ca|trong|suot|moi) nam$/;

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
  const occurrences = runs(covered).map((run) => ({
    label: quarterLabel(run, y.year, y.planYear),
    due: quarterEnd(y.year, run[run.length - 1]! as Quarter),
  }));
  return ok(list(occurrences));
}

function readMonths(y: YearReading): Result<Schedule> | undefined {
  const items = listItems(withoutTrailingNam(y), 'thang', '\\d+');
  if (!items) return undefined;
  const numbers = items.map((item) => ({ value: Number(item.token), range: item.range }));
  if (numbers.some((n) => n.value < 1 || n.value > 12)) return unreadable(y.shown, 'tháng chỉ từ 1 đến 12');
  const covered = coveredNumbers(numbers);
  if (!covered) return unreadable(y.shown, 'khoảng thời gian bị ngược');
  const occurrences = runs(covered).map((run) => ({
    label: monthLabel(run, y.year, y.planYear),
    due: lastDayOfMonth(y.year, run[run.length - 1]!),
  }));
  return ok(list(occurrences));
}

// ---------------------------------------------------------------------------------------------
// Lists of quarters or months: "quy i, ii", "quy ii-iii", "tu quy ii den quy iii", "thang 4, 5"

interface ListItem {
  readonly token: string;
  /** Joined to the item before by "-" or "đến": everything in between is covered too. */
  readonly range: boolean;
}

const LIST_PREFIX = /^(?:tu|trong|vao|cuoi|dau|giua) /;
const SEPARATOR = /^ ?(?:[,;&+-]|(?:va|den)(?![a-z0-9]))(?: ?(?:[,;&+-]|(?:va|den)(?![a-z0-9])))* ?/;

/** The items of "<keyword> a, b-c …" (the keyword may repeat before each item), or undefined for another form. */
function listItems(text: string, keyword: string, itemPattern: string): ListItem[] | undefined {
  const from = text.startsWith('tu ');
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
    // «Từ tháng 1» alone says when work starts, not when it is due.
    if (rest === '') return from && !items.some((i) => i.range) ? undefined : items;
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

/** Consecutive runs of sorted numbers, each "a" or "a–b" (en dash), joined by ", ": [1,2,3,5] → "1–3, 5". */
export function runsLabel(numbers: readonly number[], show: (n: number) => string): string {
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
  return { label: `${DAY_LABEL_WORD} ${formatDdMmYyyy(due)}`, due };
}

const DAY_LABEL_WORD = 'Hạn';

/** A label that only restates its due date («Hạn 15/04/2026»): where the date is shown, print it once, alone. */
export function isDayLabel(label: string): boolean {
  return label.startsWith(`${DAY_LABEL_WORD} `) && /^\d/.test(label.slice(DAY_LABEL_WORD.length + 1));
}

// ---------------------------------------------------------------------------------------------
// Helpers

function single(occurrence: Occurrence): Schedule {
  return { kind: 'dated', recurring: false, occurrences: [occurrence] };
}

/** Named periods, in order: one occurrence per consecutive run ("Tháng 1, 5" → two). */
function list(occurrences: readonly Occurrence[]): Schedule {
  return { kind: 'dated', recurring: false, occurrences };
}

/** Sorted numbers → their consecutive runs: [1, 2, 5] → [[1, 2], [5]]. */
function runs(numbers: readonly number[]): number[][] {
  const out: number[][] = [];
  for (const n of numbers) {
    const current = out[out.length - 1];
    if (current && current[current.length - 1] === n - 1) current.push(n);
    else out.push([n]);
  }
  return out;
}

/** first, first + 1, …, last. */
function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function unreadable<T = Schedule>(shown: string, hint?: string): Result<T> {
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
