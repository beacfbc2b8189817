/**
 * `cds-tracker update <tệp.xlsx> [--ngay YYYY-MM-DD|DD/MM/YYYY] [--out <tệp mới.xlsx>]`: the menu's
 * «Cập nhật đánh giá & tiến độ» offline. Adds the missing Tiến độ rows, fills the computed columns
 * and Tổng quan, flags changed timings (Lưu ý của hệ thống), and writes a NEW file (default
 * «<tên>-cap-nhat.xlsx» next to the input, numbered when taken): the input is never changed, an
 * existing file never replaced. Which columns it writes: see xlsxUpdate.ts.
 */
import path from 'node:path';
import { type CalendarDate, formatDdMmYyyy } from '../core/date';
import { describeColumn } from '../sheet/ownedColumns';
import { selfAssessmentOf } from '../sheet/selfAssessmentCheck';
import { groupScoreText, schoolLevelText } from '../core/dti/assessmentText';
import type { NewRows } from '../sheet/recompute';
import { type CommandDeclaration, commandArgsOrExit, optionText, USAGE_EXIT } from './commandArgs';
import type { Command } from './commands';
import { DAY_OPTION_VALUE, dayOptionOrExit } from './dayOption';
import { folderOf, writeNewOutput } from './newFile';
import { DEFAULT_XLSX_COMMAND_DEPS, readTabsOrSay, UnreadableXlsx, type XlsxCommandDeps } from './xlsx';
import { keptColumnMessage, loadWorkbookForUpdate, UpdateRefused, updateWorkbook, type XlsxUpdate } from './xlsxUpdate';

export const UPDATE_DECLARATION: CommandDeclaration = {
  name: 'update',
  summary: 'Cập nhật đánh giá & tiến độ trên tệp .xlsx (thêm dòng Tiến độ còn thiếu, điền các cột tính và Tổng quan), ghi ra tệp mới',
  positionals: ['<tệp.xlsx>'],
  options: [
    { name: 'ngay', type: 'string', value: DAY_OPTION_VALUE, help: 'Tính đến ngày này (mặc định: hôm nay)' },
    { name: 'out', type: 'string', value: '<tệp mới.xlsx>', help: 'Tên tệp mới (mặc định: <tên tệp>-cap-nhat.xlsx cạnh tệp gốc); không ghi đè tệp đã có' },
  ],
};

/** «ke-hoach.xlsx» → «ke-hoach-cap-nhat»: the stem of the default new file. */
export function updatedStem(file: string): string {
  return `${path.basename(file).replace(/\.xlsx$/i, '')}-cap-nhat`;
}

function newRowsLine(appended: NewRows): string {
  const n = appended.values.length;
  const last = appended.row + n - 1;
  return `• Đã thêm ${n} dòng mới vào tab «${appended.tab}» (dòng ${appended.row}–${last}); điền «Trạng thái», «Ngày hoàn thành», «Minh chứng» vào các dòng này.`;
}

/** What the run did, in Vietnamese, as Cập nhật's closing message says it. */
export function updateSummary(update: XlsxUpdate, asOf: CalendarDate, output: string): string[] {
  const { result } = update;
  const e = result.evaluation;
  const lines = [
    `Đã cập nhật đánh giá và tiến độ (tính đến ngày ${formatDdMmYyyy(asOf)}) vào tệp mới: ${output}`,
    `• Chỉ tiêu: ${e.overall.met}/${e.overall.total} đạt, ${e.overall.assessed - e.overall.met} chưa đạt, ${e.overall.total - e.overall.assessed} chưa có kết quả hoặc cần sửa.`,
    `• Nhiệm vụ: ${result.read.plan.tasks.length}; kỳ theo dõi: ${e.occurrences.length}; quá hạn: ${e.overdue.length}.`,
    result.appended ? newRowsLine(result.appended) : '• Tab Tiến độ đã đủ các kỳ.',
  ];
  const assessment = selfAssessmentOf(result.read, e);
  if (assessment) {
    const groups = assessment.groups.map((g) => `«${g.name}»: ${groupScoreText(g)}`);
    lines.push(`• Tự đánh giá CĐS (QĐ 4725): ${[...groups, `Mức của trường: ${schoolLevelText(assessment)}`].join('. ')}.`);
  }
  for (const h of result.headers) lines.push(`• Tab «${h.tab}» thiếu cột ${h.values[0]!.map((x) => `«${String(x)}»`).join(', ')}: đã thêm vào bên phải bảng.`);
  if (update.taken.length) lines.push(`• Đã nhận ${update.taken.length} cột tính (chưa ai nhập, hoặc đã đúng bằng kết quả tính) và ghi dấu vào tệp: ${update.taken.map(describeColumn).join(', ')}.`);
  const columnProblems = result.read.columnProblems.filter((p) => !p.message.includes('không mang dấu của tiện ích'));
  for (const p of columnProblems) lines.push(`• ${p.message}`);
  for (const k of update.kept) lines.push(`• ${keptColumnMessage(k)}`);
  lines.push(`• Tổng quan: ghi vào tab «${update.dashboardTab}»${update.dashboardKept ? ` (tab «${update.dashboardKept}» không phải do công cụ tạo nên được giữ nguyên)` : ''}; biểu đồ chỉ có trên Google Sheets.`);
  const flagged = countFlags(update);
  if (flagged) lines.push(`• ${flagged} dòng Tiến độ cần xem lại (xem cột «Lưu ý của hệ thống»).`);
  const problems = result.read.problems.length - result.read.columnProblems.length + e.taskProblems.length;
  if (problems) lines.push(`• Có ${problems} chỗ dữ liệu chưa đọc được: chạy «npx cds-tracker check ${output}» để xem từng ô.`);
  lines.push('', 'Các ô do thầy cô nhập, định dạng, quy tắc nhập liệu và các tab khác được giữ nguyên; tệp gốc không bị thay đổi.');
  return lines;
}

function countFlags(update: XlsxUpdate): number {
  const progress = update.result.read.tabs.progress;
  const column = progress?.owned.get('flag');
  if (!progress || column === undefined) return 0;
  let n = 0;
  for (const block of update.result.blocks) {
    if (block.tab !== progress.name || column < block.column || column >= block.column + (block.values[0]?.length ?? 0)) continue;
    n += block.values.filter((r) => r[column - block.column] !== '').length;
  }
  return n;
}

export async function runUpdate(argv: readonly string[], deps: XlsxCommandDeps = DEFAULT_XLSX_COMMAND_DEPS): Promise<number> {
  const args = commandArgsOrExit(UPDATE_DECLARATION, argv, deps.log, deps.error);
  if (typeof args === 'number') return args;
  const [file] = args.positionals as [string];
  const asOf = dayOptionOrExit(args, deps.today, deps.error);
  if (typeof asOf === 'number') return asOf;
  const out = optionText(args, 'out');
  if (out !== undefined && !out.toLowerCase().endsWith('.xlsx')) {
    deps.error(`Tên tệp mới phải có đuôi .xlsx: «${out}».`);
    return USAGE_EXIT;
  }
  if (out !== undefined && path.resolve(out) === path.resolve(file)) {
    deps.error(`Tệp mới «${out}» trùng tệp gốc: lệnh update không ghi đè tệp gốc, hãy chọn tên khác.`);
    return USAGE_EXIT;
  }
  // The bounded reading first: a hostile or broken file is told as every command tells it.
  const tabs = await readTabsOrSay(file, deps.readTabs, deps.error);
  if (!tabs) return 1;
  let update: XlsxUpdate;
  let data: Uint8Array;
  try {
    const workbook = await loadWorkbookForUpdate(file);
    update = updateWorkbook(workbook, file, asOf);
    if (!update.result.read.tabs.indicators && !update.result.read.tabs.tasks && !update.result.read.tabs.progress) {
      deps.error(`Không cập nhật «${file}»: không đọc được các tab Chỉ tiêu, Nhiệm vụ, Tiến độ.\n${update.result.read.problems.map((p) => `  - ${p.message}`).join('\n')}`);
      return 1;
    }
    data = new Uint8Array(await workbook.xlsx.writeBuffer());
  } catch (e) {
    if (e instanceof UnreadableXlsx || e instanceof UpdateRefused) {
      deps.error(e.message);
      return 1;
    }
    throw e;
  }
  const output = writeNewOutput(data, { dir: folderOf(file), stem: updatedStem(file), ext: '.xlsx', out }, deps.error);
  if (output === undefined) return 1;
  for (const line of updateSummary(update, asOf, output)) deps.log(line);
  return 0;
}

export const updateCommand: Command = {
  declaration: UPDATE_DECLARATION,
  run: (args) => runUpdate(args),
};
