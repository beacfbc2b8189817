import { describe, expect, it } from 'vitest';
import { addDays, calendarDate as d } from '../../../src/core/date';
import type { ReportPeriod } from '../../../src/core/period';
import {
  closingQuarter, defaultReportPeriod, followingPeriod, inWindow, periodNameLabel, periodsOfYear, reportingRuleOf, reportWindow,
} from '../../../src/core/report/window';

const q = (year: number, quarter: 1 | 2 | 3 | 4): ReportPeriod => ({ kind: 'quarter', year, quarter });

describe('reportWindow', () => {
  it('calendar rule: the calendar period', () => {
    expect(reportWindow(q(2026, 3), 'calendar')).toEqual({ start: d(2026, 7, 1), end: d(2026, 9, 30) });
    expect(reportWindow({ kind: 'half', year: 2026 }, 'calendar')).toEqual({ start: d(2026, 1, 1), end: d(2026, 6, 30) });
    expect(reportWindow({ kind: 'year', year: 2026 }, 'calendar')).toEqual({ start: d(2026, 1, 1), end: d(2026, 12, 31) });
  });

  it('mid-month rule: the 15th of the month before to the 14th of the last month', () => {
    expect(reportWindow(q(2026, 3), 'mid-month')).toEqual({ start: d(2026, 6, 15), end: d(2026, 9, 14) });
    expect(reportWindow(q(2026, 1), 'mid-month')).toEqual({ start: d(2025, 12, 15), end: d(2026, 3, 14) });
    expect(reportWindow({ kind: 'half', year: 2026 }, 'mid-month')).toEqual({ start: d(2025, 12, 15), end: d(2026, 6, 14) });
    expect(reportWindow({ kind: 'year', year: 2026 }, 'mid-month')).toEqual({ start: d(2025, 12, 15), end: d(2026, 12, 14) });
  });

  it('consecutive mid-month quarters leave no gap and do not overlap', () => {
    for (const quarter of [1, 2, 3] as const) {
      const a = reportWindow(q(2026, quarter), 'mid-month');
      const b = reportWindow(q(2026, (quarter + 1) as 2 | 3 | 4), 'mid-month');
      expect(inWindow(a.end, b)).toBe(false);
      expect(b.start).toEqual(d(a.end.year, a.end.month, 15));
    }
  });

  it('inWindow includes both ends', () => {
    const w = reportWindow(q(2026, 3), 'calendar');
    expect(inWindow(d(2026, 7, 1), w)).toBe(true);
    expect(inWindow(d(2026, 9, 30), w)).toBe(true);
    expect(inWindow(d(2026, 6, 30), w)).toBe(false);
    expect(inWindow(d(2026, 10, 1), w)).toBe(false);
  });
});

describe('defaultReportPeriod', () => {
  it('calendar: the quarter that ended before today', () => {
    expect(defaultReportPeriod(d(2026, 10, 15), 'calendar')).toEqual(q(2026, 3));
    expect(defaultReportPeriod(d(2026, 10, 1), 'calendar')).toEqual(q(2026, 3));
    expect(defaultReportPeriod(d(2026, 9, 30), 'calendar')).toEqual(q(2026, 2));
    expect(defaultReportPeriod(d(2027, 1, 5), 'calendar')).toEqual(q(2026, 4));
    expect(defaultReportPeriod(d(2027, 3, 31), 'calendar')).toEqual(q(2026, 4));
  });

  it('mid-month: a quarter is finished once its 14th has passed', () => {
    expect(defaultReportPeriod(d(2026, 9, 15), 'mid-month')).toEqual(q(2026, 3));
    expect(defaultReportPeriod(d(2026, 9, 14), 'mid-month')).toEqual(q(2026, 2));
    expect(defaultReportPeriod(d(2026, 3, 20), 'mid-month')).toEqual(q(2026, 1));
    expect(defaultReportPeriod(d(2026, 2, 1), 'mid-month')).toEqual(q(2025, 4));
  });
});

describe('labels and the following period', () => {
  it('names periods the way the document name does', () => {
    expect(periodNameLabel(q(2026, 3))).toBe('quý III-2026');
    expect(periodNameLabel({ kind: 'half', year: 2026 })).toBe('6 tháng đầu năm 2026');
    expect(periodNameLabel({ kind: 'year', year: 2026 })).toBe('năm 2026');
    expect(periodsOfYear(2026).map(periodNameLabel).slice(0, 6)).toEqual(['quý I-2026', 'quý II-2026', 'quý III-2026', 'quý IV-2026', '6 tháng đầu năm 2026', 'năm 2026']);
  });

  it('looks ahead to the next quarter, the second half, the next year', () => {
    expect(followingPeriod(q(2026, 3), 'calendar')).toEqual({ label: 'quý IV năm 2026', start: d(2026, 10, 1), end: d(2026, 12, 31) });
    expect(followingPeriod(q(2026, 4), 'calendar')).toEqual({ label: 'quý I năm 2027', start: d(2027, 1, 1), end: d(2027, 3, 31) });
    expect(followingPeriod({ kind: 'half', year: 2026 }, 'calendar')).toEqual({ label: '6 tháng cuối năm 2026', start: d(2026, 7, 1), end: d(2026, 12, 31) });
    expect(followingPeriod({ kind: 'year', year: 2026 }, 'calendar').label).toBe('năm 2027');
    expect(followingPeriod(q(2026, 3), 'mid-month')).toEqual({ label: 'quý IV năm 2026', start: d(2026, 9, 15), end: d(2026, 12, 14) });
  });
});

describe('closingQuarter and reportingRuleOf', () => {
  it('a period\'s results are those of the quarter it ends in', () => {
    expect(closingQuarter(q(2026, 3))).toBe(3);
    expect(closingQuarter({ kind: 'half', year: 2026 })).toBe(2);
    expect(closingQuarter({ kind: 'year', year: 2026 })).toBe(4);
  });
  it('anything but mid-month is the calendar rule', () => {
    expect(reportingRuleOf({ reportingRule: 'mid-month' })).toBe('mid-month');
    expect(reportingRuleOf({ reportingRule: 'calendar' })).toBe('calendar');
    expect(reportingRuleOf({} as { reportingRule: 'calendar' })).toBe('calendar');
  });
  it('the quarter after quý IV is quý I of the next year', () => {
    expect(followingPeriod(q(2026, 4), 'calendar')).toEqual({ label: 'quý I năm 2027', start: d(2027, 1, 1), end: d(2027, 3, 31) });
  });
});

describe('month windows', () => {
  const m = (year: number, month: number): ReportPeriod => ({ kind: 'month', year, month } as ReportPeriod);

  it('calendar rule: the calendar month', () => {
    expect(reportWindow(m(2026, 11), 'calendar')).toEqual({ start: d(2026, 11, 1), end: d(2026, 11, 30) });
    expect(reportWindow(m(2026, 2), 'calendar')).toEqual({ start: d(2026, 2, 1), end: d(2026, 2, 28) });
  });

  it('mid-month rule: the 15th of the month before to the 14th of the month, across the new year', () => {
    expect(reportWindow(m(2026, 11), 'mid-month')).toEqual({ start: d(2026, 10, 15), end: d(2026, 11, 14) });
    expect(reportWindow(m(2026, 1), 'mid-month')).toEqual({ start: d(2025, 12, 15), end: d(2026, 1, 14) });
    expect(reportWindow(m(2026, 3), 'mid-month')).toEqual({ start: d(2026, 2, 15), end: d(2026, 3, 14) });
  });

  it('consecutive months leave no gap and do not overlap under either rule', () => {
    for (const rule of ['calendar', 'mid-month'] as const) {
      for (let month = 1; month <= 12; month++) {
        const a = reportWindow(m(2026, month), rule);
        const b = reportWindow(month === 12 ? m(2027, 1) : m(2026, month + 1), rule);
        expect(inWindow(a.end, b), `${rule} ${month}`).toBe(false);
        expect(b.start, `${rule} ${month}`).toEqual(addDays(a.end, 1));
      }
    }
  });

  it('names, closing quarter, the following month and the dialog list', () => {
    expect(periodNameLabel(m(2026, 11))).toBe('tháng 11/2026');
    expect(closingQuarter(m(2026, 11))).toBe(4);
    expect(closingQuarter(m(2026, 3))).toBe(1);
    expect(followingPeriod(m(2026, 11), 'calendar')).toEqual({ label: 'tháng 12 năm 2026', start: d(2026, 12, 1), end: d(2026, 12, 31) });
    expect(followingPeriod(m(2026, 12), 'mid-month')).toEqual({ label: 'tháng 1 năm 2027', start: d(2026, 12, 15), end: d(2027, 1, 14) });
    expect(periodsOfYear(2026).map(periodNameLabel)).toEqual([
      'quý I-2026', 'quý II-2026', 'quý III-2026', 'quý IV-2026', '6 tháng đầu năm 2026', 'năm 2026',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => `tháng ${month}/2026`),
    ]);
  });
});
