/**
 * The Apps Script side of the workbook. Reading: one getValues (with its number formats and
 * formulas) per tab; Date cells become CalendarDate in the spreadsheet's time zone; then the pure
 * reader builds the plan. Writing
 * helpers shared by the menu actions: tabs the add-in owns, header rows, rows/columns to write
 * into, and the Nhật ký row.
 */
import { type CalendarDate, calendarDateOf, PLAN_TIME_ZONE } from '../core/date';
import { percentText } from '../sheet/cells';
import { type FormulaCells, formulaCells } from '../sheet/formulaCells';
import { NUMBER_FORMATS } from '../sheet/formatting';
import { foldText } from '../core/text';
import { COMPUTED_TABS, LOG_TAB, PLAN_TABS, type TabSpec } from '../sheet/schema';
import type { PlanRead, Rows, TabValues } from '../sheet/workbook';
import { readPlan } from '../sheet/workbook';
import { markedTab, markTab, type Marks, readMarks, type TabRole } from './marks';
import { fromSheetValues } from './sheetValues';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function timeZoneOf(spreadsheet: Spreadsheet): string {
  return spreadsheet.getSpreadsheetTimeZone() || PLAN_TIME_ZONE;
}

/** The calendar day `now` falls on in the spreadsheet's time zone. */
export function todayIn(spreadsheet: Spreadsheet, now: Date = new Date()): CalendarDate {
  return calendarDateOf(now, timeZoneOf(spreadsheet));
}

/** The spreadsheet a menu item or dialog works on; a Vietnamese error when none is open. */
export function activeSpreadsheet(): Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (!spreadsheet) throw new Error('Không có bảng tính nào đang mở. Hãy mở bảng tính kế hoạch rồi chọn lại.');
  return spreadsheet;
}

/** The spreadsheet's tabs by name (one getSheets, one getName per tab). */
export function sheetsByName(spreadsheet: Spreadsheet): Map<string, Sheet> {
  return new Map(spreadsheet.getSheets().map((s) => [s.getName(), s]));
}

/** Whether a tab's name is the spec's name or one of its aliases, compared folded (foldText: no case, no diacritics). */
export function isTabNamed(name: string, spec: TabSpec): boolean {
  const folded = foldText(name);
  return [spec.name, ...spec.aliases].some((n) => foldText(n) === folded);
}

/** The sheet for a tab spec: exact name first, then its name or aliases folded. */
export function findSheet(sheets: ReadonlyMap<string, Sheet>, spec: TabSpec): Sheet | undefined {
  const exact = sheets.get(spec.name);
  if (exact) return exact;
  for (const [name, sheet] of sheets) if (isTabNamed(name, spec)) return sheet;
  return undefined;
}

/**
 * The sheets of `specs`, by the name each goes by: one getSheetByName per spec under its exact
 * name; only when one is not found (renamed, an alias, another case) one getSheets() and a
 * getName per tab, matched like findSheet. Specs with no tab are left out.
 */
function lookUpSheets(spreadsheet: Spreadsheet, specs: readonly TabSpec[]): Map<string, Sheet> {
  const found = new Map<string, Sheet>();
  const missing: TabSpec[] = [];
  for (const spec of specs) {
    const sheet = spreadsheet.getSheetByName(spec.name);
    if (sheet) found.set(spec.name, sheet);
    else missing.push(spec);
  }
  if (missing.length === 0) return found;
  const all = sheetsByName(spreadsheet);
  for (const spec of missing) {
    for (const [name, sheet] of all) {
      if (!found.has(name) && isTabNamed(name, spec)) {
        found.set(name, sheet);
        break;
      }
    }
  }
  return found;
}

/** A tab's values as the pure readers take them, and the cells holding a formula. */
export interface SheetRead {
  readonly rows: Rows;
  readonly formulas: FormulaCells;
}

/** What a read of one tab needs besides its values. */
export interface TabNeeds {
  /** Number formats: a number shown as a percentage is read as the text staff see. */
  readonly formats?: boolean;
  /** The cells holding a formula (a row of sums is not a record; the add-in never writes a formula cell). */
  readonly formulas?: boolean;
}

const NO_FORMULAS: FormulaCells = formulaCells([]);

/**
 * One tab, read once: values only with one getSheetValues(1, 1, -1, -1) (up to the last row and
 * column with data, as getDataRange covers); with number formats or formulas, one getDataRange()
 * and one getValues() plus one getNumberFormats() / getFormulas() each. A number shown as a
 * percentage ("100%" typed into a plain cell becomes 1 with a % format) is read as the text staff
 * see, so a target "100%" is not mistaken for "1".
 */
export function sheetValues(sheet: Sheet, timeZone: string, needs: TabNeeds = { formats: true, formulas: true }): SheetRead {
  if (!needs.formats && !needs.formulas) return { rows: fromSheetValues(sheet.getSheetValues(1, 1, -1, -1), timeZone), formulas: NO_FORMULAS };
  const range = sheet.getDataRange();
  const values = range.getValues();
  const formats = needs.formats ? range.getNumberFormats() : undefined;
  const cells = fromSheetValues(values, timeZone);
  const rows = formats ? cells.map((row, r) => row.map((cell, c) => (typeof cell === 'number' && formats[r]?.[c]?.includes('%') ? percentText(cell) : cell))) : cells;
  return { rows, formulas: needs.formulas ? formulaCells(range.getFormulas()) : NO_FORMULAS };
}

/**
 * What reading a plan tab needs: number formats in Chỉ tiêu and Tự đánh giá CĐS (where
 * percentages are typed: «90%» typed as a score is a problem, not 0,9 points); formulas in the
 * tabs the add-in writes computed columns into (Chỉ tiêu, Nhiệm vụ, Tiến độ, Tự đánh giá CĐS),
 * where a row made of formulas is not a record; Cấu hình and Phân công are values alone.
 */
function planTabNeeds(spec: TabSpec): TabNeeds {
  return { formats: spec.key === 'indicators' || spec.key === 'selfAssessment', formulas: COMPUTED_TABS.includes(spec) };
}

/** What a set of tabs holds, by tab name: the values, and the cells holding a formula. */
export interface TabsRead {
  readonly tabs: TabValues;
  readonly formulas: ReadonlyMap<string, FormulaCells>;
}

/** The values of `specs`' sheets (found in `sheets` like findSheet), one read each (see sheetValues). */
function readSheets(sheets: ReadonlyMap<string, Sheet>, specs: readonly TabSpec[], timeZone: string, needs: (spec: TabSpec) => TabNeeds): TabsRead {
  const tabs = new Map<string, Rows>();
  const formulas = new Map<string, FormulaCells>();
  const done = new Set<Sheet>();
  for (const spec of specs) {
    const sheet = findSheet(sheets, spec);
    if (!sheet || done.has(sheet)) continue;
    done.add(sheet);
    const name = [...sheets].find(([, s]) => s === sheet)![0];
    const read = sheetValues(sheet, timeZone, needs(spec));
    tabs.set(name, read.rows);
    formulas.set(name, read.formulas);
  }
  return { tabs, formulas };
}

/** The values of the tabs of `only` (matched like findSheet), or of every tab, one read each (values, formats and formulas). */
export function readTabs(spreadsheet: Spreadsheet, only?: readonly TabSpec[]): TabValues {
  const timeZone = timeZoneOf(spreadsheet);
  if (only) return readSheets(lookUpSheets(spreadsheet, only), only, timeZone, () => ({ formats: true, formulas: true })).tabs;
  const tabs = new Map<string, Rows>();
  for (const [name, sheet] of sheetsByName(spreadsheet)) tabs.set(name, sheetValues(sheet, timeZone).rows);
  return tabs;
}

/** The plan tabs' values and formula cells (one read each, see planTabNeeds) and their sheets by name, for the writes that follow. */
export function readPlanSheets(
  spreadsheet: Spreadsheet,
  timeZone: string,
  /** The spreadsheet's sheets by name, when the run has listed them already (no lookup then). */
  sheets: Map<string, Sheet> = lookUpSheets(spreadsheet, PLAN_TABS),
): TabsRead & { sheets: Map<string, Sheet> } {
  return { ...readSheets(sheets, PLAN_TABS, timeZone, planTabNeeds), sheets };
}

/** The plan as the workbook holds it now (every plan tab read once, see readPlanSheets). */
export function loadPlan(spreadsheet: Spreadsheet, timeZone: string = timeZoneOf(spreadsheet)): PlanRead {
  const { tabs, formulas } = readPlanSheets(spreadsheet, timeZone);
  return readPlan(tabs, { fallbackYear: calendarDateOf(new Date(), timeZone).year, formulas });
}

function currentUserEmail(): string {
  try {
    const email: unknown = Session.getActiveUser().getEmail();
    return typeof email === 'string' ? email : '';
  } catch {
    return '';
  }
}

/** Writes a tab's header row (bold, frozen) and sets its column widths; nothing for a tab without columns. */
export function writeHeaderRow(sheet: Sheet, spec: TabSpec): void {
  if (!spec.columns.length) return;
  const header = sheet.getRange(1, 1, 1, spec.columns.length);
  header.setValues([spec.columns.map((c) => c.header)]);
  header.setFontWeight('bold');
  sheet.setFrozenRows(1);
  spec.columns.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
}

/** Creates a tab with its header row (bold, frozen) and column widths. */
export function createTab(spreadsheet: Spreadsheet, spec: TabSpec): Sheet {
  const sheet = spreadsheet.insertSheet(spec.name);
  writeHeaderRow(sheet, spec);
  return sheet;
}

/** Rows up to `lastRow` exist (a sheet has a fixed number of rows; writing below it fails). */
export function ensureRows(sheet: Sheet, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
}

/** Columns up to `lastColumn` exist. */
export function ensureColumns(sheet: Sheet, lastColumn: number): void {
  const max = sheet.getMaxColumns();
  if (lastColumn > max) sheet.insertColumnsAfter(max, lastColumn - max);
}

/** A tab the add-in writes as a whole: its mark's role and its names (the first free one is used for a new tab). */
export interface OwnedTabSpec {
  readonly role: TabRole;
  readonly spec: TabSpec;
}

export interface OwnedTab {
  readonly sheet: Sheet;
  readonly created: boolean;
  /** Tabs under the role's names that staff made, left as they are (for the closing message). */
  readonly kept: readonly string[];
}

/** «Tổng quan», then «Tổng quan (CĐS)», «Tổng quan (CĐS) 2», …: the names a new owned tab may take. */
function ownedTabName(spec: TabSpec, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? spec.name : n === 2 ? `${spec.name} (CĐS)` : `${spec.name} (CĐS) ${n - 1}`;
    if (!taken(name)) return name;
  }
}

/** Whether `name` is one the add-in would give the tab (its name, an alias, or «… (CĐS) n»). */
function isOwnedTabName(name: string, spec: TabSpec): boolean {
  return isTabNamed(name.replace(/\s*\(CĐS\)(\s+\d+)?$/i, ''), spec);
}

/**
 * The add-in's tab for a role: the tab carrying its mark (a copy staff made of it is not, see
 * marks.ts), whatever it is now called; else a new tab under the first free name, with its header row, and
 * marked. A tab staff made is never written, even under the add-in's name and headers.
 */
export function ownedTab(spreadsheet: Spreadsheet, owned: OwnedTabSpec, marks: Marks = readMarks(spreadsheet)): OwnedTab {
  const [mine] = marks.tabs(owned.role);
  // Under its own name the add-in's tab is the one staff look for: no other tab is listed (no getSheets).
  if (mine && mine.sheet.getName() === owned.spec.name) return { sheet: mine.sheet, created: false, kept: [] };
  const sheets = sheetsByName(spreadsheet);
  const markedIds = new Set(marks.tabs(owned.role).map((t) => t.sheetId));
  const kept = [...sheets].filter(([name, sheet]) => isOwnedTabName(name, owned.spec) && !markedIds.has(sheet.getSheetId())).map(([name]) => name);
  if (mine) return { sheet: mine.sheet, created: false, kept };
  const folded = new Set([...sheets.keys()].map(foldText));
  const sheet = createTab(spreadsheet, { ...owned.spec, name: ownedTabName(owned.spec, (name) => folded.has(foldText(name))) });
  markTab(sheet, owned.role);
  return { sheet, created: true, kept };
}

export const OWNED_LOG: OwnedTabSpec = { role: 'log', spec: LOG_TAB };

/**
 * Appends one row to Nhật ký (Thời điểm · Sự kiện · Chi tiết · Người thực hiện), creating the tab
 * (and marking it) if needed. A «Nhật ký» staff made themselves is not written: the row goes to the
 * add-in's marked tab, «Nhật ký (CĐS)» when the name is taken. One appendRow (below the last row
 * with content; Sheets adds the row when the tab is full). `marks`: the run's, when it read them.
 */
export function appendLog(spreadsheet: Spreadsheet, event: string, detail: string, marks?: Marks): void {
  // The usual case in few calls: the marked tab found by its mark alone, under its own name.
  const mine = marks ? undefined : markedTab(spreadsheet, OWNED_LOG.role);
  if (mine && mine.sheet.getName() === LOG_TAB.name) {
    mine.sheet.appendRow(logRow(event, detail));
    return;
  }
  const { sheet, created } = ownedTab(spreadsheet, OWNED_LOG, marks ?? readMarks(spreadsheet));
  if (created) sheet.getRange('A:A').setNumberFormat(NUMBER_FORMATS.dateTime);
  sheet.appendRow(logRow(event, detail));
}

/** A row of Nhật ký: Thời điểm (now) · Sự kiện · Chi tiết · Người thực hiện. */
export function logRow(event: string, detail: string): unknown[] {
  return [new Date(), event, detail, currentUserEmail()];
}
