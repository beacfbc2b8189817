/**
 * Issue 9 on a whole mầm non plan with no groups, typos and decoration (fixture: mamNonNoGroups.ts),
 * through readWorkbook → evaluatePlan → the report, the summary and the dashboard. Hand-computed:
 * the plan's mean by 30/09 caps indicator 1 (0,99 against ≥ 90%: 110%) at 100%, so it is
 * (1 + 1 + 0,75 + 0,9 + 1 + 1 + 1 + 0,5/0,95 + 0,5) ÷ 9 = 85,3% (uncapped it would read 86,4%).
 */
import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../../src/core/date';
import {
  dashboardText, duesOf, indicatorRowOf, NEVER_SHOWN, Q3_2026, readingProblems, report, reportText, round4, run, truthfulRollUps, YEAR_2026,
} from './pipeline';
import { mamNonTabs } from './mamNonNoGroups';

const SEP30 = calendarDate(2026, 9, 30);
const DEC31 = calendarDate(2026, 12, 31);

describe('a mầm non plan with no groups, typos and decoration', () => {
  const tabs = mamNonTabs();
  const sep = run(tabs, SEP30);

  it('reads the tables under their titles and column numbers, the task column headed «Nhiệm vụ trọng tâm»', () => {
    expect(sep.read.problems).toEqual([]);
    expect(sep.read.plan.indicators.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(sep.read.plan.tasks.map((t) => t.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']);
    expect(sep.read.plan.tasks[0]!.name).toBe('Rà soát, cập nhật thông tin trẻ trên CSDL ngành');
  });

  it('reads timings with typos, capitals, leading words and trailing dots: nothing to fix', () => {
    expect(readingProblems(sep.problems)).toEqual([]);
    expect(duesOf(sep.ev, '1')).toEqual(['30/06/2026']); // quí 2
    expect(duesOf(sep.ev, '2')).toEqual(['31/07/2026']); // THÁNG 7
    expect(duesOf(sep.ev, '3')).toEqual(['30/09/2026']); // Qúy III
    expect(duesOf(sep.ev, '4')).toEqual(['31/12/2026']); // Quý IV.
    expect(duesOf(sep.ev, '5')).toEqual(['30/06/2026']); // Thực hiện: Quý II
    expect(duesOf(sep.ev, '6')).toEqual(['—', '—', '—', '—']); // Thường xuyên.
    expect(duesOf(sep.ev, '7')).toEqual(['31/03/2026', '30/06/2026', '30/09/2026', '31/12/2026']); // Hàng quý.
    expect(duesOf(sep.ev, '8')).toEqual(['30/09/2026']); // tháng 9.
    expect(duesOf(sep.ev, '9')).toEqual(['31/03/2026']); // Quí I
    expect(duesOf(sep.ev, '10')).toEqual(['30/11/2026']); // Tháng 10, 11.
    expect(duesOf(sep.ev, '11')).toEqual(['31/12/2026']); // Cả năm.
    expect(duesOf(sep.ev, '12')).toEqual(['31/03/2026', '30/09/2026']); // Qúy I và Qúy III.
    expect(duesOf(sep.ev, '13')).toEqual(['30/09/2026']); // QUÝ II - QUÝ III
    expect(duesOf(sep.ev, '14')).toEqual(['31/08/2026']); // Thời gian: tháng 8/2026.
  });

  it('finds overdue only what is past its date and not done, on 30/09 and 31/12', () => {
    const overdue = (asOf: CalendarDate) => run(tabs, asOf).ev.overdue.map((o) => `${o.task.id} ${o.due!.day}/${o.due!.month} ${o.overdueDays}`).sort();
    expect(overdue(SEP30)).toEqual(['14 31/8 30']);
    // 30/09 → 31/12: 92; 30/11 → 31/12: 31; 31/08 → 31/12: 122. Quý IV and Cả năm fall due that day.
    expect(overdue(DEC31)).toEqual(['10 30/11 31', '12 30/9 92', '13 30/9 92', '14 31/8 122', '3 30/9 92', '7 30/9 92', '8 30/9 92']);
  });

  it('shows an indicator\'s own ratio above 100% in the table, and caps it in the plan\'s mean', () => {
    const model = report(tabs, Q3_2026);
    expect(`${indicatorRowOf(model, '1').verdict} ${indicatorRowOf(model, '1').ratio}`).toBe('Đạt 110%');
    expect(`${indicatorRowOf(model, '7').verdict} ${indicatorRowOf(model, '7').ratio}`).toBe('Đạt 100%'); // 3 ÷ (01 lần/quý × 3)
    expect(`${indicatorRowOf(model, '5').verdict} ${indicatorRowOf(model, '5').ratio}`).toBe('Đạt 100%'); // Ban hành quy chế ← «Có»
    expect(sep.ev.overall).toMatchObject({ total: 9, assessed: 9, met: 5 });
    expect(round4(sep.ev.overall.meanRatio)).toBe(round4((1 + 1 + 0.75 + 0.9 + 1 + 1 + 1 + 0.5 / 0.95 + 0.5) / 9));
    expect(model.indicators.overview.join('\n')).toContain('Tỷ lệ đạt trung bình của 9 chỉ tiêu đã có kết quả là 85,3%');
    expect(sep.summary).toContain('Toàn kế hoạch: đạt 5/9 chỉ tiêu, tỷ lệ đạt trung bình 85,3%');
  });

  it('prints no empty group line in the report, the chart, the summary or the dashboard', () => {
    for (const [asOf, period] of [[SEP30, Q3_2026], [DEC31, YEAR_2026]] as const) {
      const model = report(tabs, period);
      expect(model.indicators.byGroup.filter((l) => /Nhóm\s*\.?\s*:/.test(l))).toEqual([]);
      expect(model.indicators.rows.filter((r) => r.kind === 'group')).toEqual([]);
      expect(model.indicators.chart.filter((b) => b.numeral === '' && b.name === '')).toEqual([]);
      expect(model.indicators.chartCaption).not.toMatch(/[(;]\s*\.\s*:/);
      expect(reportText(model)).not.toMatch(/Nhóm\s*\.\s*:/);
      const r = run(tabs, asOf);
      expect(r.summary.split('\n').filter((l) => /^\s*\.\s*:/.test(l))).toEqual([]);
      expect(dashboardText(r.dashboard)).not.toMatch(/\(Chưa phân nhóm\)|^\.\s*:|\|\s*\.\s*\|/m);
      expect(dashboardText(r.dashboard)).toMatch(/Toàn kế hoạch/);
    }
  });

  it('no group, plan or dashboard figure passes 100%, and no report says NaN, undefined or 500%', () => {
    for (const [asOf, period] of [[SEP30, Q3_2026], [DEC31, YEAR_2026]] as const) {
      const t = truthfulRollUps(tabs, asOf, period);
      expect(t.means.filter((m) => m > 1)).toEqual([]);
      expect(t.rollUpPercents.filter((p) => p > 100)).toEqual([]);
      for (const bad of NEVER_SHOWN) expect(t.shown).not.toMatch(bad);
    }
  });
});
