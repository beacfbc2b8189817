/**
 * The Phòng/Sở workbook of the offline `rollup` (exceljs): the tabs src/sheet/rollupTabs.ts builds
 * from the roll-up (the same ones the add-in writes into the Sở's spreadsheet), laid out here:
 * title row, header row (shaded, notes), the table; header frozen, filters on the first table.
 * This module only translates: no figure or label is made here.
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { type CalendarDate, isCalendarDate } from '../core/date';
import type { Rollup } from '../core/rollup/rollup';
import { xmlSafeText } from '../core/xmlText';
import { COLORS, NUMBER_FORMATS } from '../sheet/formatting';
import { type RollupColumn, type RollupFormat, type RollupTab, rollupTabs, type RollupValue, TABLE_GAP } from '../sheet/rollupTabs';

const FORMATS: Record<RollupFormat, string> = {
  text: '@',
  percent: NUMBER_FORMATS.percent,
  integer: NUMBER_FORMATS.integer,
  date: NUMBER_FORMATS.date,
  number: '0.0',
};

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** A calendar day as exceljs keeps it (wall clock as UTC). */
function excelDay(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

type Cell = string | number | Date | null;

function cellOf(v: RollupValue): Cell {
  if (v === null || v === '') return null;
  if (typeof v === 'string') return xmlSafeText(v);
  if (typeof v === 'number') return v;
  return isCalendarDate(v) ? excelDay(v) : null;
}

type Sheet = ExcelJS.Worksheet;
type Writer = ExcelJS.stream.xlsx.WorkbookWriter;

function headerStyle(cell: ExcelJS.Cell): void {
  cell.font = { bold: true };
  cell.alignment = { wrapText: true, vertical: 'middle' };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(COLORS.header) } };
}

/** A row of values, each formatted as its column says; committed at once (the writer streams). */
function addRow(ws: Sheet, values: readonly RollupValue[], columns: readonly RollupColumn[]): void {
  const cells = values.map(cellOf);
  const row = ws.addRow(cells);
  cells.forEach((v, i) => {
    const format = columns[i]?.format;
    if (v !== null && format && format !== 'text') row.getCell(i + 1).numFmt = FORMATS[format];
  });
  row.commit();
}

function addHeader(ws: Sheet, columns: readonly RollupColumn[]): void {
  const header = ws.addRow(columns.map((c) => xmlSafeText(c.header)));
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    headerStyle(cell);
    if (c.note) cell.note = xmlSafeText(c.note);
  });
  header.commit();
}

/**
 * A tab: title in row 1, headers in row 2, rows from row 3, written as they come (the streaming
 * writer: a workbook built cell by cell in memory took seconds at 1,000 schools).
 */
function writeTab(workbook: Writer, tab: RollupTab): void {
  const [first, ...more] = tab.tables;
  const ws = workbook.addWorksheet(tab.name, { views: [{ state: 'frozen', ySplit: 2, xSplit: tab.freezeColumns }] });
  ws.columns = (first?.columns ?? []).map((c) => ({ width: c.width }));
  const titleRow = ws.addRow([xmlSafeText(tab.title)]);
  titleRow.getCell(1).font = { bold: true, size: 13 };
  titleRow.commit();
  if (first) {
    addHeader(ws, first.columns);
    for (const values of first.rows) addRow(ws, values, first.columns);
    if (first.columns.length > 0) ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2 + first.rows.length, column: first.columns.length } };
  }
  for (const table of more) {
    for (let i = 0; i < TABLE_GAP; i++) ws.addRow([]).commit();
    addHeader(ws, table.columns);
    for (const values of table.rows) addRow(ws, values, table.columns);
  }
  ws.commit();
}

/** The Sở workbook as the bytes of an .xlsx (written by the caller, which never replaces a file). */
export async function rollupXlsx(rollup: Rollup): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'cds-tracker';
  for (const tab of rollupTabs(rollup)) writeTab(workbook, tab);
  await workbook.commit();
  return new Uint8Array(Buffer.concat(chunks));
}
