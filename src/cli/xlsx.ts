/**
 * Reading an .xlsx (a Google Sheets export, or the template) into the cells the sheet layer
 * reads: blank is '', dates are CalendarDate read with getUTC* (exceljs gives wall-clock-as-UTC),
 * formulas give their cached result (a Google export wraps custom functions as
 * IFERROR(__xludf.DUMMYFUNCTION("…"), cached)), a number shown as a percentage becomes the text
 * staff see ("100%"). Merged cells: a merge across one row (a group row) keeps the value in its
 * first cell only; a merge down several rows (one unit for several tasks) gives each row the value.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { calendarDateOf, type CalendarDate, isValidCalendarDate } from '../core/date';
import { percentText } from '../sheet/cells';
import type { Cell, Rows, TabValues } from '../sheet/workbook';

function utcDay(date: Date): CalendarDate | '' {
  const d = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return isValidCalendarDate(d.year, d.month, d.day) ? d : '';
}

type Value = ExcelJS.CellValue;

/** The value a cell shows: formulas give their cached result, rich text its text, a link its text. */
export function plainValue(value: Value, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return numFmt?.includes('%') ? percentText(value) : value;
  if (value instanceof Date) return utcDay(value);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined ? '' : plainValue(result as Value, numFmt);
    }
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('hyperlink' in value) {
      const link = value as ExcelJS.CellHyperlinkValue;
      return typeof link.text === 'string' && link.text !== '' ? link.text : link.hyperlink;
    }
    if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

/** One worksheet as rows of cells, trailing blank rows and columns dropped. */
export function worksheetRows(ws: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  const height = ws.rowCount;
  const width = ws.columnCount;
  for (let r = 1; r <= height; r++) {
    const row: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      let value: Cell;
      if (cell.isMerged && cell.master !== cell) {
        const master = cell.master;
        value = master.col === cell.col ? plainValue(master.value, master.numFmt) : '';
      } else value = plainValue(cell.value, cell.numFmt);
      row.push(value);
    }
    while (row.length && row[row.length - 1] === '') row.pop();
    rows.push(row);
  }
  while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
  return rows;
}

export async function readXlsxTabs(path: string): Promise<TabValues> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const tabs = new Map<string, Rows>();
  for (const ws of workbook.worksheets) tabs.set(ws.name, worksheetRows(ws));
  return tabs;
}

/** What a command that reads an .xlsx (check, report) needs from outside; tests pass their own. */
export interface XlsxCommandDeps {
  readonly readTabs: (file: string) => Promise<TabValues>;
  readonly today: () => CalendarDate;
  readonly log: (line: string) => void;
  readonly error: (line: string) => void;
}

export const DEFAULT_XLSX_COMMAND_DEPS: XlsxCommandDeps = {
  readTabs: readXlsxTabs,
  today: () => calendarDateOf(new Date()),
  log: (line) => console.log(line),
  error: (line) => console.error(line),
};

/**
 * The tabs of the .xlsx a command was given, or undefined after saying in Vietnamese what is wrong
 * with the file (missing, or not readable as an .xlsx): every command that reads one says it alike.
 */
export async function readTabsOrSay(
  file: string,
  readTabs: (file: string) => Promise<TabValues>,
  error: (line: string) => void,
): Promise<TabValues | undefined> {
  if (!fs.existsSync(file)) {
    error(`Không tìm thấy tệp «${file}».`);
    return undefined;
  }
  try {
    return await readTabs(file);
  } catch (e) {
    error(`Không đọc được «${file}» như một tệp .xlsx: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}
