/**
 * «Nhập kế hoạch từ tệp Word…»: the menu item opens the dialog (ImportDialog.html); the browser
 * reads the chosen .docx (a File cannot pass through google.script.run) and sends it as base64 to
 * the two server functions below, exposed as globals in src/main.ts:
 * - importPreview(base64, fileName): what would be added, what needs review, the settings found;
 *   reads the plan tabs once and writes nothing;
 * - importApply(base64, fileName): under the document lock, Khởi tạo first (blank, no question)
 *   when no plan tab holds data, then the plan tabs read once, each tab's new rows in ONE
 *   setValues below its last row, the Cấu hình cells that were empty, one Cập nhật (so Hạn gần
 *   nhất, Tình trạng and the Tiến độ rows of the new tasks are filled) and one Nhật ký row.
 * It only adds rows: a row already there (same STT or same folded text, decided by planImport) is
 * never changed, and no formula cell or staff column of an existing row is written.
 *
 * The document is read by the same pure code as the CLI: readDocxBody → readPlanDraft → planImport.
 */
import { calendarDateOf } from '../core/date';
import { readDocxBody } from '../core/import/docxBody';
import type { PlanDraft } from '../core/import/draft';
import { PLAN_PART_READERS, type PlanPartReader, readPlanDraft } from '../core/import/planDraft';
import { planTabs } from '../sheet/planTabs';
import { addedText, type ImportPreview, nothingFoundText, type PlanImport, planImport } from '../sheet/importPlan';
import type { Cell, TabValues } from '../sheet/workbook';
import { documentLock } from './lock';
import { isAddinMessage } from './menu';
import { recomputeSpreadsheet } from './recompute';
import { setUpBlank } from './setUp';
import { toSheetValues } from './sheetValues';
import { activeSpreadsheet, appendLog, ensureRows, readPlanSheets, type TabsRead, timeZoneOf } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The dialog's HTML file (src/gas/ImportDialog.html), as HtmlService names it. */
export const IMPORT_DIALOG_FILE = 'ImportDialog';
export const IMPORT_DIALOG_TITLE = 'Nhập kế hoạch từ tệp Word';
export const IMPORT_CAPTION = 'Nhập kế hoạch từ tệp Word…';
export const IMPORT_LOG_EVENT = 'Nhập kế hoạch từ tệp Word';

/**
 * The largest .docx the dialog sends (the dialog checks it before sending: MAX_BYTES in
 * ImportDialog.html must be this number). A plan is a few hundred KB; 10 MB leaves room for
 * photos while keeping the base64 text (4/3 of it) and its decoding well inside what one
 * google.script.run call and one execution carry.
 */
export const MAX_DOCX_BYTES = 10 * 1024 * 1024;

export const IMPORT_BUSY_MESSAGE =
  'Bảng tính đang được cập nhật hoặc đang gửi nhắc việc ở một lượt khác (có thể do nhắc việc tự động hằng ngày). ' +
  'Lần này chưa ghi gì; vui lòng chờ khoảng một phút rồi bấm lại «Nhập vào bảng tính».';

export function openImportDialog(): void {
  const html = HtmlService.createHtmlOutputFromFile(IMPORT_DIALOG_FILE).setWidth(640).setHeight(600);
  SpreadsheetApp.getUi().showModalDialog(html, IMPORT_DIALOG_TITLE);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

export function tooBigMessage(fileName: string, bytes: number): string {
  return (
    `Tệp «${fileName}» nặng ${megabytes(bytes)}, quá giới hạn ${megabytes(MAX_DOCX_BYTES)} mà hộp thoại nhập kế hoạch nhận được. ` +
    'Một kế hoạch thường chỉ vài trăm KB; tệp lớn thường do hình ảnh. Hãy lưu một bản không có hình (hoặc nén ảnh trong Word: chọn ảnh › Nén ảnh) rồi chọn lại tệp đó.'
  );
}

export const NOT_RECEIVED_MESSAGE =
  'Tiện ích không nhận được nội dung tệp từ hộp thoại (dữ liệu gửi lên bị thiếu hoặc hỏng). Hãy đóng hộp thoại, mở lại và chọn lại tệp.';

/** What the document was searched for and what was found but not recognised, said when no plan part is there (planImport's text, naming the file). */
export function nothingFoundMessage(fileName: string, draft: PlanDraft): string | undefined {
  const text = nothingFoundText(draft);
  return text === undefined ? undefined : `Tệp «${fileName}»: ${text}`;
}

/**
 * The .docx's bytes from the dialog's base64: the size checked first (from the text's length, no
 * decoding), then one Utilities.base64Decode (signed Java bytes) made unsigned. Google's own
 * exception goes to the execution log only.
 */
export function docxBytes(base64: unknown, fileName: string): Uint8Array {
  if (typeof base64 !== 'string' || base64 === '') throw new Error(NOT_RECEIVED_MESSAGE);
  const size = Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);
  if (size > MAX_DOCX_BYTES) throw new Error(tooBigMessage(fileName, size));
  let signed: GoogleAppsScript.Byte[];
  try {
    signed = Utilities.base64Decode(base64);
  } catch (error) {
    console.error(`Utilities.base64Decode failed on ${base64.length} characters for «${fileName}»: ${error instanceof Error ? error.message : String(error)}`);
    throw new Error(NOT_RECEIVED_MESSAGE);
  }
  return new Uint8Array(Int8Array.from(signed).buffer);
}

function fileNameOf(fileName: unknown): string {
  const name = typeof fileName === 'string' ? fileName.trim() : '';
  return name === '' ? 'kế hoạch.docx' : name;
}

/** The plan draft of the file, or a Vietnamese Error (a .doc, a PDF, a password, a damaged file, nothing found). */
export function readDraft(base64: unknown, fileName: string, readers: readonly PlanPartReader[] = PLAN_PART_READERS): PlanDraft {
  const body = readDocxBody(docxBytes(base64, fileName), { fileName });
  if (!body.ok) throw new Error(body.error);
  const draft = readPlanDraft(body.value, readers);
  // As planImport's nothingFound, but before the lock and before Khởi tạo: a file with no plan in it changes nothing.
  const nothing = nothingFoundMessage(fileName, draft);
  if (nothing !== undefined) throw new Error(nothing);
  return draft;
}

// ---------------------------------------------------------------------------------------------
// What the dialog shows

/** A tab's rows to add and rows already there (matched). */
export interface ImportTabCount {
  readonly tab: string;
  readonly toAdd: number;
  readonly existing: number;
}

export interface ImportReviewItem {
  readonly text: string;
  /** Where it is in the document: «Bảng 2, dòng 18», «Đoạn 41 (mục II.1)». */
  readonly where: string;
  readonly reason: string;
  /** Where it went in the sheet, when it got a row: «tab «Chỉ tiêu», dòng 12». */
  readonly sheetPlace: string;
}

export interface ImportSettingItem {
  readonly label: string;
  readonly value: string;
  /** Cấu hình already has a value: it is kept, the document's is not written. */
  readonly kept: boolean;
}

/** The preview as the dialog renders it (plain data through google.script.run). */
export interface ImportView {
  readonly fileName: string;
  readonly tabs: readonly ImportTabCount[];
  readonly review: readonly ImportReviewItem[];
  readonly settings: readonly ImportSettingItem[];
  readonly partsFound: readonly string[];
  /** Nothing would be written (every row already there, every setting kept). */
  readonly nothingToAdd: boolean;
  /** No plan tab holds data: «Nhập vào bảng tính» runs Khởi tạo (blank tabs) first. */
  readonly setUpFirst: boolean;
}

export function importView(fileName: string, preview: ImportPreview, plan: PlanImport, setUpFirst = false): ImportView {
  return {
    fileName,
    tabs: preview.counts.map((c) => ({ tab: c.tab, toAdd: c.added, existing: c.alreadyThere })),
    review: preview.review.map((r) => ({
      text: r.text,
      where: r.where,
      reason: r.reason,
      sheetPlace: r.sheetPlace ? `tab «${r.sheetPlace.tab}», dòng ${r.sheetPlace.row}` : '',
    })),
    settings: preview.settings.map((s) => ({ label: s.label, value: s.value, kept: !s.filled })),
    partsFound: [...preview.partsFound],
    nothingToAdd: plan.writes.appends.every((a) => a.rows.length === 0) && plan.writes.cells.length === 0,
    setUpFirst,
  };
}

// ---------------------------------------------------------------------------------------------
// Server functions

/** Options for tests: the plan-part readers, and the clock. */
export interface ImportOptions {
  readonly readers?: readonly PlanPartReader[];
  readonly now?: Date;
}

function planFor(draft: PlanDraft, read: TabsRead, timeZone: string, now: Date): PlanImport {
  return planImport(draft, read.tabs, { fallbackYear: calendarDateOf(now, timeZone).year, formulas: read.formulas });
}

/** The dialog's preview: the file read, the plan tabs read once; nothing written. */
export function importPreview(base64: unknown, fileName: unknown, options: ImportOptions = {}): ImportView {
  const name = fileNameOf(fileName);
  const draft = readDraft(base64, name, options.readers);
  const spreadsheet = activeSpreadsheet();
  const timeZone = timeZoneOf(spreadsheet);
  const read = readPlanSheets(spreadsheet, timeZone);
  // An empty spreadsheet is previewed as Khởi tạo will lay it out (blank tabs), which importApply does first.
  const setUpFirst = !hasPlanData(read.tabs);
  const plan = planFor(draft, setUpFirst ? { tabs: planTabs(undefined), formulas: new Map() } : read, timeZone, options.now ?? new Date());
  return importView(name, plan.preview, plan, setUpFirst);
}

export interface ImportResult {
  readonly fileName: string;
  /** Khởi tạo ran first (the spreadsheet had no plan data): the tabs it created. */
  readonly createdTabs: readonly string[];
  /** Rows added, per tab, and how the dialog says it («thêm 22 mục (26 dòng, kể cả dòng nhóm)»). */
  readonly added: readonly { readonly tab: string; readonly rows: number; readonly text: string }[];
  /** Cấu hình rows filled, by label. */
  readonly settingsFilled: readonly string[];
  /** What the preview showed (items to review stay to be checked in the sheet). */
  readonly view: ImportView;
  /** Vietnamese lines: Cập nhật's outcome, what to check next. */
  readonly notes: readonly string[];
}

/** Whether a plan tab holds data (more than its header row): then the spreadsheet is not empty. */
function hasPlanData(tabs: TabValues): boolean {
  return [...tabs.values()].some((rows) => rows.length > 1);
}

/** A tab's new rows: rectangular (padded with ''), one setValues below the rows read, rows added to the sheet first when needed. */
function writeAppend(sheet: Sheet, startRow: number, rows: readonly (readonly unknown[])[], timeZone: string): void {
  const width = Math.max(...rows.map((r) => r.length));
  // planImport's rows hold the document's text and STT numbers (Cell values), '' where nothing is written.
  const values = rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] ?? '') as Cell));
  ensureRows(sheet, startRow + rows.length - 1);
  sheet.getRange(startRow, 1, rows.length, width).setValues(toSheetValues(values, timeZone));
}

/**
 * Rows added since the read (a teacher typing while the import runs) would be overwritten by the
 * new rows: one getLastRow per tab written, and nothing written when one moved.
 */
function assertRowsAsRead(sheet: Sheet, tab: string, startRow: number): void {
  if (sheet.getLastRow() < startRow) return;
  throw new Error(
    `Tab «${tab}» vừa có thêm dòng trong lúc nhập kế hoạch, nên lần này chưa ghi gì để không đè lên dòng đó. Hãy bấm lại «Xem trước» rồi «Nhập vào bảng tính».`,
  );
}

/** The settings' labels written, as the preview lists them (the document's value went into an empty Cấu hình row). */
function filledLabels(view: ImportView): string[] {
  return view.settings.filter((s) => !s.kept).map((s) => s.label);
}

/**
 * Writes the plan of the file into the spreadsheet (see the file's comment). Everything that can
 * fail on the file fails before the lock and before any write.
 */
export function importApply(base64: unknown, fileName: unknown, options: ImportOptions = {}): ImportResult {
  const name = fileNameOf(fileName);
  const draft = readDraft(base64, name, options.readers);
  const now = options.now ?? new Date();
  const spreadsheet = activeSpreadsheet();
  const lock = documentLock();
  if (!lock.tryLock()) throw new Error(IMPORT_BUSY_MESSAGE);
  try {
    const timeZone = timeZoneOf(spreadsheet);
    let read = readPlanSheets(spreadsheet, timeZone);
    let createdTabs: readonly string[] = [];
    // An empty spreadsheet (no plan tab holds data): Khởi tạo lays out the blank tabs first.
    if (!hasPlanData(read.tabs)) {
      createdTabs = setUpBlank(spreadsheet, now).created;
      read = readPlanSheets(spreadsheet, timeZone);
    }
    const plan = planFor(draft, read, timeZone, now);
    const view = importView(name, plan.preview, plan);
    const appends = plan.writes.appends.filter((a) => a.rows.length > 0);
    const sheetOf = (tab: string): Sheet => {
      const sheet = read.sheets.get(tab);
      if (!sheet) throw new Error(`Không tìm thấy tab «${tab}» để ghi kế hoạch. Hãy chọn «Khởi tạo bảng theo dõi» rồi nhập lại.`);
      return sheet;
    };
    // Checked for every tab before the first write: either all rows go in, or none.
    for (const a of appends) assertRowsAsRead(sheetOf(a.tab), a.tab, a.startRow);
    for (const a of appends) writeAppend(sheetOf(a.tab), a.startRow, a.rows, timeZone);
    for (const c of plan.writes.cells) sheetOf(c.tab).getRange(c.row, c.column).setValue(toSheetValues([[c.value]], timeZone)[0]![0]);

    const added = plan.preview.counts.filter((c) => c.rows > 0).map((c) => ({ tab: c.tab, rows: c.rows, text: addedText(c) }));
    const settingsFilled = filledLabels(view);
    const notes: string[] = [];
    const wrote = appends.length > 0 || plan.writes.cells.length > 0;
    if (wrote) notes.push(...updateAfterImport(spreadsheet, now));
    const counts = added.map((a) => `${a.tab} +${a.rows}`).join(', ') || 'không thêm dòng nào';
    appendLog(
      spreadsheet,
      IMPORT_LOG_EVENT,
      `${name}: ${counts}; Cấu hình: ${settingsFilled.length} dòng; cần xem lại: ${view.review.length}${createdTabs.length ? `; Khởi tạo: ${createdTabs.join(', ')}` : ''}`,
    );
    return { fileName: name, createdTabs, added, settingsFilled, view, notes };
  } finally {
    lock.release();
  }
}

/**
 * Cập nhật once after the rows went in, so Hạn gần nhất, Tình trạng, the evaluation and the
 * Tiến độ rows of the new tasks are there when the dialog closes. The rows are already written:
 * a failure here is said (the user runs Cập nhật), never thrown.
 */
function updateAfterImport(spreadsheet: Spreadsheet, now: Date): string[] {
  try {
    const outcome = recomputeSpreadsheet(spreadsheet, now);
    return [`Đã chạy «Cập nhật đánh giá & tiến độ»: ${outcome.appendedRows} kỳ theo dõi mới ở tab Tiến độ.`];
  } catch (error) {
    console.error(`Import: Cập nhật after the import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const why = isAddinMessage(error) ? ` (${error.message})` : '';
    return [`Các dòng đã được nhập nhưng chưa cập nhật được đánh giá và tiến độ${why}. Hãy chọn «Chuyển đổi số › Cập nhật đánh giá & tiến độ».`];
  }
}
