/**
 * «Tạo báo cáo quý»: the menu item opens the dialog (ReportDialog.html); the dialog calls the two
 * server functions below through google.script.run (exposed as globals in src/main.ts):
 * reportDialogState() for the periods and what data each lacks, createReport(slug) to make the Doc.
 * Every run makes a new Google Doc (never touches one already made) and logs its link in Nhật ký.
 */
import { parsePeriodSlug } from '../core/period';
import { buildReportDocument, type ChartBlock, type TableBlock } from '../core/report/document';
import { reportDialogState as dialogState, type ReportDialogState } from '../core/report/dialogState';
import { buildReport } from '../core/report/model';
import type { Problem } from '../sheet/workbook';
import { reportChartImage } from './reportChart';
import { linkTableCells, writeReportDoc } from './reportDoc';
import { keepParagraphs, styleTablesWithDocsApi } from './reportDocApi';
import { activeSpreadsheet, appendLog, loadPlan, todayIn } from './workbook';

/** The dialog's HTML file (src/gas/ReportDialog.html), as HtmlService names it. */
export const REPORT_DIALOG_FILE = 'ReportDialog';
export const REPORT_DIALOG_TITLE = 'Tạo báo cáo';
export const REPORT_LOG_EVENT = 'Tạo báo cáo';

export function openReportDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile(REPORT_DIALOG_FILE).setWidth(560).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(html, REPORT_DIALOG_TITLE);
}

/** "Chỉ tiêu!D7: …" */
export function problemText(p: Problem): string {
  const where = p.a1 ? `${p.tab}!${p.a1}` : p.row ? `${p.tab}, dòng ${p.row}${p.column ? `, cột «${p.column}»` : ''}` : p.tab;
  return `${where}: ${p.message}`;
}

export function reportDialogState(): ReportDialogState {
  const spreadsheet = activeSpreadsheet();
  const { plan, problems, reading } = loadPlan(spreadsheet);
  return dialogState(plan, problems.map(problemText), todayIn(spreadsheet), reading);
}

export interface CreatedReport {
  readonly name: string;
  readonly url: string;
  /** Cấu hình rows still to fill and anything left out (Vietnamese). */
  readonly notes: readonly string[];
}

/** `appendix`: add the Phụ lục of indicators and tasks still without data (the dialog's checkbox). */
export function createReport(slug: string, appendix = false): CreatedReport {
  const period = parsePeriodSlug(slug);
  if (!period.ok) throw new Error(period.error);
  const spreadsheet = activeSpreadsheet();
  const { plan, reading } = loadPlan(spreadsheet);
  const model = buildReport(plan, period.value, todayIn(spreadsheet), { reading, appendix });
  const doc = buildReportDocument(model, plan.settings.schoolName);
  // What the data lacks goes to the dialog, never into the document.
  const notes = [...model.missing.map((m) => m.message), ...model.notes];
  const chart = (block: ChartBlock): GoogleAppsScript.Base.Blob | undefined => {
    try {
      return reportChartImage(block);
    } catch (error) {
      console.error(error);
      notes.push('Không vẽ được biểu đồ (dịch vụ Charts lỗi); báo cáo vẫn có đủ số liệu và bảng.');
      return undefined;
    }
  };
  const written = writeReportDoc(doc, chart);
  const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
  if (tables.length > 0 && !styleTablesWithDocsApi(written.id, tables, keepParagraphs(doc.blocks))) {
    linkTableCells(written.id, tables);
    notes.push('Chưa lặp lại được dòng tiêu đề của bảng ở đầu mỗi trang và chưa căn giữa các cột số liệu (dịch vụ Google Docs API không phản hồi); nội dung báo cáo vẫn đầy đủ.');
  }
  appendLog(spreadsheet, REPORT_LOG_EVENT, `${doc.name}: ${written.url}`);
  return { name: doc.name, url: written.url, notes };
}
