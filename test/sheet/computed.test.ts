import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import type { OccurrenceEvaluation } from '../../src/core/evaluation';
import { evaluateIndicator, evaluatePlan } from '../../src/core/evaluation';
import type { Indicator, Task } from '../../src/core/plan';
import { samplePlan, SAMPLE_AS_OF } from '../../src/sample/anLao2026';
import { computedBlocks, latestText, nextDue, taskStateText, verdictText } from '../../src/sheet/computed';
import { formulaCells } from '../../src/sheet/formulaCells';
import { planTabs } from '../../src/sheet/planTabs';
import { readWorkbook } from '../../src/sheet/workbook';

const task = { id: '1' } as Task;
function occ(label: string, status: OccurrenceEvaluation['status'], overdueDays = 0, due = calendarDate(2026, 3, 31)): OccurrenceEvaluation {
  return { task, label, due, status, completedOn: undefined, overdueDays, timeliness: undefined, evidence: '', note: '', errors: [], ref: undefined };
}

describe('taskStateText', () => {
  it('says overdue first, with the worst delay and the occurrences', () => {
    expect(taskStateText([occ('Quý I', 'Hoàn thành'), occ('Quý II', null, 10), occ('Quý III', 'Đang thực hiện', 40)], undefined)).toBe('Quá hạn 40 ngày (Quý II, Quý III)');
  });
  it('Hoàn thành only when every occurrence is done', () => {
    expect(taskStateText([occ('Quý I', 'Hoàn thành'), occ('Quý II', 'Hoàn thành')], undefined)).toBe('Hoàn thành');
    expect(taskStateText([occ('Quý I', 'Hoàn thành'), occ('Quý II', null)], undefined)).toBe('Đang thực hiện (1/2 kỳ xong)');
  });
  it('Tạm dừng, Chưa thực hiện, and an unreadable timing', () => {
    expect(taskStateText([occ('Quý I', 'Tạm dừng')], undefined)).toBe('Tạm dừng');
    expect(taskStateText([occ('Quý I', null)], undefined)).toBe('Chưa thực hiện');
    expect(taskStateText([], 'không hiểu thời gian')).toBe('Lỗi: không hiểu thời gian');
  });
});

describe('nextDue', () => {
  it('is the earliest due date not done yet (past when overdue), none when all are done or ongoing', () => {
    expect(nextDue([occ('Quý I', 'Hoàn thành', 0, calendarDate(2026, 3, 31)), occ('Quý II', null, 0, calendarDate(2026, 6, 30)), occ('Quý III', null, 0, calendarDate(2026, 9, 30))])).toEqual(calendarDate(2026, 6, 30));
    expect(nextDue([occ('Quý I', 'Hoàn thành')])).toBeUndefined();
    expect(nextDue([{ ...occ('Quý I', null), due: undefined }])).toBeUndefined();
  });
});

describe('computedBlocks', () => {
  it('one block per run of adjacent computed columns, from the first row written to the last', () => {
    const read = readWorkbook(planTabs(samplePlan()));
    const blocks = computedBlocks(read, evaluatePlan(read.plan, SAMPLE_AS_OF));
    expect(blocks.map((b) => [b.tab, b.row, b.column, b.values.length, b.values[0]!.length])).toEqual([
      ['Chỉ tiêu', 2, 12, 26, 3], // 22 indicators + 4 group rows
      ['Nhiệm vụ', 3, 7, 35, 2], // 29 tasks + the 6 (blank, not written) group rows between them
      ['Tiến độ', 2, 2, 80, 1], // Nhiệm vụ: the 80 occurrences of the 29 tasks
      ['Tiến độ', 2, 4, 80, 1], // Hạn
      ['Tiến độ', 2, 9, 80, 2], // Quá hạn (ngày), Lưu ý của hệ thống
      ['Tự đánh giá CĐS', 2, 10, 29, 5], // the 29 criteria of QĐ 4725: Đạt điều kiện … Minh chứng từ nhiệm vụ
    ]);
  });

  it('never covers a formula cell or a filled cell of a row that is not a record: the block splits around them', () => {
    const tabs = planTabs(samplePlan());
    const indicators = tabs.get('Chỉ tiêu')!;
    indicators.splice(1, 0, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)', '(12)', '(13)', '(14)']);
    indicators.push(['', 'Tổng cộng', '', '', '', '', '', '', '', '', '', '', 0.93, '15/22 đạt']);
    const formulas = new Map([['Chỉ tiêu', formulaCells(indicators.map((row, r) => row.map((_, c) => (r === 9 && c === 13 ? '=IF(G10>=0,9;"Đạt";"Chưa đạt")' : ''))))]]);
    const read = readWorkbook(tabs, { formulas });
    const blocks = computedBlocks(read, evaluatePlan(read.plan, SAMPLE_AS_OF)).filter((b) => b.tab === 'Chỉ tiêu');
    expect(blocks.map((b) => [b.row, b.column, b.values.length, b.values[0]!.length])).toEqual([
      [3, 12, 7, 3], // from the first group row (the numbering row above is left alone) to the row above the formula
      [10, 12, 1, 2], // the formula's row: Kết quả mới nhất, Tỷ lệ đạt only
      [11, 12, 18, 3], // down to the last indicator (row 28); the «Tổng cộng» row below is left alone
    ]);
  });
});

describe('latestText', () => {
  const indicator = (targetText: string, q1: unknown): Indicator => ({
    id: '1', group: { numeral: 'I', name: 'Nhóm' }, name: 'Chỉ tiêu', unit: '%', targetText, quarterResults: [q1, '', '', ''], owner: '', evidence: '', note: '',
  });
  it('shows the latest result as its target counts it, with its quarter', () => {
    expect(latestText(evaluateIndicator(indicator('≥95%', 0.96), [1, 2, 3, 4]))).toBe('96% (Quý I)');
  });
  it('shows a cell that is not a result as staff see it: a date typed by mistake, a number with a decimal comma', () => {
    expect(latestText(evaluateIndicator(indicator('≥95%', calendarDate(2026, 3, 15)), [1]))).toBe('15/03/2026 (Quý I)');
    expect(latestText(evaluateIndicator(indicator('không rõ', 1234.5), [1]))).toBe('1.234,5 (Quý I)');
  });
});

describe('verdictText: a long-term target (issue 9)', () => {
  it('shows «Dài hạn (đến 2030)», not «Chưa đạt», in the plan year', () => {
    const plan = samplePlan();
    const indicators = plan.indicators.map((i, n) => (n === 0 ? { ...i, targetText: '100% hồ sơ xử lý trên môi trường điện tử đến năm 2030' } : i));
    const ev = evaluatePlan({ ...plan, indicators }, SAMPLE_AS_OF);
    expect(verdictText(ev.indicators[0]!)).toBe('Dài hạn (đến 2030)');
    expect(ev.overall.longTerm).toBe(1);
  });
});
