import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../src/core/date';
import { evaluatePlan, readCompletionDate } from '../../src/core/evaluation';
import type { Group, Indicator, Plan, Task } from '../../src/core/plan';
import { SAMPLE_SETTINGS } from '../../src/sample/anLao2026';

const G: Group = { numeral: 'I', name: 'Thể chế và quản trị số' };
const H: Group = { numeral: 'II', name: 'Hạ tầng và dữ liệu số' };

function ind(id: string, group: Group, targetText: string, q: readonly [unknown, unknown, unknown, unknown]): Indicator {
  return { id, group, name: `Chỉ tiêu ${id}`, unit: '%', targetText, quarterResults: q, owner: '', evidence: '', note: '' };
}
function task(id: string, timing: string): Task {
  return { id, group: G, name: `Nhiệm vụ ${id}`, product: '', lead: 'Ban chuyển đổi số', partners: '', timing };
}

const plan: Plan = {
  settings: SAMPLE_SETTINGS,
  indicators: [
    ind('1', G, '≥95%', [0.8, 0.9, 0.96, 0.5]),
    ind('2', G, '100%', [0.5, '', '', '']),
    ind('3', H, 'đảm bảo an toàn', [1, 1, 1, 1]),
    ind('4', H, '≥90%', ['', '', '', '']),
  ],
  tasks: [task('1', 'Hàng quý'), task('2', 'Quý II'), task('3', 'Thường xuyên'), task('4', 'khi nào rảnh')],
  progress: [
    { taskId: '1', label: 'Quý I', status: 'Hoàn thành', completedOn: calendarDate(2026, 4, 3), evidence: 'x', note: '' },
    { taskId: '1', label: 'Quý II', status: 'Đang thực hiện', completedOn: '', evidence: '', note: '' },
    { taskId: '2', label: 'Quý II', status: 'Hoàn thành', completedOn: '20/06/2026', evidence: '', note: '' },
  ],
  assignments: [],
};

describe('evaluatePlan', () => {
  const ev = evaluatePlan(plan, calendarDate(2026, 10, 15));

  it('takes the latest quarter reported by the day in question (not a later one)', () => {
    expect(ev.indicators[0]!.latest).toEqual({ quarter: 4, value: 0.5 });
    const q3 = evaluatePlan(plan, calendarDate(2026, 9, 30));
    expect(q3.indicators[0]!.latest).toEqual({ quarter: 3, value: 0.96 });
    expect(q3.indicators[0]!.state).toBe('met');
    expect(q3.indicators[1]!.latest).toEqual({ quarter: 1, value: 0.5 });
  });

  it('marks unreadable targets invalid with the reason, and no result as pending', () => {
    expect(ev.indicators[2]!.state).toBe('invalid');
    expect(ev.indicators[2]!.error).toBe("không hiểu chỉ tiêu 'đảm bảo an toàn'");
    expect(ev.indicators[3]!.state).toBe('pending');
  });

  it('rolls up by group as counts and mean attainment', () => {
    const q3 = evaluatePlan(plan, calendarDate(2026, 9, 30));
    expect(q3.groups.map((g) => [g.group.numeral, g.met, g.assessed, g.total])).toEqual([
      ['I', 1, 2, 2],
      ['II', 0, 0, 2],
    ]);
    expect(q3.groups[0]!.meanRatio).toBeCloseTo((0.96 / 0.95 + 0.5) / 2, 6);
    expect(q3.groups[1]!.meanRatio).toBeUndefined();
    expect(q3.overall).toMatchObject({ total: 4, assessed: 2, met: 1 });
  });

  it('lists each occurrence with its status and days overdue, most overdue first', () => {
    const t1 = ev.occurrences.filter((o) => o.task.id === '1');
    expect(t1.map((o) => [o.label, o.status, o.overdueDays])).toEqual([
      ['Quý I', 'Hoàn thành', 0],
      ['Quý II', 'Đang thực hiện', 107],
      ['Quý III', null, 15],
      ['Quý IV', null, 0],
    ]);
    expect(ev.overdue.map((o) => `${o.task.id}/${o.label}`)).toEqual(['1/Quý II', '1/Quý III']);
  });

  it('records whether a completed occurrence was on time, from a date cell or typed text', () => {
    const t1q1 = ev.occurrences.find((o) => o.task.id === '1' && o.label === 'Quý I')!;
    const t2 = ev.occurrences.find((o) => o.task.id === '2')!;
    expect(t1q1.timeliness).toBe('Trễ hạn');
    expect(t2.completedOn).toEqual(calendarDate(2026, 6, 20));
    expect(t2.timeliness).toBe('Đúng hạn');
  });

  it('gives an ongoing task a quarterly update that is never overdue', () => {
    const t3 = ev.occurrences.filter((o) => o.task.id === '3');
    expect(t3.map((o) => [o.label, o.due, o.overdueDays])).toEqual([
      ['Quý I', undefined, 0], ['Quý II', undefined, 0], ['Quý III', undefined, 0], ['Quý IV', undefined, 0],
    ]);
  });

  it('reports a task whose timing cannot be read instead of dropping it silently', () => {
    expect(ev.taskProblems.map((p) => [p.task.id, p.error])).toEqual([['4', "không hiểu thời gian 'khi nào rảnh'"]]);
  });
});

describe('readCompletionDate', () => {
  it('reads dates and names what is not one', () => {
    expect(readCompletionDate('')).toEqual({ ok: true, value: undefined });
    expect(readCompletionDate('5/4/2026')).toEqual({ ok: true, value: calendarDate(2026, 4, 5) });
    expect(readCompletionDate('hôm qua')).toEqual({ ok: false, error: "không hiểu ngày hoàn thành 'hôm qua' (ví dụ đúng: 15/04/2026)" });
  });
});
