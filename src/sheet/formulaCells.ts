/**
 * The cells of a tab that hold a formula, as the shell read them (Range.getFormulas, one call per
 * tab): the add-in never writes such a cell, and a row made of formulas alone, with no name of its
 * own, is staff's calculation, not a record.
 */

/** Whether a cell (1-based row and column) holds a formula or shows part of an array formula's result. */
export interface FormulaCells {
  has(row: number, column: number): boolean;
}

export const NO_FORMULAS: FormulaCells = { has: () => false };

/**
 * Formulas whose result spills over the cells below (ARRAYFORMULA, FILTER, QUERY, {…}…): those
 * cells show values but belong to the formula, and writing one breaks it (#REF!). Spills to the
 * right are not known from the formula text; cells there count as plain cells.
 */
const SPILLING = /^=\s*(?:\{|(?:ARRAYFORMULA|FILTER|SORT|SORTN|UNIQUE|QUERY|SEQUENCE|TRANSPOSE|FLATTEN|IMPORTRANGE|IMPORTDATA|IMPORTHTML|IMPORTXML|MAP|BYROW|MAKEARRAY|SCAN)\s*\()/i;

/**
 * The formula cells of a getFormulas() grid (row-major, '' where a cell holds a value, 1-based
 * row 1 first). A spilling formula makes every cell below it in its column a formula cell.
 */
export function formulaCells(formulas: readonly (readonly string[])[]): FormulaCells {
  const cells = new Set<string>();
  /** Column → the first row of an array formula there. */
  const spillFrom = new Map<number, number>();
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula === '') return;
      cells.add(`${r + 1},${c + 1}`);
      if (SPILLING.test(formula) && !spillFrom.has(c + 1)) spillFrom.set(c + 1, r + 1);
    }),
  );
  if (cells.size === 0) return NO_FORMULAS;
  return { has: (row, column) => cells.has(`${row},${column}`) || row > (spillFrom.get(column) ?? Infinity) };
}
