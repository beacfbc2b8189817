/**
 * Cập nhật on an .xlsx (the offline `update`): the same pure engine as the menu (src/sheet/recompute.ts),
 * applied to a workbook loaded whole with exceljs and edited cell by cell, so every other cell, its
 * format, the data validations and the other tabs stay as they were.
 *
 * Which computed columns are the tool's own. An .xlsx has no developer metadata; the mark is a
 * workbook defined name «_cds_<tab>_<column>» pointing at the column's header cell (Excel moves it
 * with the column when columns are inserted, moved or deleted; it is not copied with the cells).
 * A column with a computed column's header (as the reader finds it) is written only when:
 *  1. it carries that mark (the template's columns, and every column an earlier `update` wrote); or
 *  2. none of its record rows holds a typed value (blank or formula cells only): it is then marked; or
 *  3. every typed value in its record rows already equals what the tool computes now, filling at
 *     least half of them (a column the add-in wrote before an export, see provablyComputedColumns): marked.
 * Any other such column is staff's: reported, never written. A formula cell is never written.
 * Tổng quan: the tab carrying the mark «_cds_dashboard» (on its A1), or an empty «Tổng quan»; a
 * «Tổng quan» staff filled is kept and the tool writes «Tổng quan (CĐS)».
 */
import ExcelJS from 'exceljs';
import { type CalendarDate, isCalendarDate } from '../core/date';
import { foldText } from '../core/text';
import { xmlSafeText } from '../core/xmlText';
import { cellA1, columnLetter } from '../sheet/a1';
import { NUMBER_FORMATS } from '../sheet/formatting';
import type { FormulaCells } from '../sheet/formulaCells';
import type { TabColumnMarks, UnmarkedColumn } from '../sheet/ownedColumns';
import { type ColumnAgreement, unmarkedColumnAgreements } from '../sheet/computed';
import { appendedRows, recompute, type Recompute } from '../sheet/recompute';
import { COMPUTED_TABS, computedColumnMark, DASHBOARD_TAB, PLAN_TABS, type TabKey, type TabSpec } from '../sheet/schema';
import { type Cell, type Rows, readWorkbook, type WorkbookRead } from '../sheet/workbook';
import { isTabRead } from './tabsRead';
import { checkMerges, UnreadableXlsx, worksheetRows, xlsxBytes, zipProblemSentence } from './xlsx';
import { MAX_MERGED_CELLS, XLSX_ZIP_LIMITS } from './xlsxLimits';
import { notAWorkbookSentence } from './xlsxPackage';
import { tabNamesByPart, worksheetParts } from './xlsxSheetParts';
import { readZipEntries } from './zipEntries';
import { storedZip } from './zipWrite';

/** The update will not be made, for a reason the user can act on (Vietnamese). */
export class UpdateRefused extends Error {
  override readonly name = 'UpdateRefused';
}

const MARK_PREFIX = '_cds_';
export const DASHBOARD_MARK_NAME = `${MARK_PREFIX}dashboard`;

/** «indicators.verdict» → «_cds_indicators_verdict». */
export function markName(mark: string): string {
  return `${MARK_PREFIX}${mark.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** Defined name → mark, for every computed column of the plan tabs. */
const MARKS_BY_NAME: ReadonlyMap<string, string> = new Map(
  PLAN_TABS.flatMap((spec) => spec.columns.filter((c) => c.computed).map((c) => computedColumnMark(spec, c))).map((mark) => [markName(mark).toLowerCase(), mark]),
);

/** "'Chỉ tiêu'!$K$1" → tab and cell. */
function cellReference(ref: string): { tab: string; row: number; column: number } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  const column = [...m[3]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { tab: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, row: Number(m[4]), column };
}

function quotedRef(tab: string, row: number, column: number): string {
  return `'${tab.replace(/'/g, "''")}'!$${columnLetter(column)}$${row}`;
}

/** Parts exceljs does not carry over: a file with them would lose them, so it is not updated. */
const LOST_PARTS: readonly { test: RegExp; what: string }[] = [
  { test: /^xl\/charts\//, what: 'biểu đồ' },
  { test: /^xl\/chartsheets\//, what: 'trang biểu đồ' },
  { test: /^xl\/pivot(Tables|Cache)\//, what: 'bảng tổng hợp (PivotTable)' },
  { test: /^xl\/(slicers|slicerCaches|timelines)\//, what: 'bộ lọc Slicer/Timeline' },
  { test: /^xl\/vbaProject\.bin$/, what: 'macro' },
  { test: /^xl\/externalLinks\//, what: 'liên kết tới tệp khác' },
];

/** Data validations exceljs keeps one by one per cell: bounded like merged cells. */
function validationCells(xml: string): number {
  let cells = 0;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?dataValidation\b[^>]*\bsqref="([^"]*)"/g)) {
    for (const ref of m[1]!.trim().split(/\s+/)) {
      const r = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref.toUpperCase());
      if (!r) continue;
      const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      cells += (Math.abs(Number(r[4] ?? r[2]) - Number(r[2])) + 1) * (Math.abs(col(r[3] ?? r[1]!) - col(r[1]!)) + 1);
    }
  }
  return cells;
}

/**
 * The whole workbook, every tab parsed (the school's other tabs are written back as they were),
 * after the same checks as the reading (size, zip, merges) and two of its own: no part exceljs
 * would drop, data validations bounded. Throws UnreadableXlsx or UpdateRefused.
 */
/** A command that writes a changed copy of a workbook, as its refusals name it. */
export interface CopyingCommand {
  /** As typed: «lệnh update». */
  readonly name: 'update' | 'import';
  /** How a refusal starts: «Không cập nhật «tệp»: …». */
  readonly refuses: string;
}

export const UPDATE_COMMAND: CopyingCommand = { name: 'update', refuses: 'Không cập nhật' };
export const IMPORT_COMMAND: CopyingCommand = { name: 'import', refuses: 'Không nhập vào' };

export async function loadWorkbookForUpdate(file: string, command: CopyingCommand = UPDATE_COMMAND): Promise<ExcelJS.Workbook> {
  const data = xlsxBytes(file);
  const reading = readZipEntries(data, XLSX_ZIP_LIMITS);
  if (!reading.ok) throw new UnreadableXlsx(zipProblemSentence(file, reading.problem));
  const notAWorkbook = notAWorkbookSentence(file, reading.entries);
  if (notAWorkbook !== undefined) throw new UnreadableXlsx(notAWorkbook);
  const lost = [...new Set([...reading.entries.keys()].flatMap((name) => LOST_PARTS.filter((p) => p.test.test(name)).map((p) => p.what)))];
  const tabNames = tabNamesByPart(reading.entries);
  let validations = 0;
  for (const part of worksheetParts(reading.entries)) {
    const xml = reading.entries.get(part)!.toString('utf8');
    checkMerges(file, tabNames.get(part) ?? part, xml);
    validations += validationCells(xml);
    if (/<x14:dataValidations?\b/.test(xml)) lost.push(`quy tắc xác thực dữ liệu tham chiếu tab khác (tab «${tabNames.get(part) ?? part}»)`);
  }
  if (lost.length) {
    throw new UpdateRefused(
      `${command.refuses} «${file}»: tệp có ${lost.join(', ')}, mà lệnh ${command.name} chưa giữ lại được khi ghi tệp mới. ` +
        'Tệp gốc không bị thay đổi. Hãy chép các tab Chỉ tiêu, Nhiệm vụ, Tiến độ, Phân công, Cấu hình sang một tệp riêng (hoặc cập nhật trên Google Sheets).',
    );
  }
  if (validations > MAX_MERGED_CELLS) {
    throw new UpdateRefused(`${command.refuses} «${file}»: các quy tắc xác thực dữ liệu phủ hơn ${MAX_MERGED_CELLS.toLocaleString('vi-VN')} ô (ví dụ áp cho cả cột). Hãy thu vùng áp dụng về phần bảng có dữ liệu rồi chạy lại.`);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(storedZip(reading.entries) as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableXlsx(`«${file}» bị hỏng: nội dung bên trong không đúng định dạng .xlsx. Hãy mở tệp bằng Excel hoặc Google Sheets, lưu lại dạng .xlsx rồi thử lại.`);
  }
  return workbook;
}

function isFormula(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula || (typeof cell.value === 'object' && cell.value !== null && ('formula' in cell.value || 'sharedFormula' in cell.value));
}

function formulaCellsOf(ws: ExcelJS.Worksheet): FormulaCells {
  const cells = new Set<string>();
  ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => {
    if (isFormula(cell)) cells.add(`${r},${c}`);
  }));
  return { has: (r, c) => cells.has(`${r},${c}`) };
}

/** A defined name of the tool's: the tab and cell it points at (first range). */
function markedCells(workbook: ExcelJS.Workbook): Map<string, { tab: string; row: number; column: number }> {
  const out = new Map<string, { tab: string; row: number; column: number }>();
  for (const { name, ranges } of workbook.definedNames.model) {
    if (!name.toLowerCase().startsWith(MARK_PREFIX)) continue;
    const at = ranges.map(cellReference).find((r) => r !== undefined);
    if (at) out.set(name.toLowerCase(), at);
  }
  return out;
}

function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || cell === '' || (typeof cell === 'string' && cell.trim() === '');
}

/** The record rows the computed values go to, per tab. */
function recordRows(read: WorkbookRead, key: TabKey): number[] {
  // Every tab with computed columns must be listed: a tab left out would have no typed cell, and its staff columns would be taken.
  const rows: Partial<Record<TabKey, readonly { readonly row: number }[]>> = {
    indicators: [...read.indicatorRows, ...read.indicatorGroupRows],
    tasks: [...read.taskRows, ...read.taskGroupRows],
    progress: read.progressRows,
    selfAssessment: [...read.selfAssessmentRows, ...read.selfAssessmentGroupRows],
  };
  const found = rows[key];
  if (!found) throw new Error(`internal: no record rows for tab ${key}`);
  return found.map((r) => r.row);
}

/** The first typed cell (not blank, not a formula) of an unmarked column's record rows. */
function firstTyped(read: WorkbookRead, column: UnmarkedColumn): { a1: string; value: Cell } | undefined {
  const tab = read.tabs[column.spec.key];
  if (!tab) return undefined;
  for (const row of recordRows(read, column.spec.key).sort((a, b) => a - b)) {
    const value = tab.rows[row - 1]?.[column.column - 1];
    if (!isBlank(value) && !tab.formulas.has(row, column.column)) return { a1: cellA1(row, column.column), value: value! };
  }
  return undefined;
}

/** A computed column kept as staff's, with why: its first cell differing from the computed value, or how few cells are filled. */
export interface KeptColumn extends UnmarkedColumn {
  readonly agreement: ColumnAgreement;
}

export function keptColumnMessage(column: KeptColumn): string {
  const header = column.spec.columns.find((c) => c.key === column.key)!.header;
  const { differs, filled, expected } = column.agreement;
  const shown = (cell: Cell): string => (isCalendarDate(cell) ? `${cell.day}/${cell.month}/${cell.year}` : String(cell));
  const why = differs
    ? `nhưng có ô thầy cô đã nhập khác kết quả tính (ô ${cellA1(differs.row, column.column)}: «${shown(differs.cell)}»)`
    : `các ô đã nhập đều đúng bằng kết quả tính nhưng mới có ${filled}/${expected} ô, chưa đủ một nửa để chắc đây là cột của công cụ`;
  return (
    `Cột «${column.header}» (cột ${columnLetter(column.column)}) của tab «${column.tab}» có tiêu đề của một cột do công cụ tính, ${why}, nên lệnh update không ghi vào cột này. ` +
    'Nếu cột này để công cụ tính: xoá các ô đã nhập trong cột rồi chạy lại. ' +
    `Nếu đây là cột thầy cô tự nhập: đổi tên tiêu đề (ví dụ «${column.header} của tổ»), lệnh update sẽ thêm cột «${header}» của mình ở bên phải bảng.`
  );
}

export interface XlsxUpdate {
  readonly result: Recompute;
  /** Columns marked in this run (no mark before: empty, or holding exactly the computed values). */
  readonly taken: readonly UnmarkedColumn[];
  /** Columns with a computed header left to staff (never written). */
  readonly kept: readonly KeptColumn[];
  /** Where Tổng quan went, and a staff tab of that name kept. */
  readonly dashboardTab: string;
  readonly dashboardKept: string | undefined;
  /** The cells written: «tab!A1» (for tests and the summary). */
  readonly written: ReadonlySet<string>;
}

/** The plan tabs' values as the engine reads them, from the loaded workbook (so rows and columns match what is written). */
export function workbookTabs(workbook: ExcelJS.Workbook, file: string): { tabs: Map<string, Rows>; formulas: Map<string, FormulaCells> } {
  const tabs = new Map<string, Rows>();
  const formulas = new Map<string, FormulaCells>();
  for (const ws of workbook.worksheets) {
    if (!isTabRead(ws.name)) continue;
    tabs.set(ws.name, worksheetRows(ws, file));
    formulas.set(ws.name, formulaCellsOf(ws));
  }
  return { tabs, formulas };
}

function columnMarksOf(workbook: ExcelJS.Workbook, tabs: ReadonlyMap<string, Rows>): Map<string, Map<string, number[]>> {
  const marks = new Map<string, Map<string, number[]>>([...tabs.keys()].map((name) => [name, new Map<string, number[]>()]));
  for (const [name, at] of markedCells(workbook)) {
    const mark = MARKS_BY_NAME.get(name);
    const tab = mark && [...marks.keys()].find((t) => t === at.tab);
    if (!mark || !tab) continue;
    const byMark = marks.get(tab)!;
    byMark.set(mark, [...(byMark.get(mark) ?? []), at.column]);
  }
  return marks;
}

function setMark(workbook: ExcelJS.Workbook, name: string, tab: string, row: number, column: number): void {
  for (const existing of workbook.definedNames.model.filter((n) => n.name.toLowerCase() === name.toLowerCase())) {
    for (const range of existing.ranges) workbook.definedNames.remove(range, existing.name);
  }
  workbook.definedNames.add(quotedRef(tab, row, column), name);
}

function excelValue(cell: Cell): ExcelJS.CellValue {
  if (cell === '') return null;
  if (isCalendarDate(cell)) return new Date(Date.UTC(cell.year, cell.month - 1, cell.day));
  return typeof cell === 'string' ? xmlSafeText(cell) : cell;
}

function specOf(tabKey: TabKey): TabSpec {
  return PLAN_TABS.find((s) => s.key === tabKey)!;
}

/**
 * Runs Cập nhật on the loaded workbook, in place (nothing is saved here). Throws UpdateRefused,
 * before changing anything, when the new Tiến độ rows would have to be inserted above rows closing
 * the table (a total row, a signature) with too few blank rows there.
 */
export function updateWorkbook(workbook: ExcelJS.Workbook, file: string, asOf: CalendarDate): XlsxUpdate {
  const { tabs, formulas } = workbookTabs(workbook, file);
  const base = { fallbackYear: asOf.year, formulas };
  const marks = columnMarksOf(workbook, tabs);
  // Rule 2: a computed column nobody typed into is taken.
  const first = readWorkbook(tabs, { ...base, columnMarks: marks });
  const empty = first.unmarked.filter((u) => firstTyped(first, u) === undefined);
  for (const u of empty) {
    const byMark = marks.get(u.tab)!;
    byMark.set(u.mark, [...(byMark.get(u.mark) ?? []), u.column]);
  }
  const result = recompute(tabs, asOf, { ...base, columnMarks: marks as ReadonlyMap<string, TabColumnMarks> });
  const sheet = (name: string) => workbook.getWorksheet(name)!;
  const written = new Set<string>();
  const put = (tab: string, row: number, column: number, value: Cell, format?: string): void => {
    const cell = sheet(tab).getCell(row, column);
    if (isFormula(cell)) throw new Error(`internal: formula cell ${tab}!${cellA1(row, column)} in a block`);
    cell.value = excelValue(value);
    if (format && value !== '' && (!cell.numFmt || cell.numFmt === 'General')) cell.numFmt = format;
    written.add(`${tab}!${cellA1(row, column)}`);
  };

  // Where the new Tiến độ rows go: below the last record, into blank rows only.
  const appended = result.appended;
  if (appended?.above) {
    const n = appended.values.length;
    const free = appended.above.row - appended.row;
    if (free < n) {
      const label = appended.above.label ? `dòng «${appended.above.label}» (dòng ${appended.above.row})` : `dòng ${appended.above.row}`;
      throw new UpdateRefused(
        `Tab «${appended.tab}» cần thêm ${n} dòng theo dõi nhưng ngay dưới bảng là ${label}. Để không làm lệch công thức và ô gộp, lệnh update không chèn dòng vào tệp Excel: ` +
          `hãy chèn ${n - free} dòng trống ngay trên ${label} rồi chạy lại. Tệp gốc không bị thay đổi.`,
      );
    }
  }

  const taken = [...empty, ...result.adopted];
  for (const u of taken) setMark(workbook, markName(u.mark), u.tab, result.read.tabs[u.spec.key]?.layout.headerRow ?? 1, u.column);
  for (const header of result.headers) {
    const ws = sheet(header.tab);
    header.values[0]!.forEach((value, i) => {
      const column = header.column + i;
      put(header.tab, header.row, column, value);
      const left = ws.getCell(header.row, header.column - 1);
      if (header.column > 1) ws.getCell(header.row, column).style = { ...left.style };
      setMark(workbook, markName(header.marks[i]!), header.tab, header.row, column);
    });
  }
  if (appended) {
    const ws = sheet(appended.tab);
    const model = appended.row - 1;
    const progress = result.read.tabs.progress;
    const fromRecord = progress !== undefined && model > progress.layout.headerRow;
    appended.values.forEach((values, i) => {
      const r = appended.row + i;
      const width = Math.max(values.length, ws.getRow(model).cellCount);
      for (let c = 1; c <= width; c++) {
        const target = ws.getCell(r, c);
        if (fromRecord) {
          const above = ws.getCell(model, c);
          target.style = { ...above.style };
          if (above.dataValidation && !target.dataValidation) target.dataValidation = { ...above.dataValidation };
        }
        const value = values[c - 1];
        if (value !== undefined && value !== '') put(appended.tab, r, c, value);
      }
    });
  }
  // Each computed block, only in the columns the final read owns.
  const formats = new Map<string, string>();
  for (const { key } of COMPUTED_TABS) {
    const tab = result.read.tabs[key];
    if (!tab) continue;
    for (const [columnKey, column] of tab.owned) {
      const format = specOf(key).columns.find((c) => c.key === columnKey)?.format;
      if (format && NUMBER_FORMATS[format]) formats.set(`${tab.name}|${column}`, NUMBER_FORMATS[format]);
    }
  }
  for (const block of result.blocks) {
    const key = COMPUTED_TABS.map((spec) => spec.key).find((k) => result.read.tabs[k]?.name === block.tab);
    const owned = new Set(key ? result.read.tabs[key]!.owned.values() : []);
    block.values.forEach((values, i) => values.forEach((value, j) => {
      const column = block.column + j;
      if (!owned.has(column)) throw new Error(`internal: column ${columnLetter(column)} of ${block.tab} is not the tool's`);
      put(block.tab, block.row + i, column, value, formats.get(`${block.tab}|${column}`));
    }));
  }

  const agreements = unmarkedColumnAgreements(result.read, result.evaluation, appendedRows(result.appended));
  const kept: KeptColumn[] = result.read.unmarked.flatMap((u) => {
    const agreement = agreements.get(u);
    return firstTyped(result.read, u) && agreement ? [{ ...u, agreement }] : [];
  });
  const dashboard = writeDashboardTab(workbook, result);
  return { result, taken, kept, dashboardTab: dashboard.name, dashboardKept: dashboard.kept, written };
}

function isEmptySheet(ws: ExcelJS.Worksheet): boolean {
  let empty = true;
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
    if (cell.value !== null && cell.value !== '') empty = false;
  }));
  return empty;
}

/** Tổng quan: the marked tab (cleared), an empty «Tổng quan», or a new «Tổng quan (CĐS)»; charts are the add-in's only. */
function writeDashboardTab(workbook: ExcelJS.Workbook, result: Recompute): { name: string; kept: string | undefined } {
  const mark = markedCells(workbook).get(DASHBOARD_MARK_NAME);
  let ws = mark ? workbook.getWorksheet(mark.tab) : undefined;
  let kept: string | undefined;
  if (!ws) {
    const named = workbook.worksheets.find((w) => [DASHBOARD_TAB.name, ...DASHBOARD_TAB.aliases].some((n) => foldText(n) === foldText(w.name)));
    if (named && isEmptySheet(named)) ws = named;
    else {
      kept = named?.name;
      const taken = new Set(workbook.worksheets.map((w) => foldText(w.name)));
      let name = DASHBOARD_TAB.name;
      for (let n = 2; taken.has(foldText(name)); n++) name = n === 2 ? `${DASHBOARD_TAB.name} (CĐS)` : `${DASHBOARD_TAB.name} (CĐS) ${n - 1}`;
      ws = workbook.addWorksheet(name);
    }
    setMark(workbook, DASHBOARD_MARK_NAME, ws.name, 1, 1);
  } else {
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
      cell.value = null;
      cell.style = {};
    }));
  }
  const dashboard = result.dashboard;
  dashboard.values.forEach((row, r) => row.forEach((value, c) => {
    if (value === '') return;
    const cell = ws.getCell(r + 1, c + 1);
    cell.value = excelValue(value);
    const format = dashboard.formats[r]?.[c];
    if (format && format !== 'General') cell.numFmt = format;
  }));
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  for (const r of dashboard.headerRows) for (let c = 1; c <= dashboard.width; c++) ws.getCell(r, c).font = { bold: true };
  ws.getColumn(1).width = 60;
  for (let c = 2; c <= dashboard.width; c++) ws.getColumn(c).width = 16;
  return { name: ws.name, kept };
}
