/**
 * Writing a report as .docx: the plan → report model → document → file. A new file every time:
 * an existing report is never overwritten (a second run of the same period gets "-2", "-3", …).
 * A document that Word or LibreOffice could not open is never written.
 */
import type { CalendarDate } from '../core/date';
import { periodSlug, type ReportPeriod } from '../core/period';
import type { Plan } from '../core/plan';
import { buildReportDocument, type ReportDocument } from '../core/report/document';
import { buildReport, type ReportInputs, type ReportModel } from '../core/report/model';
import { foldText } from '../core/text';
import { reportDocxBuffer } from './docx';
import { unopenableDocxPart } from './docxParts';
import { fileErrorReason, isFileSystemError } from './fileErrorText';
import { createNumberedFile } from './newFile';

export interface WrittenReport {
  readonly file: string;
  readonly model: ReportModel;
  readonly name: string;
}

/** The .docx made would not open (a part is not well-formed XML): a bug, said in Vietnamese. */
export class UnopenableReport extends Error {
  override readonly name = 'UnopenableReport';
  constructor(readonly part: string) {
    super(`Không ghi báo cáo: tệp .docx vừa tạo có ký tự không hợp lệ trong phần «${part}», Word và LibreOffice sẽ không mở được. Đây là lỗi của công cụ, xin báo cho người phát triển.`);
  }
}

/** "bao-cao-cds-quy-3-2026-truong-thpt-an-lao" */
export function reportFileStem(period: ReportPeriod, schoolName: string): string {
  const school = foldText(schoolName ?? '').replace(/ /g, '-');
  return `bao-cao-cds-${periodSlug(period)}${school ? `-${school}` : ''}`;
}

/** Creates `<dir>/<stem>.docx`, or `<stem>-2.docx`, … when taken; never replaces a file. */
export function writeNewFile(dir: string, stem: string, data: Buffer): string {
  return createNumberedFile(dir, stem, '.docx', data);
}

/** The document's .docx bytes; throws UnopenableReport (nothing written) when Word or LibreOffice could not open them. */
export async function checkedDocx(doc: ReportDocument): Promise<Buffer> {
  const data = await reportDocxBuffer(doc);
  const unopenable = unopenableDocxPart(data);
  if (unopenable !== undefined) throw new UnopenableReport(unopenable);
  return data;
}

/** `given`: what the caller has already read of the plan (see ReportInputs), so nothing is interpreted twice. */
export async function writeReport(plan: Plan, period: ReportPeriod, issuedOn: CalendarDate, outDir: string, given: ReportInputs = {}): Promise<WrittenReport> {
  const model = buildReport(plan, period, issuedOn, given);
  const doc = buildReportDocument(model, plan.settings.schoolName);
  const data = await checkedDocx(doc);
  const file = writeNewFile(outDir, reportFileStem(period, plan.settings.schoolName), data);
  return { file, model, name: doc.name };
}

/**
 * What to tell the user when writing a report (`what`: «báo cáo», «phiếu, báo cáo tự đánh giá», …)
 * into `outDir` failed for a reason they can act on; undefined for a bug.
 */
export function reportWriteFailure(error: unknown, outDir: string, what = 'báo cáo'): string | undefined {
  if (error instanceof UnopenableReport) return error.message;
  if (isFileSystemError(error)) return `Không ghi được ${what} vào thư mục «${outDir}»: ${fileErrorReason(error)}`;
  return undefined;
}

/**
 * writeReport, or undefined once `error` has been told in Vietnamese why the report could not be
 * written (a folder it may not write, a full disk, a document that would not open). Anything else
 * is a bug and is thrown on to the command line's last line of defence.
 */
export async function writeReportOrSay(
  plan: Plan,
  period: ReportPeriod,
  issuedOn: CalendarDate,
  outDir: string,
  error: (line: string) => void,
  given: ReportInputs = {},
): Promise<WrittenReport | undefined> {
  try {
    return await writeReport(plan, period, issuedOn, outDir, given);
  } catch (e) {
    const failure = reportWriteFailure(e, outDir);
    if (failure === undefined) throw e;
    error(failure);
    return undefined;
  }
}
