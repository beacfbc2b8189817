/**
 * The custom functions inside a real formula engine: a small Chỉ tiêu sheet with one array
 * formula per computed column, and native formulas (COUNTIF, AVERAGE) on top of their output.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HyperFormula } from 'hyperformula';
import { buildWorkbook, CdsPlugin } from '../support/hyperformulaCds';

const chiTieu = [
  ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm', 'Kết quả', 'Đánh giá', 'Tỷ lệ đạt'],
  ['1', 'Hồ sơ công việc xử lý trên môi trường điện tử', '%', '100%', '=100%', '=CDS_DANHGIA(E2:E7, D2:D7)', '=CDS_TYLEDAT(E2:E7, D2:D7)'],
  ['2', 'Văn bản điện tử', '%', '≥95%', '=90%', null, null],
  ['3', 'Quy trình nội bộ được số hóa', '%', 'Tối thiểu 90%', '92', null, null],
  ['4', 'Tuyên truyền về CĐS', 'đợt', 'tối thiểu 02 đợt/năm', '2 đợt', null, null],
  ['5', 'An toàn thông tin', '', '≥ 95% hoặc 100%', 'Có', null, null],
  ['6', 'Học sinh có kỹ năng số', '%', '≥ 90 %', null, null, null],
  ['', 'Số chỉ tiêu đạt', '', '', '', '=COUNTIF(F2:F7,"Đạt")', '=COUNTIF(F2:F7,"Chưa đạt")'],
];

const tienDo = [
  ['Mã NV', 'Thời gian', 'Hạn', 'Trạng thái', 'Quá hạn (ngày)'],
  ['1', 'Quý III', '=CDS_HANCHOT(B2:B6, 2026, DATE(2026,10,15))', 'Đang thực hiện', '=CDS_QUAHAN(C2:C6, D2:D6, DATE(2026,10,15))'],
  ['2', 'Hàng quý', null, 'Chưa thực hiện', null],
  ['3', 'Thường xuyên', null, 'Đang thực hiện', null],
  ['4', 'trước ngày 05/12', null, 'Hoàn thành', null],
  ['5', 'Quý II', null, 'Hoàn thành', null],
  ['', '', '', 'Số việc quá hạn', '=COUNTIF(E2:E6,">0")'],
];

let hf: HyperFormula;
beforeEach(() => {
  CdsPlugin.today = new Date('2026-10-15T00:00:00Z');
  hf = buildWorkbook({ 'Chỉ tiêu': chiTieu, 'Tiến độ': tienDo });
});
afterEach(() => hf.destroy());

const col = (sheet: number, c: number, rows: number[]) => rows.map((row) => hf.getCellValue({ sheet, col: c, row }));

describe('custom functions in a formula engine', () => {
  it('evaluates a whole column with one array formula', () => {
    expect(col(0, 5, [1, 2, 3, 4, 5, 6])).toEqual(['Đạt', 'Chưa đạt', 'Đạt', 'Đạt', "Lỗi: không hiểu chỉ tiêu '≥ 95% hoặc 100%'", '']);
    const ratios = col(0, 6, [1, 2, 3, 4]) as number[];
    expect(ratios[0]).toBeCloseTo(1);
    expect(ratios[1]).toBeCloseTo(0.9 / 0.95, 6);
    expect(ratios[2]).toBeCloseTo(0.92 / 0.9, 6);
    expect(ratios[3]).toBeCloseTo(1);
  });

  it('feeds native formulas: COUNTIF over the Đánh giá column', () => {
    expect(hf.getCellValue({ sheet: 0, col: 5, row: 7 })).toBe(3);
    expect(hf.getCellValue({ sheet: 0, col: 6, row: 7 })).toBe(1);
  });

  it('recounts when a result changes', () => {
    hf.setCellContents({ sheet: 0, col: 4, row: 2 }, '96%');
    expect(hf.getCellValue({ sheet: 0, col: 5, row: 7 })).toBe(4);
  });

  it('computes due dates and days overdue from the plan wording', () => {
    const due = col(1, 2, [1, 2, 3, 4, 5]);
    const asText = due.map((v) => (typeof v === 'number' ? hf.numberToDate(v) : v));
    expect(asText).toEqual([
      { year: 2026, month: 9, day: 30 },
      { year: 2026, month: 12, day: 31 },
      '',
      { year: 2026, month: 12, day: 5 },
      { year: 2026, month: 6, day: 30 },
    ]);
    expect(col(1, 4, [1, 2, 3, 4, 5])).toEqual([15, 0, 0, 0, 0]);
    expect(hf.getCellValue({ sheet: 1, col: 4, row: 6 })).toBe(1);
  });
});
