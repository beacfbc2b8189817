/**
 * Apps Script entry: exposes the global functions (simple triggers, menu handlers, custom
 * functions) and nothing else. No logic here.
 *
 * Conventions (scripts/build.mjs enforces them):
 * - each global is `export function name(params) { return impl(params); }`, declared in this file;
 *   no `export { x }`, `export const`, `export * from`, renames or default export;
 * - each has a JSDoc right above it; the build copies it, with the parameter names, onto the
 *   top-level stub in dist/Code.js (Sheets reads custom-function help from there);
 * - custom functions carry `@customfunction` and an `@param` per parameter, in Vietnamese;
 * - names must not end with "_" (private in Apps Script) or shadow an Apps Script global;
 * - importing a module must not call any service (top-level code runs on every execution).
 */
import * as customFunctions from './gas/customFunctions';
import * as menu from './gas/menu';
import * as report from './gas/report';
import * as importPlan from './gas/importPlan';
import * as sheetEdit from './gas/onEdit';
import * as reminders from './gas/reminders/actions';
import * as rollupReceiver from './gas/rollupReceiver';

// ---------------------------------------------------------------------------------------------
// Simple triggers

/**
 * Thêm menu «Chuyển đổi số» khi mở bảng tính.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e Sự kiện mở bảng tính.
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  return menu.onOpen(e);
}

/**
 * Chạy khi cài tiện ích: thêm menu ngay, không cần mở lại bảng tính.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e Sự kiện cài đặt.
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  return menu.onInstall(e);
}

/**
 * Khi sửa ô: nếu «Trạng thái» ở tab Tiến độ thành «Hoàn thành» mà «Ngày hoàn thành» còn trống thì ghi ngày hôm nay.
 * @param {GoogleAppsScript.Events.SheetsOnEdit} e Sự kiện sửa ô.
 */
export function onEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  return sheetEdit.onEdit(e);
}

// ---------------------------------------------------------------------------------------------
// Menu handlers (captions and actions: MENU_ENTRIES in src/gas/menu.ts)

/** Menu: Khởi tạo bảng theo dõi. */
export function menuSetUp(): void {
  return menu.runMenuItem('menuSetUp');
}

/** Menu: Nhập kế hoạch từ tệp Word… */
export function menuImportPlan(): void {
  return menu.runMenuItem('menuImportPlan');
}

/**
 * Hộp thoại «Nhập kế hoạch từ tệp Word…» (google.script.run): đọc tệp kế hoạch và cho xem trước những gì sẽ được thêm, những mục cần xem lại và các dòng Cấu hình tìm thấy; chưa ghi gì.
 * @param {string} base64 Nội dung tệp .docx, mã hoá base64.
 * @param {string} tenTep Tên tệp, để nêu trong thông báo.
 * @return {Object} Bản xem trước.
 */
export function importPreview(base64: string, tenTep: string): unknown {
  return menu.dialogCall('Nhập kế hoạch từ tệp Word…', () => importPlan.importPreview(base64, tenTep));
}

/**
 * Hộp thoại «Nhập kế hoạch từ tệp Word…» (google.script.run): thêm các chỉ tiêu, nhiệm vụ chưa có vào bảng tính (chạy Khởi tạo trước nếu bảng tính còn trống), điền các dòng Cấu hình còn trống, cập nhật đánh giá và ghi Nhật ký.
 * @param {string} base64 Nội dung tệp .docx, mã hoá base64.
 * @param {string} tenTep Tên tệp, để nêu trong thông báo và Nhật ký.
 * @return {Object} Những gì đã được thêm.
 */
export function importApply(base64: string, tenTep: string): unknown {
  return menu.dialogCall('Nhập kế hoạch từ tệp Word…', () => importPlan.importApply(base64, tenTep));
}

/** Menu: Cập nhật đánh giá & tiến độ. */
export function menuRecompute(): void {
  return menu.runMenuItem('menuRecompute');
}

/** Menu: Kiểm tra dữ liệu. */
export function menuCheckData(): void {
  return menu.runMenuItem('menuCheckData');
}

/** Menu: Tạo báo cáo quý. */
export function menuReport(): void {
  return menu.runMenuItem('menuReport');
}

/**
 * Hộp thoại «Tạo báo cáo quý» (google.script.run): các kỳ báo cáo của năm kế hoạch, kỳ chọn sẵn và dữ liệu còn thiếu của từng kỳ.
 * @return {Object} Trạng thái hộp thoại.
 */
export function reportDialogState(): unknown {
  return menu.dialogCall('Tạo báo cáo quý', () => report.reportDialogState());
}

/**
 * Hộp thoại «Tạo báo cáo quý» (google.script.run): tạo một Google Doc báo cáo mới cho kỳ đã chọn và ghi đường dẫn vào Nhật ký.
 * @param {string} ky Kỳ báo cáo, ví dụ «quy-3-2026», «6-thang-2026», «nam-2026», «thang-11-2026».
 * @param {boolean} phuLuc Kèm phụ lục các chỉ tiêu, nhiệm vụ chưa có số liệu.
 * @return {Object} Tên, đường dẫn của tài liệu và các lưu ý.
 */
export function reportCreate(ky: string, phuLuc?: boolean): unknown {
  return menu.dialogCall('Tạo báo cáo quý', () => report.createReport(ky, phuLuc === true));
}

/** Menu: Tự đánh giá CĐS (QĐ 4725)… */
export function menuSelfAssessment(): void {
  return menu.runMenuItem('menuSelfAssessment');
}

/** Menu: Gửi nhắc việc ngay. */
export function menuSendReminders(): void {
  return menu.runMenuItem('menuSendReminders');
}

/** Menu: Bật/Tắt nhắc việc tự động. */
export function menuToggleReminders(): void {
  return menu.runMenuItem('menuToggleReminders');
}

/** Menu: Gửi số liệu lên Phòng/Sở. */
export function menuRollupPush(): void {
  return menu.runMenuItem('menuRollupPush');
}

/** Menu: Thiết lập nhận số liệu (Phòng/Sở). */
export function menuRollupSetUp(): void {
  return menu.runMenuItem('menuRollupSetUp');
}

/** Menu: Cập nhật bảng tổng hợp (Phòng/Sở). */
export function menuRollupSummary(): void {
  return menu.runMenuItem('menuRollupSummary');
}

/** Menu: Tạo báo cáo tổng hợp (Phòng/Sở). */
export function menuRollupReport(): void {
  return menu.runMenuItem('menuRollupReport');
}

/** Menu: Hướng dẫn. */
export function menuHelp(): void {
  return menu.runMenuItem('menuHelp');
}

// ---------------------------------------------------------------------------------------------
// Reminders (issue 5): the daily trigger and the «Gửi nhắc việc ngay» dialog's button

/**
 * Trình kích hoạt hằng ngày: gửi thư nhắc việc (cài bằng «Bật/Tắt nhắc việc tự động»).
 * @param {GoogleAppsScript.Events.TimeDriven} e Sự kiện của trình kích hoạt theo giờ.
 */
export function remindersDailyRun(e?: GoogleAppsScript.Events.TimeDriven): void {
  return reminders.onDailyTrigger(e);
}

/**
 * Trình kích hoạt chạy một lần: thử gửi lại nhắc việc trong ngày khi lượt hằng ngày gặp bảng tính đang bận.
 * @param {GoogleAppsScript.Events.TimeDriven} e Sự kiện của trình kích hoạt theo giờ.
 */
export function remindersRetryRun(e?: GoogleAppsScript.Events.TimeDriven): void {
  return reminders.onRetryTrigger(e);
}

/**
 * Nút «Gửi ngay» trong hộp thoại «Gửi nhắc việc ngay»: gửi và trả về kết quả để hiển thị.
 * @return {string} Kết quả gửi, bằng tiếng Việt.
 */
export function remindersSendFromDialog(): string {
  return menu.dialogCall('Gửi nhắc việc ngay', () => reminders.sendFromDialog());
}

// ---------------------------------------------------------------------------------------------
// Roll-up receiver (issue 14): the Phòng/Sở's spreadsheet deployed as a web app

/**
 * Ứng dụng web nhận số liệu của các trường (Phòng/Sở): kiểm tra mã bảo mật, ghi số liệu của trường vào các tab nhận số liệu, trả lời bằng JSON.
 * @param {GoogleAppsScript.Events.DoPost} e Yêu cầu POST của trường.
 * @return {GoogleAppsScript.Content.TextOutput} Kết quả (JSON).
 */
export function doPost(e: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  return rollupReceiver.doPost(e);
}

// ---------------------------------------------------------------------------------------------
// Custom functions (contract: DESIGN §4)

/**
 * Đánh giá kết quả so với chỉ tiêu: trả về «Đạt», «Chưa đạt», để trống khi chưa có kết quả, hoặc «Lỗi: …».
 *
 * @param {number|string|Array<Array<number|string>>} ket_qua Kết quả đạt được: một ô hoặc cả cột (ví dụ D3:D30).
 * @param {string|Array<Array<string>>} chi_tieu Chỉ tiêu như ghi trong kế hoạch, ví dụ «≥95%», «tối thiểu 02 đợt/năm», «Hoàn thành», «Mỗi tổ có 01 chuyên đề»: một ô hoặc cả cột cùng số dòng.
 * @param {Date} ngay_xet (không bắt buộc) Ngày xét: chỉ tiêu theo kỳ như «01 lần/quý» tính đến hết quý chứa ngày này; bỏ trống là hôm nay.
 * @return «Đạt», «Chưa đạt», ô trống, hoặc «Lỗi: …» cho từng ô.
 * @customfunction
 */
export function CDS_DANHGIA(ket_qua: unknown, chi_tieu: unknown, ngay_xet?: unknown): unknown {
  return customFunctions.danhGia(ket_qua, chi_tieu, ngay_xet);
}

/**
 * Tỷ lệ đạt so với chỉ tiêu (1 = đạt đúng chỉ tiêu; có thể lớn hơn 1 khi vượt chỉ tiêu).
 *
 * @param {number|string|Array<Array<number|string>>} ket_qua Kết quả đạt được: một ô hoặc cả cột (ví dụ D3:D30).
 * @param {string|Array<Array<string>>} chi_tieu Chỉ tiêu như ghi trong kế hoạch, ví dụ «≥95%», «không quá 2 sự cố», «01 lần/tháng»: một ô hoặc cả cột cùng số dòng.
 * @param {Date} ngay_xet (không bắt buộc) Ngày xét: chỉ tiêu theo kỳ như «01 lần/quý» tính đến hết quý chứa ngày này; bỏ trống là hôm nay.
 * @return Tỷ lệ đạt (định dạng phần trăm), ô trống khi chưa có kết quả, hoặc «Lỗi: …».
 * @customfunction
 */
export function CDS_TYLEDAT(ket_qua: unknown, chi_tieu: unknown, ngay_xet?: unknown): unknown {
  return customFunctions.tyLeDat(ket_qua, chi_tieu, ngay_xet);
}

/**
 * Hạn chót của nhiệm vụ theo cột «Thời gian»; với nhiệm vụ định kỳ là hạn gần nhất kể từ ngày xét.
 *
 * @param {string|Date|Array<Array<string|Date>>} thoi_gian Thời gian thực hiện như ghi trong kế hoạch, ví dụ «Quý II», «Hàng quý», «trước ngày 05/6 hằng năm»: một ô hoặc cả cột.
 * @param {number} nam (không bắt buộc) Năm kế hoạch, ví dụ 2026; bỏ trống là năm của ngày xét.
 * @param {Date} ngay_xet (không bắt buộc) Ngày xét: hạn trả về là hạn đầu tiên từ ngày này trở đi; bỏ trống là hôm nay.
 * @return Ngày hạn chót; để trống với nhiệm vụ «Thường xuyên»; «Lỗi: …» nếu không đọc được thời gian.
 * @customfunction
 */
export function CDS_HANCHOT(thoi_gian: unknown, nam?: unknown, ngay_xet?: unknown): unknown {
  return customFunctions.hanChot(thoi_gian, nam, ngay_xet);
}

/**
 * Số ngày quá hạn của nhiệm vụ (0 khi đã hoàn thành, chưa đến hạn hoặc không có hạn).
 *
 * @param {Date|string|Array<Array<Date|string>>} han Hạn: một ngày hoặc thời gian như ghi trong kế hoạch (ví dụ «Quý II»): một ô hoặc cả cột.
 * @param {string|Array<Array<string>>} trang_thai Trạng thái: Chưa thực hiện, Đang thực hiện, Hoàn thành hoặc Tạm dừng: một ô hoặc cả cột cùng số dòng.
 * @param {Date} ngay_xet (không bắt buộc) Ngày xét; bỏ trống là hôm nay.
 * @return Số ngày quá hạn (số nguyên), hoặc «Lỗi: …».
 * @customfunction
 */
export function CDS_QUAHAN(han: unknown, trang_thai: unknown, ngay_xet?: unknown): unknown {
  return customFunctions.quaHan(han, trang_thai, ngay_xet);
}
