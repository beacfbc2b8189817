/**
 * Issue 4: the report's numbers agree with Tổng quan for the same date. Both are built here from
 * the sample, the dashboard as of the period's last day, and compared figure by figure.
 */
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import { evaluatePlan } from '../../src/core/evaluation';
import { buildReport } from '../../src/core/report/model';
import { samplePlan } from '../../src/sample/anLao2026';
import { dashboard } from '../../src/sheet/dashboard';

describe('report and Tổng quan for the same day', () => {
  const plan = samplePlan();
  const periodEnd = calendarDate(2026, 9, 30);
  const report = buildReport(plan, { kind: 'quarter', year: 2026, quarter: 3 }, calendarDate(2026, 10, 15));
  const board = dashboard(plan.settings, evaluatePlan(plan, periodEnd), periodEnd);

  /** The dashboard row whose first cell is `label`. */
  const row = (label: string) => board.values.find((r) => r[0] === label)!;

  it('shows the same met/total and mean attainment per group and overall', () => {
    for (const g of report.evaluation.groups) {
      const [, total, assessed, met, mean] = row(`${g.group.numeral}. ${g.group.name}`);
      expect([total, assessed, met]).toEqual([g.total, g.assessed, g.met]);
      expect(mean).toBeCloseTo(g.meanRatio!, 10);
    }
    const [, total, , met] = row('Toàn kế hoạch');
    expect([total, met]).toEqual([report.evaluation.overall.total, report.evaluation.overall.met]);
    expect(report.indicators.overview[0]).toContain(`đạt ${met}/${total} chỉ tiêu`);
  });

  it('counts the same overdue occurrences', () => {
    expect(row('Trong đó quá hạn')[1]).toBe(report.evaluation.overdue.length);
  });
});
