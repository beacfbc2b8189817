/** Small plans for the reminder tests: a task list, Phân công and Cấu hình with sensible defaults. */
import { calendarDate, type CalendarDate } from '../../src/core/date';
import type { Assignment, Plan, ProgressEntry, Settings, Task } from '../../src/core/plan';
import { SAMPLE_SETTINGS } from '../../src/sample/anLao2026';

export const GROUP = { numeral: 'I', name: 'Nhóm thử' };

export function task(id: string, name: string, lead: string, timing: string | CalendarDate, extra: Partial<Task> = {}): Task {
  return { id, group: GROUP, name, product: `Sản phẩm ${id}`, lead, partners: '', timing, ref: `Nhiệm vụ!A${Number(id) + 2}`, ...extra };
}

export function person(unit: string, name: string, email: string, role = ''): Assignment {
  return { unit, name, email, role };
}

export function progress(taskId: string, label: string, status: string, completedOn: unknown = '', ref?: string): ProgressEntry {
  return { taskId, label, status, completedOn, evidence: '', note: '', ref };
}

export const HEAD = 'truongban@truong.edu.vn';

export function settings(extra: Partial<Settings> = {}): Settings {
  return { ...SAMPLE_SETTINGS, schoolName: 'Trường THPT An Lão', boardHeadEmail: HEAD, remindDaysBefore: 7, ...extra };
}

export function plan(tasks: Task[], assignments: Assignment[], extra: { settings?: Partial<Settings>; progress?: ProgressEntry[] } = {}): Plan {
  return { settings: settings(extra.settings), indicators: [], tasks, progress: extra.progress ?? [], assignments };
}

export const d = calendarDate;
