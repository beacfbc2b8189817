import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import { readWorkbook, type Cell } from '../../src/sheet/workbook';

/** The sample's tabs with «Tự đánh giá CĐS» (or a tab under another name) as given, and no other self-assessment tab. */
function tabsWith(name: string, rows: Cell[][]): Map<string, Cell[][]> {
  const tabs = planTabs(samplePlan());
  for (const n of [...tabs.keys()]) if (n.startsWith('Tự đánh giá')) tabs.delete(n);
  tabs.set(name, rows);
  return tabs;
}

function withoutSelfAssessment(): Map<string, Cell[][]> {
  const tabs = planTabs(samplePlan());
  for (const n of [...tabs.keys()]) if (n.startsWith('Tự đánh giá')) tabs.delete(n);
  return tabs;
}

const G1 = 'Chuyển đổi số trong dạy, học';
const G2 = 'Chuyển đổi số trong quản trị cơ sở giáo dục';

describe('the «Tự đánh giá CĐS» tab', () => {
  it('is optional: a workbook made before it reads with no problem and no self-assessment', () => {
    const read = readWorkbook(withoutSelfAssessment(), { fallbackYear: 2026 });
    expect(read.problems).toEqual([]);
    expect(read.plan.selfAssessment).toBeUndefined();
    expect(read.selfAssessmentRows).toEqual([]);
  });

  it('reads each criterion, raw, with the row it came from, whatever the columns are called and where they are', () => {
    const read = readWorkbook(
      tabsWith('Tu danh gia CDS', [
        ['PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ'],
        [],
        ['Mã tiêu chí', 'Nhóm tiêu chí', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điều kiện bắt buộc', 'Điểm tự chấm', 'Hồ sơ/Minh chứng', 'Người phụ trách', 'Ghi chú'],
        ['1.1', G1, 'Có kế hoạch dạy học trực tuyến', '', 'x', 'Đạt', 'https://drive.google.com/kh', 'Tổ Tin', ''],
        ['1.3.1', G1, 'Triển khai phần mềm dạy học trực tuyến trực tiếp', 6, '', 6, '', 'Tổ Tin', 'Dùng Zoom'],
        ['1.4.', G1, 'Học liệu được số hóa', 10, '', '7,5', '', '', ''],
        ['2.3.3', G2, 'Sổ điểm điện tử, học bạ điện tử', 10, '', '', '', '', ''],
      ]),
      { fallbackYear: 2026 },
    );
    expect(read.problems).toEqual([]);
    expect(read.plan.selfAssessment?.criteria.map((c) => [c.code, c.group, c.maxPoints, c.mandatory, c.score, c.evidence, c.owner, c.note, c.ref])).toEqual([
      ['1.1', G1, '', 'x', 'Đạt', 'https://drive.google.com/kh', 'Tổ Tin', '', 'Tu danh gia CDS!A4'],
      ['1.3.1', G1, 6, '', 6, '', 'Tổ Tin', 'Dùng Zoom', 'Tu danh gia CDS!A5'],
      ['1.4', G1, 10, '', '7,5', '', '', '', 'Tu danh gia CDS!A6'],
      ['2.3.3', G2, 10, '', '', '', '', '', 'Tu danh gia CDS!A7'],
    ]);
    expect(read.selfAssessmentRows.map((r) => r.row)).toEqual([4, 5, 6, 7]);
    expect(read.tabs.selfAssessment?.name).toBe('Tu danh gia CDS');
  });

  it('takes a criterion\'s group from the group heading above it when Nhóm is blank or absent, and skips total rows and the signature', () => {
    const read = readWorkbook(
      tabsWith('Tự đánh giá chuyển đổi số', [
        ['Mã', 'Tiêu chí', 'Điểm tối đa', 'Bắt buộc', 'Tự đánh giá'],
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ['I', G1],
        ['1.1', 'Kế hoạch dạy học trực tuyến', '', 'Có', 'Đạt'],
        ['1.4', 'Học liệu số', 10, '', 8],
        ['', 'Cộng nhóm I', 10, '', 8],
        ['Nhóm 2', G2],
        ['2.4.2', 'Tuyển sinh trực tuyến', 12, '', 12],
        ['', 'Tổng cộng', 22, '', 20],
        [],
        ['', 'HIỆU TRƯỞNG'],
        ['', 'Nguyễn Văn A'],
      ]),
      { fallbackYear: 2026 },
    );
    expect(read.problems).toEqual([]);
    expect(read.plan.selfAssessment?.criteria.map((c) => [c.code, c.group])).toEqual([
      ['1.1', G1],
      ['1.4', G1],
      ['2.4.2', G2],
    ]);
    expect(read.selfAssessmentGroupRows).toEqual([
      { row: 3, group: G1 },
      { row: 7, group: G2 },
    ]);
  });

  it('names a repeated code, a criterion without a name and one without a code at their cells', () => {
    const read = readWorkbook(
      tabsWith('Tự đánh giá CĐS', [
        ['Mã', 'Tiêu chí', 'Nhóm', 'Điểm tối đa', 'Bắt buộc', 'Điểm tự đánh giá'],
        ['1.4', 'Học liệu số', G1, 10, '', 8],
        ['1.5.1', '', G1, 15, '', 10],
        ['1.4', 'Học liệu số (bản sao)', G1, 10, '', 8],
        ['', 'Phòng studio', G1, 5, '', 5],
      ]),
      { fallbackYear: 2026 },
    );
    // The row without a name is not a criterion (the reader says so); the scoring names the rest at their cells.
    expect(read.problems[0]).toEqual({ tab: 'Tự đánh giá CĐS', row: 3, column: 'Tiêu chí', a1: 'B3', message: 'Dòng 3 (mã «1.5.1») có dữ liệu nhưng thiếu tên tiêu chí.' });
    expect(read.problems.slice(1).map((p) => [p.tab, p.row, p.column, p.a1])).toEqual([
      ['Tự đánh giá CĐS', 4, 'Mã', 'A4'],
      ['Tự đánh giá CĐS', 5, 'Mã', 'A5'],
    ]);
    expect(read.problems[1]!.message).toMatch(/1\.4.*trùng/);
    expect(read.problems[2]!.message).toMatch(/Phòng studio.*chưa ghi mã/);
    expect(read.plan.selfAssessment?.criteria.map((c) => c.code)).toEqual(['1.4', '1.4', '']);
  });

  it('a tab without its header row is a problem (it is there, so it was meant to be read)', () => {
    const read = readWorkbook(tabsWith('Tự đánh giá CĐS', [['Mã', 'Tiêu chí'], ['1.4', 'Học liệu số']]), { fallbackYear: 2026 });
    expect(read.problems.map((p) => p.message)).toEqual([
      'Không tìm thấy dòng tiêu đề của tab «Tự đánh giá CĐS» trong 15 dòng đầu. Cần một dòng có các cột «Mã» (hoặc «Mã tiêu chí», «Mã số», «Mã số tiêu chí»), «Tiêu chí» (hoặc «Tên tiêu chí», «Nội dung tiêu chí», «Tiêu chí đánh giá»), «Điểm tự đánh giá» (hoặc «Tự đánh giá», «Điểm tự chấm», «Tự chấm»).',
    ]);
    expect(read.plan.selfAssessment).toBeUndefined();
  });
});

describe('Nhiệm vụ «Tiêu chí 4725»', () => {
  it('is read as typed when present, left out when blank or absent', () => {
    const tabs = planTabs(samplePlan());
    const rows = tabs.get('Nhiệm vụ')!.map((r) => [...r]);
    const column = rows[0]!.indexOf('Tiêu chí 4725');
    expect(column).toBe(rows[0]!.length - 1);
    rows[0]![column] = 'Tiêu chí DTI';
    rows[2]![column] = '1.3.1, 1.4';
    tabs.set('Nhiệm vụ', rows);
    const read = readWorkbook(tabs, { fallbackYear: 2026 });
    expect(read.problems).toEqual([]);
    expect(read.plan.tasks[0]!.criteria).toBe('1.3.1, 1.4');
    expect(read.plan.tasks[1]!.criteria).toBeUndefined();
    expect('criteria' in readWorkbook(planTabs(samplePlan()), { fallbackYear: 2026 }).plan.tasks[1]!).toBe(false);
  });
});
