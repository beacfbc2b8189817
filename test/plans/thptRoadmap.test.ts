/**
 * Issue 9 on a whole THPT roadmap by quarter and month (fixture: thptRoadmap.ts), through
 * readWorkbook → evaluatePlan → the report, the summary and the dashboard. Expectations are
 * computed by hand: a contiguous range is one occurrence due at its end, a list with a gap is one
 * occurrence per item, a rate per period is expected pro rata to the periods elapsed (by 30/09:
 * 3 quarters, 9 months; by 31/12: 4 and 12), an annual count is held against the annual figure.
 */
import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate, formatDdMmYyyy } from '../../src/core/date';
import {
  duesOf, indicatorRowOf, NEVER_SHOWN, occurrencesOf, Q3_2026, readingProblems, report, round4, run, truthfulRollUps, YEAR_2026,
} from './pipeline';
import { thptTabs } from './thptRoadmap';

const SEP30 = calendarDate(2026, 9, 30);
const DEC31 = calendarDate(2026, 12, 31);
const quarterOfMonth = (month: number): number => Math.ceil(month / 3);
const QUARTER_ENDS = ['31/03/2026', '30/06/2026', '30/09/2026', '31/12/2026'];
const MONTH_ENDS = ['31/01/2026', '28/02/2026', '31/03/2026', '30/04/2026', '31/05/2026', '30/06/2026', '31/07/2026', '31/08/2026', '30/09/2026', '31/10/2026', '30/11/2026', '31/12/2026'];

describe('a THPT roadmap by quarter and month (ranges, lists, frequencies, rates per period)', () => {
  const tabs = thptTabs();
  const sep = run(tabs, SEP30);

  it('reads every target, result and timing as the school wrote them: Kiểm tra dữ liệu finds nothing to fix', () => {
    expect(readingProblems(sep.problems)).toEqual([]);
    expect(sep.ev.taskProblems.map((p) => `${p.task.id}: ${p.error}`)).toEqual([]);
    expect(sep.ev.indicators.filter((i) => i.state === 'invalid').map((i) => `${i.indicator.id}: ${i.error}`)).toEqual([]);
    expect(sep.read.plan.indicators).toHaveLength(12);
    expect(sep.read.plan.tasks).toHaveLength(22);
  });

  it('reads a quarter with its year and months, ranges and «Từ … đến …» as one occurrence due at the end', () => {
    expect(duesOf(sep.ev, '1')).toEqual(['31/03/2026']); // Quý I/2026 (tháng 1-3)
    expect(duesOf(sep.ev, '4')).toEqual(['31/05/2026']); // Từ tháng 3 đến tháng 5
    expect(duesOf(sep.ev, '5')).toEqual(['31/12/2026']); // Tháng 9/2026 - 12/2026
    expect(duesOf(sep.ev, '12')).toEqual(['31/03/2026']); // Từ 01/3 đến 31/3/2026
    expect(duesOf(sep.ev, '13')).toEqual(['30/09/2026']); // Quý II-III
    expect(duesOf(sep.ev, '14')).toEqual(['31/05/2026']); // Tháng 4, 5
    expect(duesOf(sep.ev, '18')).toEqual(['30/09/2026']); // Quý III/2026 (tháng 7-9)
    expect(duesOf(sep.ev, '20')).toEqual(['31/08/2026']); // Từ tháng 7 đến tháng 8/2026
    expect(duesOf(sep.ev, '21')).toEqual(['30/11/2026']); // Tháng 10, 11
  });

  it('reads a list with a gap as one occurrence per item', () => {
    expect(duesOf(sep.ev, '2')).toEqual(['30/06/2026', '31/12/2026']); // Quý II và Quý IV
    expect(duesOf(sep.ev, '3')).toEqual(['31/01/2026', '31/05/2026']); // Tháng 1, 5
    expect(duesOf(sep.ev, '15')).toEqual(['31/03/2026', '30/09/2026']); // Quý I và Quý III
    // Each occurrence is a Tiến độ row of its own.
    for (const id of ['2', '3', '15']) expect(new Set(occurrencesOf(sep.ev, id).map((o) => o.label)).size).toBe(2);
  });

  it('reads frequencies as recurring occurrences: quarterly, monthly, yearly, on the 12th of each month', () => {
    expect(duesOf(sep.ev, '8')).toEqual(QUARTER_ENDS); // quý/lần
    expect(duesOf(sep.ev, '9')).toEqual(QUARTER_ENDS); // định kỳ hằng quý
    expect(duesOf(sep.ev, '10')).toEqual(['31/12/2026']); // thường niên
    expect(duesOf(sep.ev, '16')).toEqual(MONTH_ENDS); // Hàng tháng
    expect(duesOf(sep.ev, '22')).toEqual(MONTH_ENDS); // theo tháng
    // Báo cáo tháng gửi trước ngày 12 hàng tháng
    expect(duesOf(sep.ev, '11')).toEqual(Array.from({ length: 12 }, (_, i) => `12/${String(i + 1).padStart(2, '0')}/2026`));
  });

  it('«hằng tuần» / «Hàng tuần» are tracked by month: one update a month, due at its end (README rule)', () => {
    for (const id of ['6', '17']) {
      expect(duesOf(sep.ev, id), `NV ${id}`).toEqual(MONTH_ENDS);
      expect(occurrencesOf(sep.ev, id).map((o) => o.label)).toEqual(Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`));
    }
  });

  it('«02 lần/quý» recurs the same number of times in each quarter, the last at the quarter\'s end', () => {
    const dues = occurrencesOf(sep.ev, '7').map((o) => o.due!);
    const byQuarter = [1, 2, 3, 4].map((q) => dues.filter((d) => d.year === 2026 && quarterOfMonth(d.month) === q));
    expect(byQuarter.map((list) => list.length).every((n) => n >= 1 && n === byQuarter[0]!.length)).toBe(true);
    expect(byQuarter.map((list) => formatDdMmYyyy(list[list.length - 1]!))).toEqual(QUARTER_ENDS);
  });

  it('finds overdue on 30/09 only what is past its date and not done (due today is not overdue)', () => {
    const overdueDays = (asOf: CalendarDate, id: string) => run(tabs, asOf).ev.overdue.filter((o) => o.task.id === id).map((o) => o.overdueDays);
    // 12/01 … 12/09 → 30/09: 261, 230, 202, 171, 141, 110, 80, 49, 18 days.
    expect(overdueDays(SEP30, '11')).toEqual([261, 230, 202, 171, 141, 110, 80, 49, 18]);
    // Month ends January … August, nothing done: 8 overdue, September's is due today.
    expect(overdueDays(SEP30, '16')).toHaveLength(8);
    for (const id of ['1', '2', '3', '4', '5', '8', '9', '10', '12', '13', '14', '15', '18', '19', '20', '21']) {
      expect(overdueDays(SEP30, id), `NV ${id}`).toEqual([]);
    }
    // By 31/12 the quý III occurrences left undone are 92 days late; Quý IV (31/12) is due that day.
    expect(overdueDays(DEC31, '9')).toEqual([92]);
    expect(overdueDays(DEC31, '15')).toEqual([92]);
    expect(overdueDays(DEC31, '2')).toEqual([]);
    expect(overdueDays(DEC31, '5')).toEqual([]);
  });

  it('holds rates per period against the periods elapsed by 30/09 (quý III report)', () => {
    const model = report(tabs, Q3_2026);
    const shown = (id: string) => {
      const row = indicatorRowOf(model, id);
      return `${row.verdict} ${row.ratio}`;
    };
    expect(shown('1')).toBe('Đạt 100%'); // 3 lần ÷ (01 lần/quý × 3 quý)
    expect(shown('2')).toBe('Đạt 100%'); // 18 ÷ (02 lần/tháng × 9 tháng)
    expect(shown('3')).toBe('Chưa đạt 88,9%'); // 8 ÷ (1 × 9 tháng)
    expect(shown('4')).toBe('Đạt 100%'); // 9 ÷ 9
    expect(shown('5')).toBe('Đạt 133,3%'); // 4 ÷ 3: the table shows the indicator's own ratio
    expect(shown('6')).toBe('Chưa đạt 50%'); // 02 đợt/năm: 1 ÷ 2 (annual figure, today's rule)
    expect(shown('7')).toBe('Đạt 100,5%');
    expect(shown('8')).toBe('Đạt 102,1%');
    expect(shown('9')).toBe('Đạt 100%');
    expect(shown('10')).toBe('Chưa đạt 66,7%'); // 2 ÷ 3
    expect(shown('11')).toBe('Đạt 102,2%');
    expect(shown('12')).toBe('Chưa có kết quả ');
  });

  it('holds rates per period against the whole year by 31/12: twelve monthly reports are 100%, not 1.200%', () => {
    const model = report(tabs, YEAR_2026);
    const shown = (id: string) => {
      const row = indicatorRowOf(model, id);
      return `${row.verdict} ${row.ratio}`;
    };
    expect(shown('1')).toBe('Đạt 100%'); // 4 ÷ 4
    expect(shown('2')).toBe('Đạt 100%'); // 24 ÷ 24
    expect(shown('3')).toBe('Chưa đạt 91,7%'); // 11 ÷ 12
    expect(shown('4')).toBe('Đạt 100%'); // 12 ÷ 12
    expect(indicatorRowOf(model, '5').verdict).toBe('Đạt'); // 4 by quý III, 4 expected by 31/12
    expect(shown('6')).toBe('Đạt 100%'); // 2 ÷ 2
    expect(shown('9')).toBe('Chưa đạt 66,7%'); // 3 sự cố against «không quá 2»
    expect(shown('10')).toBe('Chưa đạt 75%'); // 3 ÷ 4
  });

  it('averages each indicator capped at 100%, per group and for the plan', () => {
    const at = (asOf: CalendarDate) => {
      const ev = run(tabs, asOf).ev;
      return [...ev.groups.map((g) => [g.group.numeral, g.met, g.total, round4(g.meanRatio)]), ['Toàn kế hoạch', ev.overall.met, ev.overall.total, round4(ev.overall.meanRatio)]];
    };
    // 30/09: I (1, 1, 8/9, 1, 1 [4/3 capped]); II (0,5, 1, 1, 1); III (2/3, 1; 12 pending).
    expect(at(SEP30)).toEqual([
      ['I', 4, 5, round4((4 + 8 / 9) / 5)],
      ['II', 3, 4, 0.875],
      ['III', 1, 3, round4((2 / 3 + 1) / 2)],
      ['Toàn kế hoạch', 8, 12, round4((4 + 8 / 9 + 3.5 + 2 / 3 + 1) / 11)],
    ]);
    // 31/12: I (1, 1, 11/12, 1, 1); II (1, 1, 1, 2/3); III (3/4, 1).
    expect(at(DEC31)).toEqual([
      ['I', 4, 5, round4((4 + 11 / 12) / 5)],
      ['II', 3, 4, round4((3 + 2 / 3) / 4)],
      ['III', 1, 3, 0.875],
      ['Toàn kế hoạch', 8, 12, round4((4 + 11 / 12 + 3 + 2 / 3 + 1.75) / 11)],
    ]);
    expect(sep.summary).toContain('Toàn kế hoạch: đạt 8/12 chỉ tiêu, tỷ lệ đạt trung bình 91,4%; 1 chỉ tiêu chưa đánh giá được');
  });

  it('no group, plan or dashboard figure passes 100%, and no report says NaN, undefined or «Nhóm . :»', () => {
    for (const [asOf, period] of [[SEP30, Q3_2026], [DEC31, YEAR_2026]] as const) {
      const t = truthfulRollUps(tabs, asOf, period);
      expect(t.means.filter((m) => m > 1)).toEqual([]);
      expect(t.rollUpPercents.filter((p) => p > 100)).toEqual([]);
      for (const bad of NEVER_SHOWN) expect(t.shown).not.toMatch(bad);
    }
  });
});
