/** A reminder run interprets the plan once: each timing and target read once, the plan evaluated once. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluatePlan } from '../../../src/core/evaluation';
import { noLinks } from '../../../src/core/reminders/render';
import { previewReminders, reminderSteps, driveSync, OK } from '../../../src/core/reminders/run';
import { parseSchedule } from '../../../src/core/schedule';
import { parseTarget } from '../../../src/core/target';
import { samplePlan, SAMPLE_AS_OF } from '../../../src/sample/anLao2026';
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

beforeEach(() => vi.clearAllMocks());

describe('one reading of each cell per reminder run', () => {
  it('a run on a plan read from the workbook: reading the workbook included, each timing read once, one evaluation', () => {
    const plan = samplePlan();
    const tabs = planTabs(plan);
    vi.clearAllMocks();
    const read = readWorkbook(tabs, { fallbackYear: 2026 });
    const loaded = { plan: read.plan, reading: read.reading, link: noLinks };
    const summary = driveSync(reminderSteps(loaded, { asOf: SAMPLE_AS_OF, quota: 100, now: () => new Date('2026-10-15T01:00:00Z') }), () => OK);
    expect(summary.sent.length).toBeGreaterThan(0);
    expect(counts()).toEqual({ parseSchedule: distinctTimings(plan), parseTarget: distinctTargets(plan), evaluatePlan: 1 });
  });

  it('the preview (dialog, --dry-run) the same', () => {
    const plan = samplePlan();
    vi.clearAllMocks();
    previewReminders({ plan, link: noLinks }, SAMPLE_AS_OF);
    expect(counts()).toEqual({ parseSchedule: distinctTimings(plan), parseTarget: distinctTargets(plan), evaluatePlan: 1 });
  });
});
