/**
 * Reading an .xlsx (a Google Sheets export, or the template) into the cells the sheet layer
 * reads: blank is '', dates are CalendarDate read with getUTC* (exceljs gives wall-clock-as-UTC),
 * formulas give their cached result (a Google export wraps custom functions as
 * IFERROR(__xludf.DUMMYFUNCTION("…"), cached)), a number shown as a percentage becomes the text
 * staff see ("100%"), text loses the characters XML forbids. Merged cells: a merge across one row
 * (a group row) keeps the value in its first cell only; a merge down several rows (one unit for
 * several tasks) gives each row the value.
 *
 * A file that is no workbook (a .docx or .ods renamed .xlsx) is refused naming what it is
 * (xlsxPackage.ts). A hostile or broken file gets a Vietnamese sentence naming it (UnreadableXlsx)
 * in bounded time and memory (limits in xlsxLimits.ts): the zip is checked and inflated under caps
 * before exceljs sees it, then handed to exceljs as those very parts, stored; only the tabs the
 * command line reads are parsed (tabsRead.ts: a school's own large tabs are skipped unread); merged
 * ranges are bounded in the raw XML; exceljs skips the worksheet parts it would expand cell by cell
 * (data validations, conditional formats, column ranges), and only populated cells are read.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import { calendarDateOf, type CalendarDate, isValidCalendarDate } from '../core/date';
import { xmlSafeText } from '../core/xmlText';
import { columnLetter } from '../sheet/a1';
import { percentText } from '../sheet/cells';
import type { Cell, Rows, TabValues } from '../sheet/workbook';
import { fileErrorSentence, isFileSystemError } from './fileErrorText';
import { MAX_MERGED_CELLS, MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, MAX_XLSX_FILE_BYTES, XLSX_ZIP_LIMITS } from './xlsxLimits';
import { isTabRead } from './tabsRead';
import { notAWorkbookSentence } from './xlsxPackage';
import { mergedRanges, tabNamesByPart, worksheetParts } from './xlsxSheetParts';
import { readZipEntries, type ZipProblem } from './zipEntries';
import { storedZip } from './zipWrite';

/** A file the command line will not read, with the Vietnamese sentence that says why. */
export class UnreadableXlsx extends Error {
  override readonly name = 'UnreadableXlsx';
}

function utcDay(date: Date): CalendarDate | '' {
  const d = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  return isValidCalendarDate(d.year, d.month, d.day) ? d : '';
}

type Value = ExcelJS.CellValue;

/** The value a cell shows: formulas give their cached result, rich text its text, a link its text. */
export function plainValue(value: Value, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return xmlSafeText(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return numFmt?.includes('%') ? percentText(value) : value;
  if (value instanceof Date) return utcDay(value);
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined ? '' : plainValue(result as Value, numFmt);
    }
    if ('richText' in value) return xmlSafeText(value.richText.map((t) => t.text).join(''));
    if ('hyperlink' in value) {
      const link = value as ExcelJS.CellHyperlinkValue;
      return xmlSafeText(typeof link.text === 'string' && link.text !== '' ? link.text : link.hyperlink);
    }
    if ('error' in value) return String((value as ExcelJS.CellErrorValue).error);
  }
  return String(value);
}

function count(n: number): string {
  return n.toLocaleString('vi-VN');
}

const BOUNDS = `${count(MAX_SHEET_ROWS)} hàng × ${count(MAX_SHEET_COLUMNS)} cột (đến cột ${columnLetter(MAX_SHEET_COLUMNS)})`;

/** The sentence for a tab with data at (row, column), beyond the bounds. */
function beyondBounds(file: string, tab: string, row: number, column: number): UnreadableXlsx {
  return new UnreadableXlsx(
    `Không đọc «${file}»: trang «${tab}» có dữ liệu ở ô ${columnLetter(column)}${row} (hàng ${count(row)}, cột ${count(column)}), ` +
      `vượt giới hạn ${BOUNDS} mà công cụ đọc. Hãy xoá các ô thừa ở xa bảng (các hàng, cột trống phía dưới và bên phải) rồi tải xuống lại.`,
  );
}

/**
 * One worksheet as rows of cells, trailing blank rows and columns dropped. Only populated cells
 * are visited; a value beyond MAX_SHEET_ROWS × MAX_SHEET_COLUMNS throws UnreadableXlsx naming the tab.
 */
export function worksheetRows(ws: ExcelJS.Worksheet, file = ''): Cell[][] {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      let value: Cell;
      if (cell.isMerged && cell.master !== cell) {
        const master = cell.master;
        value = master.col === cell.col ? plainValue(master.value, master.numFmt) : '';
      } else value = plainValue(cell.value, cell.numFmt);
      if (value === '') return;
      if (r > MAX_SHEET_ROWS || c > MAX_SHEET_COLUMNS) throw beyondBounds(file, ws.name, r, c);
      (rows[r - 1] ??= [])[c - 1] = value;
    });
  });
  return Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? ''));
}

/** "B2:D9" (or "B2") → its corners; undefined when it is no cell range. */
function rangeCorners(ref: string): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?$/.exec(ref.trim().toUpperCase());
  if (!m) return undefined;
  const column = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const a = { row: Number(m[2]), col: column(m[1]!) };
  const b = { row: Number(m[4] ?? m[2]), col: column(m[3] ?? m[1]!) };
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** Refuses a tab whose merged ranges reach beyond the bounds or cover too many cells (exceljs fills each one). */
export function checkMerges(file: string, tab: string, xml: string): void {
  let covered = 0;
  for (const ref of mergedRanges(xml)) {
    const range = rangeCorners(ref);
    if (!range) throw new UnreadableXlsx(`«${file}» bị hỏng: trang «${tab}» có vùng gộp ô không hợp lệ «${ref}».`);
    if (range.bottom > MAX_SHEET_ROWS || range.right > MAX_SHEET_COLUMNS) {
      throw new UnreadableXlsx(`Không đọc «${file}»: trang «${tab}» có vùng gộp ô ${ref} vượt giới hạn ${BOUNDS} mà công cụ đọc. Hãy bỏ gộp vùng đó rồi tải xuống lại.`);
    }
    covered += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    if (covered > MAX_MERGED_CELLS) {
      throw new UnreadableXlsx(`Không đọc «${file}»: các vùng gộp ô của trang «${tab}» phủ hơn ${count(MAX_MERGED_CELLS)} ô, quá giới hạn mà công cụ đọc. Hãy bỏ bớt gộp ô rồi tải xuống lại.`);
    }
  }
}

/** Why the archive was refused, in Vietnamese, naming the file. */
export function zipProblemSentence(file: string, problem: ZipProblem): string {
  switch (problem.kind) {
    case 'notZip':
      return `«${file}» không phải tệp .xlsx (hoặc tệp bị hỏng, thiếu phần cuối). Hãy tải bảng theo dõi xuống lại bằng Tệp › Tải xuống › Microsoft Excel (.xlsx).`;
    case 'ole':
      return `«${file}» là tệp Excel kiểu cũ (.xls) hoặc có đặt mật khẩu. Hãy mở tệp, bỏ mật khẩu và lưu lại dạng .xlsx.`;
    case 'corrupt':
      return `«${file}» bị hỏng: ${problem.entry ? `phần «${problem.entry}» trong tệp không giải nén được hoặc không đúng kích thước đã khai` : 'mục lục của tệp nén không đọc được'}. Hãy tải tệp xuống lại.`;
    case 'tooManyEntries':
      return `Không đọc «${file}»: tệp có ${count(problem.count)} mục nén, quá giới hạn ${count(XLSX_ZIP_LIMITS.maxEntries)} mục của một tệp .xlsx bình thường.`;
    case 'tooLarge':
      return `Không đọc «${file}»: khi giải nén, tệp lớn hơn ${count(XLSX_ZIP_LIMITS.maxTotalBytes / 1024 / 1024)} MB (phần «${problem.entry}»), quá giới hạn mà công cụ đọc. Một bảng theo dõi bình thường chỉ vài trăm KB.`;
    case 'ratio':
      return `Không đọc «${file}»: phần «${problem.entry}» khi giải nén lớn gấp hơn ${count(XLSX_ZIP_LIMITS.maxRatio)} lần khi nén, dấu hiệu của một tệp cố ý làm tràn bộ nhớ.`;
    case 'encrypted':
      return `«${file}» có đặt mật khẩu. Hãy mở tệp, bỏ mật khẩu và lưu lại dạng .xlsx.`;
    case 'unsupported':
      return `«${file}» dùng kiểu nén mà công cụ không đọc${problem.entry ? ` (phần «${problem.entry}»)` : ''}. Hãy mở tệp bằng Excel hoặc Google Sheets và lưu lại dạng .xlsx.`;
  }
}

/** The file's bytes, once it is known to be a file of a sane size; throws UnreadableXlsx saying why not. */
export function xlsxBytes(file: string): Buffer {
  let data: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) throw new UnreadableXlsx(`Không đọc được «${file}»: đây là một thư mục, không phải tệp .xlsx.`);
    if (stat.size > MAX_XLSX_FILE_BYTES) {
      throw new UnreadableXlsx(`Không đọc «${file}»: tệp nặng ${count(Math.ceil(stat.size / 1024 / 1024))} MB, quá giới hạn ${count(MAX_XLSX_FILE_BYTES / 1024 / 1024)} MB mà công cụ đọc.`);
    }
    data = fs.readFileSync(file);
  } catch (error) {
    if (isFileSystemError(error)) throw new UnreadableXlsx(fileErrorSentence(error, file, 'read'));
    throw error;
  }
  if (data.length === 0) throw new UnreadableXlsx(`«${file}» là tệp rỗng (0 byte), không phải tệp .xlsx.`);
  return data;
}

/** What exceljs is given in place of a tab that is not read. */
const EMPTY_SHEET = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>', 'utf8');

/** Worksheet nodes exceljs would expand range by range (or that a reading never needs): skipped. */
const IGNORED_SHEET_NODES = ['dataValidations', 'conditionalFormatting', 'cols', 'extLst', 'rowBreaks', 'autoFilter', 'picture', 'drawing', 'tableParts'];

/**
 * The tabs of the .xlsx that the command line reads (tabsRead.ts; the others are skipped unparsed);
 * throws UnreadableXlsx with a Vietnamese sentence for a file it will not read.
 */
export async function readXlsxTabs(file: string): Promise<TabValues> {
  const data = xlsxBytes(file);
  const reading = readZipEntries(data, XLSX_ZIP_LIMITS);
  if (!reading.ok) throw new UnreadableXlsx(zipProblemSentence(file, reading.problem));
  const notAWorkbook = notAWorkbookSentence(file, reading.entries);
  if (notAWorkbook !== undefined) throw new UnreadableXlsx(notAWorkbook);
  const tabNames = tabNamesByPart(reading.entries);
  const parts = new Map(reading.entries);
  for (const part of worksheetParts(parts)) {
    const tab = tabNames.get(part);
    // A tab it does not read is not parsed at all: exceljs gets an empty sheet in its place.
    // A part it cannot place is parsed and bounded, in case exceljs places it.
    if (tab !== undefined && !isTabRead(tab)) parts.set(part, EMPTY_SHEET);
    else checkMerges(file, tab ?? part, parts.get(part)!.toString('utf8'));
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // The parts as inspected, stored: exceljs reads exactly them and inflates nothing itself.
    await workbook.xlsx.load(storedZip(parts) as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_SHEET_NODES });
  } catch {
    throw new UnreadableXlsx(`«${file}» bị hỏng: nội dung bên trong không đúng định dạng .xlsx. Hãy mở tệp bằng Excel hoặc Google Sheets, lưu lại dạng .xlsx rồi thử lại.`);
  }
  const tabs = new Map<string, Rows>();
  for (const ws of workbook.worksheets) if (isTabRead(ws.name)) tabs.set(ws.name, worksheetRows(ws, file));
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
 * with the file (missing, unreadable, not an .xlsx, beyond the limits): every command that reads
 * one says it alike. Never a library's English message or a stack trace.
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
    if (e instanceof UnreadableXlsx) error(e.message);
    else if (isFileSystemError(e)) error(fileErrorSentence(e, file, 'read'));
    else error(`Không đọc được «${file}» như một tệp .xlsx: nội dung tệp không đúng định dạng.`);
    return undefined;
  }
}
