/**
 * `cds-tracker report <tệp.xlsx> [--ky quy-3-2026 | 6-thang-2026 | nam-2026 | thang-11-2026] [--ngay YYYY-MM-DD] [--phu-luc] [--out <thư mục>]`:
 * the periodic report of a school's own export, as .docx (the same document the add-in makes as a
 * Google Doc). Default period: the last finished one. The report is dated `--ngay` (default
 * today) and is as of min(the period's end, that day). Never overwrites an earlier report.
 */
import path from 'node:path';
import { compareDates } from '../core/date';
import { evaluatePlan } from '../core/evaluation';
import { parsePeriodSlug } from '../core/period';
import { defaultPeriodForPlan, periodNotes } from '../core/report/dialogState';
import { reportAsOf } from '../core/report/model';
import { reportWindowOf } from '../core/report/window';
import { readPlan } from '../sheet/workbook';
import { type CommandDeclaration, commandArgsOrExit, optionFlag, optionText, USAGE_EXIT } from './commandArgs';
import type { Command } from './commands';
import { DAY_OPTION_VALUE, dayOptionOrExit } from './dayOption';
import { offlineProblems, problemListLines } from './offlineProblems';
import { writeReportOrSay } from './reportFile';
import { DEFAULT_XLSX_COMMAND_DEPS, readTabsOrSay, type XlsxCommandDeps } from './xlsx';

export type ReportDeps = XlsxCommandDeps;

export const REPORT_DECLARATION: CommandDeclaration = {
  name: 'report',
  summary: 'Tạo báo cáo (.docx, thể thức NĐ 30) từ tệp .xlsx xuất từ bảng theo dõi; mặc định kỳ vừa kết thúc',
  positionals: ['<tệp.xlsx>'],
  options: [
    { name: 'ky', type: 'string', value: 'quy-3-2026|6-thang-2026|nam-2026', help: 'Kỳ báo cáo: một tháng (thang-11-2026), một quý, 6 tháng đầu năm hoặc cả năm (mặc định: kỳ vừa kết thúc)' },
    { name: 'ngay', type: 'string', value: DAY_OPTION_VALUE, help: 'Ngày lập báo cáo, cũng nhận DD/MM/YYYY (mặc định: hôm nay); số liệu tính đến ngày này nếu kỳ chưa kết thúc' },
    { name: 'phu-luc', type: 'boolean', help: 'Kèm phụ lục các chỉ tiêu, nhiệm vụ chưa có số liệu' },
    { name: 'out', type: 'string', value: '<thư mục>', help: 'Thư mục ghi báo cáo (mặc định: thư mục của tệp .xlsx)' },
  ],
};

export async function runReport(argv: readonly string[], deps: ReportDeps = DEFAULT_XLSX_COMMAND_DEPS): Promise<number> {
  const args = commandArgsOrExit(REPORT_DECLARATION, argv, deps.log, deps.error);
  if (typeof args === 'number') return args;
  const [file] = args.positionals as [string];
  const ky = optionText(args, 'ky');
  const parsed = ky === undefined ? undefined : parsePeriodSlug(ky);
  if (parsed && !parsed.ok) {
    deps.error(`Tham số --ky: ${parsed.error}.`);
    return USAGE_EXIT;
  }
  // The day the report is made: its header date, and its cut-off when the period has not ended.
  const today = dayOptionOrExit(args, deps.today, deps.error);
  if (typeof today === 'number') return today;
  const tabs = await readTabsOrSay(file, deps.readTabs, deps.error);
  if (!tabs) return 1;
  const read = readPlan(tabs, { fallbackYear: today.year });
  const { plan } = read;
  const problems = offlineProblems(tabs, read.problems);
  const period = parsed?.ok ? parsed.value : defaultPeriodForPlan(plan, today);
  const outDir = optionText(args, 'out') ?? path.dirname(path.resolve(file));
  // One evaluation as of the report's day serves the report and the notes (the report cuts it itself).
  const evaluation = evaluatePlan(plan, reportAsOf(reportWindowOf(period, plan.settings), today), read.reading);
  const written = await writeReportOrSay(plan, period, today, outDir, deps.error, { evaluation, appendix: optionFlag(args, 'phu-luc') });
  if (!written) return 1;
  deps.log(`Đã tạo báo cáo «${written.name}»: ${written.file}`);
  const notes = [...written.model.missing.map((m) => m.message), ...periodNotes(plan, period, today, (asOf) => (compareDates(asOf, evaluation.asOf) === 0 ? evaluation : evaluatePlan(plan, asOf, read.reading)))];
  if (notes.length > 0) deps.log(`\nLưu ý:\n${notes.map((n) => `  - ${n}`).join('\n')}`);
  for (const line of problemListLines(problems, 'tạo lại báo cáo')) deps.log(line);
  return 0;
}

export const reportCommand: Command = {
  declaration: REPORT_DECLARATION,
  run: (args) => runReport(args),
};
