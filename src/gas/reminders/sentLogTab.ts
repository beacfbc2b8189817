/**
 * The sent-log tab «Nhật ký nhắc việc» (owned by the add-in, created on first write): read once
 * per run, appended once per run with a single setValues.
 */
import { type LogRecord, logRow, SENT_LOG_HEADERS, SENT_LOG_TAB } from '../../core/reminders/sentLog';
import { ensureRows } from '../workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The tab's values (header row first), or [] when it does not exist yet. One getValues. */
export function readSentLogRows(spreadsheet: Spreadsheet): unknown[][] {
  const sheet = spreadsheet.getSheetByName(SENT_LOG_TAB);
  return sheet ? sheet.getDataRange().getValues() : [];
}

/** Appends the records in one setValues; creates the tab (with its header, in the same write) if needed. */
export function appendSentLog(spreadsheet: Spreadsheet, records: readonly LogRecord[]): void {
  if (records.length === 0) return;
  const rows: unknown[][] = records.map(logRow);
  let sheet = spreadsheet.getSheetByName(SENT_LOG_TAB);
  let firstRow: number;
  if (!sheet) {
    sheet = spreadsheet.insertSheet(SENT_LOG_TAB);
    sheet.setFrozenRows(1);
    rows.unshift([...SENT_LOG_HEADERS]);
    firstRow = 1;
  } else {
    firstRow = sheet.getLastRow() + 1;
  }
  ensureRows(sheet, firstRow + rows.length - 1);
  sheet.getRange(firstRow, 1, rows.length, SENT_LOG_HEADERS.length).setValues(rows);
}
