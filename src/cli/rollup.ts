/**
 * `cds-tracker rollup <thư-mục> [--out tong-hop.xlsx] [--ngay DD/MM/YYYY] [--chua-bao-cao-tu DD/MM/YYYY] [--bao-cao [--ky quy-3-2026] [--cau-hinh so.xlsx]]`:
 * the Phòng/Sở workbook from a folder of what schools handed in: snapshot files (.json, made by
 * `snapshot` or saved from a push) and/or whole school workbooks (.xlsx, each read and snapshotted
 * as of --ngay). A school's latest snapshot counts (src/core/rollup/rollup.ts retain); a file that
 * cannot be read (or was sent after now: a wrong clock) is listed with its reason and skipped, never
 * stops the others; the command then exits 3 (written, some files need attention). The folder's own
 * files are only read; the workbook is a new file (never replaces one). With --bao-cao, the
 * consolidated report (.docx, NĐ 30) is written next to the workbook (./rollupReportFile.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { type CalendarDate, formatDdMmYyyy, isoString } from '../core/date';
import { rollUp, type Rollup, sentAtAheadProblem } from '../core/rollup/rollup';
import { readSnapshot, SNAPSHOT_MAX_BYTES, type Snapshot } from '../core/rollup/snapshot';
import { type CommandDeclaration, commandArgsOrExit, optionText, USAGE_EXIT } from './commandArgs';
import type { Command } from './commands';
import { DAY_OPTION_VALUE, dayOptionOrExit, parseDayOption } from './dayOption';
import { fileErrorSentence, isFileSystemError } from './fileErrorText';
import { folderOf, writeNewOutput } from './newFile';
import { rollupXlsx } from './rollupXlsx';
import { DEFAULT_SNAPSHOT_DEPS, type SnapshotDeps, snapshotSentAt, workbookSnapshot } from './snapshot';
import { UnreadableXlsx } from './xlsx';
import { reportRequestOrExit, writeReportOrSay } from './rollupReportFile';

export const ROLLUP_DECLARATION: CommandDeclaration = {
  name: 'rollup',
  summary: 'Tổng hợp số liệu các trường (thư mục tệp .json số liệu và/hoặc bảng theo dõi .xlsx) thành bảng tổng hợp .xlsx của Phòng/Sở',
  positionals: ['<thư-mục>'],
  options: [
    { name: 'out', type: 'string', value: '<tong-hop.xlsx>', help: 'Tên tệp tổng hợp (mặc định: tong-hop-<ngày>.xlsx cạnh thư mục); không ghi đè tệp đã có' },
    { name: 'ngay', type: 'string', value: DAY_OPTION_VALUE, help: 'Ngày tổng hợp; bảng theo dõi .xlsx được tính đến ngày này (mặc định: hôm nay)' },
    { name: 'chua-bao-cao-tu', type: 'string', value: DAY_OPTION_VALUE, help: 'Liệt kê trường chưa gửi số liệu từ ngày này (mặc định: 30 ngày trước ngày tổng hợp)' },
    { name: 'bao-cao', type: 'boolean', help: 'Kèm báo cáo tổng hợp (.docx, thể thức NĐ 30) ghi cạnh tệp tổng hợp' },
    { name: 'ky', type: 'string', value: 'quy-3-2026|6-thang-2026|nam-2026', help: 'Kỳ của báo cáo tổng hợp (mặc định: quý vừa kết thúc trước ngày tổng hợp)' },
    { name: 'cau-hinh', type: 'string', value: '<tệp.xlsx>', help: 'Bảng có trang «Cấu hình» của Phòng/Sở (tên đơn vị, ký hiệu, người ký, nơi nhận, đề xuất) cho báo cáo tổng hợp' },
  ],
};

export type RollupDeps = SnapshotDeps;

/** Exit code when the workbook (and report) were written but some files of the folder were skipped: like `import`'s review. */
export const ATTENTION_EXIT = 3;

export interface SkippedFile {
  readonly file: string;
  readonly reason: string;
}

export interface FolderReading {
  readonly snapshots: readonly { readonly file: string; readonly snapshot: Snapshot }[];
  readonly skipped: readonly SkippedFile[];
}

/** Excel's lock files («~$truong.xlsx») and hidden files are not what a school handed in. */
function ignoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

function readJsonSnapshot(file: string, stat: fs.Stats): Snapshot | string {
  const size = stat.size;
  if (size > SNAPSHOT_MAX_BYTES) return `tệp nặng ${Math.ceil(size / 1024)} KB, quá giới hạn ${SNAPSHOT_MAX_BYTES / 1024} KB của một tệp số liệu.`;
  const read = readSnapshot(fs.readFileSync(file, 'utf8'));
  return read.ok ? read.value : read.error;
}

async function readWorkbookSnapshot(file: string, stat: fs.Stats, asOf: CalendarDate, deps: RollupDeps): Promise<Snapshot | string> {
  let tabs;
  try {
    tabs = await deps.readTabs(file);
  } catch (e) {
    if (e instanceof UnreadableXlsx) return e.message;
    if (isFileSystemError(e)) return fileErrorSentence(e, file, 'read');
    return 'nội dung tệp không đúng định dạng .xlsx.';
  }
  // Handed in when last saved; as of the roll-up's day at the latest.
  const made = workbookSnapshot(tabs, asOf, snapshotSentAt(asOf, stat.mtime));
  return made.ok ? made.value.snapshot : made.error;
}

/** Every snapshot of the folder's .json and .xlsx files (not its subfolders), in file-name order; the others with why. */
export async function readSnapshotFolder(folder: string, asOf: CalendarDate, deps: RollupDeps): Promise<FolderReading> {
  const snapshots: { file: string; snapshot: Snapshot }[] = [];
  const skipped: SkippedFile[] = [];
  const names = fs.readdirSync(folder).sort();
  for (const name of names) {
    if (ignoredName(name)) continue;
    const file = path.join(folder, name);
    let result: Snapshot | string;
    try {
      // One stat per file: whether it is a folder, a .json's size, a workbook's last save.
      const stat = fs.statSync(file);
      if (stat.isDirectory()) result = 'là thư mục con (lệnh không đọc thư mục con).';
      else if (/\.json$/i.test(name)) result = readJsonSnapshot(file, stat);
      else if (/\.xlsx$/i.test(name)) result = await readWorkbookSnapshot(file, stat, asOf, deps);
      else result = 'không phải tệp số liệu (.json) hay bảng theo dõi (.xlsx).';
    } catch (e) {
      if (!isFileSystemError(e)) throw e;
      result = fileErrorSentence(e, file, 'read');
    }
    // The receiver's rule too: a snapshot sent after now (a wrong clock) would stay the school's latest for good.
    if (typeof result !== 'string') result = sentAtAheadProblem(result.sentAt, deps.now()) ?? result;
    if (typeof result === 'string') skipped.push({ file: name, reason: result });
    else snapshots.push({ file: name, snapshot: result });
  }
  return { snapshots, skipped };
}

function summaryLines(rollup: Rollup, reading: FolderReading): string[] {
  const lines: string[] = [];
  if (reading.skipped.length > 0) {
    lines.push(`\nBỏ qua ${reading.skipped.length} tệp không đọc được:`);
    for (const s of reading.skipped) lines.push(`  - ${s.file}: ${s.reason}`);
  }
  const kept = new Map(rollup.schools.map((s) => [s.schoolId, s.snapshot]));
  const renamed = rollup.ignored.filter((i) => kept.get(i.schoolId)?.schoolName !== i.schoolName);
  if (rollup.ignored.length > 0) lines.push(`\n${rollup.ignored.length} tệp số liệu cũ hơn (hoặc trùng) số liệu gửi sau của cùng trường: không dùng.`);
  for (const r of renamed) lines.push(`  - Mã trường ${r.schoolId}: số liệu cũ mang tên «${r.schoolName}», số liệu mới nhất mang tên «${kept.get(r.schoolId)?.schoolName ?? ''}» (kiểm tra nếu đây là hai trường khác nhau dùng cùng mã).`);
  if (rollup.unmapped.length > 0) lines.push(`\n${rollup.unmapped.length} chỉ tiêu của các trường chưa gắn mã chỉ tiêu Sở (xem trang «Chỉ tiêu chưa gắn mã»).`);
  if (rollup.notReported.length > 0) lines.push(`${rollup.notReported.length} trường chưa gửi số liệu từ ngày ${formatDdMmYyyy(rollup.since)} (xem trang «Chưa báo cáo»).`);
  return lines;
}

export async function runRollup(argv: readonly string[], deps: RollupDeps = DEFAULT_SNAPSHOT_DEPS): Promise<number> {
  const args = commandArgsOrExit(ROLLUP_DECLARATION, argv, deps.log, deps.error);
  if (typeof args === 'number') return args;
  const [folder] = args.positionals as [string];
  const asOf = dayOptionOrExit(args, deps.today, deps.error);
  if (typeof asOf === 'number') return asOf;
  const sinceText = optionText(args, 'chua-bao-cao-tu');
  const since = sinceText === undefined ? undefined : parseDayOption(sinceText);
  if (since && !since.ok) {
    deps.error(`Tham số --chua-bao-cao-tu: ${since.error}.`);
    return USAGE_EXIT;
  }
  const out = optionText(args, 'out');
  if (out !== undefined && !out.toLowerCase().endsWith('.xlsx')) {
    deps.error(`Tên tệp tổng hợp phải có đuôi .xlsx: «${out}».`);
    return USAGE_EXIT;
  }
  const report = await reportRequestOrExit(args, asOf, deps);
  if (typeof report === 'number') return report;
  let isFolder = false;
  try {
    isFolder = fs.statSync(folder).isDirectory();
  } catch (e) {
    if (!isFileSystemError(e)) throw e;
    deps.error(e.code === 'ENOENT' ? `Không tìm thấy thư mục «${folder}».` : fileErrorSentence(e, folder, 'read'));
    return 1;
  }
  if (!isFolder) {
    deps.error(`«${folder}» không phải một thư mục: hãy đưa tên thư mục chứa các tệp số liệu (.json) hoặc bảng theo dõi (.xlsx) của các trường.`);
    return USAGE_EXIT;
  }
  const reading = await readSnapshotFolder(folder, asOf, deps);
  if (reading.snapshots.length === 0) {
    deps.error(`Thư mục «${folder}» không có tệp số liệu (.json) hay bảng theo dõi (.xlsx) nào đọc được.`);
    for (const s of reading.skipped) deps.error(`  - ${s.file}: ${s.reason}`);
    return 1;
  }
  const rollup = rollUp(
    reading.snapshots.map((s) => s.snapshot),
    asOf,
    since?.ok ? { notReportedSince: since.value } : {},
  );
  const data = await rollupXlsx(rollup);
  const written = writeNewOutput(data, { dir: folderOf(folder), stem: `tong-hop-${isoString(asOf)}`, ext: '.xlsx', out }, deps.error);
  if (written === undefined) return 1;
  deps.log(`Đã tổng hợp ${rollup.schools.length} trường (${rollup.codes.length} mã chỉ tiêu) từ ${reading.snapshots.length} tệp, tính đến ngày ${formatDdMmYyyy(asOf)}: ${written}`);
  for (const line of summaryLines(rollup, reading)) deps.log(line);
  if (report) {
    const code = await writeReportOrSay(rollup, report, asOf, path.dirname(path.resolve(written)), deps);
    if (code !== 0) return code;
  }
  if (reading.skipped.length === 0) return 0;
  deps.log(`\nĐã ghi tệp tổng hợp${report ? ' và báo cáo' : ''}, nhưng ${reading.skipped.length} tệp bị bỏ qua cần xem lại (danh sách ở trên): mã thoát ${ATTENTION_EXIT}.`);
  return ATTENTION_EXIT;
}

export const rollupCommand: Command = {
  declaration: ROLLUP_DECLARATION,
  run: (args) => runRollup(args),
};
