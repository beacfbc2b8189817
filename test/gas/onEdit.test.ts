import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stampCompletionDates } from '../../src/gas/onEdit';
import { onEdit } from '../../src/main';
import { samplePlan } from '../../src/sample/anLao2026';
import { AuthMode, asGas, installGasFakes, type FakeSheet, type FakeSpreadsheet, type GasFakes } from '../fakes';
import { fillSpreadsheet } from '../support/sheetPlans';

/** 15/10/2026 08:00 in Việt Nam (01:00 UTC). */
const NOW = new Date('2026-10-15T01:00:00Z');
const TODAY_IN_VIETNAM = new Date('2026-10-14T17:00:00Z');

let fakes: GasFakes;
let ss: FakeSpreadsheet;
let progress: FakeSheet;
beforeEach(() => {
  fakes = installGasFakes();
  ss = fakes.spreadsheetApp.spreadsheet;
  fillSpreadsheet(ss, samplePlan());
  progress = ss.sheet('Tiến độ');
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Staff type `values` into the sheet at (row, column) and Sheets fires onEdit. */
function edit(sheet: FakeSheet, row: number, column: number, values: unknown[][]): GoogleAppsScript.Events.SheetsOnEdit {
  sheet.range(row, column, values.length, values[0]!.length).setValues(values);
  fakes.log.clear();
  return {
    authMode: AuthMode.LIMITED,
    range: asGas<GoogleAppsScript.Spreadsheet.Range>(sheet.range(row, column, values.length, values[0]!.length)),
    source: asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(ss),
    value: typeof values[0]![0] === 'string' ? (values[0]![0] as string) : '',
  } as unknown as GoogleAppsScript.Events.SheetsOnEdit;
}

const blankRow = () => progress.values.findIndex((r, i) => i > 0 && r[0] === 25) + 1; // task 25: Chưa thực hiện, no date

describe('onEdit', () => {
  it('stamps today in Ngày hoàn thành when Trạng thái becomes Hoàn thành and the date is empty', () => {
    const row = blankRow();
    expect(progress.values[row - 1]![5]).toBe('');
    const stamped = stampCompletionDates(edit(progress, row, 5, [['Hoàn thành']]), NOW);
    expect(stamped).toBe(1);
    expect(progress.values[row - 1]![5]).toEqual(TODAY_IN_VIETNAM);
    // One read of the header area, one read of the edited rows, one write.
    expect(fakes.log.count('Range', 'getValues')).toBe(2);
    expect(fakes.log.count('Range', 'setValues')).toBe(1);
    expect(fakes.log.services()).not.toContain('PropertiesService');
  });

  it('keeps a date staff already typed', () => {
    const row = blankRow();
    progress.values[row - 1]![5] = new Date('2026-09-29T17:00:00Z');
    stampCompletionDates(edit(progress, row, 5, [['Hoàn thành']]), NOW);
    expect(progress.values[row - 1]![5]).toEqual(new Date('2026-09-29T17:00:00Z'));
    expect(fakes.log.count('Range', 'setValues')).toBe(0);
  });

  it('does nothing for another status, another column or another tab', () => {
    const row = blankRow();
    expect(stampCompletionDates(edit(progress, row, 5, [['Đang thực hiện']]), NOW)).toBe(0);
    expect(stampCompletionDates(edit(progress, row, 8, [['ghi chú']]), NOW)).toBe(0);
    const tasks = ss.sheet('Nhiệm vụ');
    expect(stampCompletionDates(edit(tasks, 3, 5, [['Hoàn thành']]), NOW)).toBe(0);
    expect(fakes.log.count('Range', 'getValues')).toBe(0); // another tab: nothing read
    expect(fakes.log.count('Range', 'setValues')).toBe(0);
  });

  it('a pasted block stamps only the empty dates of the rows marked done, one write per run of rows', () => {
    const row = blankRow();
    const rows = [row, row + 1, row + 2];
    progress.values[row]![5] = new Date('2026-09-01T17:00:00Z'); // row+1 has a date
    for (const r of rows) progress.values[r - 1]![5] = r === row + 1 ? progress.values[r - 1]![5] : '';
    const e = edit(progress, row, 5, [['Hoàn thành'], ['hoàn thành'], ['Hoàn thành']]);
    expect(stampCompletionDates(e, NOW)).toBe(2);
    expect(progress.values[row - 1]![5]).toEqual(TODAY_IN_VIETNAM);
    expect(progress.values[row]![5]).toEqual(new Date('2026-09-01T17:00:00Z'));
    expect(progress.values[row + 1]![5]).toEqual(TODAY_IN_VIETNAM);
    expect(fakes.log.count('Range', 'setValues')).toBe(2);
  });

  it('the global onEdit stamps with today and never throws into Sheets', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const row = blankRow();
    onEdit(edit(progress, row, 5, [['Hoàn thành']]));
    expect(progress.values[row - 1]![5]).toEqual(TODAY_IN_VIETNAM);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => onEdit({ range: null } as unknown as GoogleAppsScript.Events.SheetsOnEdit)).not.toThrow();
    expect(error).toHaveBeenCalledOnce();
  });
});

describe('onEdit reads the plan year where a header names a year (review round 2, item 6)', () => {
  /** 05/01/2027 09:00 in Việt Nam: staff still closing the 2026 plan. */
  const JANUARY = new Date('2027-01-05T02:00:00Z');
  const JANUARY_IN_VIETNAM = new Date('2027-01-04T17:00:00Z');

  function withHeaders(headers: Readonly<Record<string, string>>, planYear?: number): void {
    fakes = installGasFakes();
    ss = fakes.spreadsheetApp.spreadsheet;
    fillSpreadsheet(ss, samplePlan(), {
      'Tiến độ': (rows) => [rows[0]!.map((h) => headers[String(h)] ?? h), ...rows.slice(1)],
      'Cấu hình': (rows) => rows.map((r) => (r[0] === 'Năm kế hoạch' && planYear !== undefined ? [r[0], planYear, ...r.slice(2)] : r)),
    });
    progress = ss.sheet('Tiến độ');
  }

  it('in January 2027, a 2026 plan\'s «Ngày hoàn thành 2026» is stamped, as Cập nhật reads it', () => {
    withHeaders({ 'Ngày hoàn thành': 'Ngày hoàn thành 2026' });
    const row = blankRow();
    expect(stampCompletionDates(edit(progress, row, 5, [['Hoàn thành']]), JANUARY)).toBe(1);
    expect(progress.values[row - 1]![5]).toEqual(JANUARY_IN_VIETNAM);
    // Cấu hình read once, only because a header names a year.
    expect(fakes.log.count('Range', 'getValues')).toBe(3);
  });

  it('with the 2025 and 2026 columns side by side, only the plan year\'s is stamped', () => {
    fakes = installGasFakes();
    ss = fakes.spreadsheetApp.spreadsheet;
    fillSpreadsheet(ss, samplePlan(), {
      'Tiến độ': (rows) => rows.map((r, i) => [...r.slice(0, 5), i === 0 ? 'Ngày hoàn thành 2025' : '', ...r.slice(5)].map((v, c) => (i === 0 && c === 6 ? 'Ngày hoàn thành 2026' : v))),
    });
    progress = ss.sheet('Tiến độ');
    const row = blankRow();
    expect(stampCompletionDates(edit(progress, row, 5, [['Hoàn thành']]), JANUARY)).toBe(1);
    expect(progress.values[row - 1]![5]).toBe('');
    expect(progress.values[row - 1]![6]).toEqual(JANUARY_IN_VIETNAM);
  });

  it('a header naming another year than Cấu hình\'s is not stamped, even when it is this year', () => {
    withHeaders({ 'Ngày hoàn thành': 'Ngày hoàn thành 2027' }, 2026);
    expect(stampCompletionDates(edit(progress, blankRow(), 5, [['Hoàn thành']]), JANUARY)).toBe(0);
  });

  it('without a year in the headers, Cấu hình is not read', () => {
    const row = blankRow();
    expect(stampCompletionDates(edit(progress, row, 5, [['Hoàn thành']]), JANUARY)).toBe(1);
    expect(fakes.log.count('Range', 'getValues')).toBe(2);
  });
});
