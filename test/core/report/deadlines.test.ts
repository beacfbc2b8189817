import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../../../src/core/date';
import type { ReportPeriod } from '../../../src/core/period';
import { periodDeadline, readReportDeadline, type ReportDeadlines } from '../../../src/core/report/deadlines';
import { followingPeriod, reportWindowOf } from '../../../src/core/report/window';

const month = (m: number, year = 2026): ReportPeriod => ({ kind: 'month', year, month: m });
const quarter = (q: 1 | 2 | 3 | 4, year = 2026): ReportPeriod => ({ kind: 'quarter', year, quarter: q });
const half: ReportPeriod = { kind: 'half', year: 2026 };
const year: ReportPeriod = { kind: 'year', year: 2026 };

function read(kind: 'month' | 'quarter' | 'half' | 'year', text: string) {
  const r = readReportDeadline(kind, text, 2026);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('readReportDeadline: the plan\'s own words for each report', () => {
  it('monthly: a day of every month, as plans write it', () => {
    for (const text of ['Trước ngày 12 hằng tháng', 'trước ngày 12 hàng tháng', 'Báo cáo tháng: trước ngày 12 hằng tháng', 'Báo cáo tháng gửi trước ngày 12 hàng tháng', 'ngày 12 hằng tháng']) {
      const r = read('month', text);
      expect([r.day, r.month], text).toEqual([12, undefined]);
    }
  });

  it('quarterly: a day of the quarter\'s last month', () => {
    for (const text of ['Trước ngày 15 tháng cuối quý', 'Báo cáo quý: trước ngày 15 tháng cuối quý', 'trước ngày 15 của tháng cuối quý', 'Trước ngày 15 tháng cuối mỗi quý', 'trước ngày 15 hằng tháng']) {
      const r = read('quarter', text);
      expect([r.day, r.month], text).toEqual([15, undefined]);
    }
  });

  it('6 tháng and năm: a day and month of the year, typed or a date cell', () => {
    for (const text of ['Trước ngày 05/6 hằng năm', 'Báo cáo 6 tháng: trước ngày 05/6', 'trước ngày 5/6', '05/06']) {
      expect(read('half', text), text).toMatchObject({ day: 5, month: 6 });
    }
    for (const text of ['Trước ngày 05/12 hằng năm', 'Báo cáo năm: Trước ngày 05/12 hằng năm', 'trước ngày 05 tháng 12', '05/12']) {
      expect(read('year', text), text).toMatchObject({ day: 5, month: 12 });
    }
    const cell = readReportDeadline('year', d(2026, 12, 5), 2026);
    expect(cell.ok && cell.value).toMatchObject({ day: 5, month: 12 });
  });

  it('what cannot be read, or does not fit the report, is an error quoting the cell, never a guess', () => {
    const cases: ['month' | 'quarter' | 'half' | 'year', string, string][] = [
      ['month', '12', 'Trước ngày 12 hằng tháng'],
      ['month', 'trước ngày 05/12', 'Trước ngày 12 hằng tháng'],
      ['quarter', 'Quý', 'Trước ngày 15 tháng cuối quý'],
      ['quarter', 'trước ngày 15/3', 'Trước ngày 15 tháng cuối quý'],
      ['half', 'sớm', 'Trước ngày 05/6'],
      ['half', 'trước ngày 12 hằng tháng', 'Trước ngày 05/6'],
      ['year', 'trước ngày 35/12', 'Trước ngày 05/12'],
    ];
    for (const [kind, text, example] of cases) {
      const r = readReportDeadline(kind, text, 2026);
      expect(r.ok, `${kind} ${text}`).toBe(false);
      if (!r.ok) {
        expect(r.error).toContain(`'${text}'`);
        expect(r.error).toContain(example);
      }
    }
    expect(readReportDeadline('month', d(2026, 12, 5), 2026).ok).toBe(false);
  });
});

describe('periodDeadline and the cut window', () => {
  const deadlines: ReportDeadlines = {
    month: read('month', 'Trước ngày 12 hằng tháng'),
    quarter: read('quarter', 'Trước ngày 15 tháng cuối quý'),
    half: read('half', 'Trước ngày 05/6 hằng năm'),
    year: read('year', 'Trước ngày 05/12 hằng năm'),
  };
  const calendar = { reportingRule: 'calendar' as const, reportDeadlines: deadlines };
  const midMonth = { reportingRule: 'mid-month' as const, reportDeadlines: deadlines };

  it('each period\'s deadline falls in its last month', () => {
    expect(periodDeadline(month(11), deadlines)).toEqual(d(2026, 11, 12));
    expect(periodDeadline(quarter(3), deadlines)).toEqual(d(2026, 9, 15));
    expect(periodDeadline(half, deadlines)).toEqual(d(2026, 6, 5));
    expect(periodDeadline(year, deadlines)).toEqual(d(2026, 12, 5));
    expect(periodDeadline(year, {})).toBeUndefined();
  });

  it('a day past a short month\'s end is that month\'s last day', () => {
    expect(periodDeadline(month(2), { month: read('month', 'trước ngày 30 hằng tháng') })).toEqual(d(2026, 2, 28));
  });

  it('a report due before its period ends is cut at its deadline, which it states; the next starts the day after', () => {
    expect(reportWindowOf(year, calendar)).toEqual({ start: d(2025, 12, 6), end: d(2026, 12, 5), cutAt: d(2026, 12, 5) });
    expect(reportWindowOf(half, calendar)).toEqual({ start: d(2025, 12, 6), end: d(2026, 6, 5), cutAt: d(2026, 6, 5) });
    expect(reportWindowOf(quarter(3), calendar)).toEqual({ start: d(2026, 6, 16), end: d(2026, 9, 15), cutAt: d(2026, 9, 15) });
    expect(reportWindowOf(quarter(1), calendar)).toEqual({ start: d(2025, 12, 16), end: d(2026, 3, 15), cutAt: d(2026, 3, 15) });
    expect(reportWindowOf(month(11), calendar)).toEqual({ start: d(2026, 10, 13), end: d(2026, 11, 12), cutAt: d(2026, 11, 12) });
    expect(reportWindowOf(month(1), calendar)).toEqual({ start: d(2025, 12, 13), end: d(2026, 1, 12), cutAt: d(2026, 1, 12) });
  });

  it('under the mid-month rule a deadline after the 14th cuts nothing; one before it does', () => {
    expect(reportWindowOf(quarter(3), midMonth)).toEqual({ start: d(2026, 6, 15), end: d(2026, 9, 14) });
    expect(reportWindowOf(month(11), midMonth)).toEqual({ start: d(2026, 10, 13), end: d(2026, 11, 12), cutAt: d(2026, 11, 12) });
    expect(reportWindowOf(year, midMonth)).toEqual({ start: d(2025, 12, 6), end: d(2026, 12, 5), cutAt: d(2026, 12, 5) });
  });

  it('without deadlines the window is the rule\'s', () => {
    expect(reportWindowOf(year, { reportingRule: 'calendar' })).toEqual({ start: d(2026, 1, 1), end: d(2026, 12, 31) });
    expect(reportWindowOf(month(11), { reportingRule: 'mid-month', reportDeadlines: {} })).toEqual({ start: d(2026, 10, 15), end: d(2026, 11, 14) });
  });

  it('consecutive cut months and quarters leave no gap and do not overlap', () => {
    for (let m = 1; m < 12; m++) {
      const a = reportWindowOf(month(m), calendar);
      const b = reportWindowOf(month(m + 1), calendar);
      expect(b.start.day, `tháng ${m}`).toBe(13);
      expect(b.start.month, `tháng ${m}`).toBe(a.end.month);
    }
    expect(reportWindowOf(quarter(4), calendar).start).toEqual(d(2026, 9, 16));
  });

  it('«Phương hướng» looks ahead from the day after the cut-off to the next cut-off', () => {
    expect(followingPeriod(month(11), calendar)).toEqual({ label: 'tháng 12 năm 2026', start: d(2026, 11, 13), end: d(2026, 12, 12) });
    expect(followingPeriod(year, calendar)).toEqual({ label: 'năm 2027', start: d(2026, 12, 6), end: d(2027, 12, 5) });
  });
});

describe('a report due before its period ends', () => {
  it('the annual report due 05/12 states its cut-off and lists no task due after it', async () => {
    const { samplePlan } = await import('../../../src/sample/anLao2026');
    const { buildReport } = await import('../../../src/core/report/model');
    const base = samplePlan();
    const plan = { ...base, settings: { ...base.settings, reportDeadlines: { year: read('year', 'Trước ngày 05/12 hằng năm') } } };
    const cut = buildReport(plan, year, d(2026, 12, 10));
    expect(cut.window.end).toEqual(d(2026, 12, 5));
    expect(cut.window.cutAt).toEqual(d(2026, 12, 5));
    expect(cut.opening).toContain('đến ngày 05/12/2026');
    expect(cut.indicators.overview[0]).toMatch(/^Tính đến ngày 05\/12\/2026/);
    expect(cut.tasks.rows.some((r) => r.occurrence.due !== undefined && r.occurrence.due.month === 12 && r.occurrence.due.day > 5)).toBe(false);
    // Without the deadline the same plan's report runs to 31/12 and does list December's month-end tasks.
    const uncut = buildReport(base, year, d(2027, 1, 5));
    expect(uncut.window.end).toEqual(d(2026, 12, 31));
    expect(uncut.tasks.rows.some((r) => r.occurrence.due !== undefined && r.occurrence.due.month === 12 && r.occurrence.due.day === 31)).toBe(true);
  });
});
