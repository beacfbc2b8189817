import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/core/evaluation';
import { planSummaryText } from '../../src/core/summaryText';
import { QD4725_CRITERIA } from '../../src/core/dti/qd4725';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';

describe('the embedded An Lão sample', () => {
  const plan = samplePlan();
  const ev = evaluatePlan(plan, SAMPLE_AS_OF);

  it('holds all of Phụ lục 1 and 2', () => {
    expect(plan.indicators).toHaveLength(22);
    expect(plan.tasks).toHaveLength(29);
    expect(new Set(plan.indicators.map((i) => i.group.numeral))).toEqual(new Set(['I', 'II', 'III', 'IV']));
    expect(new Set(plan.tasks.map((t) => t.group.numeral))).toEqual(new Set(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']));
  });

  it('reads every target and every timing of the plan', () => {
    expect(ev.indicators.filter((i) => !i.target.ok)).toEqual([]);
    expect(ev.taskProblems).toEqual([]);
    expect(ev.occurrences.flatMap((o) => o.errors)).toEqual([]);
  });

  it('gives the attainment by group as of 15/10/2026', () => {
    expect(ev.groups.map((g) => `${g.group.numeral}: ${g.met}/${g.total}`)).toEqual(['I: 4/6', 'II: 4/6', 'III: 4/5', 'IV: 3/5']);
    expect(ev.overall).toMatchObject({ total: 22, assessed: 22, met: 15 });
  });

  it('finds the occurrences overdue at the end of Quý III', () => {
    expect(ev.overdue.map((o) => `NV${o.task.id} ${o.label} ${o.overdueDays}`)).toEqual([
      'NV3 Quý III 15', 'NV10 Quý III 15', 'NV23 Quý III 15', 'NV25 Quý III 15',
    ]);
  });

  it('prints a Vietnamese summary naming groups and overdue tasks', () => {
    const text = planSummaryText(plan.settings.schoolName, ev);
    expect(text).toContain('Tính đến ngày 15/10/2026');
    expect(text).toContain('I. Thể chế và quản trị số: đạt 4/6 chỉ tiêu');
    expect(text).toContain('Toàn kế hoạch: đạt 15/22 chỉ tiêu');
    expect(text).toContain('NV 25 (Quý III, hạn 30/09/2026, quá hạn 15 ngày) — Ban chuyển đổi số');
  });

  it('carries an illustrative self-assessment of every default criterion, said so on each row', () => {
    const criteria = plan.selfAssessment!.criteria;
    expect(criteria.map((c) => c.code)).toEqual(QD4725_CRITERIA.map((c) => c.code));
    for (const c of criteria) expect(c.note, c.code).toMatch(/minh họa, không phải số liệu thật/);
    expect(ev.selfAssessment).toMatchObject({ schoolLevel: 2, complete: true, cappedByMandatory: false });
    expect(ev.selfAssessment!.groups.map((g) => [g.total, g.maxTotal, g.level])).toEqual([[62, 100, 2], [68, 90, 2]]);
    expect(ev.selfAssessment!.criteria.flatMap((c) => c.problems)).toEqual([]);
  });

  it('feeds the school level into «Nhà trường đạt mức độ CDS mức 2 trở lên» (Cấu hình «Chỉ tiêu nhận mức CĐS»)', () => {
    const linked = ev.indicators.find((e) => e.indicator.id === plan.settings.dtiIndicator)!;
    expect(linked.indicator.name).toBe('Nhà trường đạt mức độ CDS mức 2 trở lên');
    expect(linked).toMatchObject({ state: 'met', latest: { value: 'Mức 2' }, warnings: [] });
  });
});
