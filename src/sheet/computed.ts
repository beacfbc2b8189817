/**
 * The computed columns (Kết quả mới nhất, Tỷ lệ đạt, Đánh giá; Hạn gần nhất, Tình trạng; Nhiệm vụ,
 * Hạn, Quá hạn (ngày), Lưu ý của hệ thống) as blocks of values, in the columns the add-in may
 * write: record rows (and Chỉ tiêu's group rows, which get the group's roll-up). Staff columns,
 * formula cells and the cells of any other row (a total row, a column-number row) are never in a
 * block: usually one block per run of adjacent computed columns, split only around such cells (and
 * cut into columns when a column is formulas all the way down, see segmentedRunBlocks).
 */
import type { CalendarDate } from '../core/date';
import { compareDates, isCalendarDate } from '../core/date';
import { type IndicatorEvaluation, longTermLabel, type OccurrenceEvaluation, type PlanEvaluation } from '../core/evaluation';
import { formatCount } from '../core/format';
import { toRoman } from '../core/period';
import { ERROR_PREFIX } from '../core/sheetFunctions';
import type { Task } from '../core/plan';
import { DONE } from '../core/status';
import { taskStateText } from '../core/statusText';
import { formatResult } from '../core/value';
import { progressFlags, progressKey } from './progressRows';
import { selfAssessmentOf } from './selfAssessmentCheck';
import { selfAssessmentRowValues } from './selfAssessmentColumns';
import { percentText } from './cells';
import type { UnmarkedColumn } from './ownedColumns';
import { COMPUTED_TABS, type TabKey } from './schema';
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
  if (evaluation.state === 'longTerm') return longTermLabel(evaluation.horizon);
  return evaluation.attainment?.verdict ?? '';
}

/** Tình trạng of a task: worded in ../core/statusText, with every other state text. */
export { taskStateText };

/** The earliest due date among the task's occurrences not yet done (past when overdue). */
export function nextDue(occurrences: readonly OccurrenceEvaluation[]): CalendarDate | undefined {
  let best: CalendarDate | undefined;
  for (const o of occurrences) {
    if (o.status === DONE || !o.due) continue;
    if (!best || compareDates(o.due, best) < 0) best = o.due;
  }
  return best;
}

/** What the add-in writes in a row: column key → value; a key left out (or no map) is not written. */
type RowValues = (row: number) => ReadonlyMap<string, Cell> | undefined;

/** A cell of a block's rectangle: a value to write, a blank cell the write may cover with '', or a cell to leave alone. */
type Slot = { readonly write: Cell } | 'blank' | 'keep';

function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || cell === '' || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Blocks for one run of adjacent computed columns. Rows go into one block as long as every cell is
 * to be written or is blank (writing '' there changes nothing); a row with a cell to leave alone —
 * a formula, or anything in a row that is not a record (a total row, a column-number row, a note)
 * — ends the block and has its writable cells written on their own (one block per stretch of
 * adjacent writable cells). Blank rows never start or end a block. So the number of blocks grows
 * with the cells left alone, not with the rows.
 */
function runBlocks(tab: LocatedTab, run: readonly { key: string; column: number }[], rowValues: RowValues): Block[] {
  const blocks: Block[] = [];
  let pending: { row: number; slots: Slot[] }[] = [];
  const writes = (slots: readonly Slot[]) => slots.some((x) => typeof x === 'object');
  const valueOf = (slot: Slot): Cell => (typeof slot === 'object' ? slot.write : '');
  const flush = (): void => {
    while (pending.length && !writes(pending[pending.length - 1]!.slots)) pending.pop();
    if (pending.length) blocks.push({ tab: tab.name, row: pending[0]!.row, column: run[0]!.column, values: pending.map((p) => p.slots.map(valueOf)) });
    pending = [];
  };
  for (let r = tab.layout.headerRow + 1; r <= tab.rows.length; r++) {
    const values = rowValues(r);
    const cells = tab.rows[r - 1] ?? [];
    const slots: Slot[] = run.map(({ key, column }) => {
      if (tab.formulas.has(r, column)) return 'keep';
      const value = values?.get(key);
      if (value !== undefined) return { write: value };
      return isBlank(cells[column - 1]) ? 'blank' : 'keep';
    });
    if (!slots.includes('keep')) {
      if (pending.length || writes(slots)) pending.push({ row: r, slots });
      continue;
    }
    flush();
    for (let i = 0; i < slots.length; ) {
      let j = i;
      while (j < slots.length && slots[j] !== 'keep') j++;
      const piece = slots.slice(i, j);
      if (writes(piece)) blocks.push({ tab: tab.name, row: r, column: run[i]!.column, values: [piece.map(valueOf)] });
      i = j + 1;
    }
  }
  flush();
  return blocks;
}

/**
 * The blocks of one run of adjacent computed columns, cut into column segments where that makes
 * fewer blocks: a column holding a formula in every row (the .xlsx template's «Quá hạn (ngày)»
 * uploaded to Sheets) would split a run-wide block at every row; alone, it is written only in
 * its stretches of cells without a formula (none at all when every cell has one), and its
 * neighbours in whole blocks. Of all the ways to cut the run (at most 2^(columns − 1), a run has
 * at most five columns) the one with the fewest blocks is taken; on a tie, the fewest cuts.
 */
function segmentedRunBlocks(tab: LocatedTab, run: readonly { key: string; column: number }[], rowValues: RowValues): Block[] {
  if (run.length === 1) return runBlocks(tab, run, rowValues);
  /** best[j]: the fewest blocks covering the run's first j columns. */
  const best: Block[][] = [[]];
  for (let j = 1; j <= run.length; j++) {
    let choice: Block[] | undefined;
    for (let i = 0; i < j; i++) {
      const candidate = [...best[i]!, ...runBlocks(tab, run.slice(i, j), rowValues)];
      if (!choice || candidate.length < choice.length) choice = candidate;
    }
    best.push(choice!);
  }
  return best[run.length]!;
}

/** The blocks of the computed columns the add-in may write (see ownedColumns), run by run of adjacent columns. */
export function tabBlocks(tab: LocatedTab, rowValues: RowValues): Block[] {
  const computed = [...tab.owned].map(([key, column]) => ({ key, column })).sort((a, b) => a.column - b.column);
  const runs: (typeof computed)[] = [];
  for (const c of computed) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1]!.column === c.column - 1) run.push(c);
    else runs.push([c]);
  }
  return runs.flatMap((run) => segmentedRunBlocks(tab, run, rowValues));
}

function byTask(evaluation: PlanEvaluation): Map<Task, OccurrenceEvaluation[]> {
  const out = new Map<Task, OccurrenceEvaluation[]>();
  for (const o of evaluation.occurrences) out.set(o.task, [...(out.get(o.task) ?? []), o]);
  return out;
}

/** What the add-in would write in each row of Chỉ tiêu, Nhiệm vụ, Tiến độ and Tự đánh giá CĐS, by column key (whether or not it may write the column). */
export function computedRowValues(read: WorkbookRead, evaluation: PlanEvaluation): Map<TabKey, RowValues> {
  const out = new Map<TabKey, RowValues>();
  const { indicators, tasks, progress, selfAssessment } = read.tabs;

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
    out.set('indicators', (r) => byRow.get(r));
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
    out.set('tasks', (r) => byRow.get(r));
  }

  if (progress) {
    const occurrenceOf = new Map(evaluation.occurrences.map((o) => [progressKey(o.task.id, o.label), o]));
    const flags = progressFlags(read);
    const byRow = new Map<number, Map<string, Cell>>();
    for (const { row, record } of read.progressRows) {
      const o = occurrenceOf.get(progressKey(record.taskId, record.label));
      // A row matching no occurrence keeps its Nhiệm vụ and Hạn (the flag says why).
      const task: [string, Cell][] = o ? [['taskName', o.task.name], ['due', o.due ?? '']] : [];
      byRow.set(row, new Map<string, Cell>([...task, ['overdue', o ? o.overdueDays : ''], ['flag', flags.get(row) ?? '']]));
    }
    out.set('progress', (r) => byRow.get(r));
  }

  const assessment = selfAssessmentOf(read, evaluation);
  if (selfAssessment && assessment) {
    const byRow = selfAssessmentRowValues(read, evaluation, assessment);
    out.set('selfAssessment', (r) => byRow.get(r));
  }
  return out;
}

/** Every computed block of Chỉ tiêu, Nhiệm vụ, Tiến độ and Tự đánh giá CĐS, down to each tab's last row (appended Tiến độ rows included once read back). */
export function computedBlocks(read: WorkbookRead, evaluation: PlanEvaluation): Block[] {
  const values = computedRowValues(read, evaluation);
  return COMPUTED_TABS.flatMap(({ key }) => {
    const tab = read.tabs[key];
    const rowValues = values.get(key);
    return tab && rowValues ? tabBlocks(tab, rowValues) : [];
  });
}

function sameCell(cell: Cell, value: Cell): boolean {
  if (isCalendarDate(cell) || isCalendarDate(value)) return isCalendarDate(cell) && isCalendarDate(value) && compareDates(cell, value) === 0;
  // A number shown as a percentage is read as the text staff see (see the shells): compared so.
  if (typeof cell === 'string' && typeof value === 'number') return cell === percentText(value);
  return typeof cell === 'string' && typeof value === 'string' ? cell.trim() === value.trim() : cell === value;
}

/** How an unmarked column's cells compare with what the add-in would write there now. */
export interface ColumnAgreement {
  /** Cells already holding exactly the computed value. */
  readonly filled: number;
  /** Cells the add-in would fill (a non-blank computed value). */
  readonly expected: number;
  /** The first typed cell that differs from the computed value. */
  readonly differs: { readonly row: number; readonly cell: Cell } | undefined;
}

/** Rows a run appended itself (new Tiến độ rows): nothing in them is staff's, so they are not judged. */
export type AppendedRows = (tab: string, row: number) => boolean;

const NOTHING_APPENDED: AppendedRows = () => false;

function columnAgreement(tab: LocatedTab, rowValues: (row: number) => ReadonlyMap<string, Cell> | undefined, column: UnmarkedColumn, appended: AppendedRows): ColumnAgreement {
  let filled = 0;
  let expected = 0;
  for (let r = tab.layout.headerRow + 1; r <= tab.rows.length; r++) {
    const value = rowValues(r)?.get(column.key);
    if (value === undefined || tab.formulas.has(r, column.column) || appended(tab.name, r)) continue;
    if (!isBlank(value)) expected++;
    const cell = tab.rows[r - 1]?.[column.column - 1];
    if (isBlank(cell)) continue;
    if (!sameCell(cell!, value)) return { filled, expected, differs: { row: r, cell: cell! } };
    filled++;
  }
  return { filled, expected, differs: undefined };
}

/** Each unmarked column with how it agrees with the computed values (see provablyComputedColumns). */
export function unmarkedColumnAgreements(read: WorkbookRead, evaluation: PlanEvaluation, appended: AppendedRows = NOTHING_APPENDED): Map<UnmarkedColumn, ColumnAgreement> {
  const values = computedRowValues(read, evaluation);
  const out = new Map<UnmarkedColumn, ColumnAgreement>();
  for (const column of read.unmarked) {
    const tab = read.tabs[column.spec.key];
    const rowValues = values.get(column.spec.key);
    if (tab && rowValues) out.set(column, columnAgreement(tab, rowValues, column, appended));
  }
  return out;
}

/**
 * The unmarked columns (a computed column's header, not the add-in's mark) that are provably
 * the add-in's own, written by a version from before the marks: every non-blank cell of their
 * record rows (formula cells aside) already holds exactly what the add-in would write there
 * now, and at least half of the cells it would fill are filled so. Rows the same run appended
 * (`appended`) hold nothing of staff's and are not judged. A column staff keep differs
 * somewhere, or is mostly blank: it stays theirs until they hand it over in Khởi tạo.
 */
export function provablyComputedColumns(read: WorkbookRead, evaluation: PlanEvaluation, appended: AppendedRows = NOTHING_APPENDED): UnmarkedColumn[] {
  return [...unmarkedColumnAgreements(read, evaluation, appended)]
    .filter(([, a]) => !a.differs && a.filled > 0 && a.filled * 2 >= a.expected)
    .map(([column]) => column);
}
