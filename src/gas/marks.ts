/**
 * The add-in's marks: developer metadata under one key that only this script writes, so that it
 * recognises the tabs (and columns) it made whatever staff do to their names, order or headers.
 * A tab staff made is never taken for the add-in's, even under the same name and headers.
 *
 * Visibility is DOCUMENT (the default), not PROJECT: a copy of the spreadsheet (Tệp → Tạo bản
 * sao) gets a copy of the bound script, which is a new project and could not see PROJECT marks.
 * Staff cannot write developer metadata from the Sheets interface, so the mark stays the add-in's.
 *
 * Values: `tab:<role>:<sheet id>` on a sheet, `column:<tab>.<column key>` on a whole column (Sheets
 * moves a column's metadata with the column when staff move or insert columns). The sheet id in a
 * tab's mark tells the add-in's tab from a copy staff made of it («Sao chép» may copy the mark
 * too): a marked tab whose own id is not the one in its mark is a copy, and staff's.
 */
import { columnLetter } from '../sheet/a1';
import type { TabColumnMarks } from '../sheet/ownedColumns';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const MARK_KEY = 'cds-tracker';
const TAB_PREFIX = 'tab:';
const COLUMN_PREFIX = 'column:';

/** The tabs the add-in writes as a whole, each recognised by its mark. */
export type TabRole = 'dashboard' | 'log' | 'check' | 'sentLog' | RollupTabRole | RollupSummaryRole;

/** The Phòng/Sở receiver's tabs (src/gas/rollupTabs.ts). */
export type RollupTabRole = 'rollupSchools' | 'rollupLatest' | 'rollupPrevious' | 'rollupLog';

/** The Phòng/Sở's aggregate tabs, rebuilt by «Cập nhật bảng tổng hợp (Phòng/Sở)» (src/gas/rollupSummary.ts). */
export type RollupSummaryRole = 'rollupIndicators' | 'rollupBySchool' | 'rollupOverdue' | 'rollupNotReported' | 'rollupLevels' | 'rollupUnmapped';

export interface MarkedTab {
  readonly sheet: Sheet;
  readonly sheetId: number;
}

export interface MarkedColumn {
  readonly sheetId: number;
  /** 1-based column where the mark is now. */
  readonly column: number;
  /** What the add-in wrote: `<tab>.<column key>`. */
  readonly value: string;
}

/** Every mark of the spreadsheet, read with one search. */
export interface Marks {
  /** The tabs marked with `role` (a copy staff made of one, which may carry its mark, is not among them). */
  tabs(role: TabRole): readonly MarkedTab[];
  readonly columns: readonly MarkedColumn[];
}

/**
 * One developer-metadata search for the add-in's key, then per mark its value and location
 * (a sheet mark: the sheet and its id; a column mark: the column and its sheet's id, getGridId).
 * A run reads them once and passes them on (ownedTab, columnMarksByTab, the sent-log).
 */
export function readMarks(spreadsheet: Spreadsheet): Marks {
  const tabs = new Map<string, MarkedTab[]>();
  const columns: MarkedColumn[] = [];
  for (const entry of spreadsheet.createDeveloperMetadataFinder().withKey(MARK_KEY).find()) {
    const value = entry.getValue() ?? '';
    if (value.startsWith(TAB_PREFIX)) {
      const tab = markedSheet(entry, value);
      if (tab) tabs.set(tab.role, [...(tabs.get(tab.role) ?? []), tab]);
    } else if (value.startsWith(COLUMN_PREFIX)) {
      const range = entry.getLocation().getColumn();
      if (!range) continue;
      columns.push({ sheetId: range.getGridId(), column: range.getColumn(), value: value.slice(COLUMN_PREFIX.length) });
    }
  }
  return { tabs: (role) => tabs.get(role) ?? [], columns };
}

/**
 * The add-in's tab for `role` found by its mark alone (one search, then only each mark's value):
 * cheaper than readMarks, which also locates every column mark. Undefined when there is none.
 */
export function markedTab(spreadsheet: Spreadsheet, role: TabRole): MarkedTab | undefined {
  for (const entry of spreadsheet.createDeveloperMetadataFinder().withKey(MARK_KEY).find()) {
    const value = entry.getValue() ?? '';
    const tab = value.startsWith(`${TAB_PREFIX}${role}:`) ? markedSheet(entry, value) : undefined;
    if (tab) return tab;
  }
  return undefined;
}

/**
 * The add-in's tabs for several roles with one search (the receiver's four tabs): role → tab, the
 * first marked one of each; roles with no tab are absent. Only marks of these roles are located.
 */
export function markedTabs<R extends TabRole>(spreadsheet: Spreadsheet, roles: readonly R[]): Map<R, MarkedTab> {
  const out = new Map<R, MarkedTab>();
  const prefixes = roles.map((role) => [role, `${TAB_PREFIX}${role}:`] as const);
  for (const entry of spreadsheet.createDeveloperMetadataFinder().withKey(MARK_KEY).find()) {
    const value = entry.getValue() ?? '';
    const match = prefixes.find(([role, prefix]) => value.startsWith(prefix) && !out.has(role));
    const tab = match ? markedSheet(entry, value) : undefined;
    if (match && tab) out.set(match[0], tab);
  }
  return out;
}

/**
 * The sheet a tab mark `tab:<role>:<sheet id>` sits on, with its role; undefined when the sheet's
 * id is not the one in the mark (a copy staff made of the add-in's tab) or the mark is malformed.
 */
function markedSheet(entry: GoogleAppsScript.Spreadsheet.DeveloperMetadata, value: string): (MarkedTab & { role: string }) | undefined {
  const m = new RegExp(`^${TAB_PREFIX}([A-Za-z]+):(\\d+)$`).exec(value);
  const sheet = m ? entry.getLocation().getSheet() : null;
  if (!m || !sheet) return undefined;
  const sheetId = sheet.getSheetId();
  return sheetId === Number(m[2]) ? { sheet, sheetId, role: m[1]! } : undefined;
}

/** Marks `sheet` as the add-in's tab for `role`. */
export function markTab(sheet: Sheet, role: TabRole): void {
  sheet.addDeveloperMetadata(MARK_KEY, `${TAB_PREFIX}${role}:${sheet.getSheetId()}`);
}

/** Marks the whole column `column` of `sheet` as the add-in's `<tab>.<column key>`. */
export function markColumn(sheet: Sheet, column: number, value: string): void {
  const letter = columnLetter(column);
  sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(MARK_KEY, `${COLUMN_PREFIX}${value}`);
}

/**
 * The column marks of each named tab, for the pure readers: tab name → mark value → columns
 * (one getSheetId per tab named).
 */
export function columnMarksByTab(marks: Marks, sheets: ReadonlyMap<string, Sheet>, names: Iterable<string>): Map<string, TabColumnMarks> {
  const out = new Map<string, TabColumnMarks>();
  for (const name of names) {
    const sheet = sheets.get(name);
    if (!sheet) continue;
    const sheetId = sheet.getSheetId();
    const byMark = new Map<string, number[]>();
    for (const m of marks.columns) if (m.sheetId === sheetId) byMark.set(m.value, [...(byMark.get(m.value) ?? []), m.column]);
    out.set(name, byMark);
  }
  return out;
}
