import { describe, expect, it } from 'vitest';
import { assessSelfAssessment, dtiLevelText, levelOfTotal } from '../../../src/core/dti/assessment';
import type { DtiCriterion, DtiLevelRule } from '../../../src/core/dti/selfAssessment';

const G1 = 'Chuyển đổi số trong dạy, học';
const G2 = 'Chuyển đổi số trong quản trị cơ sở giáo dục';

function row(code: string, group: string, maxPoints: unknown, score: unknown, more: Partial<DtiCriterion> = {}): DtiCriterion {
  return { code, name: `Tiêu chí ${code}`, group, maxPoints, mandatory: '', score, evidence: '', note: '', owner: '', ...more };
}
function condition(code: string, group: string, score: unknown): DtiCriterion {
  return row(code, group, '', score, { mandatory: 'x', name: `Điều kiện ${code}` });
}
/** A group of one 100-point criterion scored `total`, plus its mandatory condition. */
function plan(g1: unknown, g2: unknown, conditions: readonly [unknown, unknown] = ['Đạt', 'Đạt'], rule: DtiLevelRule = 'lowerCapped') {
  return assessSelfAssessment(
    { criteria: [condition('1.1', G1, conditions[0]), row('1.3', G1, 100, g1), condition('2.1', G2, conditions[1]), row('2.3', G2, 100, g2)] },
    rule,
  );
}

describe('levelOfTotal', () => {
  it.each([
    [0, 1], [49, 1], [49.5, 1], [49.99, 1], [50, 2], [62, 2], [75, 2], [75.5, 3], [76, 3], [100, 3],
  ])('%s points → Mức %s', (total, level) => {
    expect(levelOfTotal(total)).toBe(level);
  });
  it('names the levels', () => {
    expect([1, 2, 3].map((l) => dtiLevelText(l as 1 | 2 | 3))).toEqual(['Mức 1 (chưa đáp ứng)', 'Mức 2 (đáp ứng cơ bản)', 'Mức 3 (đáp ứng tốt)']);
  });
});

describe('assessSelfAssessment: groups and the school level', () => {
  it('gives each group its level and the school the lower one', () => {
    const a = plan(80, 60);
    expect(a.groups.map((g) => [g.name, g.total, g.level])).toEqual([[G1, 80, 3], [G2, 60, 2]]);
    expect(a.schoolLevel).toBe(2);
    expect(a.complete).toBe(true);
  });
});
