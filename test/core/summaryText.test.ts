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

describe('planSummaryText: the self-assessment (issue 13)', () => {
  const plan = samplePlan();
  const withScores = (scores: Readonly<Record<string, unknown>>, settings: Partial<typeof plan.settings> = {}) => ({
    ...plan,
    settings: { ...plan.settings, ...settings },
    selfAssessment: { criteria: plan.selfAssessment!.criteria.map((c) => (c.code in scores ? { ...c, score: scores[c.code] } : c)) },
  });
  const section = (p: typeof plan) => planSummaryText('Trường', evaluatePlan(p, SAMPLE_AS_OF)).split('\n3. ')[1]?.split('\n') ?? [];

  it('prints both groups’ scores and levels, the mandatory conditions, the school level and its rule', () => {
    expect(section(plan)).toEqual([
      'Tự đánh giá mức độ chuyển đổi số (QĐ 4725/QĐ-BGDĐT)',
      '   Chuyển đổi số trong dạy, học: 62/100 điểm — Mức 2 (đáp ứng cơ bản)',
      '   Chuyển đổi số trong quản trị cơ sở giáo dục: 68/90 điểm (tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725) — Mức 2 (đáp ứng cơ bản)',
      '   Điều kiện bắt buộc: đạt 4/4',
      '   Mức của trường: Mức 2 (đáp ứng cơ bản)',
      '   Cách xác định: mức của nhà trường là mức thấp hơn trong hai nhóm tiêu chí; nếu còn điều kiện bắt buộc chưa đạt thì nhà trường ở Mức 1 (giả định của tiện ích, đổi được ở Cấu hình).',
      '   Chỉ tiêu 5 lấy kết quả từ mức này: Đạt.',
    ]);
  });

  it('says when a failed condition caps the level, what is still to score, and what cannot be read', () => {
    const lines = section(withScores({ '1.2': 'Chưa đạt', '1.4': '', '2.3.3': 12 }));
    expect(lines).toContain('   Chuyển đổi số trong dạy, học: 56/100 điểm — Mức 2 (đáp ứng cơ bản), tạm tính: còn 1 tiêu chí chưa chấm');
    expect(lines).toContain('   Điều kiện bắt buộc: đạt 3/4; chưa đạt: 1.2');
    expect(lines).toContain('   Mức của trường: Mức 1 (chưa đáp ứng) — tối đa Mức 1 vì còn điều kiện bắt buộc chưa đạt — tạm tính, tự đánh giá chưa xong');
    expect(lines).toContain('   ! Tiêu chí 2.3.3: điểm tự đánh giá 12 vượt điểm tối đa 10.');
    expect(lines).toContain('   Chỉ tiêu 5 chưa lấy được mức (tự đánh giá chưa xong).');
  });

  it('names a linked STT that matches no indicator', () => {
    expect(section(withScores({}, { dtiIndicator: '40' }))).toContain(
      "   ! Cấu hình «Chỉ tiêu nhận mức CĐS» ghi '40' nhưng tab «Chỉ tiêu» không có chỉ tiêu nào có STT 40: ghi đúng STT của chỉ tiêu về mức CĐS, hoặc để trống.",
    );
  });

  it('a plan without a self-assessment and no link prints no such section', () => {
    const { selfAssessment: _, ...rest } = plan;
    expect(planSummaryText('Trường', evaluatePlan({ ...rest, settings: { ...plan.settings, dtiIndicator: '' } }, SAMPLE_AS_OF))).not.toMatch(/Tự đánh giá/);
  });
});
