import { describe, expect, it } from 'vitest';
import { readReportDeadline, type ReportDeadlines } from '../../../src/core/report/deadlines';
import { rebuildKey } from '../../../src/core/reminders/sentLog';
import { upcomingReportDeadlines } from '../../../src/core/reminders/digest';
import { d, HEAD, person, plan, task } from '../../support/reminderPlans';
import { ReminderWorld } from '../../support/reminderWorld';

function deadlines(texts: Partial<Record<'month' | 'quarter' | 'half' | 'year', string>>): ReportDeadlines {
  const out: Record<string, unknown> = {};
  for (const [kind, text] of Object.entries(texts)) {
    const r = readReportDeadline(kind as 'month', text!, 2026);
    if (!r.ok) throw new Error(r.error);
    out[kind] = r.value;
  }
  return out as ReportDeadlines;
}

const PEOPLE = [person('Tổ Toán', 'An', 'an@truong.edu.vn')];
const TASKS = [task('1', 'Việc Toán', 'Tổ Toán', '30/12/2026')];
const reportDeadlines = deadlines({ year: 'Báo cáo năm: Trước ngày 05/12 hằng năm', month: 'Trước ngày 12 hằng tháng' });

describe('reminders before a reporting deadline', () => {
  it('lists the reports due within «Nhắc trước (ngày)», the deadline day included', () => {
    const settings = { reportDeadlines, remindDaysBefore: 7 };
    const due = (day: number) => upcomingReportDeadlines(settings as never, d(2026, 12, day)).map((x) => `${x.period.kind} ${x.due.day}/${x.due.month}`);
    expect(due(1)).toEqual(['year 5/12']);
    expect(due(5)).toEqual(['year 5/12', 'month 12/12']);
    expect(due(6)).toEqual(['month 12/12']);
    expect(due(13)).toEqual([]);
    expect(upcomingReportDeadlines({ remindDaysBefore: 7 } as never, d(2026, 12, 1))).toEqual([]);
  });

  it('the head of the board hears of the annual report a few days before 05/12, once, not again the next day', () => {
    const world = new ReminderWorld(plan(TASKS, PEOPLE, { settings: { reportDeadlines, remindDaysBefore: 3 } }));
    world.run(d(2026, 12, 1)); // 4 days before: outside the 3-day window
    expect(world.outbox.filter((m) => m.to === HEAD).some((m) => m.textBody.includes('Báo cáo năm 2026'))).toBe(false);
    world.run(d(2026, 12, 2)); // 3 days before
    const told = world.outbox.filter((m) => m.to === HEAD && m.textBody.includes('Báo cáo năm 2026'));
    expect(told).toHaveLength(1);
    expect(told[0]!.textBody).toContain('HẠN NỘP BÁO CÁO (1)');
    expect(told[0]!.textBody).toContain('Báo cáo năm 2026: hạn nộp ngày 05/12/2026 (còn 3 ngày).');
    expect(told[0]!.htmlBody).toContain('Báo cáo năm 2026: hạn nộp ngày 05/12/2026 (còn 3 ngày).');
    expect(told[0]!.subject).toContain('1 báo cáo sắp đến hạn nộp');
    const before = world.outbox.length;
    world.run(d(2026, 12, 2)); // the same day again
    world.run(d(2026, 12, 3)); // the next day
    world.run(d(2026, 12, 5)); // the deadline day
    expect(world.outbox.slice(before).filter((m) => m.textBody.includes('Báo cáo năm 2026'))).toEqual([]);
    // Staff are not told: the report is the head's.
    expect(world.outbox.filter((m) => m.to !== HEAD).some((m) => m.textBody.includes('HẠN NỘP BÁO CÁO'))).toBe(false);
  });

  it('its sent-log row names the report in visible columns, and the key is rebuilt from them', () => {
    const world = new ReminderWorld(plan(TASKS, PEOPLE, { settings: { reportDeadlines, remindDaysBefore: 3 } }));
    world.run(d(2026, 12, 2));
    const row = world.log.find((r) => r.taskId === 'Báo cáo' && r.outcome === 'sent')!;
    expect(row).toMatchObject({ to: HEAD, label: 'Năm 2026', stage: 'Nhắc hạn báo cáo' });
    expect(rebuildKey(row.taskId, row.label, row.stage, row.to)).toBe(row.key);
  });
});
