/**
 * «Tạo báo cáo quý»: the menu item opens the dialog (ReportDialog.html); the dialog calls the two
 * server functions below through google.script.run (exposed as globals in src/main.ts):
 * reportDialogState() for the periods and what data each lacks, createReport(slug) to make the Doc.
 *
 * The Google Doc is Google's own import of the .docx the CLI writes (issue 11): core renders and
 * zips the report (reportDocxBytes), Apps Script makes ONE blob of it and hands it to ONE
 * Drive.Files.create (Drive advanced service v3) that converts it to a Google Doc. Every run makes
 * a new Doc in the user's My Drive (with drive.file the add-in cannot see the spreadsheet's folder)
 * and logs its link in Nhật ký.
 */
import { parsePeriodSlug } from '../core/period';
import { buildReportDocument } from '../core/report/document';
import { reportDialogState as dialogState, type ReportDialogState } from '../core/report/dialogState';
import { buildReport } from '../core/report/model';
import { DOCX_MIME, reportDocxBytes } from '../core/report/ooxml';
import type { Problem } from '../sheet/workbook';
import { activeSpreadsheet, appendLog, loadPlan, todayIn } from './workbook';

/** The dialog's HTML file (src/gas/ReportDialog.html), as HtmlService names it. */
export const REPORT_DIALOG_FILE = 'ReportDialog';
export const REPORT_DIALOG_TITLE = 'Tạo báo cáo';
export const REPORT_LOG_EVENT = 'Tạo báo cáo';

/** What Drive converts an upload to: a Google Doc. */
export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';

export const DRIVE_OFF_MESSAGE =
  'Chưa tạo được báo cáo: dịch vụ Google Drive chưa được bật cho tiện ích (tiện ích tạo Google Doc bằng cách đưa tệp .docx của báo cáo lên Google Drive). ' +
  'Trong Tiện ích mở rộng → Apps Script, mục «Dịch vụ», thêm «Drive API» (phiên bản v3, giá trị nhận dạng «Drive») rồi thử lại; ' +
  'nếu trường dùng Google Workspace mà vẫn không được, nhờ quản trị viên cho phép dùng Drive API. Chưa có tài liệu nào được tạo.';

export const DRIVE_FAILED_MESSAGE =
  'Chưa tạo được báo cáo: Google Drive không nhận tệp báo cáo (chi tiết kỹ thuật đã được ghi vào nhật ký thực thi của tiện ích). ' +
  'Hãy thử lại sau ít phút. Nếu vẫn không được, kiểm tra Google Drive của bạn còn dung lượng trống, và nếu trường dùng Google Workspace, ' +
  'nhờ quản trị viên cho phép tiện ích dùng Google Drive. Chưa có tài liệu nào được tạo.';

export const LOG_FAILED_NOTE =
  'Đã tạo báo cáo nhưng chưa ghi được đường dẫn vào tab «Nhật ký». Hãy lưu đường dẫn ở trên; báo cáo cũng nằm trong «Drive của tôi» của bạn trên Google Drive.';

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
  /** Whether the link was written to Nhật ký (the dialog says so only then). */
  readonly logged: boolean;
}

/**
 * Apps Script's newBlob takes a Java Byte[]: signed, -128…127. The same bits as the .docx's bytes,
 * read as signed (0xC8 → -56). The one place unsigned bytes become Apps Script's.
 */
export function signedBytes(bytes: Uint8Array): GoogleAppsScript.Byte[] {
  return Array.from(new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** The Drive advanced service, or undefined when it is not enabled (the global is then not even declared). */
function driveFiles(): GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection | undefined {
  if (typeof Drive === 'undefined' || !Drive || !Drive.Files || typeof Drive.Files.create !== 'function') return undefined;
  return Drive.Files;
}

/**
 * Uploads the .docx and has Drive convert it to a Google Doc: one newBlob, one Files.create (the
 * self-assessment documents too: src/gas/selfAssessmentDocs.ts). Returns the Doc's id; a Vietnamese Error (nothing made) when Drive is off or refuses.
 */
export function importAsGoogleDoc(name: string, docx: Uint8Array): string {
  const files = driveFiles();
  if (!files) {
    console.error('Drive advanced service (v3) is not enabled: the report cannot be imported as a Google Doc.');
    throw new Error(DRIVE_OFF_MESSAGE);
  }
  const blob = Utilities.newBlob(signedBytes(docx), DOCX_MIME, `${name}.docx`);
  let id: string | undefined;
  try {
    id = files.create({ name, mimeType: GOOGLE_DOC_MIME }, blob).id;
  } catch (error) {
    console.error(`Drive.Files.create failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    throw new Error(DRIVE_FAILED_MESSAGE);
  }
  if (typeof id !== 'string' || id === '') {
    console.error('Drive.Files.create answered without a file id.');
    throw new Error(DRIVE_FAILED_MESSAGE);
  }
  return id;
}

/** The editing link of the Google Doc `id`. */
export function googleDocUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
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
  const id = importAsGoogleDoc(doc.name, reportDocxBytes(doc));
  const url = googleDocUrl(id);
  let logged = true;
  try {
    appendLog(spreadsheet, REPORT_LOG_EVENT, `${doc.name}: ${url}`);
  } catch (error) {
    logged = false;
    // The Doc exists: give its link rather than an error that would make the user create a second one.
    console.error(`Report made (${url}) but Nhật ký could not be written: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    notes.push(LOG_FAILED_NOTE);
  }
  return { name: doc.name, url, notes, logged };
}
