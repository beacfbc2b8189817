/**
 * The consolidated report of `cds-tracker rollup … --bao-cao`: the Phòng/Sở's Cấu hình read from
 * the workbook given with --cau-hinh (its own plan tracker, or any workbook with a «Cấu hình» tab:
 * the same rows as a school's), the report built from the roll-up (src/core/report/rollupReport.ts)
 * and written as .docx next to the roll-up workbook. A new file every time; a document that Word or
 * LibreOffice could not open is never written.
 */
import type { CalendarDate } from '../core/date';
import { parsePeriodSlug, type ReportPeriod } from '../core/period';
import { defaultReportPeriod, reportingRuleOf } from '../core/report/window';
import type { Settings } from '../core/plan';
import { buildRollupReport, buildRollupReportDocument, rollupReportFileStem, type RollupReportModel } from '../core/report/rollupReport';
import type { Rollup } from '../core/rollup/rollup';
import { findTab } from '../sheet/headers';
import { SETTINGS_TAB } from '../sheet/schema';
import { readSettings } from '../sheet/settings';
import { checkedDocx, reportWriteFailure, writeNewFile } from './reportFile';
import { type CommandArgs, optionFlag, optionText, USAGE_EXIT } from './commandArgs';
import { readTabsOrSay } from './xlsx';
import type { TabValues } from '../sheet/workbook';

/** What --bao-cao asks for: the period and the Phòng/Sở's Cấu hình. */
export interface ReportRequest {
  readonly period: ReportPeriod;
  readonly settings: Settings;
  /** The --cau-hinh workbook, when given. */
  readonly fromFile?: string;
}

/**
 * The report the options ask for (--bao-cao, or --ky / --cau-hinh, which imply it), undefined when
 * none, or the exit code once a bad option was said: checked before the folder is read.
 */
export async function reportRequestOrExit(
  args: CommandArgs,
  asOf: CalendarDate,
  deps: { readonly readTabs: (file: string) => Promise<TabValues>; readonly error: (line: string) => void },
): Promise<ReportRequest | undefined | number> {
  const ky = optionText(args, 'ky');
  const file = optionText(args, 'cau-hinh');
  if (!optionFlag(args, 'bao-cao') && ky === undefined && file === undefined) return undefined;
  const parsed = ky === undefined ? undefined : parsePeriodSlug(ky);
  if (parsed && !parsed.ok) {
    deps.error(`Tham số --ky: ${parsed.error}.`);
    return USAGE_EXIT;
  }
  const settings = file === undefined ? blankSettings(asOf.year) : await readUnitSettings(file, asOf.year, deps.readTabs, deps.error);
  if (!settings) return 1;
  const period = parsed?.ok ? parsed.value : defaultReportPeriod(asOf, reportingRuleOf(settings));
  return file === undefined ? { period, settings } : { period, settings, fromFile: file };
}

/** writeRollupReport, then what it wrote and what Cấu hình lacks; 1 once a failure was said in Vietnamese. */
export async function writeReportOrSay(
  rollup: Rollup,
  request: ReportRequest,
  issuedOn: CalendarDate,
  dir: string,
  deps: { readonly log: (line: string) => void; readonly error: (line: string) => void },
): Promise<number> {
  let written: WrittenRollupReport;
  try {
    written = await writeRollupReport(rollup, request.settings, request.period, issuedOn, dir);
  } catch (e) {
    const failure = reportWriteFailure(e, dir, 'báo cáo tổng hợp');
    if (failure === undefined) throw e;
    deps.error(failure);
    return 1;
  }
  deps.log(`\nĐã tạo báo cáo tổng hợp «${written.name}»: ${written.file}`);
  const missing = request.fromFile
    ? written.model.missing.map((m) => m.message.replace('trong trang Cấu hình', `trong trang Cấu hình của «${request.fromFile}»`))
    : [`Chưa có --cau-hinh: báo cáo để trống («…») tên đơn vị, ký hiệu, địa danh, người ký, nơi nhận và đề xuất; thêm --cau-hinh <tệp.xlsx> là bảng có trang Cấu hình của Phòng/Sở.`];
  if (missing.length > 0) deps.log(`Lưu ý:\n${missing.map((n) => `  - ${n}`).join('\n')}`);
  return 0;
}

/** The Cấu hình of the workbook `file`, or undefined once the reason it cannot be read was said. */
export async function readUnitSettings(
  file: string,
  fallbackYear: number,
  readTabs: (file: string) => Promise<TabValues>,
  error: (line: string) => void,
): Promise<Settings | undefined> {
  const tabs = await readTabsOrSay(file, readTabs, error);
  if (!tabs) return undefined;
  const tab = findTab(tabs, SETTINGS_TAB);
  if (!tab) {
    error(`Tệp «${file}» không có trang «${SETTINGS_TAB.name}»: tham số --cau-hinh cần bảng có trang «${SETTINGS_TAB.name}» của Phòng/Sở (tên đơn vị, ký hiệu, người ký, nơi nhận…).`);
    return undefined;
  }
  return readSettings(tab.name, tab.rows, fallbackYear).settings;
}

/** A Cấu hình with every row blank: the report then shows «…» where each would go. */
export function blankSettings(year: number): Settings {
  return readSettings(SETTINGS_TAB.name, [], year).settings;
}

export interface WrittenRollupReport {
  readonly file: string;
  readonly model: RollupReportModel;
  readonly name: string;
}

/** Writes the report into `dir` as `<stem>.docx` (or `-2`, `-3`, … when taken). */
export async function writeRollupReport(rollup: Rollup, settings: Settings, period: ReportPeriod, issuedOn: CalendarDate, dir: string): Promise<WrittenRollupReport> {
  const model = buildRollupReport(rollup, settings, period, issuedOn);
  const doc = buildRollupReportDocument(model);
  const data = await checkedDocx(doc);
  return { file: writeNewFile(dir, rollupReportFileStem(model), data), model, name: doc.name };
}
