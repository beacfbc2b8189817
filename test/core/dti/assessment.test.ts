import { describe, expect, it } from 'vitest';
import { assessSelfAssessment, dtiLevelText, levelOfTotal } from '../../../src/core/dti/assessment';
import type { DtiCriterion, DtiLevelRule } from '../../../src/core/dti/selfAssessment';
import { calendarDate } from '../../../src/core/date';

const G1 = 'Chuyển đổi số trong dạy, học';
const G2 = 'Chuyển đổi số trong quản trị cơ sở giáo dục';

function row(code: string, group: string, maxPoints: unknown, score: unknown, more: Partial<DtiCriterion> = {}): DtiCriterion {
  return { code, name: `Tiêu chí ${code}`, group, maxPoints, mandatory: '', score, evidence: '', note: '', owner: '', ...more };
}
function condition(code: string, group: string, score: unknown, mark: unknown = 'x'): DtiCriterion {
  return row(code, group, '', score, { mandatory: mark, name: `Điều kiện ${code}` });
}
/** Two groups, each of one 100-point criterion, with one mandatory condition each. */
function twoGroups(g1: unknown, g2: unknown, conditions: readonly [unknown, unknown] = ['Đạt', 'Đạt'], rule: DtiLevelRule = 'lowerCapped') {
  return assessSelfAssessment(
    { criteria: [condition('1.1', G1, conditions[0]), row('1.3', G1, 100, g1), condition('2.1', G2, conditions[1]), row('2.3', G2, 100, g2)] },
    rule,
  );
}
/** The problems of the one criterion of a one-row self-assessment. */
function problemsOf(c: DtiCriterion) {
  return assessSelfAssessment({ criteria: [c] }, 'lowerCapped').criteria[0]!.problems;
}
function scoreOf(c: DtiCriterion) {
  return assessSelfAssessment({ criteria: [c] }, 'lowerCapped').criteria[0]!;
}

describe('levelOfTotal: Mức 1 under 50, Mức 2 from 50 to 75, Mức 3 above 75', () => {
  it.each([
    [0, 1], [49, 1], [49.5, 1], [49.99, 1], [50, 2], [62, 2], [75, 2], [75.5, 3], [76, 3], [100, 3],
  ])('%s points → Mức %s', (total, level) => {
    expect(levelOfTotal(total)).toBe(level);
  });
  it('names the levels as QĐ 4725 does', () => {
    expect([1, 2, 3].map((l) => dtiLevelText(l as 1 | 2 | 3))).toEqual(['Mức 1 (chưa đáp ứng)', 'Mức 2 (đáp ứng cơ bản)', 'Mức 3 (đáp ứng tốt)']);
  });
});

describe('assessSelfAssessment: group levels at their edges', () => {
  it.each([
    [49, 1], [50, 2], [75, 2], [76, 3], ['75,5', 3], ['49,5', 1],
  ])('group 1 at %s → Mức %s, group 2 unchanged', (score, level) => {
    const a = twoGroups(score, 100);
    expect(a.groups.map((g) => g.level)).toEqual([level, 3]);
    expect(a.schoolLevel).toBe(level);
  });
  it.each([
    [49, 1], [50, 2], [75, 2], [76, 3], [75.5, 3],
  ])('group 2 at %s → Mức %s, and the school takes the lower', (score, level) => {
    const a = twoGroups(90, score);
    expect(a.groups.map((g) => [g.name, g.level])).toEqual([[G1, 3], [G2, level]]);
    expect(a.schoolLevel).toBe(level);
  });

  it('sums the criteria of a group, decimals included', () => {
    const a = assessSelfAssessment({ criteria: [row('1.3.1', G1, 6, '4,5'), row('1.3.2', G1, 6, 6), row('1.4', G1, 10, '7.5'), row('1.5', G1, 78, 32)] }, 'lower');
    expect(a.groups[0]).toMatchObject({ total: 50, maxTotal: 100, scored: 4, unscored: 0, level: 2, reconciled: true });
  });
});

describe('assessSelfAssessment: mandatory conditions and the school level rule', () => {
  it('a failed mandatory condition caps the school at Mức 1 under the default rule', () => {
    const a = twoGroups(90, 80, ['Đạt', 'Chưa đạt']);
    expect(a.groups.map((g) => g.level)).toEqual([3, 3]);
    expect(a.groups.map((g) => g.mandatoryUnmet)).toEqual([0, 1]);
    expect(a.schoolLevel).toBe(1);
    expect(a.cappedByMandatory).toBe(true);
    expect(a.complete).toBe(true);
  });
  it("'lower' ignores the failed condition: the lower group level", () => {
    const a = twoGroups(90, 60, ['Không', 'Đạt'], 'lower');
    expect(a.schoolLevel).toBe(2);
    expect(a.cappedByMandatory).toBe(false);
    expect(a.criteria[0]!.met).toBe(false);
  });
  it("'groupsOnly' gives the group levels and no school level", () => {
    const a = twoGroups(90, 60, [false, 'Đạt'], 'groupsOnly');
    expect(a.groups.map((g) => g.level)).toEqual([3, 2]);
    expect(a.schoolLevel).toBeUndefined();
    expect(a.cappedByMandatory).toBe(false);
  });
  it('a condition not yet assessed does not cap, but leaves the assessment incomplete', () => {
    const a = twoGroups(90, 80, ['Đạt', '']);
    expect(a.schoolLevel).toBe(3);
    expect(a.cappedByMandatory).toBe(false);
    expect(a.groups[1]!.mandatoryUnassessed).toBe(1);
    expect(a.complete).toBe(false);
  });
  it.each([
    ['Đạt', true], ['đạt', true], ['Có', true], ['x', true], [true, true], ['Đã đạt', true],
    ['Chưa đạt', false], ['Không', false], ['KHÔNG ĐẠT', false], [false, false],
    ['', undefined], ['  ', undefined],
  ])('reads the condition %j as %s', (score, met) => {
    const r = scoreOf(condition('1.1', G1, score));
    expect(r.met).toBe(met);
    expect(r.problems).toEqual([]);
  });
  it.each([['x'], ['Có'], ['Điều kiện bắt buộc'], [true], ['Bắt buộc'], ['ĐKBB']])('reads %j in Bắt buộc as a mandatory condition', (mark) => {
    expect(scoreOf(condition('1.1', G1, 'Đạt', mark)).mandatory).toBe(true);
  });
  it('no school level while a group has no score yet', () => {
    const a = twoGroups(80, '');
    expect(a.groups.map((g) => g.level)).toEqual([3, undefined]);
    expect(a.schoolLevel).toBeUndefined();
    expect(a.complete).toBe(false);
  });
  it('a group partly scored has a provisional level and the assessment is not complete', () => {
    const a = assessSelfAssessment({ criteria: [row('1.3', G1, 50, 40), row('1.4', G1, 50, ''), row('2.3', G2, 100, 60)] }, 'lowerCapped');
    expect(a.groups[0]).toMatchObject({ total: 40, scored: 1, unscored: 1, level: 1 });
    expect(a.schoolLevel).toBe(1);
    expect(a.complete).toBe(false);
  });
});

describe('assessSelfAssessment: groups as typed', () => {
  it('a group whose maximums add to 90 is not reconciled, and its total is not rescaled', () => {
    const a = assessSelfAssessment({ criteria: [row('2.3', G2, 60, 50), row('2.4', G2, 30, 26)] }, 'lower');
    expect(a.groups[0]).toMatchObject({ maxTotal: 90, total: 76, level: 3, reconciled: false });
  });
  it('groups by the folded text in first-seen order; «1» is a group of its own', () => {
    const a = assessSelfAssessment(
      { criteria: [row('1.3', G1, 50, 30), row('2.3', G2, 100, 60), row('1.4', 'CHUYỂN ĐỔI SỐ TRONG DẠY HỌC', 50, 30), row('1.5', '1', 10, 5)] },
      'lower',
    );
    expect(a.groups.map((g) => [g.name, g.total])).toEqual([[G1, 60], [G2, 60], ['1', 5]]);
  });
  it('no criteria: no group, no level, never complete', () => {
    const a = assessSelfAssessment({ criteria: [] }, 'lowerCapped');
    expect(a).toMatchObject({ groups: [], schoolLevel: undefined, complete: false });
  });
});

describe('assessSelfAssessment: bad cells are problems naming the field', () => {
  it('a score above the maximum', () => {
    expect(problemsOf(row('1.3.1', G1, 6, 8))).toEqual([{ field: 'score', message: 'Tiêu chí 1.3.1: điểm tự đánh giá 8 vượt điểm tối đa 6.' }]);
    expect(problemsOf(row('1.3.1', G1, 6, '6,5'))[0]!.field).toBe('score');
    expect(scoreOf(row('1.3.1', G1, 6, 8)).points).toBeUndefined();
  });
  it('a negative score', () => {
    for (const s of [-1, '-2', '−3']) {
      const p = problemsOf(row('1.4', G1, 10, s));
      expect(p.map((x) => x.field)).toEqual(['score']);
      expect(p[0]!.message).toMatch(/^Tiêu chí 1\.4: điểm tự đánh giá không được âm/);
    }
  });
  it('text that is not a number', () => {
    for (const s of ['sáu', 'Đạt', 'đang cập nhật', true]) {
      const p = problemsOf(row('1.4', G1, 10, s));
      expect(p.map((x) => x.field), String(s)).toEqual(['score']);
    }
    expect(problemsOf(row('1.4', G1, 10, 'sáu'))[0]!.message).toBe("Tiêu chí 1.4: không hiểu điểm tự đánh giá 'sáu' (ghi số điểm (tối đa 10 điểm), ví dụ 6 hoặc 4,5).");
    expect(problemsOf(row('1.4', G1, 10, calendarDate(2026, 5, 6)))[0]!.field).toBe('score');
  });
  it('a percent typed in a points cell', () => {
    for (const s of ['85%', '85 %', '0,85%']) {
      const p = problemsOf(row('1.6.1', G1, 7, s, { name: 'Tỷ lệ giáo viên có tài khoản bồi dưỡng trực tuyến' }));
      expect(p.map((x) => x.field)).toEqual(['score']);
      expect(p[0]!.message).toMatch(/là tỷ lệ, không phải điểm/);
    }
    expect(problemsOf(row('1.4', G1, 10, '60%'))[0]!.message).toMatch(/^Tiêu chí 1\.4: '60%' là tỷ lệ, không phải điểm; ghi điểm tự đánh giá \(tối đa 10 điểm\)/);
  });
  it('a percent criterion typed as a count', () => {
    const name = 'Tỷ lệ giáo viên xây dựng được học liệu số';
    for (const s of ['35 giáo viên', '35/40', '35 / 40', '12 phòng']) {
      const r = scoreOf(row('1.6.3', G1, 6, s, { name }));
      expect(r.percentCriterion).toBe(true);
      expect(r.problems.map((x) => x.message), s).toEqual([expect.stringMatching(/^Tiêu chí 1\.6\.3 là tiêu chí tỷ lệ: '.+' là số lượng, không phải điểm/)]);
    }
    expect(scoreOf(row('1.7.1', G1, 8, '30/32', { name: 'Tỉ lệ phòng học có máy chiếu' })).problems[0]!.message).toMatch(/tiêu chí tỷ lệ/);
    // A count in a criterion that is not a percentage is just not a score.
    expect(problemsOf(row('1.4', G1, 10, '35/40'))[0]!.message).toMatch(/không hiểu điểm tự đánh giá/);
  });
  it('a maximum that is not a positive number', () => {
    for (const max of [0, -5, 'sáu', '0', '']) {
      const r = scoreOf(row('1.4', G1, max, 5));
      expect(r.problems.map((x) => x.field), String(max)).toEqual(['maxPoints']);
      expect(r.points).toBeUndefined();
    }
    const a = assessSelfAssessment({ criteria: [row('1.4', G1, 'mười', 5), row('1.5', G1, 90, 60)] }, 'lower');
    expect(a.groups[0]).toMatchObject({ maxTotal: 90, total: 60, unscored: 1, reconciled: false });
  });
  it('a mandatory condition with points, or scored with a number', () => {
    expect(problemsOf(row('1.1', G1, 10, 'Đạt', { mandatory: 'x' }))).toEqual([
      { field: 'maxPoints', message: "Tiêu chí 1.1 là điều kiện bắt buộc, không tính điểm: xóa điểm tối đa '10' hoặc bỏ đánh dấu ở cột «Bắt buộc»." },
    ]);
    expect(problemsOf(row('1.1', G1, 0, 'Đạt', { mandatory: 'x' }))).toEqual([]);
    const scored = scoreOf(condition('1.2', G1, 6));
    expect(scored.problems.map((p) => p.message)).toEqual(["Tiêu chí 1.2 là điều kiện bắt buộc: ghi «Đạt» hoặc «Chưa đạt», không ghi '6'."]);
    expect(scored.met).toBeUndefined();
  });
  it('a Bắt buộc cell that cannot be read, a missing code, a missing group, a repeated code', () => {
    expect(problemsOf(row('1.4', G1, 10, 5, { mandatory: 'hình như' })).map((p) => p.field)).toEqual(['mandatory']);
    expect(problemsOf(row('', G1, 10, 5, { name: 'Học liệu số' }))).toEqual([{ field: 'code', message: "Tiêu chí 'Học liệu số': chưa ghi mã tiêu chí (ví dụ 1.3.1)." }]);
    expect(problemsOf(row('1.4', '', 10, 5)).map((p) => p.field)).toEqual(['group']);
    const a = assessSelfAssessment({ criteria: [row('1.4', G1, 10, 5, { ref: 'Tự đánh giá CĐS!A9' }), row('1.4', G1, 10, 5)] }, 'lower');
    expect(a.criteria.map((c) => c.problems.map((p) => p.message))).toEqual([[], ['Mã tiêu chí 1.4 trùng với một tiêu chí phía trên (Tự đánh giá CĐS!A9): mỗi tiêu chí một mã.']]);
  });
  it('reads scores as staff type them', () => {
    expect([6, '6', ' 6 ', '4,5', '4.5', '6 điểm', '6đ', '0'].map((s) => scoreOf(row('1.3.1', G1, 6, s)).points)).toEqual([6, 6, 6, 4.5, 4.5, 6, 6, 0]);
    expect(scoreOf(row('1.4', G1, '10 điểm', 7)).maxPoints).toBe(10);
  });
  it('never throws, whatever the cells hold', () => {
    const odd: unknown[] = [undefined, null, NaN, Infinity, {}, [], Symbol('x'), 10n];
    for (const v of odd) {
      const c = { code: v, name: v, group: v, maxPoints: v, mandatory: v, score: v, evidence: '', note: '', owner: '' } as unknown as DtiCriterion;
      expect(() => assessSelfAssessment({ criteria: [c, { ...c, mandatory: 'x' }] }, 'lowerCapped')).not.toThrow();
    }
  });
});
