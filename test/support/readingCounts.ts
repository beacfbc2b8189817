/**
 * Counting how often a run interprets the plan: test files wrap parseSchedule, parseTarget and
 * evaluatePlan with vi.fn (vi.mock of their modules, see test/sheet/recompute.test.ts) and compare
 * the counts with what one reading of each cell needs.
 */
import { isoString, isCalendarDate } from '../../src/core/date';
import type { Plan } from '../../src/core/plan';

/** The timings a plan's tasks hold, each once: what one run may parse. */
export function distinctTimings(plan: Plan): number {
  return new Set(plan.tasks.map((t) => (isCalendarDate(t.timing) ? `d:${isoString(t.timing)}` : `t:${t.timing}`))).size;
}

/**
 * The targets a plan's indicators hold, each once. A target is read with its row's Đơn vị tính and
 * baseline (src/core/reading.ts), so one text under two units is two readings.
 */
export function distinctTargets(plan: Plan): number {
  const shown = (v: unknown): string => (isCalendarDate(v) ? `d:${isoString(v)}` : `${typeof v}:${String(v ?? '')}`);
  return new Set(plan.indicators.map((i) => [i.targetText, i.unit, shown(i.baseline)].join('\u0000'))).size;
}
