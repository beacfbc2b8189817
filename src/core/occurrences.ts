/**
 * The occurrences a task owes in the plan year: one per due date of its timing, or, for an
 * ongoing task ("Thường xuyên"), one progress update per quarter with no due date.
 * These are the rows of Tiến độ, keyed by (task id, label).
 */
import type { PlanCalendar } from './calendar';
import type { CalendarDate } from './date';
import { QUARTERS, type Quarter, toRoman } from './period';
import type { Task } from './plan';
import { fail, ok, type Result } from './result';
import { parseSchedule } from './schedule';
import { foldText } from './text';

export interface OccurrenceSlot {
  readonly label: string;
  /** Undefined for the quarterly update of an ongoing task: never overdue. */
  readonly due: CalendarDate | undefined;
}

/** The label of an ongoing task's update for a quarter: 'Quý III'. */
export function ongoingUpdateLabel(quarter: Quarter): string {
  return `Quý ${toRoman(quarter)}`;
}

export function taskOccurrences(task: Task, calendar: PlanCalendar): Result<readonly OccurrenceSlot[]> {
  const schedule = parseSchedule(task.timing, calendar);
  if (!schedule.ok) return fail(schedule.error);
  if (schedule.value.kind === 'ongoing') return ok(QUARTERS.map((q) => ({ label: ongoingUpdateLabel(q), due: undefined })));
  return ok(schedule.value.occurrences.map(({ label, due }) => ({ label, due })));
}

/**
 * The key of an occurrence — a task's id and a Kỳ label — as every part of the add-in matches
 * them (Tiến độ rows to occurrences, duplicates, missing rows): case, diacritics, Unicode form and
 * spacing do not matter («quý iii» is «Quý III»).
 */
export function progressKey(taskId: string, label: string): string {
  return `${foldText(taskId)}\u0000${foldText(label)}`;
}
