import { describe, expect, it } from 'vitest';
import { planCalendar } from '../../src/core/calendar';
import { calendarDate } from '../../src/core/date';
import { assessSelfAssessment } from '../../src/core/dti/assessment';
import { evaluatePlan } from '../../src/core/evaluation';
import { progressKey, taskOccurrences } from '../../src/core/occurrences';
import type { Indicator, Plan, Task } from '../../src/core/plan';
import { planReading } from '../../src/core/reading';
import { parseTarget } from '../../src/core/target';
import { samplePlan } from '../../src/sample/anLao2026';

const task = (id: string, timing: Task['timing']): Task => ({ id, group: { numeral: 'I', name: 'A' }, name: `NV ${id}`, product: '', lead: 'Tổ Toán', partners: '', timing, ref: undefined });

describe('planReading', () => {
  it('gives what the parsers give, for timings of every kind and for targets', () => {
    const calendar = planCalendar(2026);
    const reading = planReading();
    for (const timing of ['Hàng quý', 'Quý I, II', 'Thường xuyên', 'Tháng 3/2026', 'trước 15/4/2026', 'Học kỳ I', 'không rõ khi nào', '', calendarDate(2026, 5, 20)]) {
      expect(reading.occurrences(task('1', timing), calendar)).toEqual(taskOccurrences(task('1', timing), calendar));
    }
    for (const targetText of ['≥ 95%', 'Tối thiểu 02 đợt/năm', 'Có', 'không hiểu', '']) {
      expect(reading.target({ targetText } as Indicator)).toEqual(parseTarget(targetText));
    }
  });

  it('reads a timing once for every task holding it, and a target once for every indicator', () => {
    const calendar = planCalendar(2026);
    const reading = planReading();
    const first = reading.occurrences(task('1', 'Hàng quý'), calendar);
    expect(reading.occurrences(task('7', 'Hàng quý'), calendar)).toBe(first);
    expect(reading.occurrences(task('8', 'Quý I'), calendar)).not.toBe(first);
    const t = reading.target({ targetText: '≥ 90%' } as Indicator);
    expect(reading.target({ targetText: '≥ 90%' } as Indicator)).toBe(t);
  });

  it('a date and a text that look alike, or another calendar, are read apart', () => {
    const reading = planReading();
    const calendar2026 = planCalendar(2026);
    const dated = reading.occurrences(task('1', calendarDate(2026, 4, 15)), calendar2026);
    const typed = reading.occurrences(task('2', '2026-04-15'), calendar2026);
    expect(typed).toEqual(taskOccurrences(task('2', '2026-04-15'), calendar2026));
    expect(typed).not.toBe(dated);
    // A timing depends on the calendar (its plan year; the school year Cấu hình sets): another calendar reads again.
    const calendar2027 = planCalendar(2027);
    const in2026 = reading.occurrences(task('3', 'Quý I'), calendar2026);
    const in2027 = reading.occurrences(task('3', 'Quý I'), calendar2027);
    expect(in2027).toEqual(taskOccurrences(task('3', 'Quý I'), calendar2027));
    expect(in2027).not.toEqual(in2026);
    const school = [{ startYear: 2025, start: calendarDate(2025, 9, 5), firstTermEnd: calendarDate(2026, 1, 10), end: calendarDate(2026, 5, 25) }];
    const withSchoolYear = reading.occurrences(task('3', 'Quý I'), planCalendar(2026, school));
    expect(withSchoolYear).not.toBe(in2026);
    // Equal calendars made apart share the reading.
    expect(reading.occurrences(task('4', 'Quý I'), planCalendar(2026, [...school]))).toBe(withSchoolYear);
    expect(reading.occurrences(task('5', 'Quý I'), planCalendar(2026))).toBe(in2026);
  });

  it('evaluating one plan on several days through one reading gives what separate evaluations give', () => {
    const plan = samplePlan();
    const reading = planReading();
    for (const day of [calendarDate(2026, 3, 31), calendarDate(2026, 9, 30), calendarDate(2026, 12, 31)]) {
      const { reading: _a, ...shared } = evaluatePlan(plan, day, reading);
      const { reading: _b, ...alone } = evaluatePlan(plan, day);
      expect(shared).toEqual(alone);
    }
  });
});

describe('progressKey: one occurrence key', () => {
  it('ignores case, diacritics, Unicode form and spacing in the task id and the Kỳ', () => {
    expect(progressKey('II.1', 'Quý III')).toBe(progressKey('ii.1', '  quý   iii '));
    expect(progressKey('1', 'Quý III')).toBe(progressKey('1', 'Quy III'));
    expect(progressKey('1', 'Tháng 5/2026'.normalize('NFD'))).toBe(progressKey('1', 'Tháng 5/2026'.normalize('NFC')));
    expect(progressKey('1', 'Quý I')).not.toBe(progressKey('1', 'Quý II'));
    expect(progressKey('1', 'Quý I')).not.toBe(progressKey('11', 'Quý I'));
  });

  it('the evaluation matches a Tiến độ entry by it, as Cập nhật and Kiểm tra dữ liệu do', () => {
    const base = samplePlan();
    const plan: Plan = {
      ...base,
      tasks: [task('II.1', 'Quý I')],
      progress: [{ taskId: 'ii.1', label: 'quý i', status: 'Hoàn thành', completedOn: calendarDate(2026, 3, 20), evidence: 'x', note: '' }],
    };
    const [o] = evaluatePlan(plan, calendarDate(2026, 6, 1)).occurrences;
    expect(o?.status).toBe('Hoàn thành');
    expect(o?.overdueDays).toBe(0);
  });

  it('scores a self-assessment once per rule, and evaluatePlan takes that score instead of scoring again', () => {
    const sample = samplePlan();
    const sa = sample.selfAssessment!;
    const reading = planReading();
    const capped = reading.assessment(sa, 'lowerCapped');
    expect(capped).toEqual(assessSelfAssessment(sa, 'lowerCapped'));
    expect(reading.assessment(sa, 'lowerCapped')).toBe(capped);
    expect(reading.assessment(sa, 'groupsOnly')).toEqual(assessSelfAssessment(sa, 'groupsOnly'));
    const plan: Plan = { ...sample, settings: { ...sample.settings, dtiLevelRule: 'lowerCapped' } };
    expect(evaluatePlan(plan, calendarDate(2026, 6, 1), reading).selfAssessment).toBe(capped);
  });
});
