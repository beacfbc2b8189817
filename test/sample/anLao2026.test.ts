import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/core/evaluation';
import { planSummaryText } from '../../src/core/summaryText';
import { QD4725_CRITERIA } from '../../src/core/dti/qd4725';
import { buildSelfAssessment } from '../../src/core/report/selfAssessment';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import { applyBlocks, recompute } from '../../src/sheet/recompute';
import { tasksByCriterion, unknownCodes } from '../../src/sheet/selfAssessment';

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

  it('links a few tasks to the criteria they serve (illustrative), so the báo cáo and the tab show tasks and their evidence', () => {
    const criteria = plan.selfAssessment!.criteria;
    expect(plan.tasks.filter((t) => t.criteria).map((t) => `${t.id}: ${t.criteria}`)).toEqual(['11: 2.3.3', '13: 1.3', '14: 1.5', '17: 1.4', '19: 1.6', '22: 2.4.3', '23: 2.4.3']);
    for (const t of plan.tasks) expect(unknownCodes(t, criteria), `nhiệm vụ ${t.id}`).toEqual([]);
    const linked = tasksByCriterion(criteria, plan.tasks);
    const model = buildSelfAssessment(plan, ev, SAMPLE_AS_OF, linked)!;
    // «1.3» covers 1.3.1–1.3.5, «1.5» and «1.6» their sub-criteria: 13 criteria in all.
    expect(model.report.taskLines[0]).toBe('7 nhiệm vụ của Kế hoạch gắn với 13 tiêu chí; 2/7 nhiệm vụ đã hoàn thành:');
    expect(model.report.taskLines.join('\n')).not.toContain('Chưa có nhiệm vụ');
    const tabs = planTabs(plan);
    const rows = applyBlocks(tabs, recompute(tabs, SAMPLE_AS_OF, { fallbackYear: 2026 }).blocks).get('Tự đánh giá CĐS')!;
    const col = (h: string) => rows[0]!.indexOf(h);
    const offered = new Map(rows.slice(1).map((r) => [String(r[col('Mã')]), String(r[col('Minh chứng từ nhiệm vụ')] ?? '')]));
    expect(offered.get('2.3.3')).toContain('https://example.edu.vn/minh-chung/nv11-1');
    expect(offered.get('2.4.3')).toContain('https://example.edu.vn/minh-chung/nv22-1');
    expect(offered.get('1.3.1')).toBe(''); // task 13 is still under way
  });

  it('feeds the school level into «Nhà trường đạt mức độ CDS mức 2 trở lên» (Cấu hình «Chỉ tiêu nhận mức CĐS»)', () => {
    const linked = ev.indicators.find((e) => e.indicator.id === plan.settings.dtiIndicator)!;
    expect(linked.indicator.name).toBe('Nhà trường đạt mức độ CDS mức 2 trở lên');
    expect(linked).toMatchObject({ state: 'met', latest: { value: 'Mức 2' }, warnings: [] });
  });
});
