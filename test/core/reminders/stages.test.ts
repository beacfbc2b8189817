import { describe, expect, it } from 'vitest';
import { addDays, calendarDate } from '../../../src/core/date';
import { remindWindowDays, shouldEscalate, staffStage, staffStageKey, staffStageLabel } from '../../../src/core/reminders/stages';

const due = calendarDate(2026, 6, 30);
const on = (offset: number) => staffStage(due, addDays(due, offset), 7);

describe('staffStage: the stage owed on a day', () => {
  it('nothing before the window opens', () => {
    expect(on(-8)).toBeUndefined();
    expect(on(-30)).toBeUndefined();
  });

  it('early from N days before to 2 days before, then the day before, then the due day', () => {
    for (const offset of [-7, -5, -2]) expect(on(offset)).toEqual({ kind: 'early' });
    expect(on(-1)).toEqual({ kind: 'dayBefore' });
    expect(on(0)).toEqual({ kind: 'dueToday' });
  });

  it('weekly while overdue: days 1–7 are week 1, 8–14 week 2, 15 week 3', () => {
    expect(on(1)).toEqual({ kind: 'overdue', week: 1 });
    expect(on(7)).toEqual({ kind: 'overdue', week: 1 });
    expect(on(8)).toEqual({ kind: 'overdue', week: 2 });
    expect(on(15)).toEqual({ kind: 'overdue', week: 3 });
    expect(on(100)).toEqual({ kind: 'overdue', week: 15 });
  });

  it('honours the Nhắc trước setting, with 0 or 1 meaning no early reminder', () => {
    expect(staffStage(due, addDays(due, -3), 3)).toEqual({ kind: 'early' });
    expect(staffStage(due, addDays(due, -4), 3)).toBeUndefined();
    expect(staffStage(due, addDays(due, -2), 1)).toBeUndefined();
    expect(staffStage(due, addDays(due, -1), 0)).toEqual({ kind: 'dayBefore' });
  });

  it('a nonsense setting falls back to sane bounds', () => {
    expect(remindWindowDays(Number.NaN)).toBe(7);
    expect(remindWindowDays(-3)).toBe(0);
    expect(remindWindowDays(1000)).toBe(60);
    expect(remindWindowDays(10.9)).toBe(10);
  });

  it('escalates only after 14 days overdue', () => {
    expect(shouldEscalate(14)).toBe(false);
    expect(shouldEscalate(15)).toBe(true);
  });

  it('keys are distinct per stage and labels are Vietnamese', () => {
    const stages = [on(-5), on(-1), on(0), on(1), on(8)].map((s) => staffStageKey(s!));
    expect(new Set(stages).size).toBe(5);
    expect(staffStageLabel({ kind: 'overdue', week: 2 })).toBe('Quá hạn (tuần 2)');
    expect(staffStageLabel({ kind: 'dueToday' })).toBe('Đến hạn hôm nay');
  });
});
