/**
 * `cds-tracker import <kế-hoạch.docx> [--vao <bảng.xlsx>] [--out <mới.xlsx>]`: the menu's «Nhập
 * kế hoạch từ tệp Word…» offline. Reads the plan's Word document (core/import: readDocxBody →
 * readPlanDraft), works out what to add (sheet/importPlan.ts: planImport) and writes a NEW file:
 * a new tracking workbook from the blank template, or, with --vao, a copy of that workbook with
 * the rows added (under the same rules and refusals as `update`, see xlsxUpdate.ts). The input is
 * never changed and an existing file never replaced (default «<tên>-nhap.xlsx», numbered when
 * taken). Prints the preview: rows added per tab, Cấu hình values found, the items to check.
 * Exit code 3 when items need review, 0 otherwise, 1 for a file it cannot read or write, 2 for a
 * command called the wrong way.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { readDocxBody } from '../core/import/docxBody';
import { PLAN_PART_READERS, type PlanPartReader, readPlanDraft } from '../core/import/planDraft';
import { xmlSafeText } from '../core/xmlText';
import { cellA1 } from '../sheet/a1';
import { importPreviewLines, planImport, type PlanImport } from '../sheet/importPlan';
import { type CommandDeclaration, commandArgsOrExit, optionText, USAGE_EXIT } from './commandArgs';
import type { Command } from './commands';
import { fileErrorSentence, isFileSystemError } from './fileErrorText';
import { folderOf, writeNewOutput } from './newFile';
import { DEFAULT_XLSX_COMMAND_DEPS, readTabsOrSay, UnreadableXlsx, type XlsxCommandDeps } from './xlsx';
import { templateWorkbook } from './xlsxTemplate';
import { IMPORT_COMMAND, loadWorkbookForUpdate, UpdateRefused, workbookTabs } from './xlsxUpdate';

/** Exit code when the file was written but items need a person's check. */
export const REVIEW_EXIT = 3;

/** Largest .docx read at all (a plan with its scanned signature page is a few MB). */
export const MAX_DOCX_FILE_BYTES = 64 * 1024 * 1024;

export const IMPORT_DECLARATION: CommandDeclaration = {
  name: 'import',
  summary: 'Nhập kế hoạch từ tệp Word (.docx) vào bảng theo dõi: tạo bảng mới, hoặc thêm vào bảng đã có (--vao); in các mục cần kiểm tra',
  positionals: ['<kế-hoạch.docx>'],
  options: [
    { name: 'vao', type: 'string', value: '<bảng.xlsx>', help: 'Thêm vào bảng theo dõi này (ghi ra bản sao mới; tệp gốc không bị thay đổi)' },
    { name: 'out', type: 'string', value: '<tệp mới.xlsx>', help: 'Tên tệp mới (mặc định: <tên tệp>-nhap.xlsx cạnh tệp gốc); không ghi đè tệp đã có' },
  ],
};

export interface ImportDeps extends XlsxCommandDeps {
  /** The plan-part readers (default: every reader of core/import). */
  readonly readers?: readonly PlanPartReader[];
}

/** «ke-hoach.docx» → «ke-hoach-nhap»: the stem of the default new file. */
export function importedStem(file: string): string {
  return `${path.basename(file).replace(/\.(docx|xlsx)$/i, '')}-nhap`;
}

/** The .docx's bytes, or undefined after saying why not. */
function docxBytes(file: string, error: (line: string) => void): Uint8Array | undefined {
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) {
      error(`Không đọc được «${file}»: đây là một thư mục, không phải tệp .docx.`);
      return undefined;
    }
    if (stat.size > MAX_DOCX_FILE_BYTES) {
      error(`Không đọc «${file}»: tệp nặng ${Math.ceil(stat.size / 1024 / 1024)} MB, quá giới hạn ${MAX_DOCX_FILE_BYTES / 1024 / 1024} MB. Hãy xoá bớt ảnh trong tệp hoặc lưu một bản chỉ có phần kế hoạch rồi thử lại.`);
      return undefined;
    }
    const data = fs.readFileSync(file);
    if (data.length === 0) {
      error(`«${file}» là tệp rỗng (0 byte), không phải tệp .docx.`);
      return undefined;
    }
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  } catch (e) {
    if (!isFileSystemError(e)) throw e;
    error(e.code === 'ENOENT' ? `Không tìm thấy tệp «${file}».` : fileErrorSentence(e, file, 'read'));
    return undefined;
  }
}

function isFormula(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula || (typeof cell.value === 'object' && cell.value !== null && ('formula' in cell.value || 'sharedFormula' in cell.value));
}

/** Makes the import's writes on the loaded workbook: only non-blank values, never into a formula cell. */
function applyWrites(workbook: ExcelJS.Workbook, plan: PlanImport): number {
  let written = 0;
  const put = (tab: string, row: number, column: number, value: unknown): void => {
    if (value === '' || value === undefined || value === null) return;
    const cell = workbook.getWorksheet(tab)!.getCell(row, column);
    if (isFormula(cell)) throw new Error(`internal: formula cell ${tab}!${cellA1(row, column)} in an import write`);
    cell.value = typeof value === 'string' ? xmlSafeText(value) : (value as ExcelJS.CellValue);
    if (typeof value === 'string' && value.includes('\n')) cell.alignment = { ...cell.alignment, wrapText: true };
    written++;
  };
  for (const a of plan.writes.appends) a.rows.forEach((row, i) => row.forEach((value, c) => put(a.tab, a.startRow + i, c + 1, value)));
  for (const c of plan.writes.cells) put(c.tab, c.row, c.column, c.value);
  return written;
}

export async function runImport(argv: readonly string[], deps: ImportDeps = DEFAULT_XLSX_COMMAND_DEPS): Promise<number> {
  const args = commandArgsOrExit(IMPORT_DECLARATION, argv, deps.log, deps.error);
  if (typeof args === 'number') return args;
  const [docx] = args.positionals as [string];
  const into = optionText(args, 'vao');
  const out = optionText(args, 'out');
  if (out !== undefined && !out.toLowerCase().endsWith('.xlsx')) {
    deps.error(`Tên tệp mới phải có đuôi .xlsx: «${out}».`);
    return USAGE_EXIT;
  }
  if (out !== undefined && into !== undefined && path.resolve(out) === path.resolve(into)) {
    deps.error(`Tệp mới «${out}» trùng tệp «${into}»: lệnh import không ghi đè tệp gốc, hãy chọn tên khác.`);
    return USAGE_EXIT;
  }

  const bytes = docxBytes(docx, deps.error);
  if (!bytes) return 1;
  const body = readDocxBody(bytes, { fileName: path.basename(docx) });
  if (!body.ok) {
    deps.error(body.error);
    return 1;
  }
  const draft = readPlanDraft(body.value, deps.readers ?? PLAN_PART_READERS);
  const today = deps.today();

  let workbook: ExcelJS.Workbook;
  if (into !== undefined) {
    // The bounded reading first: a hostile or broken file is told as every command tells it.
    if (!(await readTabsOrSay(into, deps.readTabs, deps.error))) return 1;
    try {
      workbook = await loadWorkbookForUpdate(into, IMPORT_COMMAND);
    } catch (e) {
      if (e instanceof UnreadableXlsx || e instanceof UpdateRefused) {
        deps.error(e.message);
        return 1;
      }
      throw e;
    }
  } else {
    workbook = templateWorkbook(undefined, today);
  }
  const { tabs, formulas } = workbookTabs(workbook, into ?? '');
  const plan = planImport(draft, tabs, { fallbackYear: today.year, formulas });
  if (plan.preview.nothingFound) {
    deps.error(`Không nhập được «${docx}»: ${plan.preview.nothingFound}`);
    return 1;
  }
  const review = plan.preview.review.length > 0 ? REVIEW_EXIT : 0;
  const written = applyWrites(workbook, plan);
  if (into !== undefined && written === 0) {
    deps.log(`Không có gì mới để thêm vào «${into}»: mọi mục của kế hoạch đã có trong bảng. Không ghi tệp mới.`);
    for (const line of importPreviewLines(plan.preview)) deps.log(line);
    return review;
  }

  const data = new Uint8Array(await workbook.xlsx.writeBuffer());
  const source = into ?? docx;
  const output = writeNewOutput(data, { dir: folderOf(source), stem: importedStem(source), ext: '.xlsx', out }, deps.error);
  if (output === undefined) return 1;

  deps.log(
    into !== undefined
      ? `Đã nhập kế hoạch từ «${docx}» vào bản sao của «${into}»: ${output}`
      : `Đã tạo bảng theo dõi từ kế hoạch «${docx}»: ${output}`,
  );
  for (const line of importPreviewLines(plan.preview)) deps.log(line);
  deps.log('');
  if (review) deps.log(`Hãy mở ${output}, sửa các mục cần kiểm tra ở trên (mỗi mục đã có dòng của nó, ghi đúng như trong kế hoạch).`);
  deps.log(`Tiếp theo: kiểm tra «Cấu hình» và các dòng đã thêm, rồi chạy «npx cds-tracker update ${output}» để tạo các dòng Tiến độ và tính đánh giá.`);
  if (into !== undefined) deps.log('Các ô đã có trong bảng được giữ nguyên; tệp gốc không bị thay đổi.');
  return review;
}

export const importCommand: Command = {
  declaration: IMPORT_DECLARATION,
  run: (args) => runImport(args),
};
