/**
 * A whole year of daily runs over the An Lão sample plan (DESIGN §7, issue 5 "Done when"):
 * every (occurrence, stage, recipient) at most once; every occurrence that falls due is mentioned
 * to a person of its lead unit (or the head of the board when nobody is mapped) on or before its
 * due day; with a quota of 5 recipients a day, what waits goes out on a later day, overdue first.
 */
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, compareDates, isoString } from '../../../src/core/date';
import { evaluatePlan } from '../../../src/core/evaluation';
import type { Plan } from '../../../src/core/plan';
import { type Digest, digestUrgency, planReminders } from '../../../src/core/reminders/digest';
import { normalizeEmail } from '../../../src/core/email';
import { recipientDirectory } from '../../../src/core/reminders/recipients';
import type { LogRecord } from '../../../src/core/reminders/sentLog';
import { calendarDate } from '../../../src/core/date';
import { samplePlan } from '../../../src/sample/anLao2026';
import { ReminderWorld } from '../../support/reminderWorld';

const START = calendarDate(2026, 1, 1);
const END = calendarDate(2027, 1, 31);
const BEFORE_DUE_STAGES = ['Nhắc trước hạn', 'Trước hạn 1 ngày', 'Đến hạn hôm nay'];

interface DayLog {
  readonly day: CalendarDate;
  readonly planned: readonly Digest[];
  readonly sentTo: ReadonlySet<string>;
}

function simulate(plan: Plan, quota: number): { world: ReminderWorld; days: DayLog[]; sent: LogRecord[]; sentDay: ReadonlyMap<LogRecord, string> } {
  const world = new ReminderWorld(plan);
  world.quota = quota;
  const days: DayLog[] = [];
  const sentDay = new Map<LogRecord, string>();
  for (let day = START; compareDates(day, END) <= 0; day = addDays(day, 1)) {
    const planned = planReminders({ plan, asOf: day, handled: world.handled() }).digests;
    const before = world.outbox.length;
    const outcome = world.run(day);
    if (outcome.status !== 'done') throw new Error('lock should be free');
    for (const r of outcome.records) if (r.outcome === 'sent') sentDay.set(r, isoString(day));
    days.push({ day, planned, sentTo: new Set(world.outbox.slice(before).map((m) => m.to)) });
  }
  return { world, days, sent: world.sentRecords(), sentDay };
}

function openOccurrences(plan: Plan) {
  // Status does not depend on the day; the evaluation at the year's end lists what is still open.
  return evaluatePlan(plan, END).occurrences.filter((o) => o.due !== undefined && o.status !== 'Hoàn thành');
}

/**
 * The sample with nothing done yet (every occurrence is owed reminders) and a Ban chuyển đổi số of
 * six, as many schools have: at quarter ends more than 5 people are owed a mail on the same day.
 */
function busySample(): Plan {
  const sample = samplePlan();
  const members = ['Đặng Văn Sơn', 'Ngô Thị Thu', 'Phan Văn Tài', 'Lý Thị Uyên'].map((name, i) => ({
    unit: 'Ban chuyển đổi số',
    name,
    email: `thanhvien${i + 1}@example.edu.vn`,
    role: 'Thành viên',
  }));
  return { ...sample, progress: [], assignments: [...sample.assignments, ...members] };
}

/** The sample with nobody for Kế toán in Phân công: its tasks' reminders go to the head of the board. */
function noAccountant(): Plan {
  const sample = samplePlan();
  return { ...sample, assignments: sample.assignments.filter((a) => a.unit !== 'Kế toán') };
}

for (const [name, makePlan, quotaBinds, headStandsIn] of [
  ['the sample as given', samplePlan, false, false],
  ['the sample with nothing done and a Ban chuyển đổi số of six', busySample, true, false],
  ['the sample with nobody in Phân công for Kế toán', noAccountant, false, true],
] as const) {
  describe(`a year of daily runs: ${name}`, () => {
    const plan = makePlan();

    for (const quota of [100, 5]) {
      describe(`quota ${quota} recipients a day`, () => {
        const { world, days, sent, sentDay } = simulate(plan, quota);

        it('sends each (occurrence, stage, recipient) at most once, and one mail per recipient per run', () => {
          const keys = sent.map((r) => r.key);
          expect(keys.length).toBeGreaterThan(50);
          expect(new Set(keys).size).toBe(keys.length);
          const perDay = new Map<string, string[]>();
          for (const m of world.outbox) perDay.set(m.day, [...(perDay.get(m.day) ?? []), m.to]);
          for (const [day, tos] of perDay) {
            expect(new Set(tos).size, day).toBe(tos.length);
            expect(tos.length, day).toBeLessThanOrEqual(quota);
          }
        });

        it('mentions every occurrence that falls due to its people before it is overdue', () => {
          const open = openOccurrences(plan);
          expect(open.length).toBeGreaterThanOrEqual(10);
          const directory = recipientDirectory(plan.assignments);
          const head = normalizeEmail(plan.settings.boardHeadEmail);
          let toHead = 0;
          for (const o of open) {
            const due = isoString(o.due!);
            const people = directory.recipientsOf(o.task.lead ?? '').people.map((p) => p.email);
            const owed = people.length > 0 ? people : [head];
            if (people.length === 0) toHead++;
            // A record for this very occurrence, at a stage before it is overdue, sent on or before its due day, to its people.
            const onTime = sent.filter(
              (r) =>
                r.taskId === o.task.id &&
                r.label === o.label &&
                BEFORE_DUE_STAGES.includes(r.stage) &&
                owed.includes(r.to) &&
                sentDay.get(r)! <= due,
            );
            expect(onTime.length, `NV${o.task.id} ${o.label} (hạn ${due}) → ${owed.join(', ')}`).toBeGreaterThan(0);
          }
          expect(toHead > 0).toBe(headStandsIn);
        });

        it('keeps reminding weekly while overdue and escalates once after 14 days', () => {
          const overdue = openOccurrences(plan).filter((o) => compareDates(o.due!, addDays(END, -30)) < 0);
          for (const o of overdue) {
            const weekly = sent.filter((r) => r.taskId === o.task.id && r.label === o.label && r.stage.startsWith('Quá hạn'));
            expect(weekly.length, `NV${o.task.id} ${o.label}`).toBeGreaterThanOrEqual(4);
            const escalations = sent.filter((r) => r.taskId === o.task.id && r.label === o.label && r.stage.startsWith('Báo trưởng ban'));
            expect(escalations.map((r) => r.to), `NV${o.task.id} ${o.label}`).toEqual(['hieutruong@example.edu.vn']);
          }
        });

        it('sends the head a weekly summary every week', () => {
          const summaries = sent.filter((r) => r.stage === 'Tổng hợp tuần');
          expect(summaries.length).toBeGreaterThanOrEqual(56);
          expect(new Set(summaries.map((r) => r.key)).size).toBe(summaries.length);
        });

        it('what waits for the quota goes out on a later day, the overdue first', () => {
          let deferredDays = 0;
          for (const [i, { day, planned, sentTo }] of days.entries()) {
            const waiting = planned.filter((dg) => !sentTo.has(dg.to));
            if (waiting.length === 0) continue;
            deferredDays++;
            expect(quota, isoString(day)).toBe(5);
            // Overdue first: nothing without an overdue item was sent that day while one with an overdue item waited.
            if (waiting.some((dg) => digestUrgency(dg) === 0)) {
              expect(planned.filter((dg) => sentTo.has(dg.to)).every((dg) => digestUrgency(dg) === 0), isoString(day)).toBe(true);
            }
            // Each waiting item reaches its recipient later: the same occurrence (maybe at a later stage) or the same key.
            const later = days.slice(i + 1);
            for (const dg of waiting) {
              for (const e of dg.entries) {
                const reached = later.some((l) => l.sentTo.has(dg.to)) &&
                  sent.some((r) => r.to === dg.to && (r.key === e.key || (e.taskId !== '' && r.taskId === e.taskId && r.label === e.label) || (e.kind === 'summary' && r.stage === 'Tổng hợp tuần')) &&
                    world.outbox.some((m) => m.to === dg.to && m.day > isoString(day)));
                expect(reached, `${isoString(day)} ${dg.to} ${e.key}`).toBe(true);
              }
            }
          }
          if (quota === 5 && quotaBinds) expect(deferredDays).toBeGreaterThan(5);
          if (quota === 100) expect(deferredDays).toBe(0);
        });
      });
    }
  });
}
