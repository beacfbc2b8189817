import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../../src/core/evaluation';
import { meanRatioText, planSummaryText } from '../../src/core/summaryText';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';

describe('planSummaryText', () => {
  it('points at the row to fix for what cannot be read, when the plan came from a workbook', () => {
    const plan = samplePlan();
    const indicators = plan.indicators.map((i, n) => (n === 0 ? { ...i, targetText: '≥ 95% hoặc 100%', ref: 'Chỉ tiêu!A3' } : i));
    const tasks = plan.tasks.map((t, n) => (n === 0 ? { ...t, timing: 'khi nào xong', ref: 'Nhiệm vụ!A3' } : t));
    const text = planSummaryText('Trường', evaluatePlan({ ...plan, indicators, tasks }, SAMPLE_AS_OF));
    expect(text).toContain(`! Chỉ tiêu ${indicators[0]!.id} (Chỉ tiêu!A3): không hiểu chỉ tiêu '≥ 95% hoặc 100%'`);
    expect(text).toContain(`! Nhiệm vụ ${tasks[0]!.id} (Nhiệm vụ!A3): không hiểu thời gian 'khi nào xong'`);
  });

  it('prints a fixed day once: «(hạn 31/03/2026, …)», not «(Hạn 31/03/2026, hạn 31/03/2026, …)»', () => {
    const plan = samplePlan();
    const tasks = plan.tasks.map((t, n) => (n === 0 ? { ...t, timing: 'trước ngày 31/3/2026' } : t));
    const text = planSummaryText('Trường', evaluatePlan({ ...plan, tasks, progress: [] }, SAMPLE_AS_OF));
    expect(text).toContain(`- NV ${tasks[0]!.id} (hạn 31/03/2026, quá hạn 198 ngày)`);
    expect(text).not.toMatch(/Hạn \d\d\/\d\d\/\d{4}, hạn/);
  });

  it('says there is no result yet rather than a mean of nothing', () => {
    expect(meanRatioText({ total: 2, assessed: 0, met: 0, longTerm: 0, meanRatio: undefined })).toBe('chưa có kết quả');
    expect(meanRatioText({ total: 2, assessed: 2, met: 1, longTerm: 0, meanRatio: 0.9474 })).toBe('tỷ lệ đạt trung bình 94,7%');
  });
});
