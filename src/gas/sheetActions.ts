/**
 * The menu actions of the shared sheet (Khởi tạo, Cập nhật, Kiểm tra dữ liệu): each runs on the
 * active spreadsheet, logs to Nhật ký and ends with a Vietnamese message.
 */
import { checkSpreadsheet } from './checkData';
import { recomputeMessage, recomputeSpreadsheet } from './recompute';
import { documentLock } from './lock';
import { setUpSpreadsheet } from './setUp';
import { activeSpreadsheet, appendLog } from './workbook';

function tell(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

export function runSetUp(): void {
  const spreadsheet = activeSpreadsheet();
  const outcome = setUpSpreadsheet(spreadsheet, SpreadsheetApp.getUi());
  tell('Khởi tạo bảng theo dõi', outcome.message);
}

export const RECOMPUTE_BUSY_MESSAGE =
  'Bảng tính đang được cập nhật hoặc đang gửi nhắc việc ở một lượt khác (có thể do nhắc việc tự động hằng ngày). ' +
  'Lần này chưa thay đổi gì; vui lòng chờ khoảng một phút rồi chọn lại «Cập nhật đánh giá & tiến độ».';

/**
 * Cập nhật holds the document lock — the daily trigger's refresh and the reminder run take it
 * too — so two updates never interleave (both would append the same missing Tiến độ rows).
 */
export function runRecompute(): void {
  const spreadsheet = activeSpreadsheet();
  const lock = documentLock();
  if (!lock.tryLock()) {
    tell('Cập nhật đánh giá & tiến độ', RECOMPUTE_BUSY_MESSAGE);
    return;
  }
  let message: string;
  try {
    const outcome = recomputeSpreadsheet(spreadsheet);
    const e = outcome.result.evaluation;
    appendLog(spreadsheet, 'Cập nhật đánh giá & tiến độ', `${e.overall.met}/${e.overall.total} chỉ tiêu đạt; ${e.overdue.length} kỳ quá hạn; thêm ${outcome.appendedRows} dòng Tiến độ`);
    message = recomputeMessage(outcome);
  } finally {
    lock.release();
  }
  tell('Cập nhật đánh giá & tiến độ', message);
}

export function runCheckData(): void {
  const spreadsheet = activeSpreadsheet();
  const outcome = checkSpreadsheet(spreadsheet);
  appendLog(spreadsheet, 'Kiểm tra dữ liệu', `${outcome.problems.length} vấn đề`);
  tell('Kiểm tra dữ liệu', outcome.message);
}
