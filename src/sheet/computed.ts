/**
 * The computed columns (Kết quả mới nhất, Tỷ lệ đạt, Đánh giá; Hạn gần nhất, Tình trạng; Nhiệm vụ,
 * Hạn, Quá hạn (ngày), Lưu ý của hệ thống) as blocks of values: one block per run of adjacent
 * computed columns of a tab, from the first data row to the last row. Staff columns are never in
 * a block. A row that is neither a record nor a group row keeps what its computed cells hold.
 */
import type { CalendarDate } from '../core/date';
import { compareDates } from '../core/date';
import type { IndicatorEvaluation, OccurrenceEvaluation, PlanEvaluation } from '../core/evaluation';
import { formatCount } from '../core/format';
import { toRoman } from '../core/period';
import { ERROR_PREFIX } from '../core/sheetFunctions';
import type { Task } from '../core/plan';
import { DONE } from '../core/status';
import { formatResult } from '../core/value';
import { progressFlags, progressKey } from './progressRows';
import type { Cell, LocatedTab, WorkbookRead } from './workbook';

/** Values for a rectangle of a tab: `values[0][0]` goes to (row, column). */
export interface Block {
  readonly tab: string;
  readonly row: number;
  readonly column: number;
  readonly values: Cell[][];
}

/** "96% (Quý III)", "Mức 3 (Quý II)", "Có (Quý III)". */
export function latestText(evaluation: IndicatorEvaluation): string {
  const latest = evaluation.latest;
  if (!latest) return '';
  const target = evaluation.target.ok ? evaluation.target.value : undefined;
  return `${formatResult(latest.value, target)} (Quý ${toRoman(latest.quarter)})`;
}

export function verdictText(evaluation: IndicatorEvaluation): string {
  if (evaluation.state === 'invalid') return `${ERROR_PREFIX}${evaluation.error ?? 'không đọc được'}`;
  return evaluation.attainment?.verdict ?? '';
}

/** Tình trạng of a task from its occurrences. */
export function taskStateText(occurrences: readonly OccurrenceEvaluation[], timingError: string | undefined): string {
  if (timingError) return `${ERROR_PREFIX}${timingError}`;
  if (occurrences.length === 0) return '';
  const overdue = occurrences.filter((o) => o.overdueDays > 0);
  if (overdue.length) {
    const worst = Math.max(...overdue.map((o) => o.overdueDays));
    return `Quá hạn ${worst} ngày (${overdue.map((o) => o.label).join(', ')})`;
  }
  const statuses = occurrences.map((o) => o.status);
  if (statuses.every((s) => s === DONE)) return 'Hoàn thành';
  if (statuses.includes('Tạm dừng')) return 'Tạm dừng';
  if (statuses.some((s) => s === DONE || s === 'Đang thực hiện')) {
    const done = statuses.filter((s) => s === DONE).length;
    return occurrences.length > 1 ? `Đang thực hiện (${done}/${occurrences.length} kỳ xong)` : 'Đang thực hiện';
  }
  return 'Chưa thực hiện';
}

/** The earliest due date among the task's occurrences not yet done (past when overdue). */
export function nextDue(occurrences: readonly OccurrenceEvaluation[]): CalendarDate | undefined {
  let best: CalendarDate | undefined;
  for (const o of occurrences) {
    if (o.status === DONE || !o.due) continue;
    if (!best || compareDates(o.due, best) < 0) best = o.due;
  }
  return best;
}

type RowValues = (row: number, existing: (key: string) => Cell) => ReadonlyMap<string, Cell> | undefined;

/** One block per run of adjacent computed columns the add-in may write (see ownedColumns). */
export function tabBlocks(tab: LocatedTab, lastRow: number, rowValues: RowValues): Block[] {
  const computed = [...tab.owned].map(([key, column]) => ({ key, column })).sort((a, b) => a.column - b.column);
  const first = tab.layout.headerRow + 1;
  if (computed.length === 0 || lastRow < first) return [];
  const runs: (typeof computed)[] = [];
  for (const c of computed) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1]!.column === c.column - 1) run.push(c);
    else runs.push([c]);
  }
  const rowsOut: { row: number; values: ReadonlyMap<string, Cell> | undefined; existing: (key: string) => Cell }[] = [];
  for (let r = first; r <= lastRow; r++) {
    const cells = tab.rows[r - 1] ?? [];
    const existing = (key: string): Cell => {
      const c = tab.layout.columns.get(key);
      return c === undefined ? '' : (cells[c - 1] ?? '');
    };
    rowsOut.push({ row: r, values: rowValues(r, existing), existing });
  }
  return runs.map((run) => ({
    tab: tab.name,
    row: first,
    column: run[0]!.column,
    values: rowsOut.map(({ values, existing }) => run.map((c) => (values ? (values.get(c.key) ?? '') : existing(c.key)))),
  }));
}

function byTask(evaluation: PlanEvaluation): Map<Task, OccurrenceEvaluation[]> {
  const out = new Map<Task, OccurrenceEvaluation[]>();
  for (const o of evaluation.occurrences) out.set(o.task, [...(out.get(o.task) ?? []), o]);
  return out;
}

/** Every computed block of Chỉ tiêu, Nhiệm vụ and Tiến độ, down to each tab's last row (appended Tiến độ rows included once read back). */
export function computedBlocks(read: WorkbookRead, evaluation: PlanEvaluation): Block[] {
  const blocks: Block[] = [];
  const { indicators, tasks, progress } = read.tabs;

  if (indicators) {
    const byRow = new Map<number, Map<string, Cell>>();
    read.indicatorRows.forEach(({ row }, i) => {
      const e = evaluation.indicators[i]!;
      byRow.set(row, new Map<string, Cell>([
        ['latest', latestText(e)],
        ['attainment', e.attainment ? e.attainment.ratio : ''],
        ['verdict', verdictText(e)],
      ]));
    });
    for (const { row, group } of read.indicatorGroupRows) {
      const summary = evaluation.groups.find((g) => g.group.numeral === group.numeral && g.group.name === group.name);
      byRow.set(row, new Map<string, Cell>([
        ['latest', ''],
        ['attainment', summary?.meanRatio ?? ''],
        ['verdict', summary && summary.total ? `${formatCount(summary.met, summary.total)} đạt` : ''],
      ]));
    }
    blocks.push(...tabBlocks(indicators, indicators.rows.length, (r) => byRow.get(r)));
  }

  if (tasks) {
    const occurrences = byTask(evaluation);
    const errors = new Map(evaluation.taskProblems.map((p) => [p.task, p.error]));
    const byRow = new Map<number, Map<string, Cell>>();
    for (const { row, record } of read.taskRows) {
      const occ = occurrences.get(record) ?? [];
      byRow.set(row, new Map<string, Cell>([
        ['nextDue', nextDue(occ) ?? ''],
        ['state', taskStateText(occ, errors.get(record))],
      ]));
    }
    for (const { row } of read.taskGroupRows) byRow.set(row, new Map());
    blocks.push(...tabBlocks(tasks, tasks.rows.length, (r) => byRow.get(r)));
  }

  if (progress) {
    const occurrenceOf = new Map(evaluation.occurrences.map((o) => [progressKey(o.task.id, o.label), o]));
    const flags = progressFlags(read);
    const byRow = new Map<number, (existing: (key: string) => Cell) => Map<string, Cell>>();
    for (const { row, record } of read.progressRows) {
      const o = occurrenceOf.get(progressKey(record.taskId, record.label));
      byRow.set(row, (existing) => new Map<string, Cell>([
        ['taskName', o ? o.task.name : existing('taskName')],
        ['due', o ? (o.due ?? '') : existing('due')],
        ['overdue', o ? o.overdueDays : ''],
        ['flag', flags.get(row) ?? ''],
      ]));
    }
    blocks.push(...tabBlocks(progress, progress.rows.length, (r, existing) => byRow.get(r)?.(existing)));
  }
  return blocks;
}
