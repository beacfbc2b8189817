import { describe, expect, it } from 'vitest';
import { QD4725_CRITERIA } from '../../src/core/dti/qd4725';
import type { DtiCriterion } from '../../src/core/dti/selfAssessment';
import type { Plan } from '../../src/core/plan';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';
import { checkData } from '../../src/sheet/dataCheck';
import { planTabs } from '../../src/sheet/planTabs';
import { type Cell, readWorkbook } from '../../src/sheet/workbook';

const TAB = 'Tự đánh giá CĐS';

function check(tabs: Map<string, Cell[][]>): string[] {
  return checkData(readWorkbook(tabs, { fallbackYear: 2026 }), SAMPLE_AS_OF)
    .filter((p) => p.tab === TAB || p.message.includes('tiêu chí') || p.message.includes('QĐ 4725'))
    .map((p) => `${p.tab}!${p.a1 ?? ''} ${p.message}`);
}

function withCriteria(criteria: DtiCriterion[], tasks?: (plan: Plan) => Plan['tasks']): Map<string, Cell[][]> {
  const plan = samplePlan();
  // Without the sample's illustrative task links, so a test's few criteria are not named missing by them.
  const bare = { ...plan, tasks: plan.tasks.map(({ criteria: _sample, ...t }) => t) };
  return planTabs({ ...bare, tasks: tasks ? tasks(bare) : bare.tasks, selfAssessment: { criteria } });
}

function criterion(code: string, score: unknown, more: Partial<DtiCriterion> = {}): DtiCriterion {
  const c = QD4725_CRITERIA.find((x) => x.code === code)!;
  return { code, name: c.name, group: c.group, maxPoints: c.maxPoints ?? '', mandatory: c.mandatory ? 'x' : '', score, evidence: '', note: '', owner: '', ...more };
}

describe('Kiểm tra dữ liệu on «Tự đánh giá CĐS»', () => {
  it('lists a group whose maximums do not add to 100 at its first maximum, with what to do; the default criteria\'s group 1 adds to 100', () => {
    const found = check(planTabs(undefined));
    expect(found).toEqual([
      'Tự đánh giá CĐS!D20 Nhóm «Chuyển đổi số trong quản trị cơ sở giáo dục»: tổng điểm tối đa là 90, chưa đối chiếu đủ với QĐ 4725 (mỗi nhóm 100 điểm). ' +
        'Hãy đối chiếu với văn bản hướng dẫn Sở (hoặc Phòng) GDĐT gửi: sửa cột «Điểm tối đa» hoặc thêm tiêu chí còn thiếu trên tab «Tự đánh giá CĐS». ' +
        'Cho tới khi đó, mức của nhóm tính trên tổng điểm hiện có, không quy đổi.',
    ]);
  });

  it('once the school corrects the maximums from its Sở\'s decision, the group is no longer listed', () => {
    const criteria = QD4725_CRITERIA.map((c) => criterion(c.code, ''));
    // The Sở's variant: 2.4.3 counts 20.
    const corrected = criteria.map((c) => (c.code === '2.4.3' ? { ...c, maxPoints: 20 } : c));
    expect(check(withCriteria(corrected))).toEqual([]);
  });

  it('names every bad score at its cell: above the maximum, negative, a percentage, a count for a «Tỷ lệ» criterion, a word for a condition', () => {
    const criteria = [
      criterion('1.1', 'Có kế hoạch'),
      criterion('1.4', 12),
      criterion('1.5.1', -3),
      criterion('1.6.1', '38/45'),
      criterion('1.7.1', '90%'),
      criterion('1.3.1', 6),
    ];
    const found = check(withCriteria(criteria)).filter((m) => !m.includes('tổng điểm tối đa là'));
    expect(found.map((m) => m.slice(0, m.indexOf(' ', TAB.length + 1)))).toEqual(['Tự đánh giá CĐS!F2', 'Tự đánh giá CĐS!F3', 'Tự đánh giá CĐS!F4', 'Tự đánh giá CĐS!F5', 'Tự đánh giá CĐS!F6']);
    expect(found[1]).toMatch(/1\.4.*12.*vượt.*10/);
    expect(found[2]).toMatch(/1\.5\.1.*âm/);
    expect(found[3]).toMatch(/1\.6\.1.*số lượng/);
    expect(found[4]).toMatch(/1\.7\.1.*tỷ lệ/);
  });

  it('a task naming a code the tab does not have is named at its «Tiêu chí 4725» cell; a code above criteria («1.3») is known', () => {
    const criteria = QD4725_CRITERIA.map((c) => criterion(c.code, ''));
    const tabs = withCriteria(criteria, (plan) => plan.tasks.map((t) => (t.id === '4' ? { ...t, criteria: '1.3, 1.9; 3.1' } : t.id === '5' ? { ...t, criteria: 'TC 2.3.3' } : t)));
    const found = check(tabs).filter((m) => m.startsWith('Nhiệm vụ'));
    expect(found).toEqual([
      expect.stringMatching(/^Nhiệm vụ!I\d+ Nhiệm vụ 4: các tiêu chí «1\.9», «3\.1» không có trong cột «Mã» của tab «Tự đánh giá CĐS»/),
    ]);
  });

  it('tasks naming codes in a workbook without the tab: said once, with how to add the tab', () => {
    const plan = samplePlan();
    const tabs = planTabs({ ...plan, tasks: plan.tasks.map((t) => (t.id === '3' || t.id === '4' ? { ...t, criteria: '1.4' } : t)) });
    tabs.delete(TAB);
    expect(check(tabs)).toEqual([
      expect.stringMatching(/^Nhiệm vụ!I\d+ Nhiệm vụ 3 ghi tiêu chí QĐ 4725 nhưng bảng tính chưa có tab «Tự đánh giá CĐS»: chạy «Chuyển đổi số → Khởi tạo bảng theo dõi»/),
    ]);
  });
});
