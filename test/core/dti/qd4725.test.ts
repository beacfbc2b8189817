import { describe, expect, it } from 'vitest';
import { assessSelfAssessment, UNRECONCILED } from '../../../src/core/dti/assessment';
import { DTI_GROUP_MANAGEMENT, DTI_GROUP_TEACHING, QD4725_CRITERIA, QD4725_SOURCE } from '../../../src/core/dti/qd4725';
import type { DtiCriterion } from '../../../src/core/dti/selfAssessment';

const sum = (group: string) => QD4725_CRITERIA.filter((c) => c.group === group).reduce((s, c) => s + (c.maxPoints ?? 0), 0);

describe('QĐ 4725 default criteria', () => {
  it('group 1 adds to 100 and group 2 to 90: the missing 10 points are not invented', () => {
    expect(sum(DTI_GROUP_TEACHING)).toBe(100);
    expect(sum(DTI_GROUP_MANAGEMENT)).toBe(90);
    expect(new Set(QD4725_CRITERIA.map((c) => c.group))).toEqual(new Set([DTI_GROUP_TEACHING, DTI_GROUP_MANAGEMENT]));
  });

  it('codes are unique, and the mandatory conditions are exactly 1.1, 1.2, 2.1, 2.2 with no points', () => {
    const codes = QD4725_CRITERIA.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(QD4725_CRITERIA.filter((c) => c.mandatory).map((c) => c.code)).toEqual(['1.1', '1.2', '2.1', '2.2']);
    for (const c of QD4725_CRITERIA) expect(c.mandatory ? c.maxPoints === undefined : (c.maxPoints ?? 0) > 0, c.code).toBe(true);
  });

  it('the points of each criterion are those of the issue', () => {
    const points = Object.fromEntries(QD4725_CRITERIA.filter((c) => !c.mandatory).map((c) => [c.code, c.maxPoints]));
    expect(points).toEqual({
      '1.3.1': 6, '1.3.2': 6, '1.3.3': 6, '1.3.4': 6, '1.3.5': 6, '1.4': 10, '1.5.1': 15, '1.5.2': 5,
      '1.6.1': 7, '1.6.2': 7, '1.6.3': 6, '1.7.1': 8, '1.7.2': 7, '1.7.3': 5,
      '2.3.1': 6, '2.3.2': 6, '2.3.3': 10, '2.3.4': 6, '2.3.5': 10, '2.3.6': 10, '2.3.7': 6, '2.3.8': 6,
      '2.4.1': 8, '2.4.2': 12, '2.4.3': 10,
    });
  });

  it('exactly the five 1.6/1.7 percentage criteria read as «Tỷ lệ …» criteria', () => {
    const rows: DtiCriterion[] = QD4725_CRITERIA.map((c) => ({ ...c, mandatory: c.mandatory ? 'x' : '', score: '', evidence: '', owner: '' }));
    const a = assessSelfAssessment({ criteria: rows }, 'lowerCapped');
    expect(a.criteria.filter((r) => r.percentCriterion).map((r) => r.criterion.code)).toEqual(['1.6.1', '1.6.2', '1.6.3', '1.7.1', '1.7.2']);
    expect(a.criteria.flatMap((r) => r.problems)).toEqual([]);
    expect(a.groups.map((g) => [g.name, g.maxTotal, g.reconciled])).toEqual([
      [DTI_GROUP_TEACHING, 100, true],
      [DTI_GROUP_MANAGEMENT, 90, false],
    ]);
    expect(UNRECONCILED).toBe('chưa đối chiếu đủ với QĐ 4725');
  });

  it('names where the numbers come from, in Vietnamese', () => {
    expect(QD4725_SOURCE).toMatch(/4725\/QĐ-BGDĐT/);
    expect(QD4725_SOURCE).toMatch(/không chính thức/);
  });
});
