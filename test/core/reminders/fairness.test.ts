/**
 * Issue 8 item 11: with more recipients than the daily quota, the order is fair — overdue first,
 * then whoever has waited longest — so the same people do not come first every day, and a digest
 * that waits is logged as deferred, item by item. Driven through the core run (runReminders)
 * with in-memory ports: 5,000 people, one task each, all due the same day, 538 mails a day.
 */
import { describe, expect, it } from 'vitest';
import { addDays, calendarDate, compareDates, isoString } from '../../../src/core/date';
import type { Plan } from '../../../src/core/plan';
import { HEAD, person, plan, task } from '../../support/reminderPlans';
import { ReminderWorld } from '../../support/reminderWorld';

const PEOPLE = 5000;
const QUOTA = 538;
const DUE = calendarDate(2026, 6, 20);

function crowd(remindDaysBefore: number): Plan {
  const units = Array.from({ length: PEOPLE }, (_, i) => `Lớp ${String(i + 1).padStart(4, '0')}`);
  return plan(
    units.map((u, i) => task(String(i + 1), `Cập nhật sổ điểm điện tử ${u}`, u, '20/06/2026', { ref: undefined })),
    units.map((u, i) => person(u, `Giáo viên ${i + 1}`, `gv${String(i + 1).padStart(4, '0')}@truong.edu.vn`)),
    { settings: { remindDaysBefore } },
  );
}

/** Runs once a day from the first reminder day to the due day; who got a mail, on which day. */
function season(remindDaysBefore: number) {
  const world = new ReminderWorld(crowd(remindDaysBefore));
  world.quota = QUOTA;
  world.tick = 10; // a mail every 10 ms: the quota binds, not the time budget
  for (let day = addDays(DUE, -remindDaysBefore); compareDates(day, DUE) <= 0; day = addDays(day, 1)) world.run(day);
  const staff = world.outbox.filter((m) => m.to !== HEAD && m.day <= isoString(DUE));
  return { world, staff, reached: new Set(staff.map((m) => m.to)) };
}

describe('fair order when the quota is short (issue 8 item 11)', () => {
  it('ten days of 538 mails reach all 5,000 people by the due day', () => {
    const { staff, reached } = season(9);
    expect(staff.length).toBeGreaterThanOrEqual(PEOPLE);
    expect(reached.size).toBe(PEOPLE);
  });

  it('six days of 538 mails: nobody gets a second mail while someone has had none', () => {
    const { staff, reached } = season(5);
    expect(staff.length).toBeLessThan(PEOPLE); // the arithmetic does not allow everyone
    expect(reached.size).toBe(staff.length);
  });

  it('each item that waits is logged as deferred, with its key, once', () => {
    const world = new ReminderWorld(crowd(9));
    world.quota = QUOTA;
    world.tick = 10;
    world.run(addDays(DUE, -9));
    world.run(addDays(DUE, -8));
    const deferred = world.log.filter((r) => r.outcome === 'deferred-quota');
    expect(deferred.every((r) => r.key !== '' && r.label !== '' && r.to !== '')).toBe(true);
    // Day one: everyone beyond the quota (the head's summary takes a place too); day two adds nothing new to defer.
    expect(new Set(deferred.map((r) => r.key)).size).toBe(deferred.length);
    expect(deferred.length).toBe(PEOPLE + 1 - QUOTA);
  });
});
