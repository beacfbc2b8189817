/**
 * The *Chuyển đổi số* menu: one table of items (caption, global function, what it runs), the
 * simple triggers that add it, and the dispatcher every menu handler goes through.
 *
 * onOpen must work in AuthMode.NONE (add-on installed but not yet used in this file): it only
 * builds the menu, never reads Properties or the document. With createAddonMenu() the submenu sits
 * under *Tiện ích mở rộng* and is titled with the add-on's name (published add-on) or the script
 * project's name (bound script), so both must be named MENU_TITLE.
 */

import * as reminderActions from './reminders/actions';
import * as sheetActions from './sheetActions';
import * as reportActions from './report';
import * as importActions from './importPlan';
import * as rollupPush from './rollupPush';
import * as rollupReceiver from './rollupReceiver';
import * as selfAssessmentActions from './selfAssessmentDocs';
import * as rollupSummary from './rollupSummary';

/** Global functions (exported from src/main.ts) that the menu items call. */
export type MenuFunctionName =
  | 'menuSetUp'
  | 'menuImportPlan'
  | 'menuRecompute'
  | 'menuCheckData'
  | 'menuReport'
  | 'menuSelfAssessment'
  | 'menuSendReminders'
  | 'menuToggleReminders'
  | 'menuRollupPush'
  | 'menuRollupSetUp'
  | 'menuRollupSummary'
  | 'menuRollupReport'
  | 'menuHelp';

export interface MenuItem {
  readonly functionName: MenuFunctionName;
  readonly caption: string;
  /** What the item does. Absent while the feature is not built: the item then says so. */
  readonly run?: () => void;
}

export const SEPARATOR = 'separator';
export type MenuEntry = MenuItem | typeof SEPARATOR;

/** Name of the add-on / script project, shown as the submenu's title and in dialogs. */
export const MENU_TITLE = 'Chuyển đổi số';

/** The custom functions, as the help lists them (signature uses the Vietnamese-locale separator ";"). */
export const CUSTOM_FUNCTION_HELP: readonly { readonly signature: string; readonly description: string }[] = [
  { signature: '=CDS_DANHGIA(ket_qua; chi_tieu)', description: 'đánh giá «Đạt» hoặc «Chưa đạt» so với chỉ tiêu' },
  { signature: '=CDS_TYLEDAT(ket_qua; chi_tieu)', description: 'tỷ lệ đạt so với chỉ tiêu (có thể lớn hơn 100%)' },
  { signature: '=CDS_HANCHOT(thoi_gian; [nam]; [ngay_xet])', description: 'hạn chót gần nhất của nhiệm vụ (trống nếu «Thường xuyên»)' },
  { signature: '=CDS_QUAHAN(han; trang_thai; [ngay_xet])', description: 'số ngày quá hạn (0 nếu đã hoàn thành hoặc chưa đến hạn)' },
];

export function helpText(): string {
  return [
    'Theo dõi Kế hoạch chuyển đổi số của nhà trường: chỉ tiêu, nhiệm vụ, hạn chót và nhắc việc.',
    '',
    'Các hàm dùng trong ô:',
    ...CUSTOM_FUNCTION_HELP.map((f) => `• ${f.signature}: ${f.description}`),
    '',
    'Mỗi hàm nhận một ô hoặc cả cột (ví dụ D3:D30). Tham số trong [ ] không bắt buộc; ' +
      'ngày xét bỏ trống là hôm nay. Ô không đọc được sẽ hiện «Lỗi: …» kèm lý do.',
    'Nếu bảng tính dùng dấu phẩy để ngăn cách tham số, thay «;» bằng «,».',
  ].join('\n');
}

function showHelp(): void {
  alert(helpText(), 'Hướng dẫn');
}

/** The menu, in order. The single place where captions and handlers are listed. */
export const MENU_ENTRIES: readonly MenuEntry[] = [
  { functionName: 'menuSetUp', caption: 'Khởi tạo bảng theo dõi', run: () => sheetActions.runSetUp() },
  { functionName: 'menuImportPlan', caption: 'Nhập kế hoạch từ tệp Word…', run: () => importActions.openImportDialog() },
  { functionName: 'menuRecompute', caption: 'Cập nhật đánh giá & tiến độ', run: () => sheetActions.runRecompute() },
  { functionName: 'menuCheckData', caption: 'Kiểm tra dữ liệu', run: () => sheetActions.runCheckData() },
  SEPARATOR,
  { functionName: 'menuReport', caption: 'Tạo báo cáo quý', run: () => reportActions.openReportDialog() },
  { functionName: 'menuSelfAssessment', caption: selfAssessmentActions.SELF_ASSESSMENT_CAPTION, run: () => selfAssessmentActions.runSelfAssessmentDocs() },
  SEPARATOR,
  { functionName: 'menuSendReminders', caption: 'Gửi nhắc việc ngay', run: () => reminderActions.showReminderPreview() },
  { functionName: 'menuToggleReminders', caption: 'Bật/Tắt nhắc việc tự động', run: () => reminderActions.toggleReminders() },
  SEPARATOR,
  { functionName: 'menuRollupPush', caption: rollupPush.PUSH_CAPTION, run: () => rollupPush.pushFromMenu() },
  { functionName: 'menuRollupSetUp', caption: rollupReceiver.SETUP_CAPTION, run: () => rollupReceiver.runReceiverSetUp() },
  { functionName: 'menuRollupSummary', caption: rollupSummary.SUMMARY_CAPTION, run: () => rollupSummary.runSummaryUpdate() },
  { functionName: 'menuRollupReport', caption: rollupSummary.ROLLUP_REPORT_CAPTION, run: () => rollupSummary.runRollupReport() },
  SEPARATOR,
  { functionName: 'menuHelp', caption: 'Hướng dẫn', run: showHelp },
];

export const MENU_ITEMS: readonly MenuItem[] = MENU_ENTRIES.filter((e): e is MenuItem => e !== SEPARATOR);

export function notAvailableMessage(caption: string): string {
  return `Chức năng «${caption}» chưa có trong phiên bản này.`;
}

/** Letters only Vietnamese writes (ă â đ ê ô ơ ư, and vowels with a tone mark). */
const VIETNAMESE_LETTER = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/**
 * Whether the error is one the add-in throws on purpose for the user: a plain Error (not a
 * TypeError or another bug) whose message is a Vietnamese sentence. Apps Script's own exceptions
 * («Exception: Service Spreadsheets failed…», named "Exception" or prefixed so, English or
 * localised) and library errors are not.
 */
export function isAddinMessage(error: unknown): error is Error {
  return (
    error instanceof Error &&
    error.name === 'Error' &&
    !/^\s*Exception\b/.test(error.message) &&
    VIETNAMESE_LETTER.test(error.message)
  );
}

/**
 * What the user is told when a menu action failed: the add-in's own Vietnamese message as it is;
 * anything else (an Apps Script exception, a bug) as one Vietnamese sentence, its text going only
 * to the execution log (runItem).
 */
export function failureMessage(caption: string, error: unknown): string {
  if (isAddinMessage(error)) return `Không thực hiện được «${caption}».\n\n${error.message}`;
  return (
    `Không thực hiện được «${caption}»: Google Sheets báo lỗi trong lúc chạy. ` +
    'Hãy thử lại sau ít phút; nếu vẫn lỗi, xin báo cho người phát triển (chi tiết kỹ thuật đã được ghi vào nhật ký thực thi của tiện ích).'
  );
}

/** The raw text of what was thrown, for the execution log: its stack when it has one. */
function rawText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const head = `${error.name}: ${error.message}`;
  if (error.stack === undefined) return head;
  return error.stack.includes(error.message) ? error.stack : `${head}\n${error.stack}`;
}

type OpenEvent = GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall;

/** Simple trigger: adds the menu. Safe in every AuthMode, including NONE. */
export function onOpen(_e?: OpenEvent): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const entry of MENU_ENTRIES) {
    if (entry === SEPARATOR) menu.addSeparator();
    else menu.addItem(entry.caption, entry.functionName);
  }
  menu.addToUi();
}

/** Runs when the add-on is installed: the file is already open, so add the menu now. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e);
}

/**
 * What every menu handler does: run the item, or say it is not built yet. An unexpected error
 * ends with a Vietnamese message too (its raw text goes to the execution log), never silently.
 */
export function runMenuItem(functionName: MenuFunctionName): void {
  const item = MENU_ITEMS.find((i) => i.functionName === functionName);
  if (!item) throw new Error(`Không có mục menu nào gọi ${functionName}.`);
  runItem(item);
}

/** Exported for tests, which pass items that are not in the table. */
export function runItem(item: MenuItem): void {
  if (!item.run) {
    alert(notAvailableMessage(item.caption));
    return;
  }
  try {
    item.run();
  } catch (error) {
    console.error(`Menu «${item.caption}» failed: ${rawText(error)}`);
    alert(failureMessage(item.caption, error));
  }
}

/**
 * A call from a dialog (google.script.run): the dialog shows the message of what is thrown, so a
 * failure is rethrown as the same Vietnamese sentence a menu item shows (failureMessage), its raw
 * text going to the execution log.
 */
export function dialogCall<T>(caption: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    console.error(`Dialog «${caption}» failed: ${rawText(error)}`);
    throw new Error(failureMessage(caption, error));
  }
}

function alert(message: string, title: string = MENU_TITLE): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}
