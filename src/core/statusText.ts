/**
 * How the add-in words the state of an occurrence and of a task, everywhere staff read it: the
 * Tình trạng column of Nhiệm vụ, Tổng quan, the report's task table and its «Tồn tại, hạn chế»,
 * the reminder e-mails and `npm start`. One module, so the same state reads the same in each.
 */
import { type CalendarDate, compareDates } from './date';
import type { OccurrenceEvaluation } from './evaluation';
import { ERROR_PREFIX } from './sheetFunctions';
import { DONE, type TaskStatus } from './status';

/** An occurrence nobody has given a status yet counts as not started. */
export const NOT_STARTED: TaskStatus = 'Chưa thực hiện';
/** The report's word for an occurrence with no status (no Tiến độ row, or a blank one): nobody reported on it. */
export const NOT_UPDATED = 'Chưa cập nhật';
/** The report's word for an occurrence due after the day the report is as of, with no status. */
export const NOT_YET_DUE = 'Chưa đến hạn';
/** The report's word for an occurrence completed after the report's cut-off day: not done as of that day. */
export const NOT_DONE = 'Chưa hoàn thành';

/** The status an occurrence counts as: the one staff chose, or «Chưa thực hiện». */
export function occurrenceStatus(o: Pick<OccurrenceEvaluation, 'status'>): TaskStatus {
  return o.status ?? NOT_STARTED;
}

/** 'quá hạn 12 ngày'. */
export function overdueText(days: number): string {
  return `quá hạn ${days} ngày`;
}

/**
 * An occurrence's state in the report's table, as of the report's cut-off day `asOf` when given:
 * «Hoàn thành (đúng hạn)», «Hoàn thành (trễ hạn)», «Đang thực hiện», «Chưa cập nhật» (no status:
 * nobody reported on it), «Chưa đến hạn» (due after `asOf`, no status), «Chưa hoàn thành»
 * (completed after `asOf`)…
 */
export function occurrenceStateText(o: Pick<OccurrenceEvaluation, 'status' | 'timeliness' | 'due'> & { readonly completedOn?: CalendarDate | undefined }, asOf?: CalendarDate): string {
  const notYetDue = asOf !== undefined && o.due !== undefined && compareDates(o.due, asOf) > 0;
  if (o.status === DONE) {
    if (asOf !== undefined && o.completedOn !== undefined && compareDates(o.completedOn, asOf) > 0) return notYetDue ? NOT_YET_DUE : NOT_DONE;
    return o.timeliness ? `${DONE} (${o.timeliness.toLowerCase()})` : DONE;
  }
  if (o.status === null) return notYetDue ? NOT_YET_DUE : NOT_UPDATED;
  return notYetDue && o.status === NOT_STARTED ? NOT_YET_DUE : o.status;
}

/** Tình trạng of a task from its occurrences: «Quá hạn 40 ngày (Quý II, Quý III)», «Đang thực hiện (1/2 kỳ xong)»… */
export function taskStateText(occurrences: readonly OccurrenceEvaluation[], timingError: string | undefined): string {
  if (timingError) return `${ERROR_PREFIX}${timingError}`;
  if (occurrences.length === 0) return '';
  const overdue = occurrences.filter((o) => o.overdueDays > 0);
  if (overdue.length) {
    const worst = Math.max(...overdue.map((o) => o.overdueDays));
    return `${capitalised(overdueText(worst))} (${overdue.map((o) => o.label).join(', ')})`;
  }
  const statuses = occurrences.map(occurrenceStatus);
  if (statuses.every((s) => s === DONE)) return DONE;
  if (statuses.includes('Tạm dừng')) return 'Tạm dừng';
  if (statuses.some((s) => s === DONE || s === 'Đang thực hiện')) {
    const done = statuses.filter((s) => s === DONE).length;
    return occurrences.length > 1 ? `Đang thực hiện (${done}/${occurrences.length} kỳ xong)` : 'Đang thực hiện';
  }
  return NOT_STARTED;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
