/**
 * Cập nhật đánh giá & tiến độ, Apps Script side: read the add-in's marks and each plan tab once,
 * compute (pure), then mark the columns a version from before the marks provably wrote, add (and
 * mark) the computed columns a tab lacks, add the missing Tiến độ rows in one write (inserted
 * above a total row or a signature closing the table), write each computed block once — only in
 * columns carrying the add-in's mark — and rewrite Tổng quan. The number of service calls does
 * not depend on the number of rows.
 */
import { type CalendarDate, calendarDateOf, formatDdMmYyyy } from '../core/date';
import type { Block } from '../sheet/computed';
import type { Dashboard } from '../sheet/dashboard';
import { type NewRows, recompute, type Recompute } from '../sheet/recompute';
import { describeColumn, unmarkedColumnMessage, unmarkedColumnsMessage } from '../sheet/ownedColumns';
import { DASHBOARD_TAB } from '../sheet/schema';
import { columnMarksByTab, markColumn, type Marks, readMarks } from './marks';
import { toSheetValues } from './sheetValues';
import { ensureColumns, ensureRows, type OwnedTab, type OwnedTabSpec, ownedTab, readPlanSheets, timeZoneOf } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows and columns a sheet is known to have (from what was read, or checked), so writes inside them need no getMaxRows. */
export interface KnownSize {
  rows: number;
  columns: number;
}

/**
 * One setValues for a block. Rows or columns are added first only when the block reaches past
 * `known` (what the run read, or found out): one getMaxRows / getMaxColumns then, never per block.
 */
function writeBlock(sheet: Sheet, block: Block, timeZone: string, known: KnownSize = { rows: 0, columns: 0 }): void {
  if (block.values.length === 0) return;
  const lastRow = block.row + block.values.length - 1;
  const lastColumn = block.column + block.values[0]!.length - 1;
  if (lastRow > known.rows) {
    ensureRows(sheet, lastRow);
    known.rows = lastRow;
  }
  if (lastColumn > known.columns) {
    ensureColumns(sheet, lastColumn);
    known.columns = lastColumn;
  }
  sheet.getRange(block.row, block.column, block.values.length, block.values[0]!.length).setValues(toSheetValues(block.values, timeZone));
}

/** Tổng quan: the add-in's marked tab; a staff tab of that name is left alone. */
export const OWNED_DASHBOARD: OwnedTabSpec = { role: 'dashboard', spec: DASHBOARD_TAB };

/**
 * Tổng quan is the add-in's: cleared and rewritten, with its two charts — only in the tab that
 * carries its mark (see ownedTab). Returns where it went.
 */
export function writeDashboard(spreadsheet: Spreadsheet, dashboard: Dashboard, timeZone: string, marks: Marks = readMarks(spreadsheet)): OwnedTab {
  const place = ownedTab(spreadsheet, OWNED_DASHBOARD, marks);
  const sheet = place.sheet;
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const height = dashboard.values.length;
  ensureRows(sheet, height);
  const range = sheet.getRange(1, 1, height, dashboard.width);
  range.setValues(toSheetValues(dashboard.values, timeZone));
  range.setNumberFormats(dashboard.formats);
  // Bold title and section headers, shaded headers: one call each for the whole block.
  const headers = new Set(dashboard.headerRows);
  range.setFontWeights(dashboard.values.map((_, i) => new Array<GoogleAppsScript.Spreadsheet.FontWeight | null>(dashboard.width).fill(i === 0 || headers.has(i + 1) ? 'bold' : null)));
  range.setBackgrounds(dashboard.values.map((_, i) => new Array<string | null>(dashboard.width).fill(headers.has(i + 1) ? '#cfe2f3' : null)));
  sheet.setColumnWidth(1, 420);
  sheet.setColumnWidths(2, dashboard.width - 1, 110);
  for (const spec of dashboard.charts) {
    const rows = spec.lastRow - spec.firstRow + 1;
    const builder = sheet
      .newChart()
      .addRange(sheet.getRange(spec.firstRow, spec.labelColumn, rows, 1))
      .addRange(sheet.getRange(spec.firstRow, spec.valueColumn, rows, 1))
      .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
      .setOption('title', spec.title);
    const typed = spec.kind === 'bar' ? builder.asBarChart() : builder.asPieChart();
    sheet.insertChart(typed.build());
  }
  return place;
}

export interface RecomputeOutcome {
  readonly result: Recompute;
  readonly asOf: CalendarDate;
  readonly appendedRows: number;
  /** Where Tổng quan was written (absent when it was not asked for). */
  readonly dashboard?: OwnedTab;
}

/**
 * The new Tiến độ rows go right below the rows read, or are inserted above the rows closing the
 * table. Had someone added or removed rows since (another teacher editing while this runs), rows
 * would be overwritten or the new ones land in the wrong place, so then nothing is written: one
 * getLastRow, and a Vietnamese error saying to run again.
 */
function assertRowsAsRead(sheet: Sheet, appended: NewRows, rowsRead: number): void {
  const last = sheet.getLastRow();
  if (appended.above ? last === rowsRead : last < appended.row) return;
  throw new Error(
    `Tab «${appended.tab}» vừa có thêm dòng ${appended.row} trong lúc cập nhật, nên lần này chưa ghi gì để không đè lên dòng đó. ` +
      'Hãy chọn lại «Cập nhật đánh giá & tiến độ».',
  );
}

export function recomputeSpreadsheet(spreadsheet: Spreadsheet, now: Date = new Date(), options: { dashboard?: boolean } = {}): RecomputeOutcome {
  const timeZone = timeZoneOf(spreadsheet);
  const asOf = calendarDateOf(now, timeZone);
  const marks = readMarks(spreadsheet);
  const { tabs, formulas, sheets } = readPlanSheets(spreadsheet, timeZone);
  const result = recompute(tabs, asOf, { fallbackYear: asOf.year, formulas, columnMarks: columnMarksByTab(marks, sheets, tabs.keys()) });
  const missingTabs = (['indicators', 'tasks', 'progress'] as const).filter((k) => !result.read.tabs[k]);
  if (missingTabs.length === 3) {
    throw new Error(
      `Không đọc được các tab Chỉ tiêu, Nhiệm vụ, Tiến độ.\n${result.read.problems.map((p) => `• ${p.message}`).join('\n')}`,
    );
  }
  const appended = result.appended;
  if (appended) assertRowsAsRead(sheets.get(appended.tab)!, appended, tabs.get(appended.tab)!.length);
  // The sheets have at least the rows and columns read: writes inside them check nothing.
  const known = new Map([...tabs].map(([name, rows]) => [name, { rows: rows.length, columns: Math.max(0, ...rows.map((r) => r.length)) }]));
  const write = (block: Block): void => writeBlock(sheets.get(block.tab)!, block, timeZone, known.get(block.tab));
  for (const column of result.adopted) markColumn(sheets.get(column.tab)!, column.column, column.mark);
  for (const header of result.headers) {
    write(header);
    header.marks.forEach((mark, i) => markColumn(sheets.get(header.tab)!, header.column + i, mark));
  }
  if (appended) {
    const sheet = sheets.get(appended.tab)!;
    // Sheets gives inserted rows the formats and dropdowns of the row above (the last occurrence).
    if (appended.above) {
      sheet.insertRowsAfter(appended.row - 1, appended.values.length);
      const size = known.get(appended.tab)!;
      size.rows += appended.values.length;
    }
    write(appended);
  }
  for (const block of result.blocks) write(block);
  const dashboard = options.dashboard !== false ? writeDashboard(spreadsheet, result.dashboard, timeZone, marks) : undefined;
  return { result, asOf, appendedRows: result.appended?.values.length ?? 0, ...(dashboard ? { dashboard } : {}) };
}

/** The closing message of Cập nhật. */
export function recomputeMessage(outcome: RecomputeOutcome): string {
  const { result, appendedRows } = outcome;
  const e = result.evaluation;
  const flagged = result.blocks.length ? countFlags(result) : 0;
  const lines = [
    `Đã cập nhật đánh giá và tiến độ (tính đến ngày ${formatDdMmYyyy(outcome.asOf)}).`,
    `• Chỉ tiêu: ${e.overall.met}/${e.overall.total} đạt, ${e.overall.assessed - e.overall.met} chưa đạt, ${e.overall.total - e.overall.assessed} chưa có kết quả hoặc cần sửa.`,
    `• Nhiệm vụ: ${result.read.plan.tasks.length}; kỳ theo dõi: ${e.occurrences.length}; quá hạn: ${e.overdue.length}.`,
    appendedRows ? newRowsLine(result.appended!) : '• Tab Tiến độ đã đủ các kỳ.',
  ];
  for (const h of result.headers) lines.push(`• Tab ${h.tab} thiếu cột ${h.values[0]!.map((x) => `«${String(x)}»`).join(', ')}: đã thêm vào bên phải bảng.`);
  if (result.adopted.length) {
    lines.push(`• Đã nhận lại ${result.adopted.length} cột do phiên bản trước của tiện ích ghi (mọi ô đã có đều đúng bằng kết quả tính hôm nay) và gắn dấu của tiện ích: ${result.adopted.map(describeColumn).join(', ')}.`);
  }
  const unmarked = new Set(result.read.unmarked.map(unmarkedColumnMessage));
  for (const p of result.read.columnProblems) if (!unmarked.has(p.message)) lines.push(`• ${p.message}`);
  if (result.read.unmarked.length) lines.push(`• ${unmarkedColumnsMessage(result.read.unmarked)}`);
  const place = outcome.dashboard;
  if (place?.kept.length) {
    const kept = place.kept.map((n) => `«${n}»`).join(', ');
    lines.push(`• Tab ${kept} không phải do tiện ích tạo nên được giữ nguyên; tổng quan được ghi vào tab «${place.sheet.getName()}».`);
  }
  if (flagged) lines.push(`• ${flagged} dòng Tiến độ cần xem lại (xem cột «Lưu ý của hệ thống»).`);
  const problems = result.read.problems.length - result.read.columnProblems.length + e.taskProblems.length;
  if (problems) lines.push(`• Có ${problems} chỗ dữ liệu chưa đọc được: chạy «Kiểm tra dữ liệu» để xem từng ô.`);
  lines.push('', 'Các cột do người dùng nhập không bị thay đổi.');
  return lines.join('\n');
}

/** Where the new Tiến độ rows went: at the end, or inserted above the rows closing the table (which moved down). */
function newRowsLine(appended: NewRows): string {
  const n = appended.values.length;
  if (!appended.above) return `• Đã thêm ${n} dòng mới vào cuối tab Tiến độ.`;
  const label = appended.above.label ? `dòng «${appended.above.label}»` : `dòng ${appended.above.row}`;
  return (
    `• Đã chèn ${n} dòng mới vào tab «${appended.tab}» (dòng ${appended.row}–${appended.row + n - 1}), ngay trên ${label} (nay là dòng ${appended.above.row + n}) để dòng đó vẫn ở cuối bảng. ` +
    'Nếu dòng đó có công thức tính tổng (ví dụ SUM), hãy kiểm tra vùng của công thức đã gồm các dòng mới.'
  );
}

function countFlags(result: Recompute): number {
  const progress = result.read.tabs.progress;
  const column = progress?.owned.get('flag');
  if (!progress || column === undefined) return 0;
  const blocks = result.blocks.filter((b) => b.tab === progress.name && column >= b.column && column < b.column + (b.values[0]?.length ?? 0));
  return blocks.reduce((n, block) => n + block.values.filter((r) => r[column - block.column] !== '').length, 0);
}
