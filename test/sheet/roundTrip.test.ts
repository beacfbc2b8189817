import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import { readPlan } from '../../src/sheet/workbook';

function stripRef<T extends { ref?: string }>(record: T): Omit<T, 'ref'> {
  const { ref: _ref, ...rest } = record;
  return rest;
}

describe('planTabs → readPlan', () => {
  it('gives back the sample plan, every record with the row it came from', () => {
    const plan = samplePlan();
    const { plan: read, problems } = readPlan(planTabs(plan), { fallbackYear: 1999 });
    expect(problems).toEqual([]);
    expect(read.settings).toEqual(plan.settings);
    expect(read.indicators.map(stripRef)).toEqual(plan.indicators);
    expect(read.tasks.map(stripRef)).toEqual(plan.tasks);
    expect(read.assignments).toEqual(plan.assignments);
    // Tiến độ holds a row for every occurrence; the ones staff filled are the sample's.
    expect(read.progress.filter((p) => p.status !== '').map(stripRef)).toEqual(plan.progress);
    expect(read.indicators[0]!.ref).toBe('Chỉ tiêu!A3');
    expect(read.tasks[0]!.ref).toBe('Nhiệm vụ!A3');
    expect(read.progress[0]!.ref).toBe('Tiến độ!A2');
  });
});
