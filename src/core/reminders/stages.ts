/**
 * Reminder stages of one occurrence on a given day. A stage is a window, not a single day: the
 * stage owed on `asOf` is the latest one whose window has opened, so a run that was missed (trigger
 * off, quota spent) is made up by the next run, once, and a stage that was overtaken is never sent
 * late (nobody needs "7 ngày nữa đến hạn" on the due day).
 *
 *   early       from N days before the due day to 2 days before (N = Nhắc trước (ngày), N ≥ 2)
 *   dayBefore   the day before
 *   dueToday    the due day
 *   overdue-k   overdue week k: overdue days 1–7 → k = 1, 8–14 → k = 2, … (weekly while overdue)
 *   escalation  to the head of the board, once, when more than 14 days overdue
 */
import { type CalendarDate, daysBetween } from '../date';

export const DEFAULT_REMIND_DAYS_BEFORE = 7;
/** Escalate to E-mail trưởng ban once an occurrence is more than this many days overdue. */
export const ESCALATE_AFTER_DAYS = 14;
/** Longest "Nhắc trước (ngày)" honoured; anything larger is treated as this. */
export const MAX_REMIND_DAYS_BEFORE = 60;

export type StaffStage =
  | { readonly kind: 'early' }
  | { readonly kind: 'dayBefore' }
  | { readonly kind: 'dueToday' }
  | { readonly kind: 'overdue'; readonly week: number };

/** What a (sane) Nhắc trước setting means: a whole number of days in 0…60, default 7. */
export function remindWindowDays(setting: number): number {
  if (!Number.isFinite(setting)) return DEFAULT_REMIND_DAYS_BEFORE;
  return Math.min(MAX_REMIND_DAYS_BEFORE, Math.max(0, Math.floor(setting)));
}

/** The stage owed to the people responsible on `asOf`, or undefined when nothing is owed yet. */
export function staffStage(due: CalendarDate, asOf: CalendarDate, remindDaysBefore: number): StaffStage | undefined {
  const daysLeft = daysBetween(asOf, due);
  if (daysLeft < 0) return { kind: 'overdue', week: Math.ceil(-daysLeft / 7) };
  if (daysLeft === 0) return { kind: 'dueToday' };
  if (daysLeft === 1) return { kind: 'dayBefore' };
  return daysLeft <= remindWindowDays(remindDaysBefore) ? { kind: 'early' } : undefined;
}

export function shouldEscalate(overdueDays: number): boolean {
  return overdueDays > ESCALATE_AFTER_DAYS;
}

/** Stable key of a stage in the sent-log (never change: old logs must keep matching). */
export function staffStageKey(stage: StaffStage): string {
  switch (stage.kind) {
    case 'early':
      return 'truoc-han';
    case 'dayBefore':
      return 'truoc-1-ngay';
    case 'dueToday':
      return 'den-han';
    case 'overdue':
      return `qua-han-tuan-${stage.week}`;
  }
}

export const ESCALATION_KEY = 'bao-truong-ban';

/** The stage as the log tab and the e-mail show it. */
export function staffStageLabel(stage: StaffStage): string {
  switch (stage.kind) {
    case 'early':
      return 'Nhắc trước hạn';
    case 'dayBefore':
      return 'Trước hạn 1 ngày';
    case 'dueToday':
      return 'Đến hạn hôm nay';
    case 'overdue':
      return `Quá hạn (tuần ${stage.week})`;
  }
}

export const ESCALATION_LABEL = `Báo trưởng ban (quá hạn trên ${ESCALATE_AFTER_DAYS} ngày)`;

/** The head of the board's other items: a data problem (once per message) and the weekly summary. */
export const PROBLEM_KEY = 'loi-du-lieu';
export const PROBLEM_LABEL = 'Dữ liệu cần kiểm tra';
export const SUMMARY_KEY = 'tong-hop-tuan';
export const SUMMARY_LABEL = 'Tổng hợp tuần';
/**
 * A reporting deadline (Cấu hình «Hạn báo cáo …»), told to the head of the board once, the first run
 * within «Nhắc trước (ngày)» of it. Its sent-log row: Mã NV = REPORT_TASK_ID (a pseudo-task no plan
 * numbers a task by), Kỳ = the period («Tháng 11 năm 2026»), Mức nhắc = REPORT_DEADLINE_LABEL; one
 * stage for the whole window, so never twice.
 */
export const REPORT_TASK_ID = 'Báo cáo';
export const REPORT_DEADLINE_KEY = 'han-bao-cao';
export const REPORT_DEADLINE_LABEL = 'Nhắc hạn báo cáo';

/**
 * The stage key a «Mức nhắc» cell shows (the inverse of the labels above), read after folding so
 * a retyped or re-cased cell still counts; undefined for anything else. This lets a sent-log
 * whose «Khóa» column was cleared be read from its visible columns.
 */
export function stageKeyOfLabel(folded: string): string | undefined {
  const week = /^qua han tuan (\d+)$/.exec(folded);
  if (week) return `qua-han-tuan-${Number(week[1])}`;
  return STAGE_LABEL_KEYS.get(folded) ?? (folded.startsWith('bao truong ban') ? ESCALATION_KEY : undefined);
}

const STAGE_LABEL_KEYS: ReadonlyMap<string, string> = new Map([
  ['nhac truoc han', 'truoc-han'],
  ['truoc han 1 ngay', 'truoc-1-ngay'],
  ['den han hom nay', 'den-han'],
  ['du lieu can kiem tra', PROBLEM_KEY],
  ['tong hop tuan', SUMMARY_KEY],
  ['nhac han bao cao', REPORT_DEADLINE_KEY],
]);
