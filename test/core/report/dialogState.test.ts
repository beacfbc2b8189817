import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type CalendarDate, calendarDate, compareDates } from '../../../src/core/date';
import { evaluatePlan } from '../../../src/core/evaluation';
import { reportDialogState } from '../../../src/core/report/dialogState';
import { reportAsOf } from '../../../src/core/report/model';
import { periodsOfYear, reportWindow } from '../../../src/core/report/window';
import { parseSchedule } from '../../../src/core/schedule';
import { parseTarget } from '../../../src/core/target';
import { samplePlan } from '../../../src/sample/anLao2026';
import { planTabs } from '../../../src/sheet/planTabs';
import { readWorkbook } from '../../../src/sheet/workbook';
import { distinctTargets, distinctTimings } from '../../support/readingCounts';

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

/**
 * The distinct days the periods' reports are as of (each window's last day, or `today` when the
 * period has not ended): the days the dialog must evaluate the plan as of.
 */
function distinctAsOfDays(year: number, rule: 'calendar' | 'mid-month', today: CalendarDate): number {
  const days = periodsOfYear(year).map((p) => reportAsOf(reportWindow(p, rule), today));
  return days.filter((e, i) => days.findIndex((f) => compareDates(e, f) === 0) === i).length;
}

const TODAY = calendarDate(2026, 10, 15);

beforeEach(() => vi.clearAllMocks());

describe('the report dialog reads the plan once per state request', () => {
  it('each timing and target read once; one evaluation per distinct day the reports are as of (a window\'s end, or today for a period not ended)', () => {
    const plan = samplePlan();
    vi.clearAllMocks();
    const state = reportDialogState(plan, [], TODAY);
    expect(state.periods).toHaveLength(18);
    expect(state.periods.map((p) => p.slug)).toContain('thang-11-2026');
    expect(state.periods.find((p) => p.slug === 'thang-11-2026')?.label).toBe('Tháng 11 năm 2026');
    expect(counts()).toEqual({ parseSchedule: distinctTimings(plan), parseTarget: distinctTargets(plan), evaluatePlan: distinctAsOfDays(2026, 'calendar', TODAY) });
    // 9 month ends up to 30/09, and 15/10 for every period not ended by then.
    expect(distinctAsOfDays(2026, 'calendar', TODAY)).toBe(10);
  });

  it('the same under the mid-month rule', () => {
    const base = samplePlan();
    const plan = { ...base, settings: { ...base.settings, reportingRule: 'mid-month' as const } };
    vi.clearAllMocks();
    reportDialogState(plan, [], TODAY);
    expect(counts()).toEqual({ parseSchedule: distinctTimings(plan), parseTarget: distinctTargets(plan), evaluatePlan: distinctAsOfDays(2026, 'mid-month', TODAY) });
  });

  it('a plan read from the workbook: the reading of the workbook is reused, nothing is parsed twice', () => {
    const plan = samplePlan();
    const tabs = planTabs(plan);
    vi.clearAllMocks();
    const read = readWorkbook(tabs, { fallbackYear: 2026 });
    reportDialogState(read.plan, [], TODAY, read.reading);
    expect(counts().parseSchedule).toBe(distinctTimings(plan));
    expect(counts().parseTarget).toBe(distinctTargets(plan));
  });
});
