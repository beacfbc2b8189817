/**
 * Schedules (thời gian): the text (or date) of a task's timing cell → its occurrences in the plan year.
 * CONTRACT (implementation owned by the schedules work):
 */
import type { CalendarDate } from './date';
import type { Result } from './result';

export interface Occurrence {
  /** Stable, canonical Vietnamese label of the occurrence; with the task's id it keys a Tiến độ row. */
  readonly label: string;
  readonly due: CalendarDate;
}

export type Schedule =
  /** "Thường xuyên": no due date, asked for an update each quarter, never overdue. */
  | { readonly kind: 'ongoing' }
  | { readonly kind: 'dated'; readonly recurring: boolean; readonly occurrences: readonly Occurrence[] };

export function parseSchedule(_cell: string | CalendarDate, _planYear: number): Result<Schedule> {
  throw new Error('not implemented');
}
