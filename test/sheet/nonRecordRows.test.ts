import { describe, expect, it } from 'vitest';
import { isColumnNumberingRow, isTotalLabel } from '../../src/sheet/nonRecordRows';
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

  it('is false for data: text, dates, a number that does not increase, fewer than three numbers', () => {
    expect(isColumnNumberingRow([1, 'Hồ sơ điện tử', '100%', 0.92])).toBe(false);
    expect(isColumnNumberingRow([3, 7])).toBe(false);
    expect(isColumnNumberingRow([4, 2, 5, 6])).toBe(false);
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
