/**
 * What staff do to the sent-log tab between runs, on the in-memory fake sheet (test set-up, not
 * recorded as calls): add a title row above everything, sort every row (the header too, as
 * «Sắp xếp trang tính» does when no header row is frozen), clear a column, rename the tab.
 */
import type { FakeSheet } from '../fakes';

/** A title row inserted above row 1 (the sheet grows by one row; column marks stay where they are). */
export function insertTitleRow(sheet: FakeSheet, title: string): void {
  sheet.values.unshift([title, ...new Array<unknown>(sheet.maxColumns - 1).fill('')]);
  sheet.maxRows += 1;
  const formats = new Map<string, string>();
  for (const [at, format] of sheet.numberFormats) {
    const [r, c] = at.split(',').map(Number) as [number, number];
    formats.set(`${r + 1},${c}`, format);
  }
  sheet.numberFormats = formats;
}

/** Every used row sorted by the text of one column (1-based), descending when asked; blank rows stay below. */
export function sortRows(sheet: FakeSheet, column: number, descending = false): void {
  const { lastRow } = sheet.extent();
  const used = sheet.values.slice(0, lastRow);
  const text = (row: unknown[]): string => {
    const v = row[column - 1];
    return v instanceof Date ? v.toISOString() : String(v ?? '');
  };
  used.sort((a, b) => (descending ? -1 : 1) * text(a).localeCompare(text(b)));
  sheet.values.splice(0, lastRow, ...used);
}

/** The column (1-based) whose cell in any row reads `header`; throws when there is none. */
export function columnOf(sheet: FakeSheet, header: string): number {
  for (const row of sheet.values) {
    const c = row.findIndex((v) => v === header);
    if (c >= 0) return c + 1;
  }
  throw new Error(`no column «${header}» in ${sheet.name}`);
}

/** Every cell of a column cleared, its header too. */
export function clearColumn(sheet: FakeSheet, column: number): void {
  for (const row of sheet.values) row[column - 1] = '';
}
