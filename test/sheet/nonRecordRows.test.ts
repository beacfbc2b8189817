import { describe, expect, it } from 'vitest';
import { groupNumbering, isColumnNumberingRow, isRecordNumber, isSignatureOrFootnote, isTotalLabel, startsWithTotalWord } from '../../src/sheet/nonRecordRows';
import { samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';

describe('isColumnNumberingRow', () => {
  it('is true for the column-number rows of NĐ 30 tables', () => {
    expect(isColumnNumberingRow(['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'])).toBe(true);
    expect(isColumnNumberingRow([1, 2, 3, 4, 5, 6, 7, 8])).toBe(true);
    expect(isColumnNumberingRow(['[1]', '2.', '(3)', '', '(5)'])).toBe(true);
    expect(isColumnNumberingRow(['(1)', '(2)', '(3)', '(4)', '(5) = (3) x (4)', '(6)=(5)/(4)'])).toBe(true);
    expect(isColumnNumberingRow(['', '(2)', '(3)', '(4)'])).toBe(true);
    expect(isColumnNumberingRow(['(I)', '(II)', '(III)', '[IV]'])).toBe(true);
  });

  it('is true for numbering rows staff edited: letters, moved or inserted columns, «Cột n»', () => {
    expect(isColumnNumberingRow(['A', 'B', 1, 2, 3, 4])).toBe(true);
    expect(isColumnNumberingRow(['(A)', '[B]', 'C.', '(1)'])).toBe(true);
    expect(isColumnNumberingRow(['(1)', '(2)', '(4)', '(3)', '(5)'])).toBe(true);
    expect(isColumnNumberingRow([4, 2, 5, 6])).toBe(true);
    expect(isColumnNumberingRow(['(1)', '(2)', '(3)', '(3a)', '(4)'])).toBe(true);
    expect(isColumnNumberingRow(['Cột 1', 'Cột 2', 'cột 3', 'CỘT 4'])).toBe(true);
  });

  it('is false for data: text, dates, a number twice, fewer than three numbers', () => {
    expect(isColumnNumberingRow([1, 'Hồ sơ điện tử', '100%', 0.92])).toBe(false);
    expect(isColumnNumberingRow([3, 7])).toBe(false);
    expect(isColumnNumberingRow([1, 2, 2, 3])).toBe(false);
    expect(isColumnNumberingRow(['(1)', '(2)', '2.', '(4)'])).toBe(false);
    expect(isColumnNumberingRow(['A', 'a', 'B'])).toBe(false);
    expect(isColumnNumberingRow(['Cột 1', 'Cột 2', 'Cột thứ ba'])).toBe(false);
    expect(isColumnNumberingRow([1, 2, { year: 2026, month: 3, day: 1 }])).toBe(false);
    expect(isColumnNumberingRow([1, 2, 3.5])).toBe(false);
    expect(isColumnNumberingRow(['I', 'Thể chế số'])).toBe(false);
    expect(isColumnNumberingRow(['I', 'II', 'III'])).toBe(false); // bare numerals: group rows' own
    expect(isColumnNumberingRow([])).toBe(false);
  });

  it('is false for every row of the sample plan\'s tabs', () => {
    for (const [name, rows] of planTabs(samplePlan())) for (const row of rows) expect(isColumnNumberingRow(row), `${name}: ${row.join(' | ')}`).toBe(false);
  });
});

describe('isTotalLabel', () => {
  it('is true for the labels of total and summary rows, as typed', () => {
    for (const label of ['Tổng cộng', 'TỔNG CỘNG', 'Tổng', 'Cộng:', 'Tổng số', 'Trung bình', 'Bình quân', 'Tổng cộng (22 chỉ tiêu)', ' tổng  cộng ', 'Toàn kế hoạch']) {
      expect(isTotalLabel(label), label).toBe(true);
    }
  });

  it('is false for a record\'s name that starts with the same word, and for non-text cells', () => {
    for (const label of ['Tổng kết, đánh giá việc thực hiện kế hoạch', 'Tổng hợp báo cáo CĐS quý', 'Cộng đồng học tập số', 'Trung tâm dữ liệu', '', 'Cả năm']) {
      expect(isTotalLabel(label), label).toBe(false);
    }
    expect(isTotalLabel(12)).toBe(false);
    expect(isTotalLabel(undefined)).toBe(false);
  });
});

describe('startsWithTotalWord', () => {
  it('is true for total labels followed by free text', () => {
    for (const label of ['Tổng cộng 22 chỉ tiêu', 'Cộng nhóm I', 'Tổng số chỉ tiêu: 22', 'Tổng cộng - toàn trường', 'Tổng số nhiệm vụ: 29', 'TỔNG: 22', 'Tổng (22)', 'Tổng', 'Cộng', 'Cộng chung', 'Trung bình chung', 'Bình quân toàn trường', '  tổng cộng']) {
      expect(startsWithTotalWord(label), label).toBe(true);
    }
  });

  it('is false for names that begin with the same letters or words', () => {
    for (const label of ['Tổng kết năm học, đánh giá kết quả', 'Tổng hợp số liệu báo cáo Sở', 'Cộng đồng học tập số', 'Cộng tác viên truyền thông', 'Tổ chức tập huấn', 'Tongue', '22 chỉ tiêu', '']) {
      expect(startsWithTotalWord(label), label).toBe(false);
    }
    expect(startsWithTotalWord(22)).toBe(false);
  });
});

describe('isRecordNumber', () => {
  it('is true for what numbers a record', () => {
    for (const stt of [1, '01', '1.', '2.3', '3a', 'NV-01', 'a)', 'b.']) expect(isRecordNumber(stt), String(stt)).toBe(true);
  });

  it('is false for a repeated header, bullets and text', () => {
    for (const stt of ['', 'STT', '-', '*', 'Ghi chú: số liệu quý IV', 'NGƯỜI LẬP BIỂU', 'Tổng cộng', undefined]) expect(isRecordNumber(stt), String(stt)).toBe(false);
  });
});

describe('isSignatureOrFootnote', () => {
  it('is true for the lines under an administrative table', () => {
    for (const line of ['Ghi chú: số liệu quý IV cập nhật sau', 'Lưu ý: …', '(*) Số liệu ước tính', 'Nơi nhận:', 'An Lão, ngày 30 tháng 9 năm 2026', 'Xã Nguyễn Bình Khiêm, ngày 04 tháng 3 năm 2026', 'ngày … tháng … năm 2026', 'HIỆU TRƯỞNG', 'KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'NGƯỜI LẬP BIỂU', 'Người lập', '(Ký, ghi rõ họ tên)', 'TM. BAN GIÁM HIỆU']) {
      expect(isSignatureOrFootnote(line), line).toBe(true);
    }
  });

  it('is false for records\' cells', () => {
    for (const cell of ['Thành lập Ban chỉ đạo CĐS do Hiệu trưởng làm Trưởng ban', 'Ban chuyển đổi số', 'Quý III', 'trước ngày 05/12', 'Kế toán', 'Nguyễn Văn Hùng', '100%', '']) {
      expect(isSignatureOrFootnote(cell), cell).toBe(false);
    }
    expect(isSignatureOrFootnote(2026)).toBe(false);
  });
});

describe('groupNumbering (issue 9 item 13)', () => {
  const read = (cell: string | number) => {
    const n = groupNumbering(cell);
    return n && `${n.kind}:${n.numeral}|${n.inlineName}`;
  };

  it('a Roman numeral, a capital letter, or a word and a numbering: a heading, as typed', () => {
    const cases: [string, string][] = [
      ['I', 'heading:I|'],
      ['II.', 'heading:II|'],
      ['IV)', 'heading:IV|'],
      ['A', 'heading:A|'],
      ['B.', 'heading:B|'],
      ['C)', 'heading:C|'],
      ['Đ.', 'heading:Đ|'],
      ['Phần I', 'heading:Phần I|'],
      ['PHẦN II:', 'heading:PHẦN II|'],
      ['Mục 2', 'heading:Mục 2|'],
      ['Nhóm B', 'heading:Nhóm B|'],
    ];
    for (const [cell, expected] of cases) expect(read(cell), cell).toBe(expected);
  });

  it('a numbering with a name in the same cell is a heading, whatever the numbering', () => {
    const cases: [string, string][] = [
      ['I. Thể chế và quản trị số', 'heading:I|Thể chế và quản trị số'],
      ['II - Hạ tầng và dữ liệu số', 'heading:II|Hạ tầng và dữ liệu số'],
      ['III Phát triển nhân lực số', 'heading:III|Phát triển nhân lực số'],
      ['A. Mục tiêu chung', 'heading:A|Mục tiêu chung'],
      ['B) Mục tiêu cụ thể', 'heading:B|Mục tiêu cụ thể'],
      ['1. Thể chế và quản trị số', 'heading:1|Thể chế và quản trị số'],
      ['2.1 Hạ tầng số', 'heading:2.1|Hạ tầng số'],
      ['2.2. Dữ liệu số', 'heading:2.2|Dữ liệu số'],
      ['Phần thứ II: Nhiệm vụ', 'heading:Phần thứ II|Nhiệm vụ'],
    ];
    for (const [cell, expected] of cases) expect(read(cell), cell).toBe(expected);
  });

  it('a dotted number is a section, a bare number a number: whether they head rows depends on the rows below', () => {
    expect(read('1.')).toBe('section:1|');
    expect(read('2.1')).toBe('section:2.1|');
    expect(read('2.1.')).toBe('section:2.1|');
    expect(read('3.2.1')).toBe('section:3.2.1|');
    expect(read(2.1)).toBe('section:2.1|');
    expect(read('1')).toBe('number:1|');
    expect(read(3)).toBe('number:3|');
    expect(groupNumbering(' 12 ')?.parts).toEqual([12]);
  });

  it('is undefined for a record\'s number, a code, and text that merely starts with a capital', () => {
    for (const cell of ['a)', 'b.', 'ii', 'NV-01', '3a', '1)', '1 đợt', 'Internet tốc độ cao', 'Bồi dưỡng giáo viên', 'CĐS', 'LMS', 'Xây dựng kế hoạch', 'IIII', 'STT', '', '(1)', '-', 'Ghi chú: …']) {
      expect(groupNumbering(cell), cell).toBeUndefined();
    }
    for (const cell of [0, -1, 1000, Number.NaN]) expect(groupNumbering(cell), String(cell)).toBeUndefined();
  });
});
