import { beforeEach, describe, expect, it, vi } from 'vitest';
import { calendarDate } from '../../../src/core/date';
import { evaluatePlan } from '../../../src/core/evaluation';
import { reportDialogState } from '../../../src/core/report/dialogState';
import { buildReport } from '../../../src/core/report/model';
import { parseSchedule } from '../../../src/core/schedule';
import { parseTarget } from '../../../src/core/target';
import { samplePlan } from '../../../src/sample/anLao2026';
import { planTabs } from '../../../src/sheet/planTabs';
import { readWorkbook } from '../../../src/sheet/workbook';
import { distinctTargets, distinctTimings } from '../../support/readingCounts';
import { mamNonTabs } from '../../plans/mamNonNoGroups';
import { thcsTabs } from '../../plans/thcsSchoolYear';
import { thptTabs } from '../../plans/thptRoadmap';
import { tieuHocTabs } from '../../plans/tieuHocPerUnit';

vi.mock('../../../src/core/schedule', async (original) => {
  const m = await original<typeof import('../../../src/core/schedule')>();
  return { ...m, parseSchedule: vi.fn(m.parseSchedule) };
});
vi.mock('../../../src/core/target', async (original) => {
  const m = await original<typeof import('../../../src/core/target')>();
  return { ...m, parseTarget: vi.fn(m.parseTarget) };
});
vi.mock('../../../src/core/evaluation', async (original) => {
  const m = await original<typeof import('../../../src/core/evaluation')>();
  return { ...m, evaluatePlan: vi.fn(m.evaluatePlan) };
});

const counts = () => ({
  parseSchedule: vi.mocked(parseSchedule).mock.calls.length,
  parseTarget: vi.mocked(parseTarget).mock.calls.length,
  evaluatePlan: vi.mocked(evaluatePlan).mock.calls.length,
});

const TODAY = calendarDate(2026, 10, 15);

beforeEach(() => vi.clearAllMocks());

describe('the report dialog reads the plan once per state request', () => {
  it('each timing and target read once, and one evaluation of the plan for all 18 periods', () => {
    const plan = samplePlan();
    vi.clearAllMocks();
    const state = reportDialogState(plan, [], TODAY);
    expect(state.periods).toHaveLength(18);
    expect(state.periods.map((p) => p.slug)).toContain('thang-11-2026');
    expect(state.periods.find((p) => p.slug === 'thang-11-2026')?.label).toBe('Tháng 11 năm 2026');
    expect(counts()).toEqual({ parseSchedule: distinctTimings(plan), parseTarget: distinctTargets(plan), evaluatePlan: 1 });
  });

  it('the same under the mid-month rule', () => {
    const base = samplePlan();
    const plan = { ...base, settings: { ...base.settings, reportingRule: 'mid-month' as const } };
    vi.clearAllMocks();
    reportDialogState(plan, [], TODAY);
    expect(counts()).toEqual({ parseSchedule: distinctTimings(plan), parseTarget: distinctTargets(plan), evaluatePlan: 1 });
  });

  // Plans worded the way four other schools write them (test/plans), opened on days across the year.
  const fixtures = { mamNon: mamNonTabs, thcs: thcsTabs, thpt: thptTabs, tieuHoc: tieuHocTabs };
  for (const [name, tabsOf] of Object.entries(fixtures)) {
    for (const today of [calendarDate(2026, 2, 3), TODAY, calendarDate(2027, 1, 20)]) {
      it(`${name}, opened on ${today.day}/${today.month}/${today.year}: one evaluation, each cell read once`, () => {
        const tabs = tabsOf();
        vi.clearAllMocks();
        const read = readWorkbook(tabs, { fallbackYear: 2026 });
        const state = reportDialogState(read.plan, [], today, read.reading);
        expect(state.periods).toHaveLength(18);
        expect(counts()).toEqual({ parseSchedule: distinctTimings(read.plan), parseTarget: distinctTargets(read.plan), evaluatePlan: 1 });
      });
    }
  }

  it('a plan read from the workbook: the reading of the workbook is reused, nothing is parsed twice', () => {
    const plan = samplePlan();
    const tabs = planTabs(plan);
    vi.clearAllMocks();
    const read = readWorkbook(tabs, { fallbackYear: 2026 });
    reportDialogState(read.plan, [], TODAY, read.reading);
    expect(counts().parseSchedule).toBe(distinctTimings(plan));
    expect(counts().parseTarget).toBe(distinctTargets(plan));
  });

  it('the dialog and then the report it makes (createReport: buildReport with the run\'s reading): one evaluation each', () => {
    const tabs = planTabs(samplePlan());
    vi.clearAllMocks();
    const read = readWorkbook(tabs, { fallbackYear: 2026 });
    reportDialogState(read.plan, [], TODAY, read.reading);
    expect(counts().evaluatePlan).toBe(1);
    const model = buildReport(read.plan, { kind: 'quarter', year: 2026, quarter: 3 }, TODAY, { reading: read.reading });
    expect(model.tasks.hasData).toBe(true);
    expect(counts()).toEqual({ parseSchedule: distinctTimings(read.plan), parseTarget: distinctTargets(read.plan), evaluatePlan: 2 });
  });
});
