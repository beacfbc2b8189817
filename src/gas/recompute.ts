/**
 * Cập nhật đánh giá & tiến độ, Apps Script side: read each plan tab once, compute (pure), then
 * append the missing Tiến độ rows in one write, write each computed block once, and rewrite
 * Tổng quan. The number of service calls does not depend on the number of rows.
 */
import { type CalendarDate, calendarDateOf } from '../core/date';
import type { Block } from '../sheet/computed';
import type { Dashboard } from '../sheet/dashboard';
import { recompute, type Recompute } from '../sheet/recompute';
import { DASHBOARD_TAB, PLAN_TABS } from '../sheet/schema';
import type { Rows, TabValues } from '../sheet/workbook';
import { toSheetValues } from './sheetValues';
import { createTab, ensureColumns, ensureRows, findSheet, sheetsByName, sheetValues, timeZoneOf } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The plan tabs' values (one getValues per tab) and the sheets by name. */
export function readPlanSheets(spreadsheet: Spreadsheet, timeZone: string): { tabs: TabValues; sheets: Map<string, Sheet> } {
  const sheets = sheetsByName(spreadsheet);
  const tabs = new Map<string, Rows>();
  for (const spec of PLAN_TABS) {
    const sheet = findSheet(sheets, spec);
    if (!sheet) continue;
    const name = [...sheets].find(([, s]) => s === sheet)![0];
    tabs.set(name, sheetValues(sheet, timeZone));
  }
  return { tabs, sheets };
}

export function writeBlock(sheet: Sheet, block: Block, timeZone: string): void {
  if (block.values.length === 0) return;
  ensureRows(sheet, block.row + block.values.length - 1);
  ensureColumns(sheet, block.column + block.values[0]!.length - 1);
  sheet.getRange(block.row, block.column, block.values.length, block.values[0]!.length).setValues(toSheetValues(block.values, timeZone));
}

/** Tổng quan is the add-in's: cleared and rewritten, with its two charts. */
export function writeDashboard(spreadsheet: Spreadsheet, sheets: Map<string, Sheet>, dashboard: Dashboard, timeZone: string): Sheet {
  const sheet = findSheet(sheets, DASHBOARD_TAB) ?? createTab(spreadsheet, DASHBOARD_TAB);
  sheet.clear();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const height = dashboard.values.length;
  ensureRows(sheet, height);
  const range = sheet.getRange(1, 1, height, dashboard.width);
  range.setValues(toSheetValues(dashboard.values, timeZone));
  range.setNumberFormats(dashboard.formats);
  sheet.getRange(1, 1).setFontWeight('bold');
  for (const r of dashboard.headerRows) sheet.getRange(r, 1, 1, dashboard.width).setFontWeight('bold').setBackground('#cfe2f3');
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
  return sheet;
}

export interface RecomputeOutcome {
  readonly result: Recompute;
  readonly asOf: CalendarDate;
  readonly appendedRows: number;
}

export function recomputeSpreadsheet(spreadsheet: Spreadsheet, now: Date = new Date(), options: { dashboard?: boolean } = {}): RecomputeOutcome {
  const timeZone = timeZoneOf(spreadsheet);
  const asOf = calendarDateOf(now, timeZone);
  const { tabs, sheets } = readPlanSheets(spreadsheet, timeZone);
  const result = recompute(tabs, asOf, { fallbackYear: asOf.year });
  const missingTabs = (['indicators', 'tasks', 'progress'] as const).filter((k) => !result.read.tabs[k]);
  if (missingTabs.length === 3) {
    throw new Error(
      `Không đọc được các tab Chỉ tiêu, Nhiệm vụ, Tiến độ.\n${result.read.problems.map((p) => `• ${p.message}`).join('\n')}`,
    );
  }
  for (const header of result.headers) writeBlock(sheets.get(header.tab)!, header, timeZone);
  if (result.appended) writeBlock(sheets.get(result.appended.tab)!, result.appended, timeZone);
  for (const block of result.blocks) writeBlock(sheets.get(block.tab)!, block, timeZone);
  if (options.dashboard !== false) writeDashboard(spreadsheet, sheets, result.dashboard, timeZone);
  return { result, asOf, appendedRows: result.appended?.values.length ?? 0 };
}

/** The closing message of Cập nhật. */
export function recomputeMessage(outcome: RecomputeOutcome): string {
  const { result, appendedRows } = outcome;
  const e = result.evaluation;
  const flagged = result.blocks.length ? countFlags(result) : 0;
  const lines = [
    `Đã cập nhật đánh giá và tiến độ (tính đến ngày ${String(outcome.asOf.day).padStart(2, '0')}/${String(outcome.asOf.month).padStart(2, '0')}/${outcome.asOf.year}).`,
    `• Chỉ tiêu: ${e.overall.met}/${e.overall.total} đạt, ${e.overall.assessed - e.overall.met} chưa đạt, ${e.overall.total - e.overall.assessed} chưa có kết quả hoặc cần sửa.`,
    `• Nhiệm vụ: ${result.read.plan.tasks.length}; kỳ theo dõi: ${e.occurrences.length}; quá hạn: ${e.overdue.length}.`,
    appendedRows ? `• Đã thêm ${appendedRows} dòng mới vào cuối tab Tiến độ.` : '• Tab Tiến độ đã đủ các kỳ.',
  ];
  for (const h of result.headers) lines.push(`• Tab ${h.tab} thiếu cột ${h.values[0]!.map((x) => `«${String(x)}»`).join(', ')}: đã thêm vào bên phải bảng.`);
  if (flagged) lines.push(`• ${flagged} dòng Tiến độ cần xem lại (xem cột «Lưu ý của hệ thống»).`);
  const problems = result.read.problems.length + e.taskProblems.length;
  if (problems) lines.push(`• Có ${problems} chỗ dữ liệu chưa đọc được: chạy «Kiểm tra dữ liệu» để xem từng ô.`);
  lines.push('', 'Các cột do người dùng nhập không bị thay đổi.');
  return lines.join('\n');
}

function countFlags(result: Recompute): number {
  const progress = result.read.tabs.progress;
  const column = progress?.layout.columns.get('flag');
  if (!progress || column === undefined) return 0;
  const block = result.blocks.find((b) => b.tab === progress.name && column >= b.column && column < b.column + (b.values[0]?.length ?? 0));
  return block ? block.values.filter((r) => r[column - block.column] !== '').length : 0;
}
