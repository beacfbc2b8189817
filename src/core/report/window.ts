/**
 * The data window of a report period. Two rules, chosen in Cấu hình («Cách tính kỳ báo cáo»):
 * - 'calendar': the calendar period (tháng 11 = 01/11–30/11; quý III = 01/7–30/9);
 * - 'mid-month': the NĐ 09/2019 pattern some Sở use, data cut off on the 14th of the period's last
 *   month and starting on the 15th of the month before the period (quý III = 15/6–14/9;
 *   quý I = 15/12 of the year before–14/3; 6 tháng = 15/12–14/6; năm = 15/12–14/12; tháng 11 = 15/10–14/11).
 * A reporting deadline recorded in Cấu hình (./deadlines.ts) that falls inside the window cuts it: the
 * window ends on the deadline (`cutAt`), and the next report of the same kind starts the day after, so
 * every day still belongs to exactly one report (tháng 11 due «trước ngày 12 hằng tháng» = 13/10–12/11;
 * năm due 05/12 = 06/12 of the year before–05/12; 6 tháng, the year's first part, starts with the year).
 * The report evaluates the plan as of the window's last day.
 */
import { addDays, calendarDate, compareDates, type CalendarDate } from '../date';
import {
  lastFinishedQuarter, nextPeriod, periodLabel, periodRange, quarterOf, QUARTERS, type Quarter, type ReportPeriod, toRoman,
} from '../period';
import type { Settings } from '../plan';
import { periodDeadline } from './deadlines';

export type ReportingRule = Settings['reportingRule'];

/** The rule Cấu hình chose; anything but 'mid-month' (a blank, a settings object from elsewhere) is 'calendar'. */
export function reportingRuleOf(settings: Pick<Settings, 'reportingRule'>): ReportingRule {
  return settings.reportingRule === 'mid-month' ? 'mid-month' : 'calendar';
}

/** The quarter a period ends in, whose column holds its results: the quarter itself; a month: its quarter; 6 tháng: quý II; năm: quý IV. */
export function closingQuarter(p: ReportPeriod): Quarter {
  switch (p.kind) {
    case 'month':
      return Math.ceil(p.month / 3) as Quarter;
    case 'quarter':
      return p.quarter;
    case 'half':
      return 2;
    case 'year':
      return 4;
  }
}

export interface ReportWindow {
  /** First day of data, inclusive. */
  readonly start: CalendarDate;
  /** Last day of data, inclusive: the day the plan is evaluated as of. */
  readonly end: CalendarDate;
  /** Set when the report is due before its period's data would end: the deadline, which is also `end`. */
  readonly cutAt?: CalendarDate;
}

/** What a period's window depends on in Cấu hình: the rule, and the reporting deadlines if recorded. */
export type WindowSettings = Pick<Settings, 'reportingRule' | 'reportDeadlines'>;

export function reportWindow(period: ReportPeriod, rule: ReportingRule): ReportWindow {
  const calendar = periodRange(period);
  if (rule === 'calendar') return calendar;
  // 15th of the month before the period's first month … 14th of its last month.
  const first = calendar.start;
  const start = first.month === 1 ? calendarDate(first.year - 1, 12, 15) : calendarDate(first.year, first.month - 1, 15);
  return { start, end: calendarDate(calendar.end.year, calendar.end.month, 14) };
}

/** The deadline that cuts the rule's window of `period`, if one falls inside it before its last day. */
function cutOf(period: ReportPeriod, settings: WindowSettings): CalendarDate | undefined {
  const deadline = periodDeadline(period, settings.reportDeadlines);
  if (!deadline) return undefined;
  const window = reportWindow(period, reportingRuleOf(settings));
  return compareDates(deadline, window.start) >= 0 && compareDates(deadline, window.end) < 0 ? deadline : undefined;
}

/** The report before, whose cut-off this period's data starts after: the month or quarter before; for 6 tháng and năm, the year before. */
function previousPeriod(p: ReportPeriod): ReportPeriod {
  switch (p.kind) {
    case 'month':
      return p.month === 1 ? { kind: 'month', year: p.year - 1, month: 12 } : { kind: 'month', year: p.year, month: p.month - 1 };
    case 'quarter':
      return p.quarter === 1 ? { kind: 'quarter', year: p.year - 1, quarter: 4 } : { kind: 'quarter', year: p.year, quarter: (p.quarter - 1) as Quarter };
    case 'half':
    case 'year':
      return { kind: 'year', year: p.year - 1 };
  }
}

/** The data window of `period` under Cấu hình: the rule's window, cut at the reporting deadline (see above). */
export function reportWindowOf(period: ReportPeriod, settings: WindowSettings): ReportWindow {
  const base = reportWindow(period, reportingRuleOf(settings));
  const previousCut = cutOf(previousPeriod(period), settings);
  const start = previousCut ? addDays(previousCut, 1) : base.start;
  const cutAt = cutOf(period, settings);
  return cutAt ? { start, end: cutAt, cutAt } : { start, end: base.end };
}

/** True when `date` lies in the window (both ends inclusive). */
export function inWindow(date: CalendarDate, window: ReportWindow): boolean {
  return compareDates(date, window.start) >= 0 && compareDates(date, window.end) <= 0;
}

/**
 * The default period on `today`: the latest quarter whose data window has closed before today.
 * Calendar rule on 15/10/2026 → quý III/2026; on 01/10 → quý III (30/9 is over); on 30/9 → quý II.
 * Mid-month rule on 15/9/2026 → quý III (cut off 14/9); on 14/9 → quý II.
 */
export function defaultReportPeriod(today: CalendarDate, rule: ReportingRule): ReportPeriod {
  const current: ReportPeriod = { kind: 'quarter', year: today.year, quarter: quarterOf(today) };
  return compareDates(reportWindow(current, rule).end, today) < 0 ? current : lastFinishedQuarter(today);
}

/** The periods a plan year can be reported for, in the order the dialog lists them: quarters, 6 tháng, năm, then the months. */
export function periodsOfYear(year: number): ReportPeriod[] {
  return [
    ...QUARTERS.map((quarter): ReportPeriod => ({ kind: 'quarter', year, quarter })),
    { kind: 'half', year },
    { kind: 'year', year },
    ...MONTHS.map((month): ReportPeriod => ({ kind: 'month', year, month })),
  ];
}

const MONTHS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** 'tháng 11/2026', 'quý III-2026', '6 tháng đầu năm 2026', 'năm 2026': the period as the document's name carries it. */
export function periodNameLabel(p: ReportPeriod): string {
  switch (p.kind) {
    case 'month':
      return `tháng ${p.month}/${p.year}`;
    case 'quarter':
      return `quý ${toRoman(p.quarter)}-${p.year}`;
    case 'half':
      return `6 tháng đầu năm ${p.year}`;
    case 'year':
      return `năm ${p.year}`;
  }
}

/** What the section «Phương hướng» looks ahead to: the next month or quarter, the second half, or the next year. */
export interface FollowingPeriod {
  readonly label: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** `rule`: the rule alone, or Cấu hình with its reporting deadlines (then the cut windows are followed). */
export function followingPeriod(p: ReportPeriod, rule: ReportingRule | WindowSettings): FollowingPeriod {
  const settings: WindowSettings = typeof rule === 'string' ? { reportingRule: rule } : rule;
  const start = addDays(reportWindowOf(p, settings).end, 1);
  if (p.kind === 'half') {
    // The second half has no period of its own: it runs to the end of the year's window.
    return { label: `6 tháng cuối năm ${p.year}`, start, end: reportWindowOf({ kind: 'year', year: p.year }, settings).end };
  }
  const next = nextPeriod(p);
  return { label: periodLabel(next), start, end: reportWindowOf(next, settings).end };
}
