/**
 * Lays out a tab the add-in has just created (header in row 1, columns in schema order): number
 * formats, dropdowns and validation, conditional formats, warning-only protection of computed
 * columns, header colours. A constant number of calls per tab, whatever its size.
 */
import { COLORS, COMPUTED_NOTE, conditionalFormats, type FormatCondition, NUMBER_FORMATS, validationRule } from '../sheet/formatting';
import type { TabSpec } from '../sheet/schema';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

function columnRange(sheet: Sheet, column: number): Range {
  return sheet.getRange(2, column, Math.max(1, sheet.getMaxRows() - 1), 1);
}

function dataValidation(kind: Parameters<typeof validationRule>[0]): GoogleAppsScript.Spreadsheet.DataValidation {
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

export function layOutTab(sheet: Sheet, spec: TabSpec, remindDaysBefore: number): void {
  if (spec.columns.length === 0) return;
  const header = sheet.getRange(1, 1, 1, spec.columns.length);
  header.setBackground(COLORS.header).setWrap(true).setVerticalAlignment('middle');
  spec.columns.forEach((c, i) => {
    const column = i + 1;
    const format = c.format ? NUMBER_FORMATS[c.format] : '';
    if (format) columnRange(sheet, column).setNumberFormat(format);
    if (c.validation) columnRange(sheet, column).setDataValidation(dataValidation(c.validation));
    if (c.computed) {
      sheet.getRange(1, column).setBackground(COLORS.computedHeader);
      columnRange(sheet, column).protect().setDescription(`${spec.name} – ${c.header}: ${COMPUTED_NOTE}`).setWarningOnly(true);
    }
  });
  if (spec.key === 'settings') columnRange(sheet, 2).setWrap(true);
  const rules = conditionalFormats(spec, remindDaysBefore).map((f) => {
    const column = spec.columns.findIndex((c) => c.key === f.column) + 1;
    return condition(SpreadsheetApp.newConditionalFormatRule(), f.condition).setBackground(f.background).setRanges([columnRange(sheet, column)]).build();
  });
  if (rules.length) sheet.setConditionalFormatRules(rules);
}
