/**
 * The menu actions of the shared sheet (Khởi tạo, Cập nhật, Kiểm tra dữ liệu): each runs on the
 * active spreadsheet, logs to Nhật ký and ends with a Vietnamese message.
 */
import { checkSpreadsheet } from './checkData';
import { recomputeMessage, recomputeSpreadsheet } from './recompute';
import { setUpSpreadsheet } from './setUp';
import { appendLog } from './workbook';

function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('Không có bảng tính nào đang mở. Hãy mở bảng tính kế hoạch rồi chọn lại.');
  return spreadsheet;
}

function tell(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export function runSetUp(): void {
  const spreadsheet = activeSpreadsheet();
  const outcome = setUpSpreadsheet(spreadsheet, SpreadsheetApp.getUi());
  tell('Khởi tạo bảng theo dõi', outcome.message);
}

export function runRecompute(): void {
  const spreadsheet = activeSpreadsheet();
  const outcome = recomputeSpreadsheet(spreadsheet);
  const e = outcome.result.evaluation;
  appendLog(spreadsheet, 'Cập nhật đánh giá & tiến độ', `${e.overall.met}/${e.overall.total} chỉ tiêu đạt; ${e.overdue.length} kỳ quá hạn; thêm ${outcome.appendedRows} dòng Tiến độ`);
  tell('Cập nhật đánh giá & tiến độ', recomputeMessage(outcome));
}

export function runCheckData(): void {
  const spreadsheet = activeSpreadsheet();
  const outcome = checkSpreadsheet(spreadsheet);
  appendLog(spreadsheet, 'Kiểm tra dữ liệu', `${outcome.problems.length} vấn đề`);
  tell('Kiểm tra dữ liệu', outcome.message);
}
