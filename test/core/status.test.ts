import { describe, expect, it } from 'vitest';
import { addDays, calendarDate } from '../../src/core/date';
import { completionTimeliness, daysOverdue, parseStatus, TASK_STATUSES } from '../../src/core/status';

const asOf = calendarDate(2026, 11, 15);

describe('parseStatus', () => {
  it('reads the four dropdown values exactly', () => {
    for (const s of TASK_STATUSES) expect(parseStatus(s)).toEqual({ ok: true, value: s });
  });

  it('folds case, diacritics, Unicode form, spaces and punctuation', () => {
    expect(parseStatus('hoàn thành')).toEqual({ ok: true, value: 'Hoàn thành' });
    expect(parseStatus('HOAN THANH')).toEqual({ ok: true, value: 'Hoàn thành' });
    expect(parseStatus('Đã hoàn thành.')).toEqual({ ok: true, value: 'Hoàn thành' });
    expect(parseStatus('  Hoàn   thành ')).toEqual({ ok: true, value: 'Hoàn thành' });
    expect(parseStatus('Hoàn thành'.normalize('NFD'))).toEqual({ ok: true, value: 'Hoàn thành' });
    expect(parseStatus('đang thực hiện')).toEqual({ ok: true, value: 'Đang thực hiện' });
    expect(parseStatus('Đang làm')).toEqual({ ok: true, value: 'Đang thực hiện' });
    expect(parseStatus('chua thuc hien')).toEqual({ ok: true, value: 'Chưa thực hiện' });
    expect(parseStatus('tạm dừng')).toEqual({ ok: true, value: 'Tạm dừng' });
  });

  it('treats a blank cell as not started (null)', () => {
    expect(parseStatus('')).toEqual({ ok: true, value: null });
    expect(parseStatus('   ')).toEqual({ ok: true, value: null });
    expect(parseStatus(null)).toEqual({ ok: true, value: null });
    expect(parseStatus(undefined)).toEqual({ ok: true, value: null });
  });

  it('asks instead of guessing', () => {
    expect(parseStatus('xong rồi')).toEqual({
      ok: false,
      error: "không hiểu trạng thái 'xong rồi' (chọn: Chưa thực hiện, Đang thực hiện, Hoàn thành, Tạm dừng)",
    });
    // "not completed" could be either of two statuses; it must not be read as Hoàn thành.
    expect(parseStatus('Chưa hoàn thành').ok).toBe(false);
    expect(parseStatus('100%').ok).toBe(false);
    expect(parseStatus(1).ok).toBe(false);
    expect(parseStatus(true).ok).toBe(false);
    expect(parseStatus({}).ok).toBe(false);
  });
});

describe('daysOverdue', () => {
  const yesterday = addDays(asOf, -1);

  it('counts whole days past the due date while not done', () => {
    expect(daysOverdue(yesterday, 'Đang thực hiện', asOf)).toBe(1);
    expect(daysOverdue(yesterday, null, asOf)).toBe(1);
    expect(daysOverdue(yesterday, 'Chưa thực hiện', asOf)).toBe(1);
    expect(daysOverdue(calendarDate(2026, 9, 30), null, asOf)).toBe(46);
  });

  it('does not count a task due today', () => {
    expect(daysOverdue(asOf, null, asOf)).toBe(0);
  });

  it('does not count a task not yet due', () => {
    expect(daysOverdue(addDays(asOf, 1), null, asOf)).toBe(0);
  });

  it('does not count a finished task', () => {
    expect(daysOverdue(yesterday, 'Hoàn thành', asOf)).toBe(0);
  });

  it('does not count a task without a due date (Thường xuyên)', () => {
    expect(daysOverdue(undefined, null, asOf)).toBe(0);
  });

  it('still counts a paused task: Tạm dừng is not done', () => {
    expect(daysOverdue(yesterday, 'Tạm dừng', asOf)).toBe(1);
  });

  it('counts across a year end', () => {
    expect(daysOverdue(calendarDate(2026, 12, 31), null, calendarDate(2027, 1, 5))).toBe(5);
  });
});

describe('completionTimeliness', () => {
  const due = calendarDate(2026, 6, 30);

  it('is on time on or before the due date', () => {
    expect(completionTimeliness(due, calendarDate(2026, 6, 30))).toBe('Đúng hạn');
    expect(completionTimeliness(due, calendarDate(2026, 5, 2))).toBe('Đúng hạn');
  });

  it('is late after the due date', () => {
    expect(completionTimeliness(due, calendarDate(2026, 7, 1))).toBe('Trễ hạn');
  });

  it('is unknown without a due date or a completion date', () => {
    expect(completionTimeliness(undefined, calendarDate(2026, 7, 1))).toBeUndefined();
    expect(completionTimeliness(due, undefined)).toBeUndefined();
  });
});
