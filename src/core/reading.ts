/**
 * One reading of each cell per run: what a task's Thời gian and an indicator's Chỉ tiêu năm mean,
 * interpreted once and then looked up. A run (Cập nhật, Kiểm tra dữ liệu, the report dialog, a
 * reminder run) makes one PlanReading and hands it to everything that needs a timing or a
 * target — reading the workbook (occurrence labels), the Tiến độ rows owed, the evaluation — so a
 * cell is never parsed twice, however often the workbook is re-read or the plan evaluated.
 *
 * Readings are kept by the cell's text (two tasks «Hàng quý» share one) and, for timings, by the
 * calendar they were read against (a school-year phrase depends on Cấu hình), and for targets by the
 * row's Đơn vị tính and baseline, so one reading stays right even if handed a plan with other settings.
 */
import type { PlanCalendar } from './calendar';
import { isCalendarDate, isoString } from './date';
import { assessSelfAssessment, type DtiAssessment } from './dti/assessment';
import type { DtiLevelRule, SelfAssessment } from './dti/selfAssessment';
import { type OccurrenceSlot, taskOccurrences } from './occurrences';
import type { Indicator, Task } from './plan';
import type { Result } from './result';
import { parseTarget, type Target } from './target';

export interface PlanReading {
  /** The occurrences a task owes (see taskOccurrences), or why its timing cannot be read. */
  occurrences(task: Task, calendar: PlanCalendar): Result<readonly OccurrenceSlot[]>;
  /** An indicator's target (see parseTarget). */
  target(indicator: Pick<Indicator, 'targetText' | 'unit' | 'baseline'>): Result<Target>;
  /** The self-assessment scored under `rule` (see assessSelfAssessment); kept per SelfAssessment object. */
  assessment(selfAssessment: SelfAssessment, rule: DtiLevelRule): DtiAssessment;
}

function calendarKey(calendar: PlanCalendar): string {
  const years = [...calendar.schoolYears.values()]
    .map((y) => `${y.startYear}:${isoString(y.start)}:${isoString(y.firstTermEnd)}:${isoString(y.end)}`)
    .sort();
  return `${calendar.planYear}|${years.join(',')}`;
}

/** A target reads with its row's Đơn vị tính and baseline, so those are part of its key. */
function targetKey(indicator: Pick<Indicator, 'targetText' | 'unit' | 'baseline'>): string {
  const baseline = indicator.baseline;
  const shownBaseline = isCalendarDate(baseline) ? `d:${isoString(baseline)}` : `${typeof baseline}:${String(baseline ?? '')}`;
  return [indicator.targetText, indicator.unit, shownBaseline].join('\u0000');
}

function timingKey(timing: Task['timing']): string {
  return isCalendarDate(timing) ? `d:${isoString(timing)}` : `t:${String(timing)}`;
}

/** A new reading: each distinct timing (per calendar) and target text is interpreted on first use only. */
export function planReading(): PlanReading {
  const slots = new Map<string, Result<readonly OccurrenceSlot[]>>();
  const targets = new Map<string, Result<Target>>();
  const assessments = new WeakMap<SelfAssessment, Map<DtiLevelRule, DtiAssessment>>();
  let lastCalendar: PlanCalendar | undefined;
  let lastCalendarKey = '';
  return {
    occurrences(task, calendar) {
      if (calendar !== lastCalendar) {
        lastCalendar = calendar;
        lastCalendarKey = calendarKey(calendar);
      }
      const key = `${lastCalendarKey}\u0000${timingKey(task.timing)}`;
      let read = slots.get(key);
      if (!read) {
        read = taskOccurrences(task, calendar);
        slots.set(key, read);
      }
      return read;
    },
    target(indicator) {
      const key = targetKey(indicator);
      let read = targets.get(key);
      if (!read) {
        read = parseTarget(indicator.targetText, { unit: indicator.unit, baseline: indicator.baseline });
        targets.set(key, read);
      }
      return read;
    },
    assessment(selfAssessment, rule) {
      let byRule = assessments.get(selfAssessment);
      if (!byRule) {
        byRule = new Map();
        assessments.set(selfAssessment, byRule);
      }
      let scored = byRule.get(rule);
      if (!scored) {
        scored = assessSelfAssessment(selfAssessment, rule);
        byRule.set(rule, scored);
      }
      return scored;
    },
  };
}
