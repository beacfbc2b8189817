/**
 * onEdit (simple trigger: AuthMode.LIMITED, 30 s): when a Trạng thái in Tiến độ becomes
 * «Hoàn thành» and its Ngày hoàn thành is empty, stamp today. Nothing else runs on edit.
 * Reads the header area once (and Cấu hình's plan year when a header ends with a year) and the
 * edited rows' cells from Trạng thái to Ngày hoàn thành once (values and formulas); writes only the date cells it read as empty and holding no formula (one
 * write per run of consecutive rows).
 */
import { calendarDateOf, midnightIn } from '../core/date';
import { DONE, parseStatus } from '../core/status';
import { HEADER_SEARCH_ROWS, locateHeader } from '../sheet/headers';
import { PROGRESS_TAB, SETTINGS_TAB } from '../sheet/schema';
import { readSettings } from '../sheet/settings';
import { fromSheetValues } from './sheetValues';
import { isTabNamed, timeZoneOf } from './workbook';

/** Runs of consecutive numbers: [3,4,5,9] → [[3,3],[9,1]] as [start, length]. */
function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else out.push([r, 1]);
  }
  return out;
}

/** Whether a header cell ends with a year («Ngày hoàn thành 2026»). */
function namesYear(cell: unknown): boolean {
  return typeof cell === 'string' && /(?:19|20)\d{2}\s*$/.test(cell);
}

/** «Năm kế hoạch» of Cấu hình (found by its name, else an alias), or `fallback` as Cập nhật takes it. */
function planYearOf(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, fallback: number, timeZone: string): number {
  const sheet = spreadsheet.getSheetByName(SETTINGS_TAB.name) ?? spreadsheet.getSheets().find((s) => isTabNamed(s.getName(), SETTINGS_TAB));
  if (!sheet) return fallback;
  const rows = fromSheetValues(sheet.getDataRange().getValues(), timeZone);
  return readSettings(sheet.getName(), rows, fallback).settings.planYear;
}

export function stampCompletionDates(e: GoogleAppsScript.Events.SheetsOnEdit, now: Date = new Date()): number {
  const range = e.range;
  const sheet = range.getSheet();
  if (!isTabNamed(sheet.getName(), PROGRESS_TAB)) return 0;
  const firstRow = range.getRow();
  const lastRow = range.getLastRow();
  const firstColumn = range.getColumn();
  const lastColumn = range.getLastColumn();

  const width = sheet.getLastColumn();
  if (width === 0) return 0;
  const timeZone = timeZoneOf(e.source);
  const today = calendarDateOf(now, timeZone);
  const head = fromSheetValues(sheet.getRange(1, 1, Math.max(1, Math.min(HEADER_SEARCH_ROWS, sheet.getLastRow())), width).getValues(), timeZone);
  // A header ending with a year is the plan's only in the plan's year, as Cập nhật reads it: so
  // then Cấu hình is read (one more getValues). «Ngày hoàn thành 2026» is stamped in January 2027
  // for a 2026 plan, last year's «… 2025» never; two columns for one role mean no stamp at all.
  const planYear = head.some((row) => row.some(namesYear)) ? planYearOf(e.source, today.year, timeZone) : today.year;
  const layout = locateHeader(head, PROGRESS_TAB, planYear);
  const statusColumn = layout?.columns.get('status');
  const dateColumn = layout?.columns.get('completedOn');
  if (!layout || statusColumn === undefined || dateColumn === undefined) return 0;
  if (statusColumn < firstColumn || statusColumn > lastColumn) return 0;
  const top = Math.max(firstRow, layout.headerRow + 1);
  if (top > lastRow) return 0;

  const left = Math.min(statusColumn, dateColumn);
  const span = Math.abs(statusColumn - dateColumn) + 1;
  const edited = sheet.getRange(top, left, lastRow - top + 1, span);
  const cells = edited.getValues();
  const formulas = edited.getFormulas();
  const toStamp: number[] = [];
  cells.forEach((row, i) => {
    const status = parseStatus(row[statusColumn - left]);
    const date = row[dateColumn - left];
    // A formula showing "" is staff's (a lookup in their own minutes, say): never stamped.
    const formula = formulas[i]?.[dateColumn - left] ?? '';
    if (status.ok && status.value === DONE && (date === '' || date === null) && formula === '') toStamp.push(top + i);
  });
  const midnight = midnightIn(today, timeZone);
  for (const [start, length] of runs(toStamp)) {
    sheet.getRange(start, dateColumn, length, 1).setValues(Array.from({ length }, () => [midnight]));
  }
  return toStamp.length;
}

/** The simple trigger: never throws into Sheets (an error is logged, the edit stands). */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    stampCompletionDates(e);
  } catch (error) {
    console.error(error);
  }
}
