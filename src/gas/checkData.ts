/**
 * Kiểm tra dữ liệu, Apps Script side: reads the plan tabs once, lists every problem in the
 * add-in's own tab «Kiểm tra dữ liệu» with a link to the cell to fix, and says how many there
 * are. Changes nothing staff typed.
 */
import { calendarDateOf, formatDdMmYyyy } from '../core/date';
import { checkData } from '../sheet/dataCheck';
import { problemPlace } from '../sheet/problemPlace';
import { CHECK_TAB } from '../sheet/schema';
import { readWorkbook, type Problem } from '../sheet/workbook';
import { columnMarksByTab, readMarks } from './marks';
import { ensureRows, type OwnedTabSpec, ownedTab, readPlanSheets, timeZoneOf } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A formula string: Sheets formulas written by a script use English names and commas. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

export function cellLink(problem: Problem, sheetIds: ReadonlyMap<string, number>): string {
  const place = problemPlace(problem);
  const id = sheetIds.get(problem.tab);
  if (id === undefined) return place;
  const range = problem.a1 ?? (problem.row ? `A${problem.row}` : 'A1');
  return `=HYPERLINK(${quoted(`#gid=${id}&range=${range}`)},${quoted(place)})`;
}

export interface CheckOutcome {
  readonly problems: readonly Problem[];
  readonly message: string;
}

const SHOWN_IN_ALERT = 8;

/** The list's tab: the add-in's marked «Kiểm tra dữ liệu»; a staff tab of that name is left alone. */
export const OWNED_CHECK: OwnedTabSpec = { role: 'check', spec: CHECK_TAB };

export function checkSpreadsheet(spreadsheet: Spreadsheet, now: Date = new Date()): CheckOutcome {
  const timeZone = timeZoneOf(spreadsheet);
  const asOf = calendarDateOf(now, timeZone);
  const marks = readMarks(spreadsheet);
  const { tabs, formulas, sheets } = readPlanSheets(spreadsheet, timeZone);
  const problems = checkData(readWorkbook(tabs, { fallbackYear: asOf.year, formulas, columnMarks: columnMarksByTab(marks, sheets, tabs.keys()) }), asOf);

  const tabsWithProblems = new Set(problems.map((p) => p.tab));
  const sheetIds = new Map<string, number>();
  for (const [name, sheet] of sheets) if (tabsWithProblems.has(name)) sheetIds.set(name, sheet.getSheetId());

  const sheet: Sheet = ownedTab(spreadsheet, OWNED_CHECK, marks).sheet;
  sheet.clearContents();
  const rows: (string | number)[][] = [
    CHECK_TAB.columns.map((c) => c.header),
    ...(problems.length
      ? problems.map((p, i) => [i + 1, cellLink(p, sheetIds), p.tab, p.message])
      : [['', '', '', `Không phát hiện vấn đề nào (kiểm tra lúc ${formatDdMmYyyy(asOf)}).`]]),
  ];
  ensureRows(sheet, rows.length);
  sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
  sheet.activate();

  const message = problems.length
    ? [
        `Có ${problems.length} vấn đề cần sửa. Danh sách đầy đủ, mỗi dòng có liên kết tới ô cần sửa, ở tab «${sheet.getName()}».`,
        '',
        ...problems.slice(0, SHOWN_IN_ALERT).map((p) => `• ${problemPlace(p)}: ${p.message}`),
        ...(problems.length > SHOWN_IN_ALERT ? [`… và ${problems.length - SHOWN_IN_ALERT} vấn đề khác.`] : []),
        '',
        'Không có ô nào bị tự động sửa.',
      ].join('\n')
    : 'Không phát hiện vấn đề nào trong dữ liệu.';
  return { problems, message };
}
