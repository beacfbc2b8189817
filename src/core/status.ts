/**
 * Task status (Trạng thái in Tiến độ), overdue days and on-time completion.
 * Overdue: due before the day in question and not Hoàn thành; due today is not overdue.
 */
import { daysBetween, type CalendarDate } from './date';
import { fail, ok, type Result } from './result';
import { cleanText, displayText, foldText, quote } from './text';

export const TASK_STATUSES = ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const DONE: TaskStatus = 'Hoàn thành';

/**
 * Folded spellings accepted for each status. Deliberately short: the dropdown gives the exact
 * words, and a guess (e.g. "chưa hoàn thành": not started, or started?) would be worse than asking.
 */
const STATUS_SPELLINGS: Readonly<Record<string, TaskStatus>> = {
  'chua thuc hien': 'Chưa thực hiện',
  'chua bat dau': 'Chưa thực hiện',
  'chua trien khai': 'Chưa thực hiện',
  'dang thuc hien': 'Đang thực hiện',
  'dang trien khai': 'Đang thực hiện',
  'dang lam': 'Đang thực hiện',
  'hoan thanh': 'Hoàn thành',
  'da hoan thanh': 'Hoàn thành',
  'hoan tat': 'Hoàn thành',
  'da hoan tat': 'Hoàn thành',
  'tam dung': 'Tạm dừng',
  'dang tam dung': 'Tạm dừng',
  'da tam dung': 'Tạm dừng',
};

/**
 * A Trạng thái cell → the status. Blank (empty, spaces, null, undefined) → ok(null): not started.
 * Case, diacritics, Unicode form, spacing and punctuation do not matter.
 */
export function parseStatus(raw: unknown): Result<TaskStatus | null> {
  if (raw === null || raw === undefined) return ok(null);
  if (typeof raw !== 'string') return unknownStatus(displayText(raw));
  const folded = foldText(raw);
  if (folded === '') return ok(null);
  const status = STATUS_SPELLINGS[folded];
  return status ? ok(status) : unknownStatus(cleanText(raw));
}

function unknownStatus(shown: string): Result<TaskStatus | null> {
  return fail(`không hiểu trạng thái ${quote(shown)} (chọn: ${TASK_STATUSES.join(', ')})`);
}

/** Whole days overdue on asOf: 0 when done, when not yet due (due today is NOT overdue), or when there is no due date. */
export function daysOverdue(due: CalendarDate | undefined, status: TaskStatus | null, asOf: CalendarDate): number {
  if (due === undefined || status === DONE) return 0;
  return Math.max(0, daysBetween(due, asOf));
}

export type Timeliness = 'Đúng hạn' | 'Trễ hạn';

/** For a completed occurrence: on time when completed on or before the due date. undefined when no due or no completion date. */
export function completionTimeliness(due: CalendarDate | undefined, completedOn: CalendarDate | undefined): Timeliness | undefined {
  if (due === undefined || completedOn === undefined) return undefined;
  return daysBetween(due, completedOn) <= 0 ? 'Đúng hạn' : 'Trễ hạn';
}
