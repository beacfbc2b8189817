/**
 * CONTRACT (implementation owned by the shared-sheet work, issue 3): the Apps Script side of
 * reading the workbook. One getValues per tab; Date cells become CalendarDate in the
 * spreadsheet's time zone; then the pure reader builds the plan.
 */
import type { PlanRead, TabValues } from '../sheet/workbook';

export function readTabs(_spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): TabValues {
  throw new Error('not implemented');
}

export function loadPlan(_spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): PlanRead {
  throw new Error('not implemented');
}

/** Appends one row to Nhật ký (Thời điểm · Sự kiện · Chi tiết · Người thực hiện), creating the tab if needed. */
export function appendLog(_spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, _event: string, _detail: string): void {
  throw new Error('not implemented');
}
