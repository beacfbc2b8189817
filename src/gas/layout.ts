/**
 * Writes and lays out a tab Khởi tạo creates (header in row 1, columns in schema order), in a
 * number of calls that depends on the tab's columns, never on its rows: the rows in one setValues;
 * the header's bold, colours, wrap and alignment on one range; frozen header; widths by runs of
 * equal width (setColumnWidths); number formats by one RangeList per format; dropdowns and
 * validation per column (each rule built once per run); the conditional formats built once and
 * set in one setConditionalFormatRules; warning-only protection and the add-in's mark on each
 * computed column. getMaxRows is read once.
 */
import { columnLetter } from '../sheet/a1';
import { COLORS, COMPUTED_NOTE, conditionalFormats, type FormatCondition, NUMBER_FORMATS, validationRule } from '../sheet/formatting';
import { type ColumnValidation, computedColumnMark, type TabSpec } from '../sheet/schema';
import { markColumn } from './marks';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/** Validation rules built so far in this run, by kind: each is built once, whatever the number of tabs using it. */
export type ValidationRules = Map<ColumnValidation, DataValidation>;

function dataValidation(kind: ColumnValidation): DataValidation {
  const rule = validationRule(kind);
  const builder = SpreadsheetApp.newDataValidation();
  const criterion =
    kind === 'status'
      ? builder.requireValueInList([...(rule.list ?? [])], true)
      : kind === 'date'
        ? builder.requireDate()
        : kind === 'email'
          ? builder.requireTextIsEmail()
          : builder.requireNumberGreaterThanOrEqualTo(0);
  return criterion.setAllowInvalid(rule.allowInvalid).setHelpText(rule.helpText).build();
}

function condition(builder: GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, c: FormatCondition): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
  switch (c.kind) {
    case 'textEquals':
      return builder.whenTextEqualTo(c.text);
    case 'textStartsWith':
      return builder.whenTextStartsWith(c.text);
    case 'numberGreaterThan':
      return builder.whenNumberGreaterThan(c.value);
    case 'formula':
      return builder.whenFormulaSatisfied(c.formula);
  }
}

/** Runs of adjacent columns of equal width: [first column, how many, width]. */
function widthRuns(widths: readonly number[]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last[2] === width && last[0] + last[1] === i + 1) last[1]++;
    else runs.push([i + 1, 1, width]);
  });
  return runs;
}

export interface TabContent {
  /** The tab's rows from row 1 (the header row first), as sheet values, each as wide as the tab's columns. */
  readonly values: readonly (readonly unknown[])[];
  /** Number formats of single cells, written over the columns' formats (the sample's Quý I…IV): a block from `row`, `column`. */
  readonly cellFormats?: { readonly row: number; readonly column: number; readonly formats: string[][] };
  /** The reminder window the «due soon» conditional formats use. */
  readonly remindDaysBefore: number;
}

/**
 * Writes `content` into an empty `sheet` and lays it out as `spec` says. A tab without columns
 * (Tổng quan) is left as it is.
 */
export function layOutTab(sheet: Sheet, spec: TabSpec, content: TabContent, rules: ValidationRules): void {
  const width = spec.columns.length;
  if (width === 0) return;
  // Rows 2… of every column are formatted down to the sheet's last row, as many as it has (at least one).
  let maxRows = sheet.getMaxRows();
  const needed = Math.max(content.values.length, 2);
  if (needed > maxRows) {
    sheet.insertRowsAfter(maxRows, needed - maxRows);
    maxRows = needed;
  }
  const below = (column: number): string => `${columnLetter(column)}2:${columnLetter(column)}${maxRows}`;
  // Formats first: Sheets reads a value as it reads typing, so «6/8» written into a General cell would become a date.
  const byFormat = new Map<string, string[]>();
  spec.columns.forEach((c, i) => {
    const format = c.format ? NUMBER_FORMATS[c.format] : '';
    if (format) byFormat.set(format, [...(byFormat.get(format) ?? []), below(i + 1)]);
  });
  for (const [format, a1s] of byFormat) sheet.getRangeList(a1s).setNumberFormat(format);
  const cells = content.cellFormats;
  if (cells && cells.formats.length) sheet.getRange(cells.row, cells.column, cells.formats.length, cells.formats[0]!.length).setNumberFormats(cells.formats);

  const all = sheet.getRange(1, 1, content.values.length, width);
  all.setValues(content.values.map((row) => [...row]));
  const header = content.values.length === 1 ? all : sheet.getRange(1, 1, 1, width);
  header
    .setFontWeight('bold')
    .setBackgrounds([spec.columns.map((c) => (c.computed ? COLORS.computedHeader : COLORS.header))])
    .setVerticalAlignment('middle');
  // Cấu hình's values wrap too (a Nơi nhận list has several lines).
  if (spec.key === 'settings') sheet.getRangeList([`A1:${columnLetter(width)}1`, below(2)]).setWrap(true);
  else header.setWrap(true);
  sheet.setFrozenRows(1);
  for (const [first, count, w] of widthRuns(spec.columns.map((c) => c.width))) sheet.setColumnWidths(first, count, w);

  const ranges = new Map<number, Range>();
  const rangeOf = (column: number): Range => {
    let range = ranges.get(column);
    if (!range) ranges.set(column, (range = sheet.getRange(below(column))));
    return range;
  };
  spec.columns.forEach((c, i) => {
    if (!c.validation) return;
    let rule = rules.get(c.validation);
    if (!rule) rules.set(c.validation, (rule = dataValidation(c.validation)));
    rangeOf(i + 1).setDataValidation(rule);
  });
  const formats = conditionalFormats(spec, content.remindDaysBefore).map((f) => {
    const column = spec.columns.findIndex((c) => c.key === f.column) + 1;
    return condition(SpreadsheetApp.newConditionalFormatRule(), f.condition).setBackground(f.background).setRanges([rangeOf(column)]).build();
  });
  if (formats.length) sheet.setConditionalFormatRules(formats);
  spec.columns.forEach((c, i) => {
    if (!c.computed) return;
    rangeOf(i + 1).protect().setDescription(`${spec.name} – ${c.header}: ${COMPUTED_NOTE}`).setWarningOnly(true);
    markColumn(sheet, i + 1, computedColumnMark(spec, c));
  });
}
