/**
 * The sample plan with an illustrative self-assessment (QĐ 4725 default criteria, invented
 * scores and evidence) and a few tasks naming criteria, for the documents' tests and previews.
 * `overrides`: scores by code replacing the defaults below.
 */
import type { DtiCriterion } from '../../src/core/dti/selfAssessment';
import { QD4725_CRITERIA } from '../../src/core/dti/qd4725';
import type { Plan, Settings } from '../../src/core/plan';
import { samplePlan } from '../../src/sample/anLao2026';

/** Illustrative scores: blank = not scored yet. */
export const ILLUSTRATIVE_SCORES: Readonly<Record<string, unknown>> = {
  '1.1': 'Đạt',
  '1.2': 'Đạt',
  '1.3.1': 6,
  '1.3.2': 6,
  '1.3.3': '4',
  '1.3.4': '',
  '1.3.5': 0,
  '1.4': 10,
  '1.5.1': 10,
  '1.5.2': 5,
  '1.6.1': 7,
  '1.6.2': '5,5',
  '1.6.3': 3,
  '1.7.1': 8,
  '1.7.2': '',
  '1.7.3': 0,
  '2.1': 'Đạt',
  '2.2': 'Đạt',
  '2.3.1': 6,
  '2.3.2': 6,
  '2.3.3': 10,
  '2.3.4': 6,
  '2.3.5': 5,
  '2.3.6': 0,
  '2.3.7': 6,
  '2.3.8': 6,
  '2.4.1': 8,
  '2.4.2': '',
  '2.4.3': 10,
};

const EVIDENCE: Readonly<Record<string, string>> = {
  '1.1': 'Kế hoạch số 15/KH-THPTAL https://example.edu.vn/minh-chung/1-1',
  '1.3.1': 'https://example.edu.vn/minh-chung/1-3-1',
  '1.4': 'https://example.edu.vn/hoc-lieu; https://example.edu.vn/hoc-lieu/danh-muc',
  '2.3.3': 'https://example.edu.vn/so-diem',
};

export function selfAssessmentPlan(overrides: Readonly<Record<string, unknown>> = {}, settings: Partial<Settings> = {}): Plan {
  const plan = samplePlan();
  const scores = { ...ILLUSTRATIVE_SCORES, ...overrides };
  const criteria: DtiCriterion[] = QD4725_CRITERIA.map((c, i) => ({
    code: c.code,
    name: c.name,
    group: c.group,
    maxPoints: c.maxPoints ?? '',
    mandatory: c.mandatory ? 'x' : '',
    score: scores[c.code] ?? '',
    evidence: EVIDENCE[c.code] ?? '',
    note: c.code === '2.3.6' ? 'Chưa có phần mềm y tế trường học' : '',
    owner: 'Ban chuyển đổi số',
    ref: `Tự đánh giá CĐS!A${i + 2}`,
  }));
  // Tasks naming criteria: one done by Quý III (task 1), one still open (task 16).
  const links: Readonly<Record<string, string>> = { '1': '2.2', '16': '1.3.4, 1.7.2' };
  // These links replace the sample's own illustrative ones, so the documents' tests pin exactly these.
  const tasks = plan.tasks.map(({ criteria: _sample, ...t }) => (links[t.id] ? { ...t, criteria: links[t.id] } : t));
  return { ...plan, tasks, settings: { ...plan.settings, ...settings }, selfAssessment: { criteria } };
}
