/**
 * The indicator Cấu hình «Chỉ tiêu nhận mức CĐS» names takes the school's CĐS level as its
 * result: An Lão's indicator 5 «Nhà trường đạt mức độ CDS mức 2 trở lên» (target «100%»).
 */
import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate } from '../../../src/core/date';
import type { DtiCriterion, DtiLevelRule } from '../../../src/core/dti/selfAssessment';
import { evaluatePlan, indicatorsAsOf } from '../../../src/core/evaluation';
import type { Indicator, Plan } from '../../../src/core/plan';
import { buildReport } from '../../../src/core/report/model';
import { periodNotes } from '../../../src/core/report/dialogState';
import { SAMPLE_AS_OF, samplePlan } from '../../../src/sample/anLao2026';

const d = calendarDate;
const base = samplePlan();

/** The sample with some criteria's scores replaced, another rule, indicator 5 changed. */
function variant(
  scores: Readonly<Record<string, unknown>> = {},
  more: { rule?: DtiLevelRule; link?: string; indicator5?: Partial<Indicator>; noTab?: boolean } = {},
): Plan {
  const criteria = base.selfAssessment!.criteria.map((c): DtiCriterion => (c.code in scores ? { ...c, score: scores[c.code] } : c));
  const indicators = base.indicators.map((i) => (i.id === '5' ? { ...i, ...more.indicator5 } : i));
  const settings = { ...base.settings, dtiLevelRule: more.rule ?? base.settings.dtiLevelRule, dtiIndicator: more.link ?? base.settings.dtiIndicator };
  const plan: Plan = { ...base, settings, indicators, selfAssessment: { criteria } };
  if (!more.noTab) return plan;
  const { selfAssessment: _, ...rest } = plan;
  return rest;
}

function indicator5(plan: Plan, asOf: CalendarDate = SAMPLE_AS_OF) {
  const ev = evaluatePlan(plan, asOf);
  return { ev, e: ev.indicators.find((i) => i.indicator.id === '5')! };
}

/** Group 1 at 44 (Mức 1): the LMS criteria 1.3.2–1.3.4 lose 18 points. */
const GROUP1_LEVEL1 = { '1.3.2': 0, '1.3.3': 0, '1.3.4': 0, '1.4': 0 };
/** Group 1 at 80 and group 2 at 80 (Mức 3). */
const BOTH_LEVEL3 = { '1.4': 10, '1.5.1': 15, '1.5.2': 5, '1.7.3': 2, '2.3.5': 10, '2.3.6': 10, '2.4.2': 6 };

describe('An Lão indicator 5 follows the school level', () => {
  it('the sample: both groups Mức 2, so the indicator is «Mức 2», Đạt, as the latest reportable quarter', () => {
    const { ev, e } = indicator5(base);
    expect(ev.selfAssessment?.schoolLevel).toBe(2);
    expect(ev.dtiLink).toMatchObject({ indicatorId: '5', problem: undefined, link: { level: 2, warnings: [] } });
    expect(e).toMatchObject({ state: 'met', latest: { quarter: 4, value: 'Mức 2' }, attainment: { verdict: 'Đạt' }, warnings: [] });
  });

  it('Mức 1 (a group under 50) → Chưa đạt', () => {
    const { ev, e } = indicator5(variant(GROUP1_LEVEL1));
    expect(ev.selfAssessment?.groups.map((g) => g.level)).toEqual([1, 2]);
    expect(e).toMatchObject({ state: 'unmet', latest: { value: 'Mức 1' }, attainment: { verdict: 'Chưa đạt' } });
  });

  it('Mức 3 → Đạt', () => {
    const { ev, e } = indicator5(variant(BOTH_LEVEL3));
    expect(ev.selfAssessment?.groups.map((g) => [g.total, g.level])).toEqual([[80, 3], [80, 3]]);
    expect(e).toMatchObject({ state: 'met', latest: { value: 'Mức 3' } });
  });

  it('a failed mandatory condition: Chưa đạt under the default rule, Đạt under «Mức thấp hơn của hai nhóm»', () => {
    expect(indicator5(variant({ '2.2': 'Chưa đạt' })).e).toMatchObject({ state: 'unmet', latest: { value: 'Mức 1' } });
    expect(indicator5(variant({ '2.2': 'Chưa đạt' }, { rule: 'lower' })).e).toMatchObject({ state: 'met', latest: { value: 'Mức 2' } });
  });

  it('a target typed as a level is the one held against, not the name', () => {
    const { e } = indicator5(variant({}, { indicator5: { targetText: 'Mức 3 trở lên', unit: '' } }));
    expect(e).toMatchObject({ state: 'unmet', latest: { value: 'Mức 2' } });
  });

  it('a linked indicator that names no level anywhere is an error on it, not a guess', () => {
    const { e } = indicator5(variant({}, { indicator5: { name: 'Nhà trường tự đánh giá chuyển đổi số', targetText: '100%' } }));
    expect(e.state).toBe('invalid');
    expect(e.error).toMatch(/không ghi mức cần đạt/);
  });
});

describe('when the level is not there (yet)', () => {
  it('a self-assessment not finished gives no result, not a provisional Chưa đạt', () => {
    const { ev, e } = indicator5(variant({ '1.3.1': '', '2.1': '' }));
    expect(ev.selfAssessment?.schoolLevel).toBe(2);
    expect(ev.selfAssessment?.complete).toBe(false);
    expect(e).toMatchObject({ state: 'pending', latest: undefined, warnings: [] });
  });

  it('…and results typed in the quarter columns are used meanwhile, with a warning', () => {
    const { e } = indicator5(variant({ '1.3.1': '' }, { indicator5: { quarterResults: ['', '', 1, ''] } }));
    expect(e).toMatchObject({ state: 'met', latest: { quarter: 3, value: 1 } });
    expect(e.warnings).toEqual(['tự đánh giá CĐS chưa xong (còn 1 tiêu chí chưa chấm điểm): tạm dùng kết quả nhập ở cột quý.']);
  });

  it('the level wins over typed results, and a warning says the typed ones are not used', () => {
    const { e } = indicator5(variant(GROUP1_LEVEL1, { indicator5: { quarterResults: ['', '', 1, ''] } }));
    expect(e).toMatchObject({ state: 'unmet', latest: { quarter: 4, value: 'Mức 1' } });
    expect(e.warnings).toEqual(['kết quả lấy từ mức CĐS tự đánh giá (Mức 1, tab «Tự đánh giá CĐS»); số liệu nhập ở các cột quý không được dùng.']);
  });

  it('no «Tự đánh giá CĐS» tab: a warning, the typed results as before', () => {
    const { ev, e } = indicator5(variant({}, { noTab: true, indicator5: { quarterResults: ['', '', 1, ''] } }));
    expect(ev.selfAssessment).toBeUndefined();
    expect(e).toMatchObject({ state: 'met', latest: { quarter: 3, value: 1 } });
    expect(e.warnings[0]).toMatch(/chưa có tab «Tự đánh giá CĐS»/);
  });

  it('«Chỉ xếp mức từng nhóm»: no school level to take, said on the indicator', () => {
    const { e } = indicator5(variant({}, { rule: 'groupsOnly' }));
    expect(e.state).toBe('pending');
    expect(e.warnings[0]).toMatch(/chỉ xếp mức từng nhóm/);
  });

  it('an STT no indicator has is a problem of the link, and nothing else changes', () => {
    const plan = variant({}, { link: '99', indicator5: { quarterResults: ['', '', 1, ''] } });
    const ev = evaluatePlan(plan, SAMPLE_AS_OF);
    expect(ev.dtiLink?.problem).toBe(
      "Cấu hình «Chỉ tiêu nhận mức CĐS» ghi '99' nhưng tab «Chỉ tiêu» không có chỉ tiêu nào có STT 99: ghi đúng STT của chỉ tiêu về mức CĐS, hoặc để trống.",
    );
    expect(ev.indicators.every((e) => e.dtiLink === undefined)).toBe(true);
    expect(ev.indicators.find((i) => i.indicator.id === '5')).toMatchObject({ state: 'met', latest: { value: 1 } });
  });

  it('no link in Cấu hình: the self-assessment is scored, no indicator takes it', () => {
    const ev = evaluatePlan(variant({}, { link: '' }), SAMPLE_AS_OF);
    expect(ev.selfAssessment?.schoolLevel).toBe(2);
    expect(ev.dtiLink).toBeUndefined();
    expect(ev.indicators.find((i) => i.indicator.id === '5')?.state).toBe('pending');
  });
});

describe('the level on other days', () => {
  it('is the result of the latest quarter reportable on the day; none before the plan year', () => {
    expect(indicator5(base, d(2026, 9, 30)).e.latest).toEqual({ quarter: 3, value: 'Mức 2' });
    expect(indicator5(base, d(2026, 2, 1)).e.latest).toEqual({ quarter: 1, value: 'Mức 2' });
    expect(indicator5(base, d(2025, 12, 1)).e).toMatchObject({ state: 'pending', latest: undefined });
  });

  it('indicatorsAsOf gives what evaluating on that day gives', () => {
    const plan = variant(GROUP1_LEVEL1, { indicator5: { quarterResults: [1, '', '', ''] } });
    const ev = evaluatePlan(plan, SAMPLE_AS_OF);
    for (const day of [d(2026, 3, 31), d(2026, 6, 30), d(2025, 6, 1)]) {
      const moved = indicatorsAsOf(ev, day).find((i) => i.indicator.id === '5')!;
      const direct = evaluatePlan(plan, day).indicators.find((i) => i.indicator.id === '5')!;
      expect(moved).toEqual(direct);
    }
  });

  it('the Quý III report shows the level as indicator 5’s result and leaves it out of «chưa có kết quả»', () => {
    const period = { kind: 'quarter', year: 2026, quarter: 3 } as const;
    const report = buildReport(base, period, SAMPLE_AS_OF);
    const row = report.indicators.rows.find((r) => r.kind === 'indicator' && r.stt === '5');
    expect(row).toMatchObject({ target: '100%', result: 'Mức 2', verdict: 'Đạt' });
    const notes = periodNotes(base, period, SAMPLE_AS_OF);
    expect(notes.join('\n')).toMatch(/^1 chỉ tiêu chưa có kết quả quý III .*: 11\.$/m);
    const unlinked = variant({}, { link: '' });
    expect(periodNotes(unlinked, period, SAMPLE_AS_OF).join('\n')).toMatch(/^2 chỉ tiêu chưa có kết quả quý III .*: 5, 11\.$/m);
  });
});
