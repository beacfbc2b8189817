/**
 * A whole year of daily runs over the An Lão sample plan (DESIGN §7, issue 5 "Done when"):
 * every (occurrence, stage, recipient) at most once; every occurrence that falls due is mentioned
 * to a person of its lead unit (or the head of the board when nobody is mapped) on or before its
 * due day; with a quota of 5 recipients a day, what waits goes out on a later day, overdue first.
 *
 * And a hostile year (issue 8): tasks numbered again from 1 in each group (duplicate STTs, read by
 * the real sheet reader), the sent-log tab edited by staff between days (sorted with its header, a
 * title row added, «Khóa» cleared), and every day a storm of crashes: the execution is killed the
 * first time each mail is about to be recorded (before its intent is written), each mail's first
 * attempt is refused by the mail service (a failure right before the send), and the execution is
 * killed right after each mail that does go out (a crash point after the send); the day's runs go on until one
 * ends with nothing refused or killed. Judged from the mails themselves, not from the log under test.
 * The same storm then runs for four weeks around a quarter end through the Apps Script shell itself
 * (fakes, the real sheet reader, the marked log tab — renamed too — and the journal property).
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { addDays, type CalendarDate, compareDates, isoString } from '../../../src/core/date';
import { evaluatePlan } from '../../../src/core/evaluation';
import type { Plan } from '../../../src/core/plan';
import { type Digest, digestUrgency, planReminders } from '../../../src/core/reminders/digest';
import { normalizeEmail } from '../../../src/core/email';
import { recipientDirectory } from '../../../src/core/reminders/recipients';
import type { LogRecord } from '../../../src/core/reminders/sentLog';
import { calendarDate } from '../../../src/core/date';
import { samplePlan } from '../../../src/sample/anLao2026';
import { daysBetween, formatDdMmYyyy } from '../../../src/core/date';
import { staffStage, staffStageKey } from '../../../src/core/reminders/stages';
import { planTabs } from '../../../src/sheet/planTabs';
import { readPlan } from '../../../src/sheet/workbook';
import { type Delivered, isoDay, ReminderWorld } from '../../support/reminderWorld';
import { isCalendarDate, midnightIn } from '../../../src/core/date';
import { DEFAULT_DEPS, sendRemindersIn } from '../../../src/gas/reminders/run';
import type { FakeSheet } from '../../fakes';
import { installReminderFakes } from '../../fakes/reminderGas';
import { clearColumn, columnOf, insertTitleRow, sortRows } from '../../support/reminderSheets';

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

/** The sample with nothing done and each group's tasks numbered from 1 again, read back by the sheet reader. */
function renumberedTabs() {
  const sample = samplePlan();
  const seen = new Map<string, number>();
  const tasks = sample.tasks.map((t) => {
    const n = (seen.get(t.group.numeral) ?? 0) + 1;
    seen.set(t.group.numeral, n);
    return { ...t, id: String(n) };
  });
  return planTabs({ ...sample, tasks, progress: [] });
}

function renumberedSample(): Plan {
  return readPlan(renumberedTabs(), { fallbackYear: 2026 }).plan;
}

/** Staff at work on the sent-log tab, on some mornings. */
function editLog(world: ReminderWorld, n: number): void {
  const rows = world.logRows;
  if (n % 7 === 3) {
    // Sorted by Người nhận, header and all (descending puts the header row in the middle).
    const col = rows.find((r) => r.includes('Người nhận'))?.indexOf('Người nhận') ?? 1;
    rows.sort((a, b) => String(b[col] ?? '').localeCompare(String(a[col] ?? '')));
  }
  if (n % 30 === 10) rows.unshift(['NHẬT KÝ GỬI THƯ NHẮC VIỆC — bản lưu của văn phòng']);
  if (n % 45 === 20) {
    const header = rows.find((r) => r.includes('Khóa'));
    const col = header?.indexOf('Khóa') ?? -1;
    if (col >= 0) for (const r of rows) r[col] = '';
  }
}

interface Mention {
  readonly to: string;
  readonly day: string;
  readonly name: string;
  readonly label: string;
  readonly section: string;
}

/** The items a mail lists, by section (the weekly summary's lists left out: they are not reminders). */
function mentions(mail: Delivered): Mention[] {
  const out: Mention[] = [];
  let section = '';
  for (const line of mail.textBody.split('\n')) {
    const head = /^([A-ZĐÀ-Ỹ :0-9/]+?)(?: \(\d+\))?$/u.exec(line);
    if (head && line === line.toUpperCase() && line.trim() !== '') section = head[1]!;
    const item = /^- NV .+? · (.+?): (.+)$/.exec(line);
    if (item && !section.startsWith('TỔNG HỢP TUẦN')) out.push({ to: mail.to, day: mail.day, label: item[1]!, name: item[2]!, section });
  }
  return out;
}

/** Each (occurrence, stage, recipient) in at most one mail, and one mail a day per recipient; returns how many keys. */
function expectAtMostOnce(plan: Plan, outbox: readonly Delivered[], dueOf: ReadonlyMap<string, CalendarDate>): number {
  const perDay = new Map<string, number>();
  for (const m of outbox) perDay.set(`${m.day}|${m.to}`, (perDay.get(`${m.day}|${m.to}`) ?? 0) + 1);
  for (const [k, count] of perDay) expect(count, k).toBe(1);
  const keys = new Map<string, string>();
  for (const m of outbox.flatMap(mentions)) {
    const due = dueOf.get(`${m.name}|${m.label}`);
    if (!due) continue;
    const day = calendarDate(Number(m.day.slice(0, 4)), Number(m.day.slice(5, 7)), Number(m.day.slice(8, 10)));
    const stage = m.section.startsWith('BÁO TRƯỞNG BAN') ? 'bao-truong-ban' : staffStageKey(staffStage(due, day, plan.settings.remindDaysBefore)!);
    const key = `${m.name}|${m.label}|${stage}|${m.to}`;
    expect(keys.get(key), `${key}: ${keys.get(key)} và ${m.day}`).toBeUndefined();
    keys.set(key, m.day);
  }
  return keys.size;
}

/** Every occurrence due in [from, to] mentioned to its people on or before its due day; returns how many were checked. */
function expectMentionedBeforeOverdue(plan: Plan, outbox: readonly Delivered[], from: CalendarDate, to: CalendarDate): number {
  const all = outbox.flatMap(mentions);
  const directory = recipientDirectory(plan.assignments);
  const head = normalizeEmail(plan.settings.boardHeadEmail);
  let checked = 0;
  for (const o of evaluatePlan(plan, to).occurrences) {
    if (!o.due || compareDates(o.due, from) < 0 || compareDates(o.due, to) > 0) continue;
    const people = directory.recipientsOf(o.task.lead ?? '').people.map((p) => p.email);
    const owed = people.length ? people : [head];
    const due = isoString(o.due);
    const onTime = all.some((m) => m.name === o.task.name && m.label === o.label && owed.includes(m.to) && m.day <= due && !m.section.startsWith('QUÁ HẠN'));
    expect(onTime, `NV ${o.task.id} ${o.label} (hạn ${formatDdMmYyyy(o.due)}, ${daysBetween(from, o.due)} ngày) → ${owed.join(', ')}`).toBe(true);
    checked++;
  }
  return checked;
}

function dueByName(plan: Plan): Map<string, CalendarDate> {
  return new Map(evaluatePlan(plan, END).occurrences.filter((o) => o.due).map((o) => [`${o.task.name}|${o.label}`, o.due!]));
}

describe('a hostile year: duplicate STTs, the log edited between days, crashes before and after every send', () => {
  const plan = renumberedSample();
  const world = new ReminderWorld(plan);
  world.tick = 50;
  let executions = 0;
  let killed = 0;
  let refused = 0;
  let killedBeforeIntent = 0;
  let n = 0;
  for (let day = START; compareDates(day, END) <= 0; day = addDays(day, 1), n++) {
    editLog(world, n);
    const attempted = new Set<string>();
    world.beforeSend = (mail) => {
      if (attempted.has(mail.to)) return;
      attempted.add(mail.to);
      refused++;
      throw new Error('Dịch vụ thư tạm thời không phản hồi');
    };
    // A crash before the intent is even written: the first time each mail is about to be recorded today.
    const intended = new Set<string>();
    world.beforeIntend = (records) => {
      const id = records.map((r) => r.key).join('\n');
      if (intended.has(id)) return;
      intended.add(id);
      killedBeforeIntent++;
      world.kill();
    };
    world.afterSend = () => world.kill();
    // Runs go on the same day (as the retry does) until one ends with nothing refused or killed
    // (or, should a mail go twice to someone today, at once: the assertions below say so).
    const before = world.outbox.length;
    for (let i = 0; ; i++) {
      if (i > 200) throw new Error(`${isoDay(day)}: the runs never finish`);
      executions++;
      const outcome = world.execute(day);
      const today = world.outbox.slice(before).map((m) => m.to);
      if (new Set(today).size < today.length) break;
      if (outcome === 'killed') killed++;
      else if (outcome.status === 'done' && outcome.failed.length === 0 && !outcome.deferred.some((x) => x.reason === 'failures')) break;
    }
    world.beforeSend = () => {};
    world.beforeIntend = () => {};
    world.afterSend = () => {};
  }

  it('has tasks with the same STT, told apart, and really crashed a lot', () => {
    expect(new Set(plan.tasks.map((t) => t.name)).size).toBe(plan.tasks.length);
    expect(new Set(plan.tasks.map((t) => t.id)).size).toBe(plan.tasks.length);
    expect(plan.tasks.filter((t) => t.id === '1')).toHaveLength(1);
    expect(killed).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
    expect(killedBeforeIntent).toBeGreaterThan(100);
    expect(executions).toBeGreaterThan(killed);
  });

  it('each (occurrence, stage, recipient) gets at most one mail, and each recipient one mail a day', () => {
    expect(expectAtMostOnce(plan, world.outbox, dueByName(plan))).toBeGreaterThan(100);
  });

  it('mentions every occurrence that falls due to its people before it is overdue', () => {
    expect(expectMentionedBeforeOverdue(plan, world.outbox, addDays(START, 1), END)).toBeGreaterThanOrEqual(25);
  });
});

describe('four weeks around a quarter end through the Apps Script shell: the same storm, the log tab renamed too', () => {
  const FROM = calendarDate(2026, 3, 16);
  const TO = calendarDate(2026, 4, 12);
  const f = installReminderFakes();
  afterAll(() => vi.unstubAllGlobals());
  for (const [name, rows] of renumberedTabs()) {
    f.spreadsheetApp.spreadsheet.addSheet(name, rows.map((row) => row.map((cell) => (isCalendarDate(cell) ? midnightIn(cell) : cell))));
  }
  const plan = renumberedSample();
  let clock = new Date(0);
  const deps = { ...DEFAULT_DEPS, refresh: undefined, now: () => clock };
  const ss = f.spreadsheetApp.getActiveSpreadsheet();
  const outbox: Delivered[] = [];
  const logTab = (): FakeSheet | undefined => f.spreadsheetApp.spreadsheet.metadata.find((m) => m.value?.startsWith('tab:sentLog:'))?.location.sheet;
  let killed = 0;
  let executions = 0;
  let n = 0;
  for (let day = FROM; compareDates(day, TO) <= 0; day = addDays(day, 1), n++) {
    clock = new Date(midnightIn(day, 'Asia/Ho_Chi_Minh').getTime() + 8 * 3_600_000);
    const tab = logTab();
    if (tab) {
      const has = (header: string) => tab.values.some((r) => r.includes(header));
      if (n % 7 === 3 && has('Người nhận')) sortRows(tab, columnOf(tab, 'Người nhận'), true);
      if (n % 10 === 5) insertTitleRow(tab, 'NHẬT KÝ GỬI THƯ — bản lưu của văn phòng');
      if (n % 9 === 7 && has('Khóa')) clearColumn(tab, columnOf(tab, 'Khóa'));
      if (n === 12) tab.name = 'Thư đã gửi (lưu)';
    }
    const attempted = new Set<string>();
    let killNext = false;
    f.mailApp.failWhen = (message) => {
      if (!attempted.has(message.to!)) {
        attempted.add(message.to!);
        return new Error('Service invoked too many times in a short time: email.');
      }
      killNext = true; // this one goes out; the execution dies right after
      return undefined;
    };
    f.log.failWhen = () => (killNext ? new Error('Exceeded maximum execution time') : undefined);
    const before = f.mailApp.outbox.length;
    for (let i = 0; ; i++) {
      if (i > 100) throw new Error(`${isoDay(day)}: the runs never finish`);
      executions++;
      let outcome;
      try {
        outcome = sendRemindersIn(ss, deps);
      } catch {
        outcome = undefined;
      }
      killNext = false;
      f.lockService.endExecution();
      const today = f.mailApp.outbox.slice(before).map((m) => m.to);
      if (new Set(today).size < today.length) break;
      if (!outcome) killed++;
      else if (outcome.status === 'done' && outcome.failed.length === 0 && !outcome.deferred.some((x) => x.reason === 'failures')) break;
    }
    for (const m of f.mailApp.outbox.slice(before)) outbox.push({ to: m.to!, subject: m.subject!, htmlBody: m.htmlBody!, textBody: m.body!, day: isoDay(day) });
    f.mailApp.failWhen = () => undefined;
    f.log.failWhen = undefined;
  }

  it('crashed, kept one log tab (renamed, still used) and wrote nothing to any other', () => {
    expect(killed).toBeGreaterThan(10);
    expect(executions).toBeGreaterThan(killed);
    expect(f.spreadsheetApp.spreadsheet.metadata.filter((m) => m.value?.startsWith('tab:sentLog:'))).toHaveLength(1);
    expect(logTab()!.name).toBe('Thư đã gửi (lưu)');
    expect(f.spreadsheetApp.spreadsheet.sheets.filter((s) => s.name.startsWith('Nhật ký nhắc việc'))).toEqual([]);
  });

  it('each (occurrence, stage, recipient) gets at most one mail, and each recipient one mail a day', () => {
    expect(expectAtMostOnce(plan, outbox, dueByName(plan))).toBeGreaterThan(20);
  });

  it('mentions every occurrence that falls due to its people before it is overdue', () => {
    expect(expectMentionedBeforeOverdue(plan, outbox, addDays(FROM, 8), TO)).toBeGreaterThanOrEqual(5);
  });
});
