/**
 * Issue 8, review round 2: what sits around a plan table in real school sheets — a footnote and
 * a signature block under it, total rows labelled in free text, column-number rows staff edited,
 * a page-break header repeated mid-table — is never read as a record and never written; real
 * records (numbered, or carrying their own data) always are.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkSpreadsheet } from '../../src/gas/checkData';
import { recomputeMessage, recomputeSpreadsheet } from '../../src/gas/recompute';
import { samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import { toSheetValues } from '../../src/gas/sheetValues';
import type { Cell } from '../../src/sheet/workbook';
import { asGas, installGasFakes, type FakeSheet, type FakeSpreadsheet } from '../fakes';
import { fillSpreadsheet, type TabEdit } from '../support/sheetPlans';
import { beyondDefaultCriteria } from '../support/defaultCriteria';

/** 15/10/2026 10:00 in Việt Nam: the sample's "as of" day. */
const NOW = new Date('2026-10-15T03:00:00Z');

let ss: FakeSpreadsheet;
beforeEach(() => {
  ss = installGasFakes().spreadsheetApp.spreadsheet;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const gasSs = () => asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(ss);
const run = () => recomputeSpreadsheet(gasSs(), NOW);
const check = () => checkSpreadsheet(gasSs(), NOW);

/** Rows `from`…last of a sheet (1-based), as staff see them. */
function rowsFrom(sheet: FakeSheet, from: number): unknown[][] {
  return sheet.snapshot().slice(from - 1).map((r) => [...r]);
}

/** A blank row as wide as the header. */
const blankOf = (header: readonly Cell[]): Cell[] => new Array<Cell>(header.length).fill('');

/** A row as wide as the header with `cells` (header text → value) filled in. */
function rowOf(header: readonly Cell[], cells: Readonly<Record<string, Cell>>): Cell[] {
  const row = blankOf(header);
  for (const [h, v] of Object.entries(cells)) {
    const at = header.indexOf(h);
    if (at < 0) throw new Error(`no ${h}`);
    row[at] = v;
  }
  return row;
}

/** A row as wide as the header with cells at 0-based positions (negative: from the right). */
function rowAt(header: readonly Cell[], cells: readonly (readonly [number, Cell])[]): Cell[] {
  const row = blankOf(header);
  for (const [i, v] of cells) row[i < 0 ? header.length + i : i] = v;
  return row;
}

const below = (...more: ((header: Cell[]) => Cell[])[]): TabEdit => (rows) => [...rows, ...more.map((m) => m(rows[0]!))];

describe('a footnote and a signature block under a table are not records', () => {
  /** What schools type under Phụ lục 1 / 2: a blank row, a footnote, the place and date, the signers, their names. */
  const signatureBlock = below(
    blankOf,
    (h) => rowAt(h, [[1, 'Ghi chú: số liệu quý IV cập nhật sau']]),
    (h) => rowAt(h, [[-2, 'An Lão, ngày 30 tháng 9 năm 2026']]),
    (h) => rowAt(h, [[1, 'NGƯỜI LẬP BIỂU'], [-1, 'HIỆU TRƯỞNG']]),
    (h) => rowAt(h, [[1, 'Nguyễn Văn Hùng'], [-1, 'Trần Thị Bình']]),
  );

  for (const [tab, count] of [['Chỉ tiêu', 22], ['Nhiệm vụ', 29]] as const) {
    it(`under ${tab}: the rows stay as typed, ${count} records are read, nothing to fix`, () => {
      fillSpreadsheet(ss, samplePlan(), { [tab]: signatureBlock });
      const sheet = ss.sheet(tab);
      const first = sheet.snapshot().length - 4;
      const typed = rowsFrom(sheet, first);
      const outcome = run();
      expect(rowsFrom(sheet, first)).toStrictEqual(typed);
      expect(tab === 'Chỉ tiêu' ? outcome.result.read.plan.indicators : outcome.result.read.plan.tasks).toHaveLength(count);
      expect(outcome.result.read.problems).toEqual([]);
      expect(beyondDefaultCriteria(check().problems)).toEqual([]);
    });
  }

  it('the signers\' titles and the date typed over the records\' own columns (Quý IV, Chỉ tiêu năm; Thời gian, Đơn vị chủ trì) are not records either', () => {
    fillSpreadsheet(ss, samplePlan(), {
      // Right under the table, no blank row: the date line ends the table.
      'Chỉ tiêu': below(
        (h) => rowOf(h, { 'Chỉ tiêu năm': 'An Lão, ngày 30 tháng 9 năm 2026' }),
        (h) => rowOf(h, { 'Chỉ tiêu': 'NGƯỜI LẬP BIỂU', 'Quý IV': 'HIỆU TRƯỞNG' }),
        (h) => rowOf(h, { 'Chỉ tiêu': 'Nguyễn Văn Hùng', 'Quý IV': 'Trần Thị Bình' }),
      ),
      // After a blank row: a row without an STT ends the table.
      'Nhiệm vụ': below(
        blankOf,
        (h) => rowOf(h, { 'Thời gian': 'An Lão, ngày 30 tháng 9 năm 2026' }),
        (h) => rowOf(h, { 'Nhiệm vụ': 'Người lập biểu', 'Đơn vị chủ trì': 'KT. HIỆU TRƯỞNG' }),
        (h) => rowOf(h, { 'Nhiệm vụ': '(Ký, ghi rõ họ tên)', 'Đơn vị chủ trì': 'PHÓ HIỆU TRƯỞNG' }),
        (h) => rowOf(h, { 'Nhiệm vụ': 'Nguyễn Văn Hùng', 'Đơn vị chủ trì': 'Vương Văn Huy' }),
      ),
    });
    const [indicators, tasks] = [ss.sheet('Chỉ tiêu'), ss.sheet('Nhiệm vụ')];
    const typed = [rowsFrom(indicators, indicators.snapshot().length - 2), rowsFrom(tasks, tasks.snapshot().length - 4)];
    const outcome = run();
    expect([rowsFrom(indicators, indicators.snapshot().length - 2), rowsFrom(tasks, tasks.snapshot().length - 4)]).toStrictEqual(typed);
    expect(outcome.result.read.plan.indicators).toHaveLength(22);
    expect(outcome.result.read.plan.tasks).toHaveLength(29);
    expect(outcome.result.read.problems).toEqual([]);
    expect(beyondDefaultCriteria(check().problems)).toEqual([]);
  });

  it('under Tiến độ, even with a signer\'s name in the Mã NV column: not an occurrence, not written, nothing to fix', () => {
    fillSpreadsheet(ss, samplePlan(), {
      'Tiến độ': below(
        blankOf,
        (h) => rowOf(h, { 'Mã NV': 'An Lão, ngày 30 tháng 9 năm 2026' }),
        (h) => rowOf(h, { 'Mã NV': 'NGƯỜI LẬP BIỂU', 'Trạng thái': 'HIỆU TRƯỞNG' }),
        (h) => rowOf(h, { 'Mã NV': 'Nguyễn Văn Hùng', 'Trạng thái': 'Trần Thị Bình' }),
      ),
    });
    const sheet = ss.sheet('Tiến độ');
    const first = sheet.extent().lastRow - 2;
    const typed = rowsFrom(sheet, first);
    const outcome = run();
    expect(rowsFrom(sheet, first)).toStrictEqual(typed);
    expect(outcome.result.read.problems).toEqual([]);
    expect(beyondDefaultCriteria(check().problems)).toEqual([]);
  });

  it('a numbered record below the signature block is still read (the table goes on where numbering resumes)', () => {
    fillSpreadsheet(ss, samplePlan(), {
      'Chỉ tiêu': below(blankOf, (h) => rowAt(h, [[1, 'Ghi chú: số liệu quý IV cập nhật sau']]), (h) => rowOf(h, { STT: 23, 'Chỉ tiêu': 'Chỉ tiêu bổ sung', 'Chỉ tiêu năm': '100%' })),
    });
    expect(run().result.read.plan.indicators.map((i) => i.id)).toContain('23');
  });
});

describe('real plans pasted from Word: blank rows, a repeated header at each page, a name running onto the next page', () => {
  /**
   * Phụ lục 1 and 2 of An Lão as pasted: after indicator 12 and task 16 a blank row and the
   * header again (a page break); task 16's name runs on into a row of its own with no STT.
   */
  const pageBreak = (after: number, runOn?: string): TabEdit => (rows) => {
    const at = rows.findIndex((r) => r[0] === after) + 1;
    const more: Cell[][] = [blankOf(rows[0]!), [...rows[0]!]];
    if (runOn) more.push(rowAt(rows[0]!, [[1, runOn]]));
    return [...rows.slice(0, at), ...more, ...rows.slice(at)];
  };

  it('every record is read, the repeated headers are left alone, and the run-on row is named in Kiểm tra', () => {
    fillSpreadsheet(ss, samplePlan(), {
      'Chỉ tiêu': pageBreak(12),
      'Nhiệm vụ': pageBreak(16, 'khóa biểu...) phục vụ phân tích chất lượng giáo dục và điều hành.'),
    });
    const [indicators, tasks] = [ss.sheet('Chỉ tiêu'), ss.sheet('Nhiệm vụ')];
    const before = [indicators.snapshot(), tasks.snapshot()];
    const repeated = [before[0]!.findIndex((r, i) => i > 0 && r[1] === 'Chỉ tiêu') + 1, before[1]!.findIndex((r, i) => i > 0 && r[1] === 'Nhiệm vụ') + 1];
    const outcome = run();
    expect(outcome.result.read.plan.indicators).toHaveLength(22);
    expect(outcome.result.read.plan.tasks).toHaveLength(29);
    expect(indicators.snapshot()[repeated[0]! - 1]).toStrictEqual(before[0]![repeated[0]! - 1]);
    expect(tasks.snapshot()[repeated[1]! - 1]).toStrictEqual(before[1]![repeated[1]! - 1]);
    expect(tasks.snapshot()[repeated[1]!]).toStrictEqual(before[1]![repeated[1]!]);
    expect(beyondDefaultCriteria(check().problems)).toEqual([
      {
        tab: 'Nhiệm vụ',
        row: repeated[1]! + 1,
        column: 'Nhiệm vụ',
        a1: `B${repeated[1]! + 1}`,
        message:
          `Dòng ${repeated[1]! + 1} («khóa biểu...) phục vụ phân tích chất lượng giáo dục và điều hành.») không có STT, «Đơn vị chủ trì» và «Thời gian», nên không được tính là một nhiệm vụ. ` +
          'Nếu đây là phần tiếp theo của dòng trên, hãy gộp vào dòng trên; nếu là một nhiệm vụ, hãy điền STT.',
      },
    ]);
  });

  it('an indicator with an STT and a name but no target (indicator 21 in the original) is a record with a problem', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Chỉ tiêu': (rows) => rows.map((r) => (r[0] === 21 ? r.map((v, c) => (c === 3 ? '' : v)) : r)) });
    const outcome = run();
    expect(outcome.result.read.plan.indicators).toHaveLength(22);
    const row = ss.sheet('Chỉ tiêu').values.findIndex((r) => r[0] === 21) + 1;
    expect(check().problems.map((p) => p.row)).toContain(row);
  });
});

describe('total rows labelled in free text are not records', () => {
  for (const label of ['Tổng cộng 22 chỉ tiêu', 'Cộng nhóm I', 'Tổng số chỉ tiêu: 22', 'Tổng cộng - toàn trường', 'Trung bình chung toàn trường']) {
    it(`Chỉ tiêu «${label}» with sums in Quý I…IV and staff's text in the computed columns`, () => {
      fillSpreadsheet(ss, samplePlan(), {
        'Chỉ tiêu': below((h) => rowOf(h, { 'Chỉ tiêu': label, 'Chỉ tiêu năm': 22, 'Quý III': 15, 'Tỷ lệ đạt': 0.68, 'Đánh giá': '15/22 đạt' })),
      });
      const sheet = ss.sheet('Chỉ tiêu');
      const last = sheet.snapshot().length;
      const typed = rowsFrom(sheet, last);
      const outcome = run();
      expect(rowsFrom(sheet, last)).toStrictEqual(typed);
      expect(outcome.result.read.plan.indicators).toHaveLength(22);
      expect(outcome.result.read.problems).toEqual([]);
    });
  }

  it('Nhiệm vụ «Tổng số nhiệm vụ: 29» with a count under Đơn vị chủ trì', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Nhiệm vụ': below((h) => rowOf(h, { 'Nhiệm vụ': 'Tổng số nhiệm vụ: 29', 'Đơn vị chủ trì': '7 đơn vị', 'Tình trạng': 'còn 5 việc' })) });
    const sheet = ss.sheet('Nhiệm vụ');
    const last = sheet.snapshot().length;
    const typed = rowsFrom(sheet, last);
    const outcome = run();
    expect(rowsFrom(sheet, last)).toStrictEqual(typed);
    expect(outcome.result.read.plan.tasks).toHaveLength(29);
    expect(outcome.result.read.problems).toEqual([]);
  });

  it('«Tổng cộng» in a staff column left of STT, «22 chỉ tiêu» as the name', () => {
    fillSpreadsheet(ss, samplePlan(), {
      'Chỉ tiêu': (rows) => [
        ['Lĩnh vực', ...rows[0]!],
        ...rows.slice(1).map((r) => ['', ...r]),
        rowOf(['Lĩnh vực', ...rows[0]!], { 'Lĩnh vực': 'Tổng cộng', 'Chỉ tiêu': '22 chỉ tiêu', 'Quý III': 15, 'Đánh giá': '15/22 đạt' }),
      ],
    });
    const sheet = ss.sheet('Chỉ tiêu');
    const last = sheet.snapshot().length;
    const typed = rowsFrom(sheet, last);
    const outcome = run();
    expect(rowsFrom(sheet, last)).toStrictEqual(typed);
    expect(outcome.result.read.plan.indicators).toHaveLength(22);
    expect(outcome.result.read.problems).toEqual([]);
  });

  it('numbered tasks named «Tổng kết …» or «Tổng hợp …», with their timing, are tasks', () => {
    fillSpreadsheet(ss, samplePlan(), {
      'Nhiệm vụ': below(
        (h) => rowOf(h, { STT: 30, 'Nhiệm vụ': 'Tổng kết năm học, đánh giá kết quả chuyển đổi số', 'Đơn vị chủ trì': 'Ban chuyển đổi số', 'Thời gian': 'Quý IV' }),
        (h) => rowOf(h, { STT: 31, 'Nhiệm vụ': 'Tổng hợp số liệu báo cáo Sở', 'Đơn vị chủ trì': 'Văn phòng nhà trường', 'Thời gian': 'Hàng quý' }),
        (h) => rowOf(h, { STT: 32, 'Nhiệm vụ': 'Cộng đồng học tập số của giáo viên', 'Đơn vị chủ trì': 'Ban chuyên môn', 'Thời gian': 'Quý III' }),
      ),
    });
    const outcome = run();
    expect(outcome.result.read.plan.tasks.map((t) => t.id).slice(-3)).toEqual(['30', '31', '32']);
    const states = rowsFrom(ss.sheet('Nhiệm vụ'), ss.sheet('Nhiệm vụ').snapshot().length - 2).map((r) => r[7]);
    expect(states.every((s) => typeof s === 'string' && s !== '')).toBe(true);
  });
});

describe('column-number rows as staff edit them', () => {
  const under = (token: (n: number) => Cell, blankFirst = false): TabEdit => (rows) => [
    rows[0]!,
    ...(blankFirst ? [blankOf(rows[0]!)] : []),
    rows[0]!.map((_, i) => token(i + 1)),
    ...rows.slice(1),
  ];
  const cases: Readonly<Record<string, (n: number) => Cell>> = {
    'letters for the first columns «A B 1 2 3 …»': (n) => (n === 1 ? 'A' : n === 2 ? 'B' : n - 2),
    'a moved column «(1) (2) (4) (3) …»': (n) => (n === 3 ? '(4)' : n === 4 ? '(3)' : `(${n})`),
    'an inserted column «(3a)»': (n) => (n === 4 ? '(3a)' : n > 4 ? `(${n - 1})` : `(${n})`),
    '«Cột 1, Cột 2 …»': (n) => `Cột ${n}`,
    'bracketed letters «(A) (B) (C) …»': (n) => `(${String.fromCharCode(64 + n)})`,
  };
  for (const [name, token] of Object.entries(cases)) {
    it(`${name}: not a record, nothing written in it`, () => {
      fillSpreadsheet(ss, samplePlan(), { 'Chỉ tiêu': under(token) });
      const sheet = ss.sheet('Chỉ tiêu');
      const typed = sheet.snapshot()[1];
      const outcome = run();
      expect(sheet.snapshot()[1]).toStrictEqual(typed);
      expect(outcome.result.read.plan.indicators).toHaveLength(22);
      expect(outcome.result.read.problems).toEqual([]);
    });
  }

  it('after a blank row under the header, too', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Nhiệm vụ': under((n) => `(${n})`, true) });
    const sheet = ss.sheet('Nhiệm vụ');
    const typed = sheet.snapshot()[2];
    const outcome = run();
    expect(sheet.snapshot()[2]).toStrictEqual(typed);
    expect(outcome.result.read.problems).toEqual([]);
  });

  it('deeper in the table, a row of numbers is data, not a numbering row', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Phân công': below((h) => h.map((_, i) => i + 1)) });
    const outcome = run();
    expect(outcome.result.read.plan.assignments.at(-1)).toEqual({ unit: '1', name: '2', email: '3', role: '4' });
  });
});

describe('new Tiến độ rows go above the rows that close the table', () => {
  /** Mã NV and Kỳ of the sample's last three occurrences, the ones left out below. */
  const lastThree = planTabs(samplePlan()).get('Tiến độ')!.slice(-3).map((r) => [r[0], r[2]]);
  /** Their Nhiệm vụ and Hạn (computed), as a sheet shows them. */
  const lastThreeComputed = toSheetValues(planTabs(samplePlan()).get('Tiến độ')!.slice(-3), 'Asia/Ho_Chi_Minh').map((r) => [r[1], r[3]]);
  /** Tiến độ without its last three occurrences, closed by a «Tổng cộng» row summing «Quá hạn (ngày)». */
  function progressWithTotal(): { sheet: FakeSheet; total: number; formula: string } {
    fillSpreadsheet(ss, samplePlan(), { 'Tiến độ': (rows) => [...rows.slice(0, -3), rowOf(rows[0]!, { 'Nhiệm vụ': 'Tổng cộng' })] });
    const sheet = ss.sheet('Tiến độ');
    const total = sheet.extent().lastRow;
    const formula = `=SUM(I2:I${total - 1})`;
    sheet.putFormula(total, 9, formula, 0);
    return { sheet, total, formula };
  }

  it('a trailing «Tổng cộng» row stays last, its cells and formula unchanged; the message says where the rows went', () => {
    const { sheet, total, formula } = progressWithTotal();
    const typed = rowsFrom(sheet, total);
    const outcome = run();
    expect(outcome.appendedRows).toBe(3);
    const last = sheet.extent().lastRow;
    expect(last).toBe(total + 3);
    expect(rowsFrom(sheet, last)).toStrictEqual(typed);
    expect(sheet.formulaAt(last, 9)).toBe(formula);
    expect(rowsFrom(sheet, total).slice(0, 3).map((r) => [r[0], r[2]])).toEqual(lastThree);
    expect(recomputeMessage(outcome)).toContain(
      `• Đã chèn 3 dòng mới vào tab «Tiến độ» (dòng ${total}–${total + 2}), ngay trên dòng «Tổng cộng» (nay là dòng ${total + 3}) để dòng đó vẫn ở cuối bảng. ` +
        'Nếu dòng đó có công thức tính tổng (ví dụ SUM), hãy kiểm tra vùng của công thức đã gồm các dòng mới.',
    );
    // The next run finds every occurrence: nothing more is added.
    expect(run().appendedRows).toBe(0);
  });

  it('a trailing row of formulas alone (no label) and a signature below it stay last; the new rows get their computed cells', () => {
    fillSpreadsheet(ss, samplePlan(), {
      'Tiến độ': (rows) => [...rows.slice(0, -3), blankOf(rows[0]!), rowAt(rows[0]!, [[1, 'NGƯỜI LẬP BIỂU'], [-2, 'HIỆU TRƯỞNG']])],
    });
    const sheet = ss.sheet('Tiến độ');
    const signature = sheet.extent().lastRow;
    const sums = signature - 1;
    for (const c of [2, 9]) sheet.putFormula(sums, c, c === 2 ? '=""' : `=SUM(I2:I${sums - 1})`, c === 2 ? '' : 0);
    const typed = rowsFrom(sheet, sums);
    const outcome = run();
    expect(outcome.appendedRows).toBe(3);
    expect(rowsFrom(sheet, sums + 3)).toStrictEqual(typed);
    expect([sheet.formulaAt(sums + 3, 2), sheet.formulaAt(sums + 3, 9)]).toEqual(['=""', `=SUM(I2:I${sums - 1})`]);
    const added = rowsFrom(sheet, sums).slice(0, 3);
    expect(added.map((r) => [r[0], r[2]])).toEqual(lastThree);
    expect(added.map((r) => [r[1], r[3]])).toStrictEqual(lastThreeComputed);
    expect(recomputeMessage(outcome)).toContain(`• Đã chèn 3 dòng mới vào tab «Tiến độ» (dòng ${sums}–${sums + 2}), ngay trên dòng ${sums} (nay là dòng ${sums + 3})`);
  });

  it('without rows closing the table, new rows are appended at the end, as before', () => {
    fillSpreadsheet(ss, samplePlan(), { 'Tiến độ': (rows) => rows.slice(0, -3) });
    const sheet = ss.sheet('Tiến độ');
    const last = sheet.extent().lastRow;
    const outcome = run();
    expect(outcome.appendedRows).toBe(3);
    expect(rowsFrom(sheet, last + 1).map((r) => [r[0], r[2]])).toEqual(lastThree);
    expect(recomputeMessage(outcome)).toContain('• Đã thêm 3 dòng mới vào cuối tab Tiến độ.');
  });
});
