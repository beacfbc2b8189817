/**
 * `cds-tracker snapshot <trường.xlsx> [--out <tệp.json>] [--ngay DD/MM/YYYY]`: the school's
 * snapshot for its Phòng/Sở (src/core/rollup/snapshot.ts) as a JSON file, to hand in by Zalo,
 * e-mail or a shared folder when the sheet does not push it; `rollup` merges a folder of them.
 *
 * JSON, not .xlsx: it is the very payload the add-in POSTs to the Sở's receiver, read by the same
 * validator (readSnapshot) in both places; numbers and blanks keep their types; it is about 20 KB.
 * A school that cannot run this command hands in its whole workbook: `rollup` reads that too.
 *
 * sentAt (which of a school's snapshots is the latest): now, or the end of the --ngay day when
 * that day is past, so a snapshot made later for an earlier day never passes for a newer one.
 */
import path from 'node:path';
import { addDays, type CalendarDate, formatDdMmYyyy, isoString, midnightIn } from '../core/date';
import { evaluatePlan } from '../core/evaluation';
import { fail, ok, type Result } from '../core/result';
import { readSnapshot, type Snapshot, snapshotOf, snapshotSchoolId, vietnamTimestamp } from '../core/rollup/snapshot';
import { readPlan, type Problem, type TabValues } from '../sheet/workbook';
import { type CommandDeclaration, commandArgsOrExit, optionText, USAGE_EXIT } from './commandArgs';
import type { Command } from './commands';
import { DAY_OPTION_VALUE, dayOptionOrExit } from './dayOption';
import { folderOf, writeNewOutput } from './newFile';
import { offlineProblems, problemListLines } from './offlineProblems';
import { DEFAULT_XLSX_COMMAND_DEPS, readTabsOrSay, type XlsxCommandDeps } from './xlsx';

export const SNAPSHOT_DECLARATION: CommandDeclaration = {
  name: 'snapshot',
  summary: 'Xuất số liệu gửi Phòng/Sở (tệp .json) từ bảng theo dõi .xlsx của trường',
  positionals: ['<trường.xlsx>'],
  options: [
    { name: 'ngay', type: 'string', value: DAY_OPTION_VALUE, help: 'Số liệu tính đến ngày này (mặc định: hôm nay)' },
    { name: 'out', type: 'string', value: '<tệp.json>', help: 'Tên tệp (mặc định: <tên tệp>-so-lieu-<ngày>.json cạnh tệp .xlsx); không ghi đè tệp đã có' },
  ],
};

export interface SnapshotDeps extends XlsxCommandDeps {
  /** The current instant (tests pass a fixed one). */
  readonly now: () => Date;
}

export const DEFAULT_SNAPSHOT_DEPS: SnapshotDeps = { ...DEFAULT_XLSX_COMMAND_DEPS, now: () => new Date() };

/** When a snapshot as of `asOf` counts as sent: `now`, or the last second of `asOf` when that day is over. */
export function snapshotSentAt(asOf: CalendarDate, now: Date): string {
  const endOfDay = midnightIn(addDays(asOf, 1)).getTime() - 1000;
  return vietnamTimestamp(Math.min(now.getTime(), endOfDay));
}

export interface WorkbookSnapshot {
  readonly snapshot: Snapshot;
  readonly problems: readonly Problem[];
  /** Indicators without «Mã chỉ tiêu Sở». */
  readonly unmapped: number;
}

/**
 * A school workbook's snapshot as of `asOf`, checked by the same gate as a received one
 * (readSnapshot); a Vietnamese reason when it cannot be made.
 */
export function workbookSnapshot(tabs: TabValues, asOf: CalendarDate, sentAt: string): Result<WorkbookSnapshot> {
  const read = readPlan(tabs, { fallbackYear: asOf.year });
  const { plan } = read;
  if (snapshotSchoolId(plan.settings) === '') {
    return fail('trang Cấu hình chưa có «Mã trường» (mã Phòng/Sở cấp) hay «Ký hiệu đơn vị» (dùng làm mã trường khi không có «Mã trường»), hoặc đây không phải bảng theo dõi của một trường.');
  }
  if (plan.settings.schoolName === '') return fail('trang Cấu hình chưa có tên trường.');
  const evaluation = evaluatePlan(plan, asOf, read.reading);
  const checked = readSnapshot(JSON.stringify(snapshotOf(plan, evaluation, sentAt)));
  if (!checked.ok) return fail(checked.error);
  return ok({ snapshot: checked.value, problems: offlineProblems(tabs, read.problems), unmapped: checked.value.indicators.filter((i) => i.code === '').length });
}

/** «truong-a.xlsx» → «truong-a-so-lieu-2026-10-15». */
export function snapshotStem(file: string, asOf: CalendarDate): string {
  return `${path.basename(file).replace(/\.xlsx$/i, '')}-so-lieu-${isoString(asOf)}`;
}

export async function runSnapshot(argv: readonly string[], deps: SnapshotDeps = DEFAULT_SNAPSHOT_DEPS): Promise<number> {
  const args = commandArgsOrExit(SNAPSHOT_DECLARATION, argv, deps.log, deps.error);
  if (typeof args === 'number') return args;
  const [file] = args.positionals as [string];
  const asOf = dayOptionOrExit(args, deps.today, deps.error);
  if (typeof asOf === 'number') return asOf;
  const out = optionText(args, 'out');
  if (out !== undefined && !out.toLowerCase().endsWith('.json')) {
    deps.error(`Tên tệp số liệu phải có đuôi .json: «${out}».`);
    return USAGE_EXIT;
  }
  const tabs = await readTabsOrSay(file, deps.readTabs, deps.error);
  if (!tabs) return 1;
  const made = workbookSnapshot(tabs, asOf, snapshotSentAt(asOf, deps.now()));
  if (!made.ok) {
    deps.error(`Không tạo được số liệu gửi Phòng/Sở từ «${file}»: ${made.error}`);
    return 1;
  }
  const { snapshot, problems, unmapped } = made.value;
  const data = new TextEncoder().encode(`${JSON.stringify(snapshot, null, 1)}\n`);
  const written = writeNewOutput(data, { dir: folderOf(file), stem: snapshotStem(file, asOf), ext: '.json', out }, deps.error);
  if (written === undefined) return 1;
  deps.log(`Đã tạo số liệu gửi Phòng/Sở của ${snapshot.schoolName} (${snapshot.indicators.length} chỉ tiêu, ${snapshot.tasks.overdueCount} kỳ nhiệm vụ quá hạn), tính đến ngày ${formatDdMmYyyy(asOf)}: ${written}`);
  if (unmapped > 0) deps.log(`Lưu ý: ${unmapped} chỉ tiêu chưa có «Mã chỉ tiêu Sở» (cột cuối trang Chỉ tiêu): vẫn được gửi, nhưng Sở không tổng hợp được theo mã.`);
  for (const line of problemListLines(problems, 'xuất lại')) deps.log(line);
  return 0;
}

export const snapshotCommand: Command = {
  declaration: SNAPSHOT_DECLARATION,
  run: (args) => runSnapshot(args),
};
