/**
 * Issue 8, items 1–5: the add-in writes only into cells it can prove are its own. Each case is a
 * layout found in real school sheets, driven through the menu actions and onEdit on the fakes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkSpreadsheet } from '../../src/gas/checkData';
import { recomputeSpreadsheet } from '../../src/gas/recompute';
import { samplePlan } from '../../src/sample/anLao2026';
import type { Cell } from '../../src/sheet/workbook';
import { asGas, installGasFakes, type FakeSheet, type FakeSpreadsheet, type GasFakes } from '../fakes';
import { fillSpreadsheet, type TabEdit } from '../support/sheetPlans';

/** 15/10/2026 10:00 in Việt Nam: the sample's "as of" day. */
const NOW = new Date('2026-10-15T03:00:00Z');

let fakes: GasFakes;
let ss: FakeSpreadsheet;
beforeEach(() => {
  fakes = installGasFakes();
  ss = fakes.spreadsheetApp.spreadsheet;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const gasSs = () => asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(ss);
const run = (now = NOW) => recomputeSpreadsheet(gasSs(), now);
const check = (now = NOW) => checkSpreadsheet(gasSs(), now);

/** A copy of a sheet's row (1-based), as staff see it. */
function rowAt(sheet: FakeSheet, row: number): unknown[] {
  return [...sheet.snapshot()[row - 1]!];
}

describe('item 1: a column-number row «(1) (2) … (14)» under the header', () => {
  const numbering = (width: number, token: (n: number) => Cell): TabEdit => (rows) => [rows[0]!, Array.from({ length: width }, (_, i) => token(i + 1)), ...rows.slice(1)];

  it('in Chỉ tiêu is not a record: the row stays as typed, 22 indicators are read, nothing to fix', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Chỉ tiêu': numbering(14, (n) => `(${n})`) });
    const sheet = ss.sheet('Chỉ tiêu');
    const typed = rowAt(sheet, 2);
    const outcome = run();
    expect(rowAt(sheet, 2)).toStrictEqual(typed);
    expect(outcome.result.read.plan.indicators).toHaveLength(22);
    expect(outcome.result.read.problems).toEqual([]);
    expect(check().problems).toEqual([]);
  });

  it('in Nhiệm vụ («1», «2», … as numbers) and Tiến độ («[1]», «2.», …) is not a record either', () => {
    fillSpreadsheet(ss, samplePlan(), {
      'Nhiệm vụ': numbering(8, (n) => n),
      'Tiến độ': numbering(10, (n) => (n % 2 ? `[${n}]` : `${n}.`)),
      'Phân công': numbering(4, (n) => `(${n})`),
    });
    const rows = ['Nhiệm vụ', 'Tiến độ', 'Phân công'].map((name) => [name, rowAt(ss.sheet(name), 2)] as const);
    const outcome = run();
    for (const [name, typed] of rows) expect(rowAt(ss.sheet(name), 2), name).toStrictEqual(typed);
    expect(outcome.result.read.plan.tasks).toHaveLength(29);
    expect(outcome.result.read.plan.assignments.map((a) => a.unit)).not.toContain('(1)');
    expect(outcome.appendedRows).toBe(0);
    expect(check().problems).toEqual([]);
  });
});
