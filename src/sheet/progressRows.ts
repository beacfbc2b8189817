/**
 * Tiến độ rows owed by the plan: one per (Mã NV, Kỳ) occurrence of every task. Regenerating
 * appends the missing ones at the bottom (never reorders, deletes or rewrites a row), and says in
 * the add-in's own «Lưu ý của hệ thống» column which existing rows no longer match their task.
 */
import { settingsCalendar } from '../core/calendar';
import { formatDdMmYyyy } from '../core/date';
import { progressKey } from '../core/occurrences';
import type { Plan } from '../core/plan';
import { planReading, type PlanReading } from '../core/reading';
import { foldText } from '../core/text';
import type { Cell, LocatedTab, WorkbookRead } from './workbook';

export interface OwedOccurrence {
  readonly taskId: string;
  readonly taskName: string;
  readonly label: string;
  readonly due: Cell;
}

export { progressKey };

/**
 * Every occurrence the plan's tasks owe, in task order. Tasks whose timing cannot be read owe
 * none. `reading`: the run's (see ../core/reading), so no timing is read again.
 */
export function owedOccurrences(plan: Plan, reading: PlanReading = planReading()): OwedOccurrence[] {
  const calendar = settingsCalendar(plan.settings);
  return plan.tasks.flatMap((task) => {
    const slots = reading.occurrences(task, calendar);
    return slots.ok ? slots.value.map((s) => ({ taskId: task.id, taskName: task.name, label: s.label, due: s.due ?? '' })) : [];
  });
}

/** The occurrences that have no Tiến độ row yet. */
export function missingOccurrences(read: WorkbookRead): OwedOccurrence[] {
  const present = new Set(read.plan.progress.map((p) => progressKey(p.taskId, p.label)));
  return owedOccurrences(read.plan, read.reading).filter((o) => !present.has(progressKey(o.taskId, o.label)));
}

/**
 * New Tiến độ rows (full width of the tab as laid out) for the missing occurrences: Mã NV and Kỳ,
 * and the computed cells only in columns the add-in may write.
 */
export function newProgressRows(tab: LocatedTab, missing: readonly OwedOccurrence[]): Cell[][] {
  const width = Math.max(...tab.layout.columns.values(), ...tab.rows.map((r) => r.length));
  const computed = new Set(tab.spec.columns.filter((c) => c.computed).map((c) => c.key));
  return missing.map((o) => {
    const row: Cell[] = new Array<Cell>(width).fill('');
    const put = (key: string, value: Cell): void => {
      const c = computed.has(key) ? tab.owned.get(key) : tab.layout.columns.get(key);
      if (c !== undefined) row[c - 1] = value;
    };
    put('taskId', /^\d+$/.test(o.taskId) ? Number(o.taskId) : o.taskId);
    put('taskName', o.taskName);
    put('label', o.label);
    put('due', o.due);
    put('overdue', 0);
    return row;
  });
}

/**
 * The «Lưu ý của hệ thống» text of each Tiến độ record row: why a row no longer matches the plan
 * (its task is gone, or the task's Thời gian no longer has this Kỳ), or a duplicate; '' when fine.
 */
export function progressFlags(read: WorkbookRead): Map<number, string> {
  const tasks = new Map(read.plan.tasks.map((t) => [foldText(t.id), t]));
  const owed = owedOccurrences(read.plan, read.reading);
  const labelsOf = new Map<string, string[]>();
  for (const o of owed) labelsOf.set(foldText(o.taskId), [...(labelsOf.get(foldText(o.taskId)) ?? []), o.label]);
  const firstRow = new Map<string, number>();
  const flags = new Map<number, string>();
  for (const { row, record } of read.progressRows) {
    const task = tasks.get(foldText(record.taskId));
    const key = progressKey(record.taskId, record.label);
    const labels = labelsOf.get(foldText(record.taskId)) ?? [];
    let flag = '';
    if (!task) flag = `Không có nhiệm vụ STT «${record.taskId}» trong tab Nhiệm vụ. Kiểm tra Mã NV; nếu dòng này không còn cần, có thể xoá.`;
    else if (!labels.some((l) => progressKey(record.taskId, l) === key)) {
      flag = labels.length
        ? `Thời gian của nhiệm vụ đã đổi: kỳ «${record.label}» không còn trong «${typeof task.timing === 'string' ? task.timing : formatDdMmYyyy(task.timing)}» (các kỳ hiện tại: ${labels.join(', ')}). Kiểm tra rồi xoá dòng nếu không cần.`
        : `Chưa đọc được Thời gian của nhiệm vụ ${record.taskId}; sửa cột Thời gian ở tab Nhiệm vụ.`;
    } else if (firstRow.has(key)) flag = `Trùng Mã NV và Kỳ với dòng ${firstRow.get(key)}: gộp hai dòng thành một (chỉ một dòng được tính).`;
    if (!firstRow.has(key)) firstRow.set(key, row);
    flags.set(row, flag);
  }
  return flags;
}
