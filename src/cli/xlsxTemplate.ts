/**
 * The workbook as an .xlsx (exceljs): the same tabs, headers, widths, frozen header rows, number
 * formats, dropdowns and validation, conditional formats as Khởi tạo makes in Google Sheets;
 * with a plan (the sample) its rows and the computed columns' values. Quá hạn (ngày) in Tiến độ is
 * a formula with its cached value: offline no script refreshes it, TODAY() does.
 */
import ExcelJS from 'exceljs';
import { type CalendarDate, isCalendarDate } from '../core/date';
import type { Plan } from '../core/plan';
import { DONE } from '../core/status';
import { xmlSafeText } from '../core/xmlText';
import { columnLetter } from '../sheet/a1';
import { COLORS, COMPUTED_NOTE, conditionalFormats, letterOf, NUMBER_FORMATS, validationRule } from '../sheet/formatting';
import { planTabs, quarterFormats } from '../sheet/planTabs';
import { applyBlocks, recompute } from '../sheet/recompute';
import { computedColumnMark, DASHBOARD_TAB, INDICATORS_TAB, PROGRESS_TAB, type TabSpec, WORKBOOK_TABS } from '../sheet/schema';
import { DASHBOARD_MARK_NAME, markName } from './xlsxUpdate';
import { DEFAULT_REMIND_DAYS_BEFORE } from '../sheet/settings';
import type { Cell } from '../sheet/workbook';

/** Rows the validation and formats cover (as in a new Google sheet). */
const FORMATTED_ROWS = 1000;

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function fill(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) }, bgColor: { argb: argb(hex) } };
}

/**
 * exceljs keeps dates as wall-clock-as-UTC: a calendar day is that day's UTC midnight. Text loses
 * the characters XML forbids: exceljs writes them as they are, and the file would not open.
 */
function cellValue(cell: Cell): ExcelJS.CellValue {
  if (isCalendarDate(cell)) return new Date(Date.UTC(cell.year, cell.month - 1, cell.day));
  return typeof cell === 'string' ? xmlSafeText(cell) : cell;
}

interface DataValidations {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function addValidation(ws: ExcelJS.Worksheet, ref: string, kind: Parameters<typeof validationRule>[0]): void {
  const rule = validationRule(kind);
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.allowInvalid ? 'warning' : 'stop',
    errorTitle: 'Giá trị không hợp lệ',
    error: rule.helpText,
    showInputMessage: true,
    prompt: rule.helpText,
  };
  const validation: ExcelJS.DataValidation =
    kind === 'status'
      ? { type: 'list', formulae: [`"${(rule.list ?? []).join(',')}"`], ...common }
      : kind === 'date'
        ? { type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(2000, 0, 1))], ...common }
        : kind === 'email'
          ? { type: 'custom', formulae: [`ISNUMBER(SEARCH("@",${ref.split(':')[0]}))`], ...common }
          : { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], ...common };
  (ws as unknown as { dataValidations: DataValidations }).dataValidations.add(ref, validation);
}

function layOut(ws: ExcelJS.Worksheet, spec: TabSpec, remindDaysBefore: number): void {
  if (spec.columns.length === 0) return;
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  spec.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = Math.round(c.width / 7);
    const header = ws.getCell(1, i + 1);
    header.font = { bold: true };
    header.alignment = { wrapText: true, vertical: 'middle' };
    header.fill = fill(c.computed ? COLORS.computedHeader : COLORS.header);
    if (c.computed) {
      header.note = COMPUTED_NOTE;
      // The mark `update` knows its own columns by (see xlsxUpdate.ts): a defined name on the header cell.
      ws.workbook.definedNames.add(`'${spec.name}'!$${columnLetter(i + 1)}$1`, markName(computedColumnMark(spec, c)));
    }
    const format = c.format ? NUMBER_FORMATS[c.format] : '';
    if (format) {
      column.numFmt = format; // new rows, and every cell already in the column…
      header.numFmt = 'General'; // …but the header
    }
    const letter = columnLetter(i + 1);
    if (c.validation) addValidation(ws, `${letter}2:${letter}${FORMATTED_ROWS}`, c.validation);
  });
  if (spec.key === 'settings') for (let r = 1; r <= ws.rowCount; r++) ws.getCell(r, 2).alignment = { wrapText: true, vertical: 'top' };
  for (const f of conditionalFormats(spec, remindDaysBefore)) {
    const letter = letterOf(spec, f.column);
    const ref = `${letter}2:${letter}${FORMATTED_ROWS}`;
    const style: Partial<ExcelJS.Style> = { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(f.background) } } };
    const c = f.condition;
    const rule: ExcelJS.ConditionalFormattingRule =
      c.kind === 'numberGreaterThan'
        ? { type: 'cellIs', operator: 'greaterThan', formulae: [c.value], style, priority: 1 }
        : {
            type: 'expression',
            formulae: [
              c.kind === 'textEquals'
                ? `${letter}2="${c.text}"`
                : c.kind === 'textStartsWith'
                  ? `LEFT(${letter}2,${c.text.length})="${c.text}"`
                  : c.formula.replace(/^=/, ''),
            ],
            style,
            priority: 1,
          };
    ws.addConditionalFormatting({ ref, rules: [rule] });
  }
}

/** Quá hạn (ngày) as Excel computes it from Hạn and Trạng thái in the row. */
function overdueFormula(row: number): string {
  const due = `${letterOf(PROGRESS_TAB, 'due')}${row}`;
  const status = `${letterOf(PROGRESS_TAB, 'status')}${row}`;
  return `IF(OR(${due}="",${status}="${DONE}"),0,MAX(0,TODAY()-${due}))`;
}

export function templateWorkbook(plan: Plan | undefined, asOf: CalendarDate): ExcelJS.Workbook {
  const tabs = planTabs(plan);
  const computed = recompute(tabs, asOf, { fallbackYear: asOf.year });
  const filled = applyBlocks(tabs, computed.blocks);
  const remindDaysBefore = plan?.settings.remindDaysBefore ?? DEFAULT_REMIND_DAYS_BEFORE;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'cds-tracker';
  for (const spec of WORKBOOK_TABS) {
    // Printed (and converted to PDF) as staff read it: A4 landscape, one page wide.
    const ws = workbook.addWorksheet(spec.name, {
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: spec.columns.length ? '1:1' : undefined },
    });
    if (spec === DASHBOARD_TAB) {
      workbook.definedNames.add(`'${spec.name}'!$A$1`, DASHBOARD_MARK_NAME);
      if (plan) writeDashboard(ws, computed.dashboard);
      continue;
    }
    const rows = filled.get(spec.name) ?? [];
    rows.forEach((row, r) => row.forEach((cell, c) => {
      if (cell !== '') ws.getCell(r + 1, c + 1).value = cellValue(cell);
    }));
    layOut(ws, spec, remindDaysBefore);
    if (spec === INDICATORS_TAB && plan) {
      const first = spec.columns.findIndex((c) => c.key === 'q1') + 1;
      quarterFormats(plan).forEach((row, r) => row.forEach((format, c) => {
        if (format !== 'General') ws.getCell(r + 2, first + c).numFmt = format;
      }));
    }
    if (spec === PROGRESS_TAB) {
      const column = spec.columns.findIndex((c) => c.key === 'overdue') + 1;
      for (let r = 2; r <= rows.length; r++) {
        const cached = rows[r - 1]![column - 1];
        ws.getCell(r, column).value = { formula: overdueFormula(r), result: typeof cached === 'number' ? cached : 0 } as ExcelJS.CellFormulaValue;
      }
    }
  }
  return workbook;
}

function writeDashboard(ws: ExcelJS.Worksheet, dashboard: ReturnType<typeof recompute>['dashboard']): void {
  dashboard.values.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === '') return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = cellValue(cell);
      const format = dashboard.formats[r]?.[c];
      if (format && format !== 'General') target.numFmt = format;
    }),
  );
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  for (const r of dashboard.headerRows) {
    for (let c = 1; c <= dashboard.width; c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.fill = fill(COLORS.header);
    }
  }
  ws.getColumn(1).width = 60;
  for (let c = 2; c <= dashboard.width; c++) ws.getColumn(c).width = 16;
}

/** The workbook as the bytes of an .xlsx file (written by the caller, which never replaces a file). */
export async function templateXlsx(plan: Plan | undefined, asOf: CalendarDate): Promise<Uint8Array> {
  return new Uint8Array(await templateWorkbook(plan, asOf).xlsx.writeBuffer());
}
