/**
 * Writing a report as .docx: the plan → report model → document → file. A new file every time:
 * an existing report is never overwritten (a second run of the same period gets "-2", "-3", …).
 */
import type { CalendarDate } from '../core/date';
import { periodSlug, type ReportPeriod } from '../core/period';
import type { Plan } from '../core/plan';
import { buildReportDocument } from '../core/report/document';
import { buildReport, type ReportModel } from '../core/report/model';
import { foldText } from '../core/text';
import { reportDocxBuffer } from './docx';
import { createNumberedFile } from './newFile';

export interface WrittenReport {
  readonly file: string;
  readonly model: ReportModel;
  readonly name: string;
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

export async function writeReport(plan: Plan, period: ReportPeriod, issuedOn: CalendarDate, outDir: string): Promise<WrittenReport> {
  const model = buildReport(plan, period, issuedOn);
  const doc = buildReportDocument(model, plan.settings.schoolName);
  const file = writeNewFile(outDir, reportFileStem(period, plan.settings.schoolName), await reportDocxBuffer(doc));
  return { file, model, name: doc.name };
}
