import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDate, type CalendarDate, isCalendarDate } from '../../src/core/date';
import { type DateCodec, danhGiaCells, hanChotCells, quaHanCells, tyLeDatCells } from '../../src/core/sheetFunctions';

/** Dates as plain CalendarDate objects: the codec a test needs. */
const codec: DateCodec = {
  readDate: (v) => (isCalendarDate(v) ? v : undefined),
  writeDate: (d: CalendarDate) => d,
  today: () => calendarDate(2026, 10, 15),
};

describe('CDS_DANHGIA', () => {
  it('says exactly Đạt or Chưa đạt', () => {
    expect(danhGiaCells(0.96, '≥95%')).toBe('Đạt');
    expect(danhGiaCells(0.9, '≥95%')).toBe('Chưa đạt');
  });

  it('gives blank for a blank result', () => {
    expect(danhGiaCells('', '≥95%')).toBe('');
    expect(danhGiaCells(null, '≥ 95% hoặc 100%')).toBe('');
  });

  it('names what it did not understand, per cell, and answers the other cells', () => {
    expect(danhGiaCells([[0.96], [1], ['abc']], [['≥95%'], ['≥ 95% hoặc 100%'], ['100%']])).toEqual([
      ['Đạt'],
      ["Lỗi: không hiểu chỉ tiêu '≥ 95% hoặc 100%'"],
      [expect.stringMatching(/^Lỗi: không hiểu kết quả 'abc'/)],
    ]);
  });

  it('reports a blank target next to a result', () => {
    expect(danhGiaCells(1, '')).toBe('Lỗi: chưa nhập chỉ tiêu');
  });

  it('reads a target cell that Sheets formatted as a percentage', () => {
    expect(danhGiaCells(0.96, 0.95)).toBe('Đạt');
  });

  it('keeps the shape of the result range and flags a shorter target range', () => {
    expect(danhGiaCells([[1], [1]], [['100%']])).toEqual([['Đạt'], ['Đạt']]);
    expect(danhGiaCells([[1], [1], [1]], [['100%'], ['100%']])).toEqual([['Đạt'], ['Đạt'], ['Lỗi: hai vùng không cùng kích thước']]);
  });
});

describe('CDS_TYLEDAT', () => {
  it('is result ÷ target for at-least targets (DESIGN worked example)', () => {
    expect(tyLeDatCells(0.9, '≥95%') as number).toBeCloseTo(0.947, 3);
    expect(tyLeDatCells(2, 'tối thiểu 02 đợt/năm')).toBe(1);
    expect(tyLeDatCells(2, 'tối thiểu 01 lần/quý', calendarDate(2026, 6, 30), codec)).toBe(1);
  });
  it('is blank for a blank result, Lỗi for an unreadable target', () => {
    expect(tyLeDatCells('', '100%')).toBe('');
    expect(tyLeDatCells(1, '≥ 95% hoặc 100%')).toBe("Lỗi: không hiểu chỉ tiêu '≥ 95% hoặc 100%'");
  });
});

describe('CDS_HANCHOT', () => {
  const asOf = calendarDate(2026, 10, 15);
  it('gives the end of the quarter, the next quarterly due, blank for ongoing', () => {
    expect(hanChotCells([['Quý II'], ['Hàng quý'], ['Thường xuyên'], ['trước ngày 05/12']], 2026, asOf, codec)).toEqual([
      [calendarDate(2026, 6, 30)],
      [calendarDate(2026, 12, 31)],
      [''],
      [calendarDate(2026, 12, 5)],
    ]);
  });
  it('defaults the year and the day to today', () => {
    expect(hanChotCells('Hàng quý', '', '', codec)).toEqual(calendarDate(2026, 12, 31));
  });
  it('accepts a date cell', () => {
    expect(hanChotCells(calendarDate(2026, 4, 15), 2026, asOf, codec)).toEqual(calendarDate(2026, 4, 15));
  });
  it('names what it did not understand', () => {
    expect(hanChotCells('khi nào rảnh', 2026, asOf, codec)).toBe("Lỗi: không hiểu thời gian 'khi nào rảnh'");
    expect(hanChotCells('Quý I', 'năm nay', asOf, codec)).toBe("Lỗi: không hiểu năm 'năm nay'");
    expect(hanChotCells('Quý I', 2026, 'hôm qua', codec)).toBe("Lỗi: không hiểu ngày xét 'hôm qua'");
  });
});

describe('CDS_QUAHAN', () => {
  const asOf = calendarDate(2026, 10, 15);
  it('counts whole days after the due date while not done', () => {
    expect(quaHanCells(calendarDate(2026, 9, 30), 'Đang thực hiện', asOf, codec)).toBe(15);
    expect(quaHanCells(calendarDate(2026, 9, 30), '', asOf, codec)).toBe(15);
    expect(quaHanCells(calendarDate(2026, 10, 15), 'Chưa thực hiện', asOf, codec)).toBe(0);
  });
  it('is 0 when done, not yet due, or without a due date', () => {
    expect(quaHanCells(calendarDate(2026, 9, 30), 'Hoàn thành', asOf, codec)).toBe(0);
    expect(quaHanCells(calendarDate(2026, 12, 31), 'Chưa thực hiện', asOf, codec)).toBe(0);
    expect(quaHanCells('', 'Chưa thực hiện', asOf, codec)).toBe(0);
    expect(quaHanCells('Thường xuyên', 'Chưa thực hiện', asOf, codec)).toBe(0);
  });
  it('accepts a timing text for the due', () => {
    expect(quaHanCells('Quý III', 'Tạm dừng', asOf, codec)).toBe(15);
  });
  it('names an unknown status', () => {
    expect(quaHanCells(calendarDate(2026, 9, 30), 'sắp xong', asOf, codec)).toMatch(/^Lỗi: không hiểu trạng thái 'sắp xong'/);
  });
  it('works on whole ranges', () => {
    expect(quaHanCells([[calendarDate(2026, 9, 30)], [calendarDate(2026, 10, 1)]], [['Đang thực hiện'], ['Hoàn thành']], asOf, codec)).toEqual([[15], [0]]);
  });
});

describe('no input makes a custom function throw', () => {
  const cell = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(''),
    fc.date({ noInvalidDate: false }),
    fc.anything(),
  );
  const arg = fc.oneof(cell, fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }), fc.array(cell, { maxLength: 3 }));

  it('holds for all four functions', () => {
    fc.assert(
      fc.property(arg, arg, arg, (a, b, c) => {
        for (const out of [danhGiaCells(a, b), tyLeDatCells(a, b), hanChotCells(a, b, c, codec), quaHanCells(a, b, c, codec)]) {
          const cells = Array.isArray(out) ? out.flat() : [out];
          for (const v of cells) {
            if (typeof v === 'string' && v !== '' && v !== 'Đạt' && v !== 'Chưa đạt') expect(v.startsWith('Lỗi: ')).toBe(true);
            if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('a date column shown as numbers', () => {
  it('reads a serial day as the date it stands for', () => {
    // 46295 = 30/09/2026 in Sheets' serial days; 46310 = 15/10/2026.
    expect(quaHanCells(46295, 'Đang thực hiện', 46310, codec)).toBe(15);
    expect(hanChotCells(46295, '', calendarDate(2026, 1, 1), codec)).toEqual(calendarDate(2026, 9, 30));
  });
  it('does not take a small number for a date', () => {
    expect(hanChotCells(2, 2026, calendarDate(2026, 1, 1), codec)).toBe("Lỗi: không hiểu thời gian '2'");
  });
});

describe('issue 9: CDS_DANHGIA / CDS_TYLEDAT with ngay_xet', () => {
  it('a rate is expected pro rata to the quarter of ngay_xet (default today)', () => {
    expect(tyLeDatCells(3, 'tối thiểu 01 lần/quý', calendarDate(2026, 9, 30), codec)).toBe(1);
    expect(danhGiaCells(3, 'tối thiểu 01 lần/quý', calendarDate(2026, 9, 30), codec)).toBe('Đạt');
    expect(tyLeDatCells(12, '01 lần/tháng', '', codec)).toBe(1);
    expect(danhGiaCells(2, 'tối thiểu 01 lần/quý', undefined, codec)).toBe('Chưa đạt');
  });

  it('reads outcome and per-unit targets', () => {
    expect(danhGiaCells('Đã ban hành', 'Ban hành quy chế', undefined, codec)).toBe('Đạt');
    expect(tyLeDatCells('6/8', 'Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề', undefined, codec)).toBe(0.75);
    expect(danhGiaCells(8, 'Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề', undefined, codec)).toMatch(/^Lỗi: .*6\/8/);
  });

  it('a bad ngay_xet is an error cell', () => {
    expect(danhGiaCells(3, 'tối thiểu 01 lần/quý', 'hôm qua', codec)).toMatch(/^Lỗi: không hiểu ngày xét/);
  });
});
