/**
 * `cds-tracker dti <tệp.xlsx> [--out <thư mục>] [--ngay DD/MM/YYYY]`: the QĐ 4725 self-assessment
 * documents of a school's own export, as two .docx files (the same documents the add-in makes as
 * Google Docs): the «Phiếu tự đánh giá mức độ chuyển đổi số» and the «Báo cáo tự đánh giá mức độ
 * chuyển đổi số năm …». Prints each group's level and the school's. Refuses, writing nothing, when
 * the workbook has no readable «Tự đánh giá CĐS» tab. Never overwrites an earlier file.
 */
import path from 'node:path';
import type { Plan } from '../core/plan';
import { levelSummary, type SelfAssessmentModel, selfAssessmentRefusal } from '../core/report/selfAssessment';
import { buildSelfAssessmentDocuments } from '../core/report/selfAssessmentDocument';
import { foldText } from '../core/text';
import { findTab } from '../sheet/headers';
import { SELF_ASSESSMENT_TAB } from '../sheet/schema';
import { selfAssessmentModelOf, selfAssessmentProblemLines } from '../sheet/selfAssessment';
import { type Problem, readPlan, type TabValues } from '../sheet/workbook';
import { type CommandDeclaration, commandArgsOrExit, optionText } from './commandArgs';
import type { Command } from './commands';
import { DAY_OPTION_VALUE, dayOptionOrExit } from './dayOption';
import { offlineProblems, problemListLines } from './offlineProblems';
import { checkedDocx, reportWriteFailure, writeNewFile } from './reportFile';
import { DEFAULT_XLSX_COMMAND_DEPS, readTabsOrSay, type XlsxCommandDeps } from './xlsx';

export type DtiDeps = XlsxCommandDeps;

export const DTI_DECLARATION: CommandDeclaration = {
  name: 'dti',
  summary: 'Tạo phiếu và báo cáo tự đánh giá mức độ chuyển đổi số (QĐ 4725, .docx) từ tab «Tự đánh giá CĐS» của tệp .xlsx',
  positionals: ['<tệp.xlsx>'],
  options: [
    { name: 'ngay', type: 'string', value: DAY_OPTION_VALUE, help: 'Ngày lập phiếu và báo cáo, cũng nhận DD/MM/YYYY (mặc định: hôm nay); tình trạng nhiệm vụ tính đến ngày này' },
    { name: 'out', type: 'string', value: '<thư mục>', help: 'Thư mục ghi hai tệp (mặc định: thư mục của tệp .xlsx)' },
  ],
};

/** "phieu-tu-danh-gia-cds-2026-truong-thpt-an-lao", "bao-cao-tu-danh-gia-cds-2026-truong-thpt-an-lao" */
export function dtiFileStems(year: number, schoolName: string): { sheet: string; report: string } {
  const school = foldText(schoolName ?? '').replace(/ /g, '-');
  const tail = `${year}${school ? `-${school}` : ''}`;
  return { sheet: `phieu-tu-danh-gia-cds-${tail}`, report: `bao-cao-tu-danh-gia-cds-${tail}` };
}

/** Why the plan has no self-assessment to write (see selfAssessmentRefusal); undefined when it has one. */
export function dtiRefusal(tabs: TabValues, plan: Plan, problems: readonly Problem[]): string | undefined {
  const found = findTab(tabs, SELF_ASSESSMENT_TAB);
  const tab = SELF_ASSESSMENT_TAB.name;
  return selfAssessmentRefusal(plan, {
    tab,
    found: found?.name,
    problems: selfAssessmentProblemLines(problems, found?.name),
    remedy: `Tạo tệp mẫu có tab này bằng lệnh «npx cds-tracker template mau.xlsx», chép tab «${tab}» sang tệp của trường, chấm điểm từng tiêu chí rồi chạy lại.`,
  });
}

export interface WrittenSelfAssessment {
  readonly model: SelfAssessmentModel;
  readonly sheet: { readonly file: string; readonly name: string };
  readonly report: { readonly file: string; readonly name: string };
}

/** Both .docx files; neither is written when either would not open. */
export async function writeSelfAssessment(model: SelfAssessmentModel, outDir: string): Promise<WrittenSelfAssessment> {
  const docs = buildSelfAssessmentDocuments(model);
  const [sheetData, reportData] = [await checkedDocx(docs.sheet), await checkedDocx(docs.report)];
  const stems = dtiFileStems(model.year, model.schoolName);
  const sheet = writeNewFile(outDir, stems.sheet, sheetData);
  const report = writeNewFile(outDir, stems.report, reportData);
  return { model, sheet: { file: sheet, name: docs.sheet.name }, report: { file: report, name: docs.report.name } };
}

export async function runDti(argv: readonly string[], deps: DtiDeps = DEFAULT_XLSX_COMMAND_DEPS): Promise<number> {
  const args = commandArgsOrExit(DTI_DECLARATION, argv, deps.log, deps.error);
  if (typeof args === 'number') return args;
  const [file] = args.positionals as [string];
  const today = dayOptionOrExit(args, deps.today, deps.error);
  if (typeof today === 'number') return today;
  const tabs = await readTabsOrSay(file, deps.readTabs, deps.error);
  if (!tabs) return 1;
  const read = readPlan(tabs, { fallbackYear: today.year });
  const { plan } = read;
  const problems = offlineProblems(tabs, read.problems);
  const refusal = dtiRefusal(tabs, plan, problems);
  if (refusal !== undefined) {
    deps.error(refusal);
    return 1;
  }
  const model = selfAssessmentModelOf(plan, today, read.reading)!;
  const outDir = optionText(args, 'out') ?? path.dirname(path.resolve(file));
  let written: WrittenSelfAssessment;
  try {
    written = await writeSelfAssessment(model, outDir);
  } catch (e) {
    const failure = reportWriteFailure(e, outDir, 'phiếu, báo cáo tự đánh giá');
    if (failure === undefined) throw e;
    deps.error(failure);
    return 1;
  }
  deps.log(`Đã tạo phiếu tự đánh giá «${written.sheet.name}»: ${written.sheet.file}`);
  deps.log(`Đã tạo báo cáo tự đánh giá «${written.report.name}»: ${written.report.file}`);
  deps.log(`\nKết quả tự đánh giá mức độ chuyển đổi số năm ${model.year}:`);
  deps.log(levelSummary(model).map((l) => `  - ${l}`).join('\n'));
  const notes = [...model.missing.map((m) => m.message), ...model.notes];
  if (notes.length > 0) deps.log(`\nLưu ý:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  for (const line of problemListLines(problems, 'tạo lại')) deps.log(line);
  return 0;
}

export const dtiCommand: Command = {
  declaration: DTI_DECLARATION,
  run: (args) => runDti(args),
};
