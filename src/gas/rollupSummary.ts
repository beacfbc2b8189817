/**
 * The Phòng/Sở's own outputs in its spreadsheet (issue 14), from what the receiver holds:
 *
 * - «Cập nhật bảng tổng hợp (Phòng/Sở)»: the snapshots rebuilt from the receiver's tabs
 *   (rollupTabs.ts receiverHoldings: each school's latest and previous quarter's), rolled up by
 *   core's rollUp (the same rule as the CLI's `rollup`: retain), and the same six tabs as the
 *   CLI's Sở workbook (src/sheet/rollupTabs.ts) written into the add-in's own marked tabs: each
 *   tab wholly the add-in's, rebuilt at every run (staff's tabs, and the receiver's, are never
 *   written). A constant number of service calls whatever the number of schools.
 * - «Tạo báo cáo tổng hợp (Phòng/Sở)»: the consolidated report (src/core/report/rollupReport.ts),
 *   headed and signed as the Sở spreadsheet's own Cấu hình says, made a Google Doc the way
 *   «Tạo báo cáo quý» makes one (report.ts importAsGoogleDoc), its link logged in Nhật ký.
 *
 * The receiver keeps what the roll-up reads of a snapshot (the self-assessment with every group,
 * the most overdue occurrences and their number), so both outputs equal the CLI's for the same
 * snapshots. A register cell staff edited into something unreadable is left out and said.
 */
import { type CalendarDate, isCalendarDate } from '../core/date';
import { buildRollupReport, buildRollupReportDocument } from '../core/report/rollupReport';
import { reportDocxBytes } from '../core/report/ooxml';
import { defaultReportPeriod, reportingRuleOf } from '../core/report/window';
import { type Rollup, rollUp } from '../core/rollup/rollup';
import { escapeHtml } from '../core/reminders/render';
import { COLORS, NUMBER_FORMATS } from '../sheet/formatting';
import { type RollupFormat, type RollupTabKey, rollupTabs, type RollupValue, tabGrid } from '../sheet/rollupTabs';
import type { TabSpec } from '../sheet/schema';
import { documentLock } from './lock';
import { type Marks, readMarks, type RollupSummaryRole } from './marks';
import { googleDocUrl, importAsGoogleDoc } from './report';
import { RECEIVER_TABS, SETUP_CAPTION } from './rollupReceiver';
import { receiverHoldings } from './rollupTabs';
import { toSheetValue } from './sheetValues';
import { activeSpreadsheet, appendLog, ensureColumns, ensureRows, loadPlan, ownedTab, timeZoneOf, todayIn } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SUMMARY_CAPTION = 'Cập nhật bảng tổng hợp (Phòng/Sở)';
export const ROLLUP_REPORT_CAPTION = 'Tạo báo cáo tổng hợp (Phòng/Sở)';

/** The role each aggregate tab's mark carries. */
export const SUMMARY_ROLES: Readonly<Record<RollupTabKey, RollupSummaryRole>> = {
  indicators: 'rollupIndicators',
  schools: 'rollupBySchool',
  overdue: 'rollupOverdue',
  notReported: 'rollupNotReported',
  levels: 'rollupLevels',
  unmapped: 'rollupUnmapped',
};

const GENERAL = 'General';
const SHEET_FORMATS: Record<RollupFormat, string> = {
  text: GENERAL,
  percent: NUMBER_FORMATS.percent,
  integer: NUMBER_FORMATS.integer,
  date: NUMBER_FORMATS.date,
  number: '0.0',
};
/** Sheets' column width (pixels) of an Excel width (characters). */
const PIXELS_PER_CHARACTER = 7;
/** Width of each per-code column of «Theo trường», pixels. */
const PER_CODE_WIDTH = 84;

/** The receiver's holdings as of today, rolled up. Throws a Vietnamese Error when the receiver is not set up. */
export function receiverRollup(spreadsheet: Spreadsheet, now: Date, marks: Marks = readMarks(spreadsheet)): Rollup {
  return heldRollup(spreadsheet, now, marks).rollup;
}

/** receiverRollup, with the register cells that could not be read (Vietnamese, one line each). */
export function heldRollup(spreadsheet: Spreadsheet, now: Date, marks: Marks = readMarks(spreadsheet)): { readonly rollup: Rollup; readonly unreadable: readonly string[] } {
  const [schools, latest, previous] = (['rollupSchools', 'rollupLatest', 'rollupPrevious'] as const).map((role) => marks.tabs(role)[0]?.sheet);
  if (!schools || !latest || !previous) {
    throw new Error(`Bảng tính này chưa có các tab nhận số liệu của Phòng/Sở («${RECEIVER_TABS.rollupSchools.name}», «${RECEIVER_TABS.rollupLatest.name}», «${RECEIVER_TABS.rollupPrevious.name}»): chọn «${SETUP_CAPTION}» trước.`);
  }
  const held = receiverHoldings(schools.getDataRange().getValues(), latest.getDataRange().getValues(), previous.getDataRange().getValues());
  return { rollup: rollUp(held.snapshots, todayIn(spreadsheet, now), { roster: held.roster }), unreadable: held.unreadable };
}

function sheetCell(v: RollupValue, timeZone: string): string | number | Date | boolean {
  if (v === null) return '';
  return toSheetValue(isCalendarDate(v) ? (v as CalendarDate) : v, timeZone);
}

/** Writes one tab, wholly rebuilt: cleared, then values, formats, bold title and headers, widths: the same calls whatever its size. */
function writeTab(sheet: Sheet, tab: ReturnType<typeof rollupTabs>[number], timeZone: string): void {
  const grid = tabGrid(tab);
  const height = grid.rows.length;
  sheet.clear();
  ensureRows(sheet, height);
  ensureColumns(sheet, grid.width);
  const range = sheet.getRange(1, 1, height, grid.width);
  range.setValues(grid.rows.map((r) => r.map((v) => sheetCell(v, timeZone))));
  range.setNumberFormats(grid.formats.map((r) => r.map((f) => (f ? SHEET_FORMATS[f] : GENERAL))));
  const headers = new Set(grid.headerRows);
  range.setFontWeights(grid.rows.map((_, i) => new Array<GoogleAppsScript.Spreadsheet.FontWeight | null>(grid.width).fill(i === 0 || headers.has(i + 1) ? 'bold' : null)));
  range.setBackgrounds(grid.rows.map((_, i) => new Array<string | null>(grid.width).fill(headers.has(i + 1) ? COLORS.header : null)));
  sheet.setFrozenRows(2);
  // Each column its width; the per-code columns of «Theo trường» (3 per code) in one call.
  const widths = (tab.tables[0]?.columns ?? []).map((c) => Math.round(c.width * PIXELS_PER_CHARACTER));
  const fixed = Math.min(tab.perCodeFrom ?? widths.length, widths.length);
  for (let i = 0; i < fixed; i++) sheet.setColumnWidth(i + 1, widths[i]!);
  if (fixed < widths.length) sheet.setColumnWidths(fixed + 1, widths.length - fixed, PER_CODE_WIDTH);
}

export interface SummaryOutcome {
  readonly rollup: Rollup;
  /** Names of the tabs written, in order. */
  readonly tabs: readonly string[];
  readonly created: readonly string[];
  /** Register cells that could not be read (left out). */
  readonly unreadable: readonly string[];
}

/** Rolls up what the receiver holds and rewrites the six aggregate tabs (the add-in's marked ones, made when missing). */
export function updateSummary(spreadsheet: Spreadsheet, now: Date): SummaryOutcome {
  const marks = readMarks(spreadsheet);
  const { rollup, unreadable } = heldRollup(spreadsheet, now, marks);
  const timeZone = timeZoneOf(spreadsheet);
  const tabs: string[] = [];
  const created: string[] = [];
  for (const tab of rollupTabs(rollup)) {
    const spec: TabSpec = { key: SUMMARY_ROLES[tab.key], name: tab.name, aliases: [], columns: [] };
    const place = ownedTab(spreadsheet, { role: SUMMARY_ROLES[tab.key], spec }, marks);
    writeTab(place.sheet, tab, timeZone);
    tabs.push(place.sheet.getName());
    if (place.created) created.push(place.sheet.getName());
  }
  return { rollup, tabs, created, unreadable };
}

function summaryText(outcome: SummaryOutcome): string {
  const { rollup } = outcome;
  const lines = [
    `Đã tổng hợp ${rollup.schools.length} trường đã gửi số liệu (${rollup.codes.length} mã chỉ tiêu), tính đến hôm nay, vào các tab ${outcome.tabs.map((t) => `«${t}»`).join(', ')}.`,
    `${rollup.overdue.length} trường có việc quá hạn; ${rollup.notReported.length} trường chưa gửi số liệu từ 30 ngày nay (kể cả trường chưa gửi lần nào).`,
  ];
  if (rollup.unmapped.length > 0) lines.push(`${rollup.unmapped.length} chỉ tiêu của các trường chưa gắn mã chỉ tiêu Sở (tab «Chỉ tiêu chưa gắn mã»).`);
  lines.push('Các tab tổng hợp do tiện ích dựng lại mỗi lần chọn mục này: đừng ghi chú vào đó (ghi ở tab khác).', ...outcome.unreadable);
  return lines.join('\n');
}

/** Runs `work` under the document lock (the receiver writes under it too), or says the spreadsheet is busy. */
function underLock<T>(caption: string, work: () => T): T | undefined {
  const lock = documentLock();
  if (!lock.tryLock()) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(caption, 'Bảng tính đang bận (đang nhận số liệu của một trường hoặc đang cập nhật); chờ một phút rồi chọn lại.', ui.ButtonSet.OK);
    return undefined;
  }
  try {
    return work();
  } finally {
    lock.release();
  }
}

/** Menu «Cập nhật bảng tổng hợp (Phòng/Sở)». */
export function runSummaryUpdate(now: Date = new Date()): void {
  const spreadsheet = activeSpreadsheet();
  const outcome = underLock(SUMMARY_CAPTION, () => updateSummary(spreadsheet, now));
  if (!outcome) return;
  const text = summaryText(outcome);
  appendLog(spreadsheet, SUMMARY_CAPTION, text.split('\n')[0]!);
  const ui = SpreadsheetApp.getUi();
  ui.alert(SUMMARY_CAPTION, text, ui.ButtonSet.OK);
}

export interface CreatedRollupReport {
  readonly name: string;
  readonly url: string;
  readonly notes: readonly string[];
}

/**
 * The consolidated report of what the receiver holds, for the period that ended last (as the
 * Sở's Cấu hình «Kỳ báo cáo» rule says), as a new Google Doc; its link logged in Nhật ký.
 */
export function createRollupReport(spreadsheet: Spreadsheet, now: Date): CreatedRollupReport {
  const { rollup, unreadable } = heldRollup(spreadsheet, now);
  const { settings } = loadPlan(spreadsheet).plan;
  const today = todayIn(spreadsheet, now);
  const model = buildRollupReport(rollup, settings, defaultReportPeriod(today, reportingRuleOf(settings)), today);
  const doc = buildRollupReportDocument(model);
  const id = importAsGoogleDoc(doc.name, reportDocxBytes(doc));
  const url = googleDocUrl(id);
  const notes = [...model.missing.map((m) => m.message), ...unreadable];
  try {
    appendLog(spreadsheet, ROLLUP_REPORT_CAPTION, `${doc.name}: ${url}`);
  } catch (error) {
    console.error(`Roll-up report made (${url}) but Nhật ký could not be written: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { name: doc.name, url, notes };
}

/** The dialog with the new Doc's link and what Cấu hình still lacks. */
export function reportMadeHtml(made: CreatedRollupReport): string {
  const notes = made.notes.length ? `<p>Lưu ý:</p><ul>${made.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '';
  return (
    '<style>body{font-family:Arial,sans-serif;font-size:13px}</style>' +
    `<p>Đã tạo báo cáo <b>${escapeHtml(made.name)}</b> (Google Doc trong «Drive của tôi»; đường dẫn đã ghi vào Nhật ký):</p>` +
    `<p><a href="${escapeHtml(made.url)}" target="_blank">${escapeHtml(made.url)}</a></p>${notes}`
  );
}

/** Menu «Tạo báo cáo tổng hợp (Phòng/Sở)». */
export function runRollupReport(now: Date = new Date()): void {
  const spreadsheet = activeSpreadsheet();
  const made = underLock(ROLLUP_REPORT_CAPTION, () => createRollupReport(spreadsheet, now));
  if (!made) return;
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(reportMadeHtml(made)).setWidth(620).setHeight(360), ROLLUP_REPORT_CAPTION);
}
