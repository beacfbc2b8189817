/**
 * Tổng quan as a principal reads it: long-term indicators (due after the plan year, issue 9 item 6)
 * are counted in their own column, so «Số chỉ tiêu» minus «Đã có kết quả» is explained.
 */
import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import { QD4725_CRITERIA } from '../../src/core/dti/qd4725';
import type { DtiCriterion } from '../../src/core/dti/selfAssessment';
import { evaluatePlan } from '../../src/core/evaluation';
import type { Plan, Settings } from '../../src/core/plan';
import { TASK_STATUSES } from '../../src/core/status';
import { samplePlan } from '../../src/sample/anLao2026';
import { type Dashboard, dashboard, SELF_ASSESSMENT_HEADER } from '../../src/sheet/dashboard';
import type { Cell } from '../../src/sheet/workbook';
import { run } from '../plans/pipeline';
import { mamNonTabs } from '../plans/mamNonNoGroups';
import { tieuHocTabs } from '../plans/tieuHocPerUnit';

const Q3_END = calendarDate(2026, 9, 30);

describe('Tổng quan: long-term indicators', () => {
  it('a column counts them per group and for the whole plan', () => {
    const board = run(tieuHocTabs(), Q3_END).dashboard;
    const header = board.values.find((r) => r[0] === 'Nhóm chỉ tiêu')!;
    const column = header.indexOf('Dài hạn (chưa đến hạn)');
    expect(column).toBeGreaterThan(0);
    const count = (label: string) => board.values.find((r) => r[0] === label)![column];
    expect(count('A. Mục tiêu chung')).toBe(1);
    expect(count('1.1. Thể chế số')).toBe(0);
    expect(count('2.2. Học liệu số và kiểm tra, đánh giá')).toBe(1);
    expect(count('Toàn kế hoạch')).toBe(2);
  });

  it('a plan without groups and without long-term indicators shows 0, and no group row', () => {
    const board = run(mamNonTabs(), Q3_END).dashboard;
    const header = board.values.find((r) => r[0] === 'Chỉ tiêu')!;
    const column = header.indexOf('Dài hạn (chưa đến hạn)');
    expect(column).toBeGreaterThan(0);
    const whole = board.values.find((r) => r[0] === 'Toàn kế hoạch')!;
    expect(whole[column]).toBe(0);
    expect(board.values.some((r) => String(r[0]).startsWith('Nhóm') || r[0] === '.')).toBe(false);
  });
});

/**
 * Tổng quan's self-assessment block (issue 13): each group's score out of its maximum and its
 * level, the mandatory conditions, the school's level and the rule that gave it; «chưa đối chiếu
 * đủ với QĐ 4725» where a group's maximum is not 100. No block without the tab.
 */
describe('Tổng quan: the self-assessment under QĐ 4725', () => {
  const AS_OF = calendarDate(2026, 6, 10);
  const TEACHING = 'Chuyển đổi số trong dạy, học';
  const MANAGEMENT = 'Chuyển đổi số trong quản trị cơ sở giáo dục';

  /** The QĐ 4725 criteria scored: each scored criterion gets `points(code, max)`, each condition `condition(code)`. */
  function scored(points: (code: string, max: number) => number | '', condition: (code: string) => string = () => 'Đạt'): Plan {
    const plan = samplePlan();
    const criteria = QD4725_CRITERIA.map((c): DtiCriterion => ({
      code: c.code, name: c.name, group: c.group, maxPoints: c.maxPoints ?? '', mandatory: c.mandatory ? 'x' : '',
      score: c.mandatory ? condition(c.code) : points(c.code, c.maxPoints!), evidence: '', note: '', owner: '',
    }));
    return { ...plan, selfAssessment: { criteria } };
  }

  function block(plan: Plan, settings: Settings = plan.settings): { board: Dashboard; rows: Cell[][] } {
    const board = dashboard(settings, evaluatePlan({ ...plan, settings }, AS_OF), AS_OF);
    const start = board.values.findIndex((r) => r[0] === SELF_ASSESSMENT_HEADER);
    if (start < 0) return { board, rows: [] };
    const end = board.values.findIndex((r, i) => i > start && r[0] === '');
    return { board, rows: board.values.slice(start, end) };
  }

  it("group 1 in full and group 2 at 35 of its 90: each group's score, level, and the unreconciled maximum said plainly", () => {
    const { board, rows } = block(scored((code, max) => (code.startsWith('1.') ? max : code === '2.3.3' || code === '2.3.5' || code === '2.3.6' || code === '2.4.2' ? max - (code === '2.4.2' ? 7 : 0) : 0)));
    expect(rows[0]!.slice(0, 4)).toEqual([SELF_ASSESSMENT_HEADER, 'Điểm', 'Điểm tối đa', 'Kết quả']);
    expect(board.headerRows).toContain(board.values.indexOf(rows[0]!) + 1);
    const row = (label: string) => rows.find((r) => r[0] === label)!;
    expect(row(TEACHING).slice(0, 4)).toEqual([TEACHING, 100, 100, '100/100 điểm — Mức 3 (đáp ứng tốt)']);
    expect(row(MANAGEMENT).slice(0, 3)).toEqual([MANAGEMENT, 35, 90]);
    expect(row(MANAGEMENT)[3]).toBe('35/90 điểm (tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725) — Mức 1 (chưa đáp ứng)');
    expect(row('Điều kiện bắt buộc')[3]).toBe('đạt 4/4');
    expect(row('Mức chuyển đổi số của trường')[3]).toBe('Mức 1 (chưa đáp ứng)');
    expect(row('Cách xác định mức của trường')[3]).toMatch(/^Mức của nhà trường là mức thấp hơn trong hai nhóm tiêu chí; nếu còn điều kiện bắt buộc chưa đạt thì nhà trường ở Mức 1 \(giả định của tiện ích/);
  });

  it('at the edges: 50 is Mức 2, 75 still Mức 2, 76 Mức 3; a condition «Chưa đạt» caps the school at Mức 1, unless Cấu hình says not to', () => {
    // Group 1: 1.3.x (30) + 1.4 (10) + 1.5.1 (10) = 50; group 2: everything (90) → 90 > 75.
    const plan = scored((code, max) => (code.startsWith('2.') ? max : /^1\.3\.|^1\.4$/.test(code) ? max : code === '1.5.1' ? 10 : 0), (code) => (code === '2.2' ? 'Chưa đạt' : 'Đạt'));
    const capped = block(plan).rows;
    expect(capped.find((r) => r[0] === TEACHING)![3]).toBe('50/100 điểm — Mức 2 (đáp ứng cơ bản)');
    expect(capped.find((r) => r[0] === 'Điều kiện bắt buộc')![3]).toBe('đạt 3/4; chưa đạt: 2.2');
    expect(capped.find((r) => r[0] === 'Mức chuyển đổi số của trường')![3]).toBe('Mức 1 (chưa đáp ứng) — tối đa Mức 1 vì còn điều kiện bắt buộc chưa đạt');
    const lower = block(plan, { ...plan.settings, dtiLevelRule: 'lower' }).rows;
    expect(lower.find((r) => r[0] === 'Mức chuyển đổi số của trường')![3]).toBe('Mức 2 (đáp ứng cơ bản)');
    expect(lower.find((r) => r[0] === 'Cách xác định mức của trường')![3]).toMatch(/không xét điều kiện bắt buộc/);
    const groupsOnly = block(plan, { ...plan.settings, dtiLevelRule: 'groupsOnly' }).rows;
    expect(groupsOnly.find((r) => r[0] === 'Mức chuyển đổi số của trường')![3]).toMatch(/^không xếp/);
    // 100 less 1.5.1 (15) and 1.6.1 (7), with 1.7.3 at 3 or 2 of its 5: 76, 75.
    const teachingAt = (last: number): Cell => block(scored((code, max) => (code === '1.5.1' || code === '1.6.1' ? 0 : code === '1.7.3' ? last : code.startsWith('1.') ? max : 0))).rows.find((r) => r[0] === TEACHING)![3]!;
    expect(teachingAt(3)).toBe('76/100 điểm — Mức 3 (đáp ứng tốt)');
    expect(teachingAt(2)).toBe('75/100 điểm — Mức 2 (đáp ứng cơ bản)');
  });

  it('nothing scored yet: no points, «chưa chấm điểm», the school level not yet known', () => {
    const { rows } = block(scored(() => '', () => ''));
    const teaching = rows.find((r) => r[0] === TEACHING)!;
    expect(teaching.slice(1, 4)).toEqual(['', 100, 'chưa chấm điểm']);
    expect(rows.find((r) => r[0] === 'Điều kiện bắt buộc')![3]).toBe('đạt 0/4; 4 chưa đánh giá');
    expect(rows.find((r) => r[0] === 'Mức chuyển đổi số của trường')![3]).toMatch(/^chưa xác định/);
  });

  it('a workbook without the tab has no block; either way the charts read the rows they name', () => {
    const without = samplePlan();
    delete (without as { selfAssessment?: unknown }).selfAssessment;
    for (const plan of [without, samplePlan()]) {
      const { board, rows } = block(plan);
      expect(rows.length > 0).toBe(plan.selfAssessment !== undefined);
      const [bar, pie] = board.charts;
      expect(board.values[bar!.firstRow - 2]![0]).toBe('Nhóm chỉ tiêu');
      expect(board.values[bar!.lastRow]![0]).toBe('Toàn kế hoạch');
      expect(board.values[pie!.firstRow - 2]![0]).toBe('Trạng thái nhiệm vụ (theo kỳ)');
      expect(board.values.slice(pie!.firstRow - 1, pie!.lastRow).map((r) => r[0])).toEqual([...TASK_STATUSES]);
      expect([bar!.anchorRow, pie!.anchorRow]).toEqual([1, 20]);
      expect(board.values.every((r) => r.length === board.width)).toBe(true);
      expect(board.formats.length).toBe(board.values.length);
    }
  });
});
