/**
 * In-memory Spreadsheet / Sheet / Range and the builders the add-in uses (data validation,
 * conditional formats, protection, charts). Typed against the real interfaces with Pick<>,
 * and every method call is recorded in the shared CallLog, so a test can say "each tab was
 * read once" or "the same number of calls for 10 and 5,000 rows".
 *
 * Behaviour kept from Google Sheets: 1-based coordinates; getValues pads with ''; setValues
 * throws Google's message when the data's size differs from the range's; a range outside the
 * sheet's rows/columns throws; a new sheet has 1000 × 26 cells; merging keeps the top-left
 * value only and getValues gives '' for the other merged cells. Formulas: each cell may hold one
 * (getFormulas gives it, '' elsewhere); a formula cell counts as used (getLastRow, getDataRange)
 * even when it shows nothing; writing a value over it replaces the formula, as in Sheets; a
 * string starting with "=" written by setValues/setValue/setFormula(s) becomes the cell's formula.
 * Not emulated: formulas are not evaluated — a formula the add-in writes shows its own text, and
 * test set-up gives a formula the value it shows (putFormula); strings are not parsed as numbers or dates —
 * unless the spreadsheet `parsesInput`: then written strings are read the way Sheets reads typing
 * (see sheetsInput): numbers, percentages, day/month dates, signs, simple formulas computed (others
 * #ERROR!), TRUE/FALSE, the hidden leading apostrophe and the plain-text format «@».
 */
import { CallLog } from './calls';
import { asGas } from './gas';

type SpreadsheetT = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SheetT = GoogleAppsScript.Spreadsheet.Sheet;
type RangeT = GoogleAppsScript.Spreadsheet.Range;
/** The per-cell formats a FakeSheet keeps, by "row,column". */
type CellFormat = 'numberFormats' | 'fontWeights' | 'backgrounds';

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
/**
 * What Sheets stores when a string is written with setValues/setValue (it parses it as typing):
 * a leading apostrophe makes the rest text (the apostrophe is hidden from getValues); a cell
 * formatted as plain text («@») keeps the string; otherwise "01", "1.10", "-10", "+84912345678"
 * become numbers, "TRUE"/"FALSE" booleans, and a string starting with "=", "+" or "-" that is not
 * a number is a formula: simple arithmetic is computed, anything else shows #ERROR! (a parse error).
 * "100%" becomes the number 1 (FakeSheet.writeCell also gives the cell a % format, as Sheets
 * does), and a day/month «05/12» or «15/4/2026» a Date (midnight UTC+7, day first as in a
 * Vietnamese-locale spreadsheet; no year: the current one). Times and currencies are not emulated.
 */
export const SHEETS_PERCENT_INPUT = /^[-+]?(\d+(\.\d*)?|\.\d+)\s*%$/;
export function sheetsInput(value: unknown, numberFormat: string | undefined): unknown {
  if (typeof value !== 'string') return value;
  if (value.startsWith("'")) return value.slice(1);
  if (numberFormat === '@') return value;
  const trimmed = value.trim();
  if (/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) return Number(trimmed);
  if (SHEETS_PERCENT_INPUT.test(trimmed)) return Number(trimmed.replace('%', '').trim()) / 100;
  const day = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?$/.exec(trimmed);
  if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31 && Number(day[2]) >= 1 && Number(day[2]) <= 12) {
    const year = day[3] ? Number(day[3]) : new Date().getUTCFullYear();
    return new Date(Date.UTC(year, Number(day[2]) - 1, Number(day[1])) - 7 * 3600 * 1000);
  }
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  if (/^[=+-]/.test(trimmed)) {
    const body = trimmed.startsWith('=') ? trimmed.slice(1) : trimmed;
    if (/^[-+]?\s*\d+(\.\d+)?(\s*[-+*/]\s*\d+(\.\d+)?)*$/.test(body.trim())) return Number(new Function(`return (${body});`)());
    return '#ERROR!';
  }
  return value;
}

/** What FakeSpreadsheet.getId() answers (and FakeSpreadsheetApp.openById opens). */
export const FAKE_SPREADSHEET_ID = 'fake-spreadsheet-id';

/** "A1", "B3:D10", "A:C", "A2:C" → 1-based box (end open when a bound is missing). */
export function parseA1(a1: string): { row: number; column: number; lastRow?: number; lastColumn?: number } {
  const m = /^([A-Z]+)(\d*)(?::([A-Z]+)(\d*))?$/i.exec(a1.replace(/\$/g, '').trim());
  if (!m) throw new Error(`Range not found: ${a1}`);
  const colNum = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = m[2] ? Number(m[2]) : 1;
  const column = colNum(m[1]!);
  if (m[3] === undefined) return { row, column, lastRow: m[2] ? row : undefined, lastColumn: column };
  return { row, column, lastRow: m[4] ? Number(m[4]) : undefined, lastColumn: colNum(m[3]) };
}

function letters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface FakeRule {
  readonly kind: string;
  readonly args: readonly unknown[];
  readonly background?: string;
  readonly fontColor?: string;
  readonly ranges: readonly string[];
}

export interface FakeValidation {
  readonly kind: string;
  readonly args: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

/** Where a developer-metadata entry sits: a whole sheet, or one column of it (moves with the column). */
export interface FakeMetadataLocation {
  readonly sheet: FakeSheet;
  column?: number;
}

/** One developer-metadata entry (DOCUMENT visibility: the only kind the add-in writes). */
export class FakeDeveloperMetadata implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadata, 'getKey' | 'getValue' | 'getLocation' | 'getId'> {
  constructor(
    readonly id: number,
    readonly key: string,
    readonly value: string | null,
    readonly location: FakeMetadataLocation,
  ) {}

  private get log(): CallLog {
    return this.location.sheet.log;
  }

  getId(): number {
    this.log.record('DeveloperMetadata', 'getId');
    return this.id;
  }

  getKey(): string {
    this.log.record('DeveloperMetadata', 'getKey');
    return this.key;
  }

  getValue(): string | null {
    this.log.record('DeveloperMetadata', 'getValue');
    return this.value;
  }

  getLocation(): GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation {
    this.log.record('DeveloperMetadata', 'getLocation');
    return asGas<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>(new FakeMetadataLocationView(this.location));
  }
}

class FakeMetadataLocationView implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation, 'getSheet' | 'getColumn'> {
  constructor(private readonly location: FakeMetadataLocation) {}

  getSheet(): SheetT | null {
    this.location.sheet.log.record('DeveloperMetadataLocation', 'getSheet');
    return this.location.column === undefined ? asGas<SheetT>(this.location.sheet) : null;
  }

  getColumn(): RangeT | null {
    this.location.sheet.log.record('DeveloperMetadataLocation', 'getColumn');
    const { sheet, column } = this.location;
    return column === undefined ? null : asGas<RangeT>(new FakeRange(sheet, 1, column, sheet.maxRows, 1));
  }
}

/** `createDeveloperMetadataFinder()` with the filters the add-in uses (key, value). */
class FakeMetadataFinder implements Pick<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, 'withKey' | 'withValue' | 'find'> {
  private key: string | undefined;
  private value: string | undefined;

  constructor(
    private readonly log: CallLog,
    private readonly candidates: () => readonly FakeDeveloperMetadata[],
  ) {}

  withKey(key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.log.record('DeveloperMetadataFinder', 'withKey', [key]);
    this.key = key;
    return asGas<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>(this);
  }

  withValue(value: string): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.log.record('DeveloperMetadataFinder', 'withValue', [value]);
    this.value = value;
    return asGas<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>(this);
  }

  find(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    this.log.record('DeveloperMetadataFinder', 'find');
    return this.candidates()
      .filter((m) => (this.key === undefined || m.key === this.key) && (this.value === undefined || m.value === this.value))
      .map((m) => asGas<GoogleAppsScript.Spreadsheet.DeveloperMetadata>(m));
  }
}

export class FakeSpreadsheet
  implements
    Pick<
      SpreadsheetT,
      'getSheets' | 'getSheetByName' | 'insertSheet' | 'getSpreadsheetTimeZone' | 'getId' | 'getUrl' | 'getName' | 'toast' | 'setActiveSheet' | 'getActiveSheet' | 'createDeveloperMetadataFinder'
    >
{
  readonly sheets: FakeSheet[] = [];
  /** Every developer-metadata entry of the spreadsheet, its sheets and columns. */
  readonly metadata: FakeDeveloperMetadata[] = [];
  private nextMetadataId = 1;
  readonly toasts: string[] = [];
  /** Written strings are parsed as Sheets parses typing (sheetsInput); off by default. */
  parsesInput = false;
  private nextSheetId = 0;
  private active: FakeSheet | undefined;

  constructor(
    readonly log: CallLog = new CallLog(),
    readonly timeZone = 'Asia/Ho_Chi_Minh',
  ) {}

  /** Test set-up (not recorded): a sheet holding `values`. */
  addSheet(name: string, values: unknown[][] = []): FakeSheet {
    const sheet = new FakeSheet(this, name, this.nextSheetId++ * 1000 + 7);
    sheet.load(values);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  getSheets(): SheetT[] {
    this.log.record('Spreadsheet', 'getSheets');
    return this.sheets.map((s) => asGas<SheetT>(s));
  }

  getSheetByName(name: string): SheetT | null {
    this.log.record('Spreadsheet', 'getSheetByName', [name]);
    const s = this.sheets.find((x) => x.name === name);
    return s ? asGas<SheetT>(s) : null;
  }

  insertSheet(name?: any, index?: any): SheetT {
    this.log.record('Spreadsheet', 'insertSheet', [name, index].filter((a) => a !== undefined));
    const sheetName = typeof name === 'string' ? name : `Trang tính${this.sheets.length + 1}`;
    if (this.sheets.some((s) => s.name === sheetName)) {
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, sheetName, this.nextSheetId++ * 1000 + 7);
    sheet.load([]);
    if (typeof index === 'number') this.sheets.splice(index, 0, sheet);
    else this.sheets.push(sheet);
    this.active = sheet;
    return asGas<SheetT>(sheet);
  }

  getSpreadsheetTimeZone(): string {
    this.log.record('Spreadsheet', 'getSpreadsheetTimeZone');
    return this.timeZone;
  }

  getId(): string {
    this.log.record('Spreadsheet', 'getId');
    return FAKE_SPREADSHEET_ID;
  }

  getUrl(): string {
    this.log.record('Spreadsheet', 'getUrl');
    return `https://docs.google.com/spreadsheets/d/${FAKE_SPREADSHEET_ID}/edit`;
  }

  getName(): string {
    this.log.record('Spreadsheet', 'getName');
    return 'Kế hoạch CĐS';
  }

  toast(msg: string): void {
    this.log.record('Spreadsheet', 'toast', [msg]);
    this.toasts.push(msg);
  }

  setActiveSheet(sheet: SheetT): SheetT {
    const fake = sheet as unknown as FakeSheet;
    this.log.record('Spreadsheet', 'setActiveSheet', [fake.name]);
    this.active = fake;
    return sheet;
  }

  getActiveSheet(): SheetT {
    this.log.record('Spreadsheet', 'getActiveSheet');
    return asGas<SheetT>(this.active ?? this.sheets[0]!);
  }

  activeSheetName(): string | undefined {
    return this.active?.name;
  }

  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    this.log.record('Spreadsheet', 'createDeveloperMetadataFinder');
    return asGas<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>(new FakeMetadataFinder(this.log, () => this.metadata));
  }

  /** Adds a developer-metadata entry (used by the fakes' addDeveloperMetadata and by test set-up). */
  attachMetadata(key: string, value: string | null, location: FakeMetadataLocation): FakeDeveloperMetadata {
    const entry = new FakeDeveloperMetadata(this.nextMetadataId++, key, value, location);
    this.metadata.push(entry);
    return entry;
  }

  /** Test set-up (not recorded): staff delete a tab; its metadata goes with it, as in Sheets. */
  removeSheet(sheet: FakeSheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.metadata.length - 1; i >= 0; i--) if (this.metadata[i]!.location.sheet === sheet) this.metadata.splice(i, 1);
  }

  /** Test set-up (not recorded): a sheet named `name` made a copy of the tab, metadata included, as Sheets' «Duplicate» does. */
  duplicateSheet(source: FakeSheet, name: string): FakeSheet {
    const copy = this.addSheet(name, source.snapshot());
    for (const [cell, formula] of source.formulas) copy.formulas.set(cell, formula);
    for (const m of this.metadata.filter((x) => x.location.sheet === source)) this.attachMetadata(m.key, m.value, { sheet: copy, column: m.location.column });
    return copy;
  }
}

export class FakeSheet
  implements
    Pick<
      SheetT,
      | 'getName'
      | 'getSheetId'
      | 'getParent'
      | 'getRange'
      | 'getDataRange'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'insertRowsAfter'
      | 'insertColumnsAfter'
      | 'setFrozenRows'
      | 'getFrozenRows'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'setConditionalFormatRules'
      | 'getConditionalFormatRules'
      | 'newChart'
      | 'insertChart'
      | 'getCharts'
      | 'removeChart'
      | 'clear'
      | 'clearContents'
      | 'activate'
      | 'setTabColor'
      | 'getProtections'
      | 'addDeveloperMetadata'
      | 'getRangeList'
      | 'getSheetValues'
      | 'appendRow'
    >
{
  /** Cell values, row-major, exactly maxRows × maxColumns: what each cell shows. */
  values: unknown[][] = [];
  /** The cells holding a formula, by "row,column" (1-based). */
  formulas = new Map<string, string>();
  numberFormats = new Map<string, string>();
  validations = new Map<string, FakeValidation>();
  fontWeights = new Map<string, string>();
  backgrounds = new Map<string, string>();
  merges: { row: number; column: number; numRows: number; numColumns: number }[] = [];
  frozenRows = 0;
  columnWidths = new Map<number, number>();
  rules: FakeRule[] = [];
  charts: FakeChart[] = [];
  protections: FakeProtection[] = [];
  tabColor: string | null = null;
  maxRows = DEFAULT_ROWS;
  maxColumns = DEFAULT_COLUMNS;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    public name: string,
    readonly sheetId: number,
  ) {}

  get log(): CallLog {
    return this.spreadsheet.log;
  }

  /** Test set-up (not recorded): the values as staff typed them (a leading apostrophe is Sheets' text marker, not kept). */
  load(values: unknown[][]): void {
    this.maxRows = Math.max(DEFAULT_ROWS, values.length);
    this.maxColumns = Math.max(DEFAULT_COLUMNS, ...values.map((r) => r.length));
    const typed = (v: unknown): unknown => (typeof v === 'string' && v.startsWith("'") ? v.slice(1) : (v ?? ''));
    this.values = Array.from({ length: this.maxRows }, (_, r) => Array.from({ length: this.maxColumns }, (_, c) => typed(values[r]?.[c])));
    this.formulas.clear();
  }

  /** Test set-up (not recorded): a formula staff typed at (row, column), showing `shown`. */
  putFormula(row: number, column: number, formula: string, shown: unknown = ''): void {
    this.values[row - 1]![column - 1] = shown;
    this.formulas.set(`${row},${column}`, formula);
  }

  /** Every formula of the sheet by "row,column" (not recorded). */
  formulaSnapshot(): Record<string, string> {
    return Object.fromEntries([...this.formulas].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** The formula at (row, column), '' when none (not recorded). */
  formulaAt(row: number, column: number): string {
    return this.formulas.get(`${row},${column}`) ?? '';
  }

  /** Sets (or, with '', removes) the formula of a cell; a value written over a formula replaces it. */
  writeCell(row: number, column: number, value: unknown): void {
    const written = value === null || value === undefined ? '' : value;
    const formula = typeof written === 'string' && written.startsWith('=') && (!this.spreadsheet.parsesInput || this.numberFormats.get(`${row},${column}`) !== '@');
    // The hidden leading apostrophe is never part of a cell's value, whether or not input is parsed.
    const stored = typeof written === 'string' && written.startsWith("'") ? written.slice(1) : written;
    const format = this.numberFormats.get(`${row},${column}`);
    this.values[row - 1]![column - 1] = this.spreadsheet.parsesInput ? sheetsInput(written, format) : stored;
    // Sheets formats a cell typed as a percentage with a % format (unless it is plain text or already %).
    if (this.spreadsheet.parsesInput && typeof written === 'string' && format !== '@' && !format?.includes('%') && SHEETS_PERCENT_INPUT.test(written.trim())) {
      this.numberFormats.set(`${row},${column}`, '0%');
    }
    if (formula) this.formulas.set(`${row},${column}`, written as string);
    else this.formulas.delete(`${row},${column}`);
  }

  /**
   * Test set-up (not recorded): staff drag column `from` to position `to` (1-based, where it
   * ends up), the other columns closing up. As in Sheets, everything of the column moves with
   * it: values, formulas, number formats, data validations, bold and background, width, and the
   * developer metadata on the column (the add-in's column marks). Formula text is not rewritten.
   */
  moveColumn(from: number, to: number): void {
    const moved = (c: number): number => {
      if (c === from) return to;
      if (from < to && c > from && c <= to) return c - 1;
      if (from > to && c >= to && c < from) return c + 1;
      return c;
    };
    for (const row of this.values) {
      const [cell] = row.splice(from - 1, 1);
      row.splice(to - 1, 0, cell);
    }
    const remap = <V>(cells: Map<string, V>): Map<string, V> =>
      new Map([...cells].map(([key, v]) => {
        const [r, c] = key.split(',').map(Number) as [number, number];
        return [`${r},${moved(c)}`, v];
      }));
    this.formulas = remap(this.formulas);
    this.numberFormats = remap(this.numberFormats);
    this.validations = remap(this.validations);
    this.fontWeights = remap(this.fontWeights);
    this.backgrounds = remap(this.backgrounds);
    this.columnWidths = new Map([...this.columnWidths].map(([c, w]) => [moved(c), w]));
    for (const m of this.spreadsheet.metadata) if (m.location.sheet === this && m.location.column !== undefined) m.location.column = moved(m.location.column);
  }

  /** Moves the formulas at or after a row / column when rows or columns are inserted. */
  private shiftFormulas(axis: 'row' | 'column', after: number, howMany: number): void {
    const moved = new Map<string, string>();
    for (const [cell, formula] of this.formulas) {
      const [r, c] = cell.split(',').map(Number) as [number, number];
      if (axis === 'row') moved.set(`${r > after ? r + howMany : r},${c}`, formula);
      else moved.set(`${r},${c > after ? c + howMany : c}`, formula);
    }
    this.formulas = moved;
  }

  /** The used part of the sheet, as getDataRange().getValues() would give it (not recorded). */
  snapshot(): unknown[][] {
    const { lastRow, lastColumn } = this.extent();
    return this.values.slice(0, lastRow).map((r) => r.slice(0, lastColumn));
  }

  extent(): { lastRow: number; lastColumn: number } {
    let lastRow = 0;
    let lastColumn = 0;
    this.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== '' && v !== null && v !== undefined) {
          lastRow = Math.max(lastRow, r + 1);
          lastColumn = Math.max(lastColumn, c + 1);
        }
      }),
    );
    for (const cell of this.formulas.keys()) {
      const [r, c] = cell.split(',').map(Number) as [number, number];
      lastRow = Math.max(lastRow, r);
      lastColumn = Math.max(lastColumn, c);
    }
    return { lastRow, lastColumn };
  }

  getName(): string {
    this.log.record('Sheet', 'getName');
    return this.name;
  }

  getSheetId(): number {
    this.log.record('Sheet', 'getSheetId');
    return this.sheetId;
  }

  getParent(): SpreadsheetT {
    this.log.record('Sheet', 'getParent');
    return asGas<SpreadsheetT>(this.spreadsheet);
  }

  getRange(a: string | number, column?: number, numRows?: number, numColumns?: number): RangeT {
    this.log.record('Sheet', 'getRange', [a, column, numRows, numColumns].filter((x) => x !== undefined));
    return asGas<RangeT>(this.range(a, column, numRows, numColumns));
  }

  /** Unrecorded range lookup for tests. */
  range(a: string | number, column?: number, numRows?: number, numColumns?: number): FakeRange {
    if (typeof a === 'string') {
      const box = parseA1(a);
      return this.box(box.row, box.column, (box.lastRow ?? this.maxRows) - box.row + 1, (box.lastColumn ?? this.maxColumns) - box.column + 1);
    }
    return this.box(a, column ?? 1, numRows ?? 1, numColumns ?? 1);
  }

  private box(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    if (![row, column, numRows, numColumns].every((n) => Number.isInteger(n)) || row < 1 || column < 1) {
      throw new Error('Exception: The parameters don\'t match the method signature for Sheet.getRange.');
    }
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, column, numRows, numColumns);
  }

  getDataRange(): RangeT {
    this.log.record('Sheet', 'getDataRange');
    const { lastRow, lastColumn } = this.extent();
    return asGas<RangeT>(new FakeRange(this, 1, 1, Math.max(1, lastRow), Math.max(1, lastColumn)));
  }

  getLastRow(): number {
    this.log.record('Sheet', 'getLastRow');
    return this.extent().lastRow;
  }

  getLastColumn(): number {
    this.log.record('Sheet', 'getLastColumn');
    return this.extent().lastColumn;
  }

  getMaxRows(): number {
    this.log.record('Sheet', 'getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.log.record('Sheet', 'getMaxColumns');
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetT {
    this.log.record('Sheet', 'insertRowsAfter', [afterPosition, howMany]);
    const blank = Array.from({ length: howMany }, () => new Array<unknown>(this.maxColumns).fill(''));
    this.values.splice(afterPosition, 0, ...blank);
    this.maxRows += howMany;
    this.shiftFormulas('row', afterPosition, howMany);
    return asGas<SheetT>(this);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): SheetT {
    this.log.record('Sheet', 'insertColumnsAfter', [afterPosition, howMany]);
    for (const row of this.values) row.splice(afterPosition, 0, ...new Array<unknown>(howMany).fill(''));
    this.maxColumns += howMany;
    this.shiftFormulas('column', afterPosition, howMany);
    for (const m of this.spreadsheet.metadata) if (m.location.sheet === this && m.location.column !== undefined && m.location.column > afterPosition) m.location.column += howMany;
    return asGas<SheetT>(this);
  }

  setFrozenRows(rows: number): void {
    this.log.record('Sheet', 'setFrozenRows', [rows]);
    this.frozenRows = rows;
  }

  getFrozenRows(): number {
    this.log.record('Sheet', 'getFrozenRows');
    return this.frozenRows;
  }

  setColumnWidth(columnPosition: number, width: number): SheetT {
    this.log.record('Sheet', 'setColumnWidth', [columnPosition, width]);
    this.columnWidths.set(columnPosition, width);
    return asGas<SheetT>(this);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetT {
    this.log.record('Sheet', 'setColumnWidths', [startColumn, numColumns, width]);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return asGas<SheetT>(this);
  }

  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.log.record('Sheet', 'setConditionalFormatRules', [rules.length]);
    this.rules = rules as unknown as FakeRule[];
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.log.record('Sheet', 'getConditionalFormatRules');
    return this.rules as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.log.record('Sheet', 'newChart');
    return asGas<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>(new FakeChartBuilder(this.log));
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.log.record('Sheet', 'insertChart');
    this.charts.push(chart as unknown as FakeChart);
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this.log.record('Sheet', 'getCharts');
    return [...this.charts] as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart[];
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.log.record('Sheet', 'removeChart');
    this.charts = this.charts.filter((c) => c !== (chart as unknown as FakeChart));
  }

  clear(): SheetT {
    this.log.record('Sheet', 'clear');
    this.values = this.values.map((r) => r.map(() => ''));
    this.formulas.clear();
    this.numberFormats.clear();
    this.fontWeights.clear();
    this.backgrounds.clear();
    this.merges = [];
    return asGas<SheetT>(this);
  }

  clearContents(): SheetT {
    this.log.record('Sheet', 'clearContents');
    this.values = this.values.map((r) => r.map(() => ''));
    this.formulas.clear();
    return asGas<SheetT>(this);
  }

  activate(): SheetT {
    this.log.record('Sheet', 'activate');
    this.spreadsheet.setActiveSheet(asGas<SheetT>(this));
    return asGas<SheetT>(this);
  }

  setTabColor(color: string | null): SheetT {
    this.log.record('Sheet', 'setTabColor', [color]);
    this.tabColor = color;
    return asGas<SheetT>(this);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.log.record('Sheet', 'getProtections', [type]);
    return this.protections as unknown as GoogleAppsScript.Spreadsheet.Protection[];
  }

  addDeveloperMetadata(key: string, value?: any): SheetT {
    this.log.record('Sheet', 'addDeveloperMetadata', [key, value].filter((a) => a !== undefined));
    this.spreadsheet.attachMetadata(key, typeof value === 'string' ? value : null, { sheet: this });
    return asGas<SheetT>(this);
  }

  isMergedAway(row: number, column: number): boolean {
    return this.merges.some((m) => row >= m.row && row < m.row + m.numRows && column >= m.column && column < m.column + m.numColumns && !(row === m.row && column === m.column));
  }

  /** The ranges of `a1Notations` in this sheet, acted on together (one call each for the list and each setter). */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.log.record('Sheet', 'getRangeList', [[...a1Notations]]);
    if (a1Notations.length === 0) throw new Error('Exception: The parameters () don\'t match the method signature for SpreadsheetApp.Sheet.getRangeList.');
    return asGas<GoogleAppsScript.Spreadsheet.RangeList>(new FakeRangeList(this, a1Notations.map((a1) => this.range(a1))));
  }

  /**
   * The values of a rectangle in one call. As documented for Sheet.getSheetValues, a -1 row or
   * column count means "up to the last row / column with data" (what getDataRange covers).
   */
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): any[][] {
    this.log.record('Sheet', 'getSheetValues', [startRow, startColumn, numRows, numColumns]);
    const { lastRow, lastColumn } = this.extent();
    const rows = numRows === -1 ? Math.max(1, lastRow - startRow + 1) : numRows;
    const columns = numColumns === -1 ? Math.max(1, lastColumn - startColumn + 1) : numColumns;
    return this.box(startRow, startColumn, rows, columns).read();
  }

  /** One row below the last row with content; the sheet grows when it is full (as in Sheets). */
  appendRow(rowContents: any[]): SheetT {
    this.log.record('Sheet', 'appendRow', [rowContents.length]);
    const row = this.extent().lastRow + 1;
    if (row > this.maxRows) {
      this.values.push(new Array<unknown>(this.maxColumns).fill(''));
      this.maxRows += 1;
    }
    if (rowContents.length > this.maxColumns) {
      const more = rowContents.length - this.maxColumns;
      for (const r of this.values) r.push(...new Array<unknown>(more).fill(''));
      this.maxColumns += more;
    }
    rowContents.forEach((v, i) => this.writeCell(row, i + 1, v));
    return asGas<SheetT>(this);
  }
}

export class FakeRange
  implements
    Pick<
      RangeT,
      | 'getValues'
      | 'getFormulas'
      | 'getNumberFormats'
      | 'setValues'
      | 'setFormula'
      | 'setFormulas'
      | 'getValue'
      | 'setValue'
      | 'getRow'
      | 'getColumn'
      | 'getNumRows'
      | 'getNumColumns'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getA1Notation'
      | 'getSheet'
      | 'setNumberFormat'
      | 'setNumberFormats'
      | 'setDataValidation'
      | 'setFontWeight'
      | 'setBackground'
      | 'setWrap'
      | 'setVerticalAlignment'
      | 'protect'
      | 'merge'
      | 'isBlank'
      | 'clearContent'
      | 'setBackgrounds'
      | 'setFontWeights'
      | 'getGridId'
      | 'addDeveloperMetadata'
    >
{
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private get log(): CallLog {
    return this.sheet.log;
  }

  /** The range's cells, row by row (no call: the fakes' own bookkeeping). */
  cells(): { r: number; c: number }[] {
    const out: { r: number; c: number }[] = [];
    for (let r = this.row; r < this.row + this.numRows; r++) for (let c = this.column; c < this.column + this.numColumns; c++) out.push({ r, c });
    return out;
  }

  getValues(): any[][] {
    this.log.record('Range', 'getValues', [this.a1()]);
    return this.read();
  }

  /** Each cell's formula ('' when it holds a value), as Sheets gives them. */
  getFormulas(): string[][] {
    this.log.record('Range', 'getFormulas', [this.a1()]);
    return Array.from({ length: this.numRows }, (_, i) =>
      Array.from({ length: this.numColumns }, (_, j) => (this.sheet.isMergedAway(this.row + i, this.column + j) ? '' : this.sheet.formulaAt(this.row + i, this.column + j))),
    );
  }

  setFormula(formula: string): RangeT {
    this.log.record('Range', 'setFormula', [this.a1(), formula]);
    for (const { r, c } of this.cells()) this.sheet.writeCell(r, c, formula.startsWith('=') ? formula : `=${formula}`);
    return asGas<RangeT>(this);
  }

  setFormulas(formulas: string[][]): RangeT {
    this.log.record('Range', 'setFormulas', [this.a1()]);
    if (formulas.length !== this.numRows || formulas.some((r) => r.length !== this.numColumns)) {
      throw new Error('Exception: The number of rows or columns in the data does not match the range.');
    }
    formulas.forEach((row, i) => row.forEach((f, j) => this.sheet.writeCell(this.row + i, this.column + j, f === '' ? '' : f.startsWith('=') ? f : `=${f}`)));
    return asGas<RangeT>(this);
  }

  getNumberFormats(): string[][] {
    this.log.record('Range', 'getNumberFormats', [this.a1()]);
    return Array.from({ length: this.numRows }, (_, i) => Array.from({ length: this.numColumns }, (_, j) => this.sheet.numberFormats.get(`${this.row + i},${this.column + j}`) ?? ''));
  }

  /** Unrecorded read for tests. */
  read(): unknown[][] {
    return Array.from({ length: this.numRows }, (_, i) =>
      Array.from({ length: this.numColumns }, (_, j) => {
        const r = this.row + i;
        const c = this.column + j;
        if (this.sheet.isMergedAway(r, c)) return '';
        const v = this.sheet.values[r - 1]![c - 1];
        return v instanceof Date ? new Date(v.getTime()) : v;
      }),
    );
  }

  setValues(values: any[][]): RangeT {
    this.log.record('Range', 'setValues', [this.a1(), values.length, this.sheet.name]);
    if (values.length !== this.numRows) {
      throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.numRows}.`);
    }
    for (const row of values) {
      if (row.length !== this.numColumns) {
        throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.numColumns}.`);
      }
    }
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null && typeof v === 'object' && !(v instanceof Date)) throw new Error(`Exception: Cannot store object values in cell ${letters(this.column + j)}${this.row + i}`);
        this.sheet.writeCell(this.row + i, this.column + j, v);
      }),
    );
    return asGas<RangeT>(this);
  }

  getValue(): any {
    this.log.record('Range', 'getValue', [this.a1()]);
    return this.read()[0]![0];
  }

  setValue(value: any): RangeT {
    this.log.record('Range', 'setValue', [this.a1(), value]);
    this.sheet.writeCell(this.row, this.column, value);
    return asGas<RangeT>(this);
  }

  getRow(): number {
    this.log.record('Range', 'getRow');
    return this.row;
  }

  getColumn(): number {
    this.log.record('Range', 'getColumn');
    return this.column;
  }

  getNumRows(): number {
    this.log.record('Range', 'getNumRows');
    return this.numRows;
  }

  getNumColumns(): number {
    this.log.record('Range', 'getNumColumns');
    return this.numColumns;
  }

  getLastRow(): number {
    this.log.record('Range', 'getLastRow');
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    this.log.record('Range', 'getLastColumn');
    return this.column + this.numColumns - 1;
  }

  a1(): string {
    const start = `${letters(this.column)}${this.row}`;
    return this.numRows === 1 && this.numColumns === 1 ? start : `${start}:${letters(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
  }

  getA1Notation(): string {
    this.log.record('Range', 'getA1Notation');
    return this.a1();
  }

  getSheet(): SheetT {
    this.log.record('Range', 'getSheet');
    return asGas<SheetT>(this.sheet);
  }

  /**
   * One format for every cell (no call recorded: the callers record theirs, Range and RangeList
   * alike). A null font weight is normal, a null background none.
   */
  paint(format: CellFormat, value: string | null): void {
    const cells = this.sheet[format];
    const stored = value ?? (format === 'fontWeights' ? 'normal' : '');
    for (const { r, c } of this.cells()) cells.set(`${r},${c}`, stored);
  }

  /** A format per cell, `grid` shaped like the range (as Sheets checks it); no call recorded. */
  paintGrid(format: CellFormat, grid: readonly (readonly (string | null)[])[], method: string): void {
    if (grid.length !== this.numRows || grid.some((r) => r.length !== this.numColumns)) {
      throw new Error(`Exception: The number of rows or columns in the data does not match the range (${method}).`);
    }
    const cells = this.sheet[format];
    grid.forEach((row, i) => row.forEach((value, j) => cells.set(`${this.row + i},${this.column + j}`, value ?? (format === 'fontWeights' ? 'normal' : ''))));
  }

  setNumberFormat(numberFormat: string): RangeT {
    this.log.record('Range', 'setNumberFormat', [this.a1(), numberFormat]);
    this.paint('numberFormats', numberFormat);
    return asGas<RangeT>(this);
  }

  setNumberFormats(numberFormats: string[][]): RangeT {
    this.log.record('Range', 'setNumberFormats', [this.a1()]);
    this.paintGrid('numberFormats', numberFormats, 'setNumberFormats');
    return asGas<RangeT>(this);
  }

  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): RangeT {
    this.log.record('Range', 'setDataValidation', [this.a1()]);
    for (const { r, c } of this.cells()) {
      if (rule) this.sheet.validations.set(`${r},${c}`, rule as unknown as FakeValidation);
      else this.sheet.validations.delete(`${r},${c}`);
    }
    return asGas<RangeT>(this);
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): RangeT {
    this.log.record('Range', 'setFontWeight', [this.a1(), fontWeight]);
    this.paint('fontWeights', fontWeight);
    return asGas<RangeT>(this);
  }

  setBackground(color: string | null): RangeT {
    this.log.record('Range', 'setBackground', [this.a1(), color]);
    this.paint('backgrounds', color);
    return asGas<RangeT>(this);
  }

  setWrap(isWrapEnabled: boolean): RangeT {
    this.log.record('Range', 'setWrap', [this.a1(), isWrapEnabled]);
    return asGas<RangeT>(this);
  }

  setVerticalAlignment(alignment: string | null): RangeT {
    this.log.record('Range', 'setVerticalAlignment', [this.a1(), alignment]);
    return asGas<RangeT>(this);
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.log.record('Range', 'protect', [this.a1()]);
    const p = new FakeProtection(this.log, this.a1());
    this.sheet.protections.push(p);
    return asGas<GoogleAppsScript.Spreadsheet.Protection>(p);
  }

  merge(): RangeT {
    this.log.record('Range', 'merge', [this.a1()]);
    for (const { r, c } of this.cells()) if (r !== this.row || c !== this.column) this.sheet.writeCell(r, c, '');
    this.sheet.merges.push({ row: this.row, column: this.column, numRows: this.numRows, numColumns: this.numColumns });
    return asGas<RangeT>(this);
  }

  isBlank(): boolean {
    this.log.record('Range', 'isBlank', [this.a1()]);
    return this.read().every((r) => r.every((v) => v === ''));
  }

  clearContent(): RangeT {
    this.log.record('Range', 'clearContent', [this.a1()]);
    for (const { r, c } of this.cells()) this.sheet.writeCell(r, c, '');
    return asGas<RangeT>(this);
  }

  /** Sheets allows metadata on a range only when it is whole rows or whole columns; the add-in uses one whole column. */
  addDeveloperMetadata(key: string, value?: any): RangeT {
    this.log.record('Range', 'addDeveloperMetadata', [this.a1(), key, value].filter((a) => a !== undefined));
    if (this.numColumns !== 1 || this.row !== 1 || this.numRows !== this.sheet.maxRows) {
      throw new Error('Exception: Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.');
    }
    this.sheet.spreadsheet.attachMetadata(key, typeof value === 'string' ? value : null, { sheet: this.sheet, column: this.column });
    return asGas<RangeT>(this);
  }

  /** The parent sheet's id, in one call. */
  getGridId(): number {
    this.log.record('Range', 'getGridId');
    return this.sheet.sheetId;
  }

  setFontWeights(fontWeights: (GoogleAppsScript.Spreadsheet.FontWeight | null)[][]): RangeT {
    this.log.record('Range', 'setFontWeights', [this.a1()]);
    this.paintGrid('fontWeights', fontWeights, 'setFontWeights');
    return asGas<RangeT>(this);
  }

  setBackgrounds(colors: (string | null)[][]): RangeT {
    this.log.record('Range', 'setBackgrounds', [this.a1()]);
    this.paintGrid('backgrounds', colors, 'setBackgrounds');
    return asGas<RangeT>(this);
  }
}

export class FakeProtection implements Pick<GoogleAppsScript.Spreadsheet.Protection, 'setWarningOnly' | 'setDescription' | 'isWarningOnly' | 'getDescription'> {
  warningOnly = false;
  description = '';

  constructor(
    private readonly log: CallLog,
    readonly a1: string,
  ) {}

  setWarningOnly(warningOnly: boolean): GoogleAppsScript.Spreadsheet.Protection {
    this.log.record('Protection', 'setWarningOnly', [warningOnly]);
    this.warningOnly = warningOnly;
    return asGas<GoogleAppsScript.Spreadsheet.Protection>(this);
  }

  setDescription(description: string): GoogleAppsScript.Spreadsheet.Protection {
    this.log.record('Protection', 'setDescription', [description]);
    this.description = description;
    return asGas<GoogleAppsScript.Spreadsheet.Protection>(this);
  }

  isWarningOnly(): boolean {
    this.log.record('Protection', 'isWarningOnly');
    return this.warningOnly;
  }

  getDescription(): string {
    this.log.record('Protection', 'getDescription');
    return this.description;
  }
}

export interface FakeChart {
  readonly type: string;
  readonly ranges: readonly string[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly position: readonly number[];
}

export class FakeChartBuilder
  implements Pick<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, 'addRange' | 'setPosition' | 'setOption' | 'build' | 'asBarChart' | 'asPieChart' | 'asColumnChart'>
{
  private type = 'unset';
  private readonly ranges: string[] = [];
  private readonly options: Record<string, unknown> = {};
  private position: number[] = [];

  constructor(private readonly log: CallLog) {}

  addRange(range: RangeT): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.log.record('EmbeddedChartBuilder', 'addRange');
    this.ranges.push((range as unknown as FakeRange).a1());
    return asGas<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>(this);
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.log.record('EmbeddedChartBuilder', 'setPosition');
    this.position = [anchorRowPos, anchorColPos, offsetX, offsetY];
    return asGas<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>(this);
  }

  setOption(option: string, value: any): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.log.record('EmbeddedChartBuilder', 'setOption', [option]);
    this.options[option] = value;
    return asGas<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>(this);
  }

  asBarChart(): GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder {
    this.log.record('EmbeddedChartBuilder', 'asBarChart');
    this.type = 'bar';
    return this as unknown as GoogleAppsScript.Spreadsheet.EmbeddedBarChartBuilder;
  }

  asColumnChart(): GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder {
    this.log.record('EmbeddedChartBuilder', 'asColumnChart');
    this.type = 'column';
    return this as unknown as GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
  }

  asPieChart(): GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder {
    this.log.record('EmbeddedChartBuilder', 'asPieChart');
    this.type = 'pie';
    return this as unknown as GoogleAppsScript.Spreadsheet.EmbeddedPieChartBuilder;
  }

  build(): GoogleAppsScript.Spreadsheet.EmbeddedChart {
    this.log.record('EmbeddedChartBuilder', 'build');
    const chart: FakeChart = { type: this.type, ranges: [...this.ranges], options: { ...this.options }, position: this.position };
    return chart as unknown as GoogleAppsScript.Spreadsheet.EmbeddedChart;
  }
}

/** SpreadsheetApp.newDataValidation(): records the criterion and options. */
export class FakeDataValidationBuilder
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.DataValidationBuilder,
      'requireValueInList' | 'requireDate' | 'requireTextIsEmail' | 'requireNumberGreaterThanOrEqualTo' | 'setAllowInvalid' | 'setHelpText' | 'build'
    >
{
  private kind = 'unset';
  private args: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  constructor(private readonly log: CallLog) {}

  private set(kind: string, args: unknown[]): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.log.record('DataValidationBuilder', kind, args);
    this.kind = kind;
    this.args = args;
    return asGas<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(this);
  }

  requireValueInList(values: string[], showDropdown?: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('requireValueInList', [values, showDropdown]);
  }

  requireDate(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('requireDate', []);
  }

  requireTextIsEmail(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('requireTextIsEmail', []);
  }

  requireNumberGreaterThanOrEqualTo(number: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.set('requireNumberGreaterThanOrEqualTo', [number]);
  }

  setAllowInvalid(allowInvalidData: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.log.record('DataValidationBuilder', 'setAllowInvalid', [allowInvalidData]);
    this.allowInvalid = allowInvalidData;
    return asGas<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(this);
  }

  setHelpText(helpText: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.log.record('DataValidationBuilder', 'setHelpText', [helpText]);
    this.helpText = helpText;
    return asGas<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(this);
  }

  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    this.log.record('DataValidationBuilder', 'build');
    const v: FakeValidation = { kind: this.kind, args: this.args, allowInvalid: this.allowInvalid, helpText: this.helpText };
    return v as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
  }
}

/** SpreadsheetApp.newConditionalFormatRule(). */
export class FakeConditionalFormatRuleBuilder
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
      'whenTextEqualTo' | 'whenTextStartsWith' | 'whenNumberGreaterThan' | 'whenFormulaSatisfied' | 'setBackground' | 'setFontColor' | 'setRanges' | 'build'
    >
{
  private kind = 'unset';
  private args: unknown[] = [];
  private background: string | undefined;
  private fontColor: string | undefined;
  private ranges: string[] = [];

  constructor(private readonly log: CallLog) {}

  private when(kind: string, args: unknown[]): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.log.record('ConditionalFormatRuleBuilder', kind, args);
    this.kind = kind;
    this.args = args;
    return asGas<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>(this);
  }

  whenTextEqualTo(text: string): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when('whenTextEqualTo', [text]);
  }

  whenTextStartsWith(text: string): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when('whenTextStartsWith', [text]);
  }

  whenNumberGreaterThan(number: number): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when('whenNumberGreaterThan', [number]);
  }

  whenFormulaSatisfied(formula: string): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return this.when('whenFormulaSatisfied', [formula]);
  }

  setBackground(color: string | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.log.record('ConditionalFormatRuleBuilder', 'setBackground', [color]);
    this.background = color ?? undefined;
    return asGas<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>(this);
  }

  setFontColor(color: string | null): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.log.record('ConditionalFormatRuleBuilder', 'setFontColor', [color]);
    this.fontColor = color ?? undefined;
    return asGas<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>(this);
  }

  setRanges(ranges: RangeT[]): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.log.record('ConditionalFormatRuleBuilder', 'setRanges', [ranges.length]);
    this.ranges = ranges.map((r) => (r as unknown as FakeRange).a1());
    return asGas<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>(this);
  }

  build(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
    this.log.record('ConditionalFormatRuleBuilder', 'build');
    const rule: FakeRule = { kind: this.kind, args: this.args, background: this.background, fontColor: this.fontColor, ranges: this.ranges };
    return rule as unknown as GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
  }
}

/**
 * `sheet.getRangeList(a1s)`: the setters Khởi tạo uses, each one recorded call for the whole list
 * (as in Apps Script), with the same effect as calling it on every range (unrecorded).
 */
export class FakeRangeList
  implements Pick<GoogleAppsScript.Spreadsheet.RangeList, 'getRanges' | 'setNumberFormat' | 'setFontWeight' | 'setBackground' | 'setWrap' | 'setVerticalAlignment'>
{
  constructor(
    private readonly sheet: FakeSheet,
    readonly ranges: readonly FakeRange[],
  ) {}

  private get log(): CallLog {
    return this.sheet.log;
  }

  private each(method: string, args: readonly unknown[], apply: (r: FakeRange) => void): GoogleAppsScript.Spreadsheet.RangeList {
    this.log.record('RangeList', method, [this.ranges.map((r) => r.a1()), ...args]);
    for (const range of this.ranges) apply(range);
    return asGas<GoogleAppsScript.Spreadsheet.RangeList>(this);
  }

  getRanges(): RangeT[] {
    this.log.record('RangeList', 'getRanges');
    return this.ranges.map((r) => asGas<RangeT>(r));
  }

  setNumberFormat(numberFormat: string): GoogleAppsScript.Spreadsheet.RangeList {
    return this.each('setNumberFormat', [numberFormat], (range) => range.paint('numberFormats', numberFormat));
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GoogleAppsScript.Spreadsheet.RangeList {
    return this.each('setFontWeight', [fontWeight], (range) => range.paint('fontWeights', fontWeight));
  }

  setBackground(color: string | null): GoogleAppsScript.Spreadsheet.RangeList {
    return this.each('setBackground', [color], (range) => range.paint('backgrounds', color));
  }

  /** Wrapping is not kept by the fakes (as Range.setWrap): recorded only. */
  setWrap(isWrapEnabled: boolean): GoogleAppsScript.Spreadsheet.RangeList {
    return this.each('setWrap', [isWrapEnabled], () => {});
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GoogleAppsScript.Spreadsheet.RangeList {
    return this.each('setVerticalAlignment', [alignment], () => {});
  }
}
