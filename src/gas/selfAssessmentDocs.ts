/**
 * «Tự đánh giá CĐS (QĐ 4725)…»: the menu item makes the two self-assessment documents as Google
 * Docs, the same way «Tạo báo cáo quý» makes the report (src/gas/report.ts): core renders and
 * zips each .docx (the bytes the CLI's `dti` writes), Apps Script makes ONE blob of each and hands
 * it to ONE Drive.Files.create that converts it. One Nhật ký row names both; a small dialog shows
 * the links, the levels and what to fix. Nothing is made when the tab is absent or unreadable.
 */
import { levelSummary, selfAssessmentRefusal } from '../core/report/selfAssessment';
import { buildSelfAssessmentDocuments } from '../core/report/selfAssessmentDocument';
import { reportDocxBytes } from '../core/report/ooxml';
import { findTab } from '../sheet/headers';
import { SELF_ASSESSMENT_TAB } from '../sheet/schema';
import { selfAssessmentModelOf, selfAssessmentProblemLines } from '../sheet/selfAssessment';
import { googleDocUrl, importAsGoogleDoc, LOG_FAILED_NOTE } from './report';
import { activeSpreadsheet, appendLog, loadPlan, todayIn } from './workbook';

export const SELF_ASSESSMENT_CAPTION = 'Tự đánh giá CĐS (QĐ 4725)…';
export const SELF_ASSESSMENT_LOG_EVENT = 'Tự đánh giá CĐS';
export const SELF_ASSESSMENT_DIALOG_TITLE = 'Tự đánh giá mức độ chuyển đổi số (QĐ 4725)';

export interface MadeDoc {
  readonly name: string;
  readonly url: string;
}

export interface CreatedSelfAssessment {
  readonly sheet: MadeDoc;
  readonly report: MadeDoc;
  /** «Nhóm 1. …: 64,5/100 điểm; Mức 2 (đáp ứng cơ bản), …», then the school's level. */
  readonly levels: readonly string[];
  /** Cấu hình rows to fill and criteria problems (Vietnamese); never in the documents. */
  readonly notes: readonly string[];
  readonly logged: boolean;
}

/**
 * Makes both Google Docs and logs them; a Vietnamese Error (nothing made) when the tab is absent,
 * unreadable or empty, or when Drive is off or refuses.
 */
export function createSelfAssessmentDocs(): CreatedSelfAssessment {
  const spreadsheet = activeSpreadsheet();
  const { plan, problems, reading } = loadPlan(spreadsheet);
  // The tab's name as the workbook has it: the plan read it, or a reading problem names it.
  const found = plan.selfAssessment ? SELF_ASSESSMENT_TAB.name : findTab(new Map(problems.map((p) => [p.tab, []])), SELF_ASSESSMENT_TAB)?.name;
  const refusal = selfAssessmentRefusal(plan, {
    tab: SELF_ASSESSMENT_TAB.name,
    found,
    problems: selfAssessmentProblemLines(problems, found),
    remedy: `Chọn «Chuyển đổi số → Khởi tạo bảng theo dõi» để thêm tab «${SELF_ASSESSMENT_TAB.name}» với các tiêu chí mặc định, chấm điểm từng tiêu chí rồi chọn lại mục này.`,
  });
  if (refusal !== undefined) throw new Error(refusal);
  const today = todayIn(spreadsheet);
  const model = selfAssessmentModelOf(plan, today, reading)!;
  const docs = buildSelfAssessmentDocuments(model);
  const made = [docs.sheet, docs.report].map((doc) => ({ name: doc.name, url: googleDocUrl(importAsGoogleDoc(doc.name, reportDocxBytes(doc))) }));
  const [sheet, report] = made as [MadeDoc, MadeDoc];
  const notes = [...model.missing.map((m) => m.message), ...model.notes];
  let logged = true;
  try {
    appendLog(spreadsheet, SELF_ASSESSMENT_LOG_EVENT, `${sheet.name}: ${sheet.url}; ${report.name}: ${report.url}`);
  } catch (error) {
    logged = false;
    console.error(`Self-assessment documents made (${sheet.url}, ${report.url}) but Nhật ký could not be written: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    notes.push(LOG_FAILED_NOTE);
  }
  return { sheet, report, levels: levelSummary(model), notes, logged };
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** The result dialog: both links (opening in a new tab), the levels, the notes. Plain HTML, no script. */
export function resultHtml(result: CreatedSelfAssessment): string {
  const link = (d: MadeDoc): string => `<li><a href="${escapeHtml(d.url)}" target="_blank" rel="noopener">${escapeHtml(d.name)}</a></li>`;
  const list = (items: readonly string[]): string => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
  return [
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><base target="_top">',
    '<style>body{font-family:Arial,sans-serif;font-size:14px;line-height:1.4;margin:8px}h3{font-size:15px;margin:12px 0 4px}ul{margin:4px 0;padding-left:20px}</style></head><body>',
    `<p>Đã tạo hai tài liệu trong «Drive của tôi»${result.logged ? ' và ghi đường dẫn vào tab «Nhật ký»' : ''}:</p>`,
    `<ul>${link(result.sheet)}${link(result.report)}</ul>`,
    '<h3>Kết quả tự đánh giá</h3>',
    list(result.levels),
    ...(result.notes.length > 0 ? ['<h3>Lưu ý</h3>', list(result.notes)] : []),
    '</body></html>',
  ].join('');
}

/** The menu item: make the Docs, then show their links. */
export function runSelfAssessmentDocs(): void {
  const result = createSelfAssessmentDocs();
  const html = HtmlService.createHtmlOutput(resultHtml(result)).setWidth(560).setHeight(420);
  SpreadsheetApp.getUi().showModalDialog(html, SELF_ASSESSMENT_DIALOG_TITLE);
}
