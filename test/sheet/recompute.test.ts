import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSchedule } from '../../src/core/schedule';
import { parseTarget } from '../../src/core/target';
import { evaluatePlan } from '../../src/core/evaluation';
import { samplePlan, SAMPLE_AS_OF } from '../../src/sample/anLao2026';
import { checkData } from '../../src/sheet/dataCheck';
import { planTabs } from '../../src/sheet/planTabs';
import { recompute } from '../../src/sheet/recompute';
import { PROGRESS_TAB } from '../../src/sheet/schema';
import { readWorkbook } from '../../src/sheet/workbook';
import { distinctTargets, distinctTimings } from '../support/readingCounts';

vi.mock('../../src/core/schedule', async (original) => {
  const m = await original<typeof import('../../src/core/schedule')>();
  return { ...m, parseSchedule: vi.fn(m.parseSchedule) };
});
vi.mock('../../src/core/target', async (original) => {
  const m = await original<typeof import('../../src/core/target')>();
  return { ...m, parseTarget: vi.fn(m.parseTarget) };
});
vi.mock('../../src/core/evaluation', async (original) => {
  const m = await original<typeof import('../../src/core/evaluation')>();
  return { ...m, evaluatePlan: vi.fn(m.evaluatePlan) };
});

const counts = () => ({
  parseSchedule: vi.mocked(parseSchedule).mock.calls.length,
  parseTarget: vi.mocked(parseTarget).mock.calls.length,
  evaluatePlan: vi.mocked(evaluatePlan).mock.calls.length,
});

beforeEach(() => vi.clearAllMocks());

describe('one reading of each cell per Cập nhật run', () => {
  const plan = samplePlan();
  const once = { parseSchedule: distinctTimings(plan), parseTarget: distinctTargets(plan), evaluatePlan: 1 };

  it('a run with nothing to add: each distinct timing and target read once, the plan evaluated once', () => {
    const tabs = planTabs(plan);
    vi.clearAllMocks();
    const result = recompute(tabs, SAMPLE_AS_OF, { fallbackYear: 2026 });
    expect(result.appended).toBeUndefined();
    expect(counts()).toEqual(once);
  });

  it('a run that adds Tiến độ rows (the workbook read again) still reads each timing once', () => {
    const tabs = planTabs(plan);
    const progress = tabs.get(PROGRESS_TAB.name)!;
    tabs.set(PROGRESS_TAB.name, progress.slice(0, progress.length - 7));
    vi.clearAllMocks();
    const result = recompute(tabs, SAMPLE_AS_OF, { fallbackYear: 2026 });
    expect(result.appended?.values.length).toBe(7);
    expect(counts()).toEqual(once);
  });

  it('a run that takes back unmarked computed columns (read and evaluated again) still reads each timing once', () => {
    const first = recompute(planTabs(plan), SAMPLE_AS_OF, { fallbackYear: 2026 });
    // The sheet as a version before the marks left it: the computed values written, no marks.
    const written = planTabs(plan);
    for (const block of first.blocks) {
      const rows = written.get(block.tab)!.map((r) => [...r]);
      block.values.forEach((values, i) => values.forEach((v, j) => { rows[block.row - 1 + i]![block.column - 1 + j] = v; }));
      written.set(block.tab, rows);
    }
    vi.clearAllMocks();
    const result = recompute(written, SAMPLE_AS_OF, { fallbackYear: 2026, columnMarks: new Map() });
    expect(result.adopted.length).toBeGreaterThan(0);
    expect(counts().parseSchedule).toBe(once.parseSchedule);
    expect(counts().parseTarget).toBe(once.parseTarget);
  });
});

describe('one reading of each cell per Kiểm tra dữ liệu', () => {
  it('the check reads each timing and target once, reading the workbook included', () => {
    const plan = samplePlan();
    const tabs = planTabs(plan);
    vi.clearAllMocks();
    checkData(readWorkbook(tabs, { fallbackYear: 2026 }), SAMPLE_AS_OF);
    expect(counts()).toEqual({ parseSchedule: distinctTimings(plan), parseTarget: distinctTargets(plan), evaluatePlan: 1 });
  });
});
