import { describe, expect, it } from 'vitest';
import { formulaCells, NO_FORMULAS } from '../../src/sheet/formulaCells';

describe('formulaCells', () => {
  it('knows the cells getFormulas gave a formula for, 1-based', () => {
    const cells = formulaCells([['', '=A1'], ['', '']]);
    expect(cells.has(1, 2)).toBe(true);
    expect(cells.has(1, 1)).toBe(false);
    expect(cells.has(2, 1)).toBe(false);
    expect(formulaCells([['', '']])).toBe(NO_FORMULAS);
  });

  it('counts the cells below an array formula in its column as the formula\'s (writing there breaks it)', () => {
    const cells = formulaCells([['', ''], ['=ARRAYFORMULA(IF(D2:D;"Đạt";""))', ''], ['', ''], ['', '=SUM(B1:B3)']]);
    expect([2, 3, 4, 500].map((r) => cells.has(r, 1))).toEqual([true, true, true, true]);
    expect(cells.has(1, 1)).toBe(false);
    expect([1, 2, 3, 5].map((r) => cells.has(r, 2))).toEqual([false, false, false, false]);
    expect(formulaCells([['={"Đạt";"Chưa đạt"}']]).has(2, 1)).toBe(true);
  });
});
