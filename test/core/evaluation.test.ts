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
    ind('3', H, '≥ 95% hoặc 100%', [1, 1, 1, 1]),
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
    expect(ev.indicators[2]!.error).toBe("không hiểu chỉ tiêu '≥ 95% hoặc 100%'");
    expect(ev.indicators[3]!.state).toBe('pending');
  });

  it('rolls up by group as counts and mean attainment', () => {
    const q3 = evaluatePlan(plan, calendarDate(2026, 9, 30));
    expect(q3.groups.map((g) => [g.group.numeral, g.met, g.assessed, g.total])).toEqual([
      ['I', 1, 2, 2],
      ['II', 0, 0, 2],
    ]);
    // Each indicator counts at most 100% in the mean (0.96 against ≥95% is 101%, counted as 100%).
    expect(q3.groups[0]!.meanRatio).toBeCloseTo((1 + 0.5) / 2, 6);
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

describe('issue 9: indicator states and truthful averages', () => {
  const base = (id: string, targetText: string, q: readonly [unknown, unknown, unknown, unknown], more: Partial<Indicator> = {}): Indicator =>
    ({ ...ind(id, G, targetText, q), unit: '', ...more });
  const planOf = (indicators: Indicator[]): Plan => ({ ...plan, indicators, tasks: [], progress: [] });

  it('the mean caps each indicator at 100% while its own ratio stays uncapped', () => {
    const ev = evaluatePlan(planOf([base('1', 'tối thiểu 02 đợt/năm', [10, '', '', '']), base('2', '≥ 90%', [0.45, '', '', ''], { unit: '%' })]), calendarDate(2026, 3, 31));
    expect(ev.indicators[0]!.attainment!.ratio).toBe(5);
    expect(ev.groups[0]!.meanRatio).toBeCloseTo((1 + 0.5) / 2, 9);
    expect(ev.overall.meanRatio).toBeCloseTo(0.75, 9);
  });

  it('a rate is read against the quarter of the latest result', () => {
    const ev = evaluatePlan(planOf([base('1', '01 lần/tháng', [3, 6, 9, 12])]), calendarDate(2026, 12, 31));
    expect(ev.indicators[0]!.attainment).toEqual({ verdict: 'Đạt', ratio: 1 });
    const q3 = evaluatePlan(planOf([base('1', 'tối thiểu 01 lần/quý', ['', '', 2, ''])]), calendarDate(2026, 9, 30));
    expect(q3.indicators[0]!.attainment?.verdict).toBe('Chưa đạt');
    expect(q3.indicators[0]!.attainment?.ratio).toBeCloseTo(2 / 3, 9);
  });

  it('a long-term target is shown as such and kept out of assessed, met and the mean', () => {
    const ev = evaluatePlan(planOf([base('1', '100% giáo viên đạt chuẩn đến năm 2030', [0.4, '', '', '']), base('2', '≥ 90%', [0.9, '', '', ''])]), calendarDate(2026, 3, 31));
    expect(ev.indicators[0]!.state).toBe('longTerm');
    expect(ev.indicators[0]!.horizon).toBe(2030);
    expect(ev.overall).toMatchObject({ total: 2, assessed: 1, met: 1, longTerm: 1, meanRatio: 1 });
  });

  it('a target due within the plan year is an ordinary target', () => {
    const ev = evaluatePlan(planOf([base('1', '100% đến năm 2026', [1, '', '', ''])]), calendarDate(2026, 3, 31));
    expect(ev.indicators[0]!.state).toBe('met');
  });

  it('a relative target reads the baseline column; without one it is invalid with a clear message', () => {
    const ev = evaluatePlan(
      planOf([
        base('1', 'giảm 5% so với năm học trước', [37, '', '', ''], { baseline: 40 }),
        base('2', 'tăng 10% so với năm 2025', [0.7, '', '', ''], { unit: '%' }),
      ]),
      calendarDate(2026, 3, 31),
    );
    expect(ev.indicators[0]!.state).toBe('met');
    expect(ev.indicators[1]!.state).toBe('invalid');
    expect(ev.indicators[1]!.error).toMatch(/Số liệu năm trước/);
  });

  it('a per-unit target takes «6/8» and reports a bare number as a problem', () => {
    const ev = evaluatePlan(planOf([base('1', 'Mỗi tổ chuyên môn có tối thiểu 01 chuyên đề', ['6/8 tổ', '', '', '']), base('2', 'Mỗi lớp có 01 lớp học ảo', [8, '', '', ''])]), calendarDate(2026, 3, 31));
    expect(ev.indicators[0]!.attainment).toEqual({ verdict: 'Chưa đạt', ratio: 0.75 });
    expect(ev.indicators[1]!.state).toBe('invalid');
  });
});
