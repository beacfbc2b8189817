import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import { readPlan, readWorkbook, type Cell } from '../../src/sheet/workbook';

function tabsWith(name: string, rows: Cell[][]): Map<string, Cell[][]> {
  const tabs = planTabs(samplePlan());
  tabs.set(name, rows);
  return tabs;
}

describe('readPlan', () => {
  it('reads group rows written "I" + name, or "I. name" in one (merged) cell, and skips blank rows', () => {
    const { plan, problems } = readPlan(tabsWith('Chỉ tiêu', [
      ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Quý I'],
      ['I', 'Thể chế số'],
      [1, 'A', '100%', 0.9],
      [],
      ['II. Hạ tầng số'],
      ['', '', '', ''],
      ['2.', 'B', '≥95%', '96%'],
    ]));
    expect(problems).toEqual([]);
    expect(plan.indicators.map((i) => [i.id, i.group.numeral, i.group.name, i.ref])).toEqual([
      ['1', 'I', 'Thể chế số', 'Chỉ tiêu!A3'],
      ['2', 'II', 'Hạ tầng số', 'Chỉ tiêu!A7'],
    ]);
  });

  it('reports a duplicate STT and a row without a name at their cells, and keeps reading', () => {
    const { plan, problems } = readPlan(tabsWith('Chỉ tiêu', [
      ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm'],
      [1, 'A', '100%'],
      [1, 'B', '100%'],
      [3, '', '100%'],
      [4, 'D', '100%'],
    ]));
    expect(plan.indicators.map((i) => i.name)).toEqual(['A', 'B', 'D']);
    expect(problems).toEqual([
      { tab: 'Chỉ tiêu', row: 3, column: 'STT', a1: 'A3', message: 'STT «1» trùng với dòng 2: mỗi dòng cần một STT riêng.' },
      { tab: 'Chỉ tiêu', row: 4, column: 'Chỉ tiêu', a1: 'B4', message: 'Dòng 4 có số liệu nhưng thiếu tên chỉ tiêu.' },
    ]);
  });

  it('a missing tab and a tab without its header row are problems, not failures', () => {
    const tabs = planTabs(samplePlan());
    tabs.delete('Phân công');
    tabs.set('Tiến độ', [['Ghi chú'], ['abc']]);
    const { plan, problems } = readPlan(tabs);
    expect(plan.assignments).toEqual([]);
    expect(plan.progress).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      'Không tìm thấy dòng tiêu đề của tab «Tiến độ» trong 15 dòng đầu. Cần một dòng có các cột «Mã NV» (hoặc «Mã nhiệm vụ», «STT nhiệm vụ», «Mã»), «Kỳ» (hoặc «Kỳ báo cáo», «Đợt», «Kỳ thực hiện»), «Trạng thái» (hoặc «Tình trạng thực hiện»).',
      'Không có tab «Phân công». Chạy «Chuyển đổi số → Khởi tạo bảng theo dõi» để tạo tab này.',
    ]);
  });

  it('a column-number row under the header («(1) (2) …», or 1 2 3 … after a blank row) is not a record and not a problem', () => {
    for (const numbering of [[['(1)', '(2)', '(3)', '(4)']], [[], [1, 2, 3, 4]]]) {
      const { plan, problems } = readPlan(tabsWith('Chỉ tiêu', [['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Quý I'], ...numbering, [1, 'A', '100%', 0.9]]));
      expect(problems).toEqual([]);
      expect(plan.indicators.map((i) => i.name)).toEqual(['A']);
    }
  });

  it('deeper in the table, a row of numbers is a record like any other (numbering rows sit right under the header)', () => {
    const { plan } = readPlan(tabsWith('Chỉ tiêu', [['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Quý I'], [1, 'A', '100%', 0.9], [2, 3, 4, 5]]));
    expect(plan.indicators.map((i) => i.name)).toEqual(['A', '3']);
  });

  it('a target column named for another year is not the plan\'s: the problem says which column and why (issue 8 item 2)', () => {
    const { plan, problems } = readPlan(tabsWith('Chỉ tiêu', [
      ['STT', 'Chỉ tiêu', 'Mức đạt 2025'],
      [1, 'A', '100%'],
    ]));
    expect(plan.indicators).toEqual([]);
    expect(problems.map((p) => p.message)).toContain(
      'Không tìm thấy dòng tiêu đề của tab «Chỉ tiêu» trong 15 dòng đầu. Cần một dòng có các cột «Chỉ tiêu» (hoặc «Tên chỉ tiêu», «Nội dung chỉ tiêu», «Nội dung»), «Chỉ tiêu năm» (hoặc «Mức đạt», «Mục tiêu», «Chỉ tiêu năm học»). ' +
        'Các cột «Mức đạt 2025» ghi năm khác năm kế hoạch 2026 («Năm kế hoạch» trong Cấu hình) nên không được coi là cột của kế hoạch năm nay.',
    );
  });

  it('a computed column is the add-in\'s only where it carries its mark; without marks known (an .xlsx), by its header', () => {
    const tabs = tabsWith('Chỉ tiêu', [
      ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Tỷ lệ đạt', 'Đánh giá'],
      [1, 'A', '100%', '', 'tổ tự đánh giá'],
    ]);
    const marked = readWorkbook(tabs, { columnMarks: new Map([['Chỉ tiêu', new Map([['indicators.attainment', [4]], ['indicators.verdict', [9]]])]]) });
    expect(Object.fromEntries(marked.tabs.indicators!.owned)).toEqual({ attainment: 4 });
    // Every other tab has no mark at all: its computed columns are unmarked too.
    expect(marked.unmarked.filter((u) => u.tab === 'Chỉ tiêu').map((u) => [u.key, u.column, u.header, u.mark])).toEqual([['verdict', 5, 'Đánh giá', 'indicators.verdict']]);
    expect(marked.columnProblems.filter((p) => p.tab === 'Chỉ tiêu').map((p) => p.a1)).toEqual(['E1']);
    expect(Object.fromEntries(readWorkbook(tabs).tabs.indicators!.owned)).toEqual({ attainment: 4, verdict: 5 });
  });

  it('two STT columns in Nhiệm vụ («STT», «Mã nhiệm vụ»): the tab is not read, since ids would not match Tiến độ', () => {
    const { plan, problems } = readPlan(tabsWith('Nhiệm vụ', [
      ['STT', 'Mã nhiệm vụ', 'Nhiệm vụ', 'Thời gian'],
      [1, 'NV-07', 'A', 'Quý I'],
    ]));
    expect(plan.tasks).toEqual([]);
    expect(problems.map((p) => p.message)).toContain(
      'Tab «Nhiệm vụ» có 2 cột cùng là cột «STT»: «STT» (cột A), «Mã nhiệm vụ» (cột B). Tiện ích không tự chọn một cột: hãy đổi tên cột không dùng (ví dụ «STT 2025» nếu đó là cột của năm trước). Cho tới khi đó, tab «Nhiệm vụ» không được đọc và không được ghi.',
    );
  });

  it('a Kỳ typed in another spelling is read as the label the schedule gives', () => {
    const { plan } = readPlan(tabsWith('Tiến độ', [
      ['Mã NV', 'Kỳ', 'Trạng thái'],
      [4, 'quý i', 'Hoàn thành'],
      [99, 'Quý I', ''],
    ]));
    expect(plan.progress.map((p) => [p.taskId, p.label, p.ref])).toEqual([
      ['4', 'Quý I', 'Tiến độ!A2'],
      ['99', 'Quý I', 'Tiến độ!A3'],
    ]);
  });

  it('keeps results raw and dates as calendar days', () => {
    const read = readWorkbook(tabsWith('Tiến độ', [
      ['Mã NV', 'Kỳ', 'Trạng thái', 'Ngày hoàn thành', 'Minh chứng'],
      [4, 'Quý I', 'Hoàn thành', { year: 2026, month: 3, day: 20 }, ' https://x.vn/a '],
    ]));
    expect(read.plan.progress[0]).toMatchObject({ completedOn: { year: 2026, month: 3, day: 20 }, evidence: 'https://x.vn/a' });
    expect(read.progressRows[0]!.row).toBe(2);
    expect(read.tabs.progress!.layout.columns.get('completedOn')).toBe(4);
  });
});

describe('readPlan: the optional baseline column (issue 9)', () => {
  it.each(['Số liệu năm trước', 'Kết quả năm học trước', 'Giá trị cơ sở', 'Năm học trước'])('reads %j as the baseline a relative target is held against', (header) => {
    const { plan, problems } = readPlan(tabsWith('Chỉ tiêu', [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm', header, 'Quý I'],
      [1, 'Giấy in', 'tờ', 'giảm 20% so với năm học trước', '1.000', 750],
      [2, 'A', '%', '95', '', 0.96],
    ]));
    expect(problems).toEqual([]);
    expect(plan.indicators.map((i) => [i.unit, i.baseline])).toEqual([['tờ', '1.000'], ['%', undefined]]);
  });

  it('does not take a header naming a year («Năm 2025») as the baseline', () => {
    const { plan } = readPlan(tabsWith('Chỉ tiêu', [
      ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Năm 2025', 'Quý I'],
      [1, 'A', 'tăng 10% so với năm 2025', 40, 45],
    ]));
    expect(plan.indicators[0]!.baseline).toBeUndefined();
  });
});
