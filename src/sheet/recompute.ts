/**
 * What Cập nhật đánh giá & tiến độ writes, computed from the tabs' values alone: the Tiến độ rows
 * to add (and where), the computed blocks, and the Tổng quan dashboard. Pure; the shells do the writing.
 */
import type { CalendarDate } from '../core/date';
import { evaluatePlan, type PlanEvaluation } from '../core/evaluation';
import { type AppendedRows, type Block, computedBlocks, provablyComputedColumns } from './computed';
import type { FormulaCells } from './formulaCells';
import type { UnmarkedColumn } from './ownedColumns';
import { type Dashboard, dashboard } from './dashboard';
import { missingOccurrences, newProgressRows } from './progressRows';
import { COMPUTED_TABS, computedColumnMark } from './schema';
import { isColumnNumberingRow } from './nonRecordRows';
import { type Cell, type LocatedTab, type ReadOptions, readWorkbook, type Rows, type TabValues, type WorkbookRead } from './workbook';
import { planReading } from '../core/reading';
import { shorten } from '../core/text';

/** Header cells of computed columns a tab lacked, and the mark each new column gets (left to right). */
export interface AddedColumns extends Block {
  readonly marks: readonly string[];
}

/**
 * New Tiến độ rows. They go right below the last occurrence row; when rows that are not records
 * close the table below it (a «Tổng cộng» row, a note, a signature), the shell first inserts
 * blank rows there, so those rows move down and stay last.
 */
export interface NewRows extends Block {
  /** The first row closing the table (before the insertion), and its label; undefined: the rows are appended at the end. */
  readonly above: { readonly row: number; readonly label: string } | undefined;
}

export interface Recompute {
  /** Headers of computed columns the tabs lacked, added right of the used columns (the shell marks them). */
  readonly headers: readonly AddedColumns[];
  /** New Tiến độ rows (undefined when nothing is missing). */
  readonly appended: NewRows | undefined;
  /**
   * Columns with a computed column's header and no mark whose every filled cell already holds
   * what the add-in writes (a version from before the marks wrote them): written, and marked by
   * the shell. See provablyComputedColumns.
   */
  readonly adopted: readonly UnmarkedColumn[];
  readonly blocks: readonly Block[];
  readonly dashboard: Dashboard;
  readonly read: WorkbookRead;
  readonly evaluation: PlanEvaluation;
}

/**
 * Header cells for computed columns a tab lacks (deleted or never added: no column claims the
 * role — a role two columns claim is a problem, not a gap), placed right of every used column of
 * the tab, in the header row: only empty cells are written.
 */
export function missingComputedHeaders(read: WorkbookRead): AddedColumns[] {
  const blocks: AddedColumns[] = [];
  for (const tab of COMPUTED_TABS.map((spec) => read.tabs[spec.key])) {
    if (!tab) continue;
    const claimed = new Set([...tab.layout.columns.keys(), ...tab.layout.conflicts.map((c) => c.key)]);
    const missing = tab.spec.columns.filter((c) => c.computed && !claimed.has(c.key));
    if (missing.length === 0) continue;
    const width = Math.max(0, ...tab.rows.map((r) => r.length));
    blocks.push({ tab: tab.name, row: tab.layout.headerRow, column: width + 1, values: [missing.map((c) => c.header)], marks: missing.map((c) => computedColumnMark(tab.spec, c)) });
  }
  return blocks;
}

/** The read options with more column marks (when marks are known at all). */
function withMarks(options: ReadOptions, more: readonly { tab: string; mark: string; column: number }[]): ReadOptions {
  if (!options.columnMarks) return options;
  const columnMarks = new Map([...options.columnMarks].map(([tab, marks]) => [tab, new Map(marks)]));
  for (const { tab, mark, column } of more) {
    const marks = columnMarks.get(tab) ?? new Map<string, readonly number[]>();
    marks.set(mark, [...(marks.get(mark) ?? []), column]);
    columnMarks.set(tab, marks);
  }
  return { ...options, columnMarks };
}

/** The read options with the marks the added columns get. */
function withAddedMarks(options: ReadOptions, added: readonly AddedColumns[]): ReadOptions {
  return withMarks(options, added.flatMap((block) => block.marks.map((mark, i) => ({ tab: block.tab, mark, column: block.column + i }))));
}

/** The read options once `count` rows are inserted at `row` of `tab`: its formula cells from there on move down. */
function withInsertedRows(options: ReadOptions, tab: string, row: number, count: number): ReadOptions {
  const before = options.formulas?.get(tab);
  if (!before) return options;
  const moved: FormulaCells = { has: (r, c) => (r < row ? before.has(r, c) : r >= row + count && before.has(r - count, c)) };
  return { ...options, formulas: new Map([...options.formulas!, [tab, moved]]) };
}

/**
 * One run of Cập nhật. The workbook may be read up to three times (after adding columns, rows,
 * marks) and the plan evaluated twice, but through one reading (see ../core/reading): each timing
 * and target is interpreted once per run.
 */
export function recompute(tabs: TabValues, asOf: CalendarDate, given: ReadOptions = {}): Recompute {
  let current: TabValues = tabs;
  let options: ReadOptions = { ...given, reading: given.reading ?? planReading() };
  let read = readWorkbook(current, options);
  const headers = missingComputedHeaders(read);
  if (headers.length) {
    current = applyBlocks(current, headers);
    options = withAddedMarks(options, headers);
    read = readWorkbook(current, options);
  }
  let appended: NewRows | undefined;
  const progress = read.tabs.progress;
  if (progress) {
    const missing = missingOccurrences(read);
    if (missing.length) {
      const values = newProgressRows(progress, missing);
      const closing = closingRows(progress, read.progressRows.map((r) => r.row));
      const row = closing?.after ?? progress.rows.length + 1;
      appended = { tab: progress.name, row, column: 1, values, above: closing && { row: closing.row, label: closing.label } };
      const extended = new Map(current);
      extended.set(progress.name, [...progress.rows.slice(0, row - 1), ...values, ...progress.rows.slice(row - 1)] as Rows);
      current = extended;
      if (appended.above) options = withInsertedRows(options, progress.name, row, values.length);
      read = readWorkbook(current, options);
    }
  }
  let evaluation = evaluatePlan(read.plan, asOf, read.reading);
  // Columns a version from before the marks wrote are taken back (and marked by the shell).
  const adopted = options.columnMarks ? provablyComputedColumns(read, evaluation, appendedRows(appended)) : [];
  if (adopted.length) {
    options = withMarks(options, adopted.map((c) => ({ tab: c.tab, mark: c.mark, column: c.column })));
    read = readWorkbook(current, options);
    evaluation = evaluatePlan(read.plan, asOf, read.reading);
  }
  return {
    headers,
    appended,
    adopted,
    blocks: computedBlocks(read, evaluation),
    dashboard: dashboard(read.plan.settings, evaluation, asOf),
    read,
    evaluation,
  };
}

/** The rows `appended` put in (none when nothing was appended). */
export function appendedRows(appended: NewRows | undefined): AppendedRows {
  if (!appended) return () => false;
  const end = appended.row + appended.values.length;
  return (tab, row) => tab === appended.tab && row >= appended.row && row < end;
}

function hasContent(tab: LocatedTab, row: number): boolean {
  const cells = tab.rows[row - 1] ?? [];
  return cells.some((cell, i) => !(cell === '' || (typeof cell === 'string' && cell.trim() === '')) || tab.formulas.has(row, i + 1));
}

/**
 * The rows closing a Tiến độ table below its records — a total row, a note, a signature: the
 * first of them (with its first text, to name it) and the row the new rows go to (right below
 * the last record, or below the header and a column-number row when there is none). Undefined
 * when nothing but blank rows follows the records.
 */
function closingRows(tab: LocatedTab, recordRows: readonly number[]): { row: number; label: string; after: number } | undefined {
  let last = Math.max(tab.layout.headerRow, ...recordRows);
  if (recordRows.length === 0 && isColumnNumberingRow(tab.rows[last] ?? [])) last++;
  for (let r = last + 1; r <= tab.rows.length; r++) {
    if (!hasContent(tab, r)) continue;
    const label = (tab.rows[r - 1] ?? []).find((cell): cell is string => typeof cell === 'string' && cell.trim() !== '') ?? '';
    return { row: r, label: shorten(label.trim(), 40), after: last + 1 };
  }
  return undefined;
}

/** The tabs with the blocks written into them (what the sheet holds after a recompute). */
export function applyBlocks(tabs: TabValues, blocks: readonly Block[]): Map<string, Rows> {
  const out = new Map<string, Rows>();
  for (const [name, rows] of tabs) out.set(name, rows.map((r) => [...r]));
  for (const block of blocks) {
    const rows = (out.get(block.tab) ?? []) as Cell[][];
    block.values.forEach((values, i) => {
      const r = block.row - 1 + i;
      while (rows.length <= r) rows.push([]);
      const row = rows[r]!;
      values.forEach((v, j) => {
        const c = block.column - 1 + j;
        while (row.length < c) row.push('');
        row[c] = v;
      });
    });
    out.set(block.tab, rows);
  }
  return out;
}
