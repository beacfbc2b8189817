/**
 * Reporting deadlines the plan writes («Báo cáo tháng: trước ngày 12 hằng tháng», «Báo cáo quý: trước ngày
 * 15 tháng cuối quý», «Báo cáo 6 tháng: trước ngày 05/6», «Báo cáo năm: trước ngày 05/12»), recorded in
 * Cấu hình, one row per kind of report. The text is read by the timing reader (../schedule.ts): a monthly
 * or quarterly deadline is a day of the period's last month («… hằng tháng», «… tháng cuối quý»); a 6-month
 * or yearly one is a day and month («05/6», a date cell). A report due before its period ends is cut at
 * its deadline (see ./window.ts), and reminders warn before it (../reminders/run.ts).
 */
import { calendarDate, type CalendarDate, daysInMonth, isCalendarDate } from '../date';
import type { ReportPeriod } from '../period';
import { fail, ok, type Result } from '../result';
import { parseSchedule } from '../schedule';
import { cleanText, quote } from '../text';

export type DeadlineKind = ReportPeriod['kind'];

export interface ReportDeadline {
  /** The cell as typed (cleaned), written back to Cấu hình as is. */
  readonly text: string;
  /** Day of the month (1–31; a shorter month's last day stands for a day past its end). */
  readonly day: number;
  /** The month, for a 6-month or yearly deadline given as day/month; absent: the period's last month. */
  readonly month?: number;
}

export type ReportDeadlines = Partial<Record<DeadlineKind, ReportDeadline>>;

export const DEADLINE_KINDS: readonly DeadlineKind[] = ['month', 'quarter', 'half', 'year'];

/** The example each error gives, in the plan's own words. */
export const DEADLINE_EXAMPLES: Readonly<Record<DeadlineKind, string>> = {
  month: 'Trước ngày 12 hằng tháng',
  quarter: 'Trước ngày 15 tháng cuối quý',
  half: 'Trước ngày 05/6',
  year: 'Trước ngày 05/12',
};

/** The kind of report in Vietnamese: «báo cáo tháng», «báo cáo quý», … */
export const DEADLINE_REPORT_NAMES: Readonly<Record<DeadlineKind, string>> = {
  month: 'báo cáo tháng',
  quarter: 'báo cáo quý',
  half: 'báo cáo 6 tháng',
  year: 'báo cáo năm',
};

/** «Báo cáo 6 tháng:», «Báo cáo quý gửi», … before the timing: the row already says which report. */
const REPORT_PREFIX = /^b[áa]o\s+c[áa]o\s+(?:(?:6|s[áa]u)\s+th[áa]ng|th[áa]ng|qu[ýyíi]|n[ăa]m)(?:\s+(?:g[ửu]i|n[ộo]p))?\s*[:\-–]?\s*/iu;
/** «tháng cuối quý», «tháng cuối của quý», «tháng cuối mỗi quý»: the quarter's last month. */
const LAST_MONTH_OF_QUARTER = /th[áa]ng\s+cu[ốo]i\s+(?:(?:c[ủu]a|m[ỗo]i)\s+)?qu[ýyíi]/iu;

/** A monthly day («… hằng tháng»): every month of the timing falls on the same day (a short month on its end). */
function monthlyDay(text: string, planYear: number): number | undefined {
  const r = parseSchedule(text, planYear);
  if (!r.ok || r.value.kind !== 'dated' || r.value.occurrences.length !== 12) return undefined;
  const days = r.value.occurrences.map((o, i) => (o.due.month === i + 1 && o.due.year === planYear ? o.due.day : -1));
  const day = days[0]!;
  return days.every((x, i) => x === Math.min(day, daysInMonth(planYear, i + 1))) ? day : undefined;
}

/** One day of the year («05/6», «trước ngày 05/12 hằng năm»). */
function yearlyDay(text: string, planYear: number): { day: number; month: number } | undefined {
  const r = parseSchedule(text, planYear);
  if (!r.ok || r.value.kind !== 'dated' || r.value.recurring || r.value.occurrences.length !== 1) return undefined;
  const { day, month } = r.value.occurrences[0]!.due;
  return { day, month };
}

/** A Cấu hình deadline cell of one kind of report → its deadline. Never throws; an error quotes the cell. */
export function readReportDeadline(kind: DeadlineKind, cell: string | CalendarDate, planYear: number): Result<ReportDeadline> {
  const example = DEADLINE_EXAMPLES[kind];
  const monthly = kind === 'month' || kind === 'quarter';
  if (isCalendarDate(cell)) {
    const shown = `${String(cell.day).padStart(2, '0')}/${String(cell.month).padStart(2, '0')}/${cell.year}`;
    if (monthly) return fail(`không hiểu hạn ${DEADLINE_REPORT_NAMES[kind]} ${quote(shown)}: ghi một ngày của tháng (ví dụ: «${example}»)`);
    return ok({ text: shown, day: cell.day, month: cell.month });
  }
  const text = typeof cell === 'string' ? cleanText(cell.normalize('NFC')) : '';
  const timing = text.replace(REPORT_PREFIX, '');
  if (monthly) {
    const day = monthlyDay(kind === 'quarter' ? timing.replace(LAST_MONTH_OF_QUARTER, 'hằng tháng') : timing, planYear);
    if (day !== undefined) return ok({ text, day });
  } else {
    const date = yearlyDay(timing, planYear);
    if (date) return ok({ text, ...date });
  }
  return fail(`không hiểu hạn ${DEADLINE_REPORT_NAMES[kind]} ${quote(text)} (ví dụ: «${example}»)`);
}

/** The period's last month: where a monthly or quarterly deadline falls, and a day-only one of 6 tháng / năm. */
function lastMonth(p: ReportPeriod): number {
  switch (p.kind) {
    case 'month':
      return p.month;
    case 'quarter':
      return p.quarter * 3;
    case 'half':
      return 6;
    case 'year':
      return 12;
  }
}

/** The day the report of `period` is due, when Cấu hình records a deadline for its kind. */
export function periodDeadline(period: ReportPeriod, deadlines: ReportDeadlines | undefined): CalendarDate | undefined {
  const deadline = deadlines?.[period.kind];
  if (!deadline) return undefined;
  const month = deadline.month ?? lastMonth(period);
  return calendarDate(period.year, month, Math.min(deadline.day, daysInMonth(period.year, month)));
}
