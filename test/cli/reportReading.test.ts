/**
 * The offline `report` command interprets each timing and target cell once and evaluates the plan
 * once: the notes it prints come from the report's own evaluation.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runReport } from '../../src/cli/report';
import { calendarDate as d } from '../../src/core/date';
import { evaluatePlan } from '../../src/core/evaluation';
import { parseSchedule } from '../../src/core/schedule';
import { parseTarget } from '../../src/core/target';
import { samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
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

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-report-reading-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('cds-tracker report: one reading of each cell', () => {
  it('parses each distinct timing and target once and evaluates the plan once, notes included', async () => {
    const plan = samplePlan();
    const tabs = planTabs(plan);
    const file = path.join(dir, 'ke-hoach.xlsx');
    fs.writeFileSync(file, 'stand-in: the reader is injected');
    const out: string[] = [];
    vi.clearAllMocks();
    const code = await runReport([file, '--ky', 'quy-3-2026'], {
      readTabs: async () => tabs,
      today: () => d(2026, 10, 15),
      log: (l) => out.push(l),
      error: (l) => out.push(l),
    });
    expect(code).toBe(0);
    expect(out.join('\n')).toContain('Đã tạo báo cáo');
    expect({
      parseSchedule: vi.mocked(parseSchedule).mock.calls.length,
      parseTarget: vi.mocked(parseTarget).mock.calls.length,
      evaluatePlan: vi.mocked(evaluatePlan).mock.calls.length,
    }).toEqual({ parseSchedule: distinctTimings(plan), parseTarget: distinctTargets(plan), evaluatePlan: 1 });
  });
});
