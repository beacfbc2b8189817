import { describe, expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';
import { checkData, reminderProblems } from '../../src/sheet/dataCheck';
import { planTabs } from '../../src/sheet/planTabs';
import { readWorkbook } from '../../src/sheet/workbook';

function problemsOf(plan: Plan): string[] {
  return checkData(readWorkbook(planTabs(plan)), SAMPLE_AS_OF).map((p) => `${p.tab}!${p.a1 ?? ''} ${p.message}`);
}

describe('Kiểm tra dữ liệu: lead units against Phân công', () => {
  it('accepts the plan as written, typos included, exactly when the reminders can reach the unit', () => {
    // The sample's tasks say "Ban chuyên đổi số" (sic); Phân công says "Ban chuyển đổi số".
    expect(problemsOf(samplePlan()).filter((m) => m.includes('đơn vị chủ trì'))).toEqual([]);
  });

  it('flags a unit whose only person has no valid e-mail, at the task’s lead cell', () => {
    const plan = samplePlan();
    const assignments = plan.assignments.map((a) => (a.unit === 'Kế toán' ? { ...a, email: 'mai.ht@' } : a));
    const leadProblems = problemsOf({ ...plan, assignments }).filter((m) => m.includes('«Kế toán»'));
    expect(leadProblems).toHaveLength(3); // tasks 22, 23, 24
    expect(leadProblems[0]).toMatch(/^Nhiệm vụ!D\d+ Nhiệm vụ 22: đơn vị chủ trì «Kế toán» không có ai với e-mail hợp lệ/);
  });
});

describe('reading problems told with the reminders', () => {
  it('keeps the tabs reminders depend on, whatever their spelling, in one text both shells share', () => {
    const problems = [
      { tab: 'Tien do', a1: 'E7', message: 'không hiểu trạng thái' },
      { tab: 'PHÂN CÔNG', row: 4, message: 'thiếu e-mail' },
      { tab: 'Chỉ tiêu', a1: 'D3', message: 'không hiểu chỉ tiêu' },
    ];
    expect(reminderProblems(problems)).toEqual(['Tien do!E7: không hiểu trạng thái', 'PHÂN CÔNG dòng 4: thiếu e-mail']);
  });
});

describe('Tiến độ rows that no longer match their task', () => {
  it('names a Thời gian typed as a date by that date', () => {
    const plan = samplePlan();
    const task = plan.tasks[0]!;
    const tabs = planTabs(plan);
    const tasks = { ...plan, tasks: plan.tasks.map((t) => (t === task ? { ...t, timing: { year: 2026, month: 5, day: 15 } } : t)) };
    const moved = planTabs(tasks);
    // Tiến độ keeps the rows written for the old timing.
    moved.set('Tiến độ', tabs.get('Tiến độ')!);
    const flags = checkData(readWorkbook(moved), SAMPLE_AS_OF).filter((p) => p.tab === 'Tiến độ' && p.message.includes('Thời gian của nhiệm vụ đã đổi'));
    expect(flags.length).toBeGreaterThan(0);
    expect(flags[0]!.message).toContain(`không còn trong «15/05/2026»`);
  });
});

describe('the indicator that takes the school’s CĐS level (issue 13)', () => {
  it('says once, at the target, that its typed quarter results are not used, and does not read them', () => {
    const plan = samplePlan();
    const indicators = plan.indicators.map((i) => (i.id === '5' ? { ...i, quarterResults: ['', 'đạt', '100%', ''] as const } : i));
    const problems = problemsOf({ ...plan, indicators }).filter((m) => m.includes('Chỉ tiêu 5'));
    expect(problems).toEqual([
      expect.stringMatching(/^Chỉ tiêu!D\d+ Chỉ tiêu 5: kết quả lấy từ mức CĐS tự đánh giá \(Mức 2, tab «Tự đánh giá CĐS»\); số liệu nhập ở các cột quý không được dùng\.$/),
    ]);
  });

  it('the sample as written: nothing to fix about it', () => {
    expect(problemsOf(samplePlan()).filter((m) => m.includes('Chỉ tiêu 5') || m.includes('Cấu hình'))).toEqual([]);
  });
});

describe('Cấu hình «Chỉ tiêu nhận mức CĐS» (issue 13)', () => {
  it('an STT no indicator has is a problem of Cấu hình, and the check goes on', () => {
    const plan = samplePlan();
    const problems = problemsOf({ ...plan, settings: { ...plan.settings, dtiIndicator: '23' } });
    expect(problems).toContain("Cấu hình! Cấu hình «Chỉ tiêu nhận mức CĐS» ghi '23' nhưng tab «Chỉ tiêu» không có chỉ tiêu nào có STT 23: ghi đúng STT của chỉ tiêu về mức CĐS, hoặc để trống.");
  });
});
