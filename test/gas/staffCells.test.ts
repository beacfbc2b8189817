/**
 * Issue 8, items 1–5: the add-in writes only into cells it can prove are its own. Each case is a
 * layout found in real school sheets, driven through the menu actions and onEdit on the fakes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkSpreadsheet } from '../../src/gas/checkData';
import { stampCompletionDates } from '../../src/gas/onEdit';
import { recomputeMessage, recomputeSpreadsheet } from '../../src/gas/recompute';
import { setUpSpreadsheet } from '../../src/gas/setUp';
import { samplePlan } from '../../src/sample/anLao2026';
import type { Cell } from '../../src/sheet/workbook';
import { AuthMode, asGas, Button, installGasFakes, type FakeSheet, type FakeSpreadsheet, type GasFakes } from '../fakes';
import { fillSpreadsheet, type TabEdit } from '../support/sheetPlans';
import { columnLetter } from '../../src/sheet/a1';
import { beyondDefaultCriteria } from '../support/defaultCriteria';

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

/** The cells of `sheet` under `header` (in the header row `headerRow`), from the row below it to the last row. */
function columnUnder(sheet: FakeSheet, header: string, headerRow = 1): unknown[] {
  const rows = sheet.snapshot();
  const c = rows[headerRow - 1]!.indexOf(header);
  if (c < 0) throw new Error(`no ${header} in ${sheet.name}`);
  return rows.slice(headerRow).map((r) => r[c]);
}

/** Test set-up: the add-in's marks removed from the column headed `header` (row 1), as on a column staff made. */
function unmark(sheet: FakeSheet, header: string): void {
  const column = sheet.snapshot()[0]!.indexOf(header) + 1;
  const at = sheet.spreadsheet.metadata.findIndex((m) => m.location.sheet === sheet && m.location.column === column);
  if (at < 0) throw new Error(`no mark on ${header}`);
  sheet.spreadsheet.metadata.splice(at, 1);
}

/** Whether a planTabs row is a group row («I», «II» in STT). */
const isGroupRow = (row: readonly Cell[]): boolean => typeof row[0] === 'string' && /^[IVX]+$/.test(row[0]);

/**
 * A TabEdit inserting columns right before the column headed `before` (header row 1; undefined:
 * right of the last column): each new column's header, and its cell in every record row (group rows get '').
 */
function insertColumns(before: string | undefined, columns: readonly { header: string; cell: (row: readonly Cell[], i: number) => Cell }[]): TabEdit {
  return (rows) => {
    const at = before === undefined ? rows[0]!.length : rows[0]!.indexOf(before);
    if (at < 0) throw new Error(`no ${before}`);
    return rows.map((row, r) => {
      const added = columns.map((c) => (r === 0 ? c.header : isGroupRow(row) ? '' : c.cell(row, r)));
      return [...row.slice(0, at), ...added, ...row.slice(at)];
    });
  };
}

/** A TabEdit renaming the header `from` (row 1) to `to`. */
const renameHeader = (from: string, to: string): TabEdit => (rows) => [rows[0]!.map((h) => (h === from ? to : h)), ...rows.slice(1)];

/** Edits applied left to right. */
const both = (...edits: TabEdit[]): TabEdit => (rows) => edits.reduce((r, e) => e(r), rows);

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
    expect(beyondDefaultCriteria(check().problems)).toEqual([]);
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
    expect(beyondDefaultCriteria(check().problems)).toEqual([]);
  });
});

describe('item 2: a header naming another year is never the plan\'s column; two columns for one role are a problem', () => {
  it('last year\'s «Tỷ lệ đạt 2025» / «Đánh giá 2025» left of the add-in\'s columns stay as typed; the 2026 columns are filled', () => {
    fillSpreadsheet(ss, samplePlan(), {
      'Chỉ tiêu': insertColumns('Kết quả mới nhất', [
        { header: 'Tỷ lệ đạt 2025', cell: (_, i) => 0.5 + (i % 5) / 10 },
        { header: 'Đánh giá 2025', cell: (_, i) => (i % 3 ? 'Đạt' : 'Chưa đạt') },
      ]),
    });
    const sheet = ss.sheet('Chỉ tiêu');
    const last = [columnUnder(sheet, 'Tỷ lệ đạt 2025'), columnUnder(sheet, 'Đánh giá 2025')];
    run();
    expect([columnUnder(sheet, 'Tỷ lệ đạt 2025'), columnUnder(sheet, 'Đánh giá 2025')]).toStrictEqual(last);
    expect(columnUnder(sheet, 'Đánh giá').filter((v) => v === 'Đạt' || v === 'Chưa đạt')).toHaveLength(22);
  });

  it('«Mức đạt 2025» left of «Mức đạt 2026»: the 2026 targets are evaluated, as in the tidy sheet', () => {
    const tidy = installGasFakes().spreadsheetApp.spreadsheet;
    fillSpreadsheet(tidy, samplePlan());
    const expected = recomputeSpreadsheet(asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(tidy), NOW).result;
    fakes = installGasFakes();
    ss = fakes.spreadsheetApp.spreadsheet;
    fillSpreadsheet(ss, samplePlan(), {
      'Chỉ tiêu': both(renameHeader('Chỉ tiêu năm', 'Mức đạt 2026'), insertColumns('Mức đạt 2026', [{ header: 'Mức đạt 2025', cell: () => 'Có' }])),
    });
    const outcome = run();
    expect(outcome.result.read.plan.indicators.map((i) => i.targetText)).toEqual(expected.read.plan.indicators.map((i) => i.targetText));
    expect(outcome.result.evaluation.overall.met).toBe(expected.evaluation.overall.met);
    expect(outcome.result.read.problems).toEqual([]);
  });

  it('«Mức đạt» and «Chỉ tiêu năm» both in Chỉ tiêu: a problem naming both columns, and the tab is neither read nor written', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Chỉ tiêu': insertColumns('Chỉ tiêu năm', [{ header: 'Mức đạt', cell: () => 'Có' }]) });
    const sheet = ss.sheet('Chỉ tiêu');
    const before = sheet.snapshot();
    const outcome = run();
    expect(sheet.snapshot()).toStrictEqual(before);
    expect(outcome.result.read.plan.indicators).toEqual([]);
    const problem = outcome.result.read.problems.find((p) => p.tab === 'Chỉ tiêu')!;
    expect(problem.message).toBe(
      'Tab «Chỉ tiêu» có 2 cột cùng là cột «Chỉ tiêu năm»: «Mức đạt» (cột D), «Chỉ tiêu năm» (cột E). Tiện ích không tự chọn một cột: hãy đổi tên cột không dùng (ví dụ «Mức đạt 2025» nếu đó là cột của năm trước). Cho tới khi đó, tab «Chỉ tiêu» không được đọc và không được ghi.',
    );
    expect(recomputeMessage(outcome)).toContain(`• ${problem.message}`);
    expect(check().problems.map((p) => p.message)).toContain(problem.message);
  });

  it('two «Tỷ lệ đạt» columns: a problem, and neither is written; the other columns still are', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Chỉ tiêu': insertColumns(undefined, [{ header: 'Tỷ lệ đạt', cell: (_, i) => i / 100 }]) });
    const sheet = ss.sheet('Chỉ tiêu');
    const header = sheet.snapshot()[0]!;
    const [mine, theirs] = [header.indexOf('Tỷ lệ đạt'), header.lastIndexOf('Tỷ lệ đạt')];
    const before = sheet.snapshot().map((r) => [r[theirs], r[mine]]);
    const outcome = run();
    expect(sheet.snapshot().map((r) => [r[theirs], r[mine]])).toStrictEqual(before);
    expect(columnUnder(sheet, 'Đánh giá').filter((v) => v === 'Đạt' || v === 'Chưa đạt')).toHaveLength(22);
    expect(sheet.snapshot()[0]!.filter((h) => h === 'Tỷ lệ đạt')).toHaveLength(2); // no third one added
    expect(outcome.result.read.problems.map((p) => p.message)).toContain(
      `Tab «Chỉ tiêu» có 2 cột cùng là cột «Tỷ lệ đạt»: «Tỷ lệ đạt» (cột ${columnLetter(mine + 1)}), «Tỷ lệ đạt» (cột ${columnLetter(theirs + 1)}). Tiện ích không tự chọn một cột: hãy đổi tên cột không dùng (ví dụ «Tỷ lệ đạt 2025» nếu đó là cột của năm trước). Cho tới khi đó, tiện ích không ghi vào cột nào trong các cột này.`,
    );
  });

  it('the add-in\'s «Đánh giá» renamed «Đánh giá 2025» by staff at year end is kept as history; a new «Đánh giá» is added', () => {
    fillSpreadsheet(ss, samplePlan());
    run();
    const indicators = ss.sheet('Chỉ tiêu');
    indicators.values[0]![13] = 'Đánh giá 2025';
    const history = columnUnder(indicators, 'Đánh giá 2025');
    indicators.values.forEach((r, i) => i > 0 && typeof r[3] === 'string' && r[3] !== '' && (r[6] = '', r[5] = '', r[4] = ''));
    run();
    expect(columnUnder(indicators, 'Đánh giá 2025')).toStrictEqual(history);
    expect(indicators.snapshot()[0]!.at(-1)).toBe('Đánh giá');
  });

  it('onEdit stamps «Ngày hoàn thành», never last year\'s «Ngày hoàn thành 2025» left of it', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Tiến độ': insertColumns('Ngày hoàn thành', [{ header: 'Ngày hoàn thành 2025', cell: () => '' }]) });
    const progress = ss.sheet('Tiến độ');
    const header = progress.snapshot()[0]!;
    const row = progress.values.findIndex((r, i) => i > 0 && r[0] === 25) + 1;
    const status = header.indexOf('Trạng thái') + 1;
    progress.range(row, status).setValues([['Hoàn thành']]);
    const stamped = stampCompletionDates(
      { authMode: AuthMode.LIMITED, range: asGas<GoogleAppsScript.Spreadsheet.Range>(progress.range(row, status)), source: gasSs(), value: 'Hoàn thành' } as unknown as GoogleAppsScript.Events.SheetsOnEdit,
      NOW,
    );
    expect(stamped).toBe(1);
    expect(progress.values[row - 1]![header.indexOf('Ngày hoàn thành 2025')]).toBe('');
    expect(progress.values[row - 1]![header.indexOf('Ngày hoàn thành')]).toEqual(new Date('2026-10-14T17:00:00Z'));
  });
});

describe('item 3: aliases staff use for their own data are not aliases of a computed column', () => {
  it('a staff column «Hạn hoàn thành» (agreed deadlines) left of «Hạn» in Tiến độ keeps all its cells; «Hạn» is written', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Tiến độ': insertColumns('Hạn', [{ header: 'Hạn hoàn thành', cell: (_, i) => `${String(i % 28 + 1).padStart(2, '0')}/11/2026` }]) });
    const progress = ss.sheet('Tiến độ');
    const due = progress.snapshot()[0]!.indexOf('Hạn');
    progress.values.forEach((r, i) => i > 0 && (r[due] = '')); // stale: the add-in fills it again
    const agreed = columnUnder(progress, 'Hạn hoàn thành');
    const outcome = run();
    expect(columnUnder(progress, 'Hạn hoàn thành')).toStrictEqual(agreed);
    expect(outcome.result.read.columnProblems).toEqual([]);
    expect(columnUnder(progress, 'Hạn').filter((v) => v instanceof Date)).toHaveLength(outcome.result.evaluation.occurrences.filter((o) => o.due).length);
  });

  it('with the add-in\'s «Hạn» deleted, «Hạn hoàn thành» is still not taken: «Hạn» is added at the right of the table, marked, and filled', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Tiến độ': (rows) => rows.map((r, i) => (i === 0 ? r.map((h) => (h === 'Hạn' ? 'Hạn hoàn thành' : h)) : r.map((v, c) => (rows[0]![c] === 'Hạn' ? 'theo thoả thuận' : v)))) });
    const progress = ss.sheet('Tiến độ');
    const agreed = columnUnder(progress, 'Hạn hoàn thành');
    const outcome = run();
    expect(columnUnder(progress, 'Hạn hoàn thành')).toStrictEqual(agreed);
    expect(progress.snapshot()[0]!.at(-1)).toBe('Hạn');
    expect(recomputeMessage(outcome)).toContain('• Tab Tiến độ thiếu cột «Hạn»: đã thêm vào bên phải bảng.');
    expect(columnUnder(progress, 'Hạn').filter((v) => v instanceof Date)).toHaveLength(outcome.result.evaluation.occurrences.filter((o) => o.due).length);
    // The new column carries the add-in's mark: the next run writes it again, adds nothing.
    expect(run().result.headers).toEqual([]);
  });

  it('a «Đánh giá» staff keep by hand (the exact header, no mark) is not written; Cập nhật and Kiểm tra say how to hand it over', () => {
    fillSpreadsheet(ss, samplePlan());
    const indicators = ss.sheet('Chỉ tiêu');
    unmark(indicators, 'Đánh giá');
    const verdicts = indicators.snapshot().map((r, i) => (i === 0 ? r[13] : `tổ đánh giá ${i}`));
    verdicts.forEach((v, i) => (indicators.values[i]![13] = v));
    const outcome = run();
    expect(indicators.snapshot().map((r) => r[13])).toStrictEqual(verdicts);
    expect(columnUnder(indicators, 'Tỷ lệ đạt').filter((v) => typeof v === 'number').length).toBeGreaterThan(20);
    const message =
      'Cột «Đánh giá» (cột N) của tab «Chỉ tiêu» có tiêu đề của một cột do tiện ích tính nhưng không mang dấu của tiện ích, nên tiện ích không ghi vào. ' +
      'Nếu cột này để tiện ích tính: chọn «Chuyển đổi số → Khởi tạo bảng theo dõi» và đồng ý giao cột cho tiện ích. ' +
      'Nếu đây là cột thầy cô tự nhập: đổi tên tiêu đề (ví dụ «Đánh giá của tổ»), tiện ích sẽ thêm cột «Đánh giá» của mình ở bên phải bảng.';
    expect(recomputeMessage(outcome)).toContain(`• ${message}`);
    expect(check().problems).toContainEqual({ tab: 'Chỉ tiêu', row: 1, column: 'Đánh giá', a1: 'N1', message });
  });

  it('Khởi tạo lists such columns and, on Yes, hands them to the add-in (marks them): the next Cập nhật fills them', () => {
    fillSpreadsheet(ss, samplePlan());
    unmark(ss.sheet('Chỉ tiêu'), 'Đánh giá');
    unmark(ss.sheet('Tiến độ'), 'Hạn');
    const ui = fakes.spreadsheetApp.ui;
    ui.alertResponse = Button.YES;
    const outcome = setUpSpreadsheet(gasSs(), asGas<GoogleAppsScript.Base.Ui>(ui), NOW);
    const question = ui.alerts.find((a) => a.prompt.includes('Giao các cột này cho tiện ích tính?'))!;
    expect(question.buttons).toBe('YES_NO');
    expect(question.prompt).toContain('«Đánh giá» (tab «Chỉ tiêu», cột N), «Hạn» (tab «Tiến độ», cột D)');
    expect(outcome.message).toContain('Đã giao cho tiện ích 2 cột: «Đánh giá» (tab «Chỉ tiêu», cột N), «Hạn» (tab «Tiến độ», cột D).');
    const indicators = ss.sheet('Chỉ tiêu');
    indicators.values.forEach((r, i) => i > 0 && r[13] !== '' && (r[13] = 'cũ'));
    const after = run();
    expect(after.result.read.columnProblems).toEqual([]);
    expect(columnUnder(indicators, 'Đánh giá').filter((v) => v === 'Đạt' || v === 'Chưa đạt')).toHaveLength(22);
  });

  it('Khởi tạo, answered No, marks nothing: the columns stay staff\'s', () => {
    fillSpreadsheet(ss, samplePlan());
    unmark(ss.sheet('Chỉ tiêu'), 'Đánh giá');
    const marks = ss.metadata.length;
    const ui = fakes.spreadsheetApp.ui;
    ui.alertResponse = Button.NO;
    setUpSpreadsheet(gasSs(), asGas<GoogleAppsScript.Base.Ui>(ui), NOW);
    expect(ss.metadata).toHaveLength(marks);
    expect(run().result.read.columnProblems.map((p) => p.a1)).toEqual(['N1']);
  });

});

describe('item 4: a formula cell is never written; a total or summary row is not a record', () => {
  /** Appends `rows` below the tab's last row, as staff would type them. */
  const appendRows = (...more: Cell[][]): TabEdit => (rows) => [...rows, ...more];

  it('a «Tổng cộng» row and a formula-only row in Chỉ tiêu keep their formulas and values; they are not records', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Chỉ tiêu': appendRows(['', 'Tổng cộng'], []) });
    const sheet = ss.sheet('Chỉ tiêu');
    const last = sheet.snapshot().length;
    const total = last; // «Tổng cộng»
    const sums = last + 1; // formulas only: no STT, no name
    sheet.putFormula(total, 13, '=AVERAGE(M3:M28)', 0.93);
    sheet.putFormula(total, 14, '=COUNTIF(N3:N28;"Đạt")&"/22 đạt"', '15/22 đạt');
    for (const c of [5, 6, 7]) sheet.putFormula(sums, c, `=SUM(${'EFG'[c - 5]}3:${'EFG'[c - 5]}28)`, 12.5);
    sheet.putFormula(sums, 14, '=""', '');
    const [formulas, values] = [sheet.formulaSnapshot(), sheet.snapshot().slice(total - 1)];
    const outcome = run();
    expect(sheet.formulaSnapshot()).toStrictEqual(formulas);
    expect(sheet.snapshot().slice(total - 1)).toStrictEqual(values);
    expect(outcome.result.read.plan.indicators).toHaveLength(22);
    expect(outcome.result.read.problems).toEqual([]);
    expect(beyondDefaultCriteria(check().problems)).toEqual([]);
  });

  it('a formula staff put in a record\'s computed cell is kept; the other cells of the block are written', () => {
    fillSpreadsheet(ss, samplePlan());
    const sheet = ss.sheet('Chỉ tiêu');
    const row = sheet.values.findIndex((r) => r[0] === 10) + 1;
    sheet.putFormula(row, 14, '=IF(G14>=0,9;"Đạt";"Chưa đạt")', 'Chưa đạt');
    sheet.values.forEach((r, i) => i > 0 && r[12] !== '' && (r[12] = 'cũ')); // stale Tỷ lệ đạt, rewritten
    const outcome = run();
    expect(sheet.formulaAt(row, 14)).toBe('=IF(G14>=0,9;"Đạt";"Chưa đạt")');
    expect(columnUnder(sheet, 'Tỷ lệ đạt')).not.toContain('cũ');
    expect(outcome.result.read.problems).toEqual([]);
  });

  it('a formula-only row between Tiến độ rows («Quá hạn (ngày)» summed) keeps its formula', () => {
    fillSpreadsheet(ss, samplePlan());
    const progress = ss.sheet('Tiến độ');
    const row = 12;
    progress.values.splice(row - 1, 0, new Array<unknown>(progress.maxColumns).fill(''));
    progress.values.pop();
    progress.putFormula(row, 9, '=SUM(I2:I11)', 42);
    progress.putFormula(row, 2, '="Cộng 10 dòng trên"', 'Cộng 10 dòng trên');
    const formulas = progress.formulaSnapshot();
    const outcome = run();
    expect(progress.formulaSnapshot()).toStrictEqual(formulas);
    expect(rowAt(progress, row).slice(0, 10)).toStrictEqual(['', 'Cộng 10 dòng trên', '', '', '', '', '', '', 42, '']);
    expect(outcome.appendedRows).toBe(0);
  });

  it('a «Tổng cộng» row typed in Nhiệm vụ is not a task: nothing to fix, its cells stay as typed', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Nhiệm vụ': appendRows(['', 'TỔNG CỘNG: 29 nhiệm vụ', '', '', '', '', '', 'còn 5 việc']) });
    const tasks = ss.sheet('Nhiệm vụ');
    const last = tasks.snapshot().length;
    const typed = rowAt(tasks, last);
    const outcome = run();
    expect(rowAt(tasks, last)).toStrictEqual(typed);
    expect(outcome.result.read.plan.tasks).toHaveLength(29);
    expect(outcome.result.read.problems).toEqual([]);
    expect(beyondDefaultCriteria(check().problems)).toEqual([]);
  });
});

describe('item 5: onEdit never stamps a «Ngày hoàn thành» cell holding a formula', () => {
  /** Staff type `values` into Tiến độ at (row, column) and Sheets fires onEdit. */
  function edit(sheet: FakeSheet, row: number, column: number, values: unknown[][]): GoogleAppsScript.Events.SheetsOnEdit {
    sheet.range(row, column, values.length, 1).setValues(values);
    fakes.log.clear();
    const range = asGas<GoogleAppsScript.Spreadsheet.Range>(sheet.range(row, column, values.length, 1));
    return { authMode: AuthMode.LIMITED, range, source: gasSs(), value: String(values[0]![0]) } as unknown as GoogleAppsScript.Events.SheetsOnEdit;
  }

  it('a formula showing "" is kept; the rows around it in a pasted block are stamped', () => {
    fillSpreadsheet(ss, samplePlan());
    const progress = ss.sheet('Tiến độ');
    const row = progress.values.findIndex((r, i) => i > 0 && r[0] === 25) + 1;
    for (const r of [row, row + 1, row + 2]) progress.values[r - 1]![5] = '';
    progress.putFormula(row + 1, 6, '=IFERROR(VLOOKUP(A13;\'Biên bản\'!A:C;3;FALSE);"")', '');
    const stamped = stampCompletionDates(edit(progress, row, 5, [['Hoàn thành'], ['Hoàn thành'], ['Hoàn thành']]), NOW);
    expect(stamped).toBe(2);
    expect(progress.formulaAt(row + 1, 6)).toBe('=IFERROR(VLOOKUP(A13;\'Biên bản\'!A:C;3;FALSE);"")');
    expect(progress.values[row]![5]).toBe('');
    expect([progress.values[row - 1]![5], progress.values[row + 1]![5]]).toEqual([new Date('2026-10-14T17:00:00Z'), new Date('2026-10-14T17:00:00Z')]);
    expect(fakes.log.count('Range', 'getFormulas')).toBe(1);
  });
});
