/**
 * The Apps Script shell of a reminder run, against typed call-counting fakes: MailApp, LockService,
 * the sent-log tab in an in-memory spreadsheet. The plan is injected (the workbook reader is issue 3's).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../src/core/plan';
import { SENT_LOG_HEADERS, SENT_LOG_TAB } from '../../../src/core/reminders/sentLog';
import { type ReminderDeps, sendRemindersIn } from '../../../src/gas/reminders/run';
import type { Problem } from '../../../src/sheet/workbook';
import { installReminderFakes, type ReminderFakes } from '../../fakes/reminderGas';
import { HEAD, person, plan, progress, task } from '../../support/reminderPlans';

const PEOPLE = [
  person('Tổ Toán', 'Nguyễn Văn An', 'an@truong.edu.vn'),
  person('Tổ Văn', 'Trần Thị Bình', 'binh@truong.edu.vn'),
  person('Tổ Anh', 'Lê Thị Chi', 'chi@truong.edu.vn'),
];
const TASKS = [
  task('1', '<img src=x onerror=alert(1)>', 'Tổ Toán', '15/06/2026'),
  task('2', 'Cập nhật học liệu số', 'Tổ Văn', '01/06/2026'),
  task('3', 'Kiểm tra trực tuyến', 'Tổ Anh', '12/06/2026'),
];
/** 08:00 on Thursday 11/06/2026 in Hà Nội. */
const MORNING = new Date('2026-06-11T01:00:00Z');

let f: ReminderFakes;
beforeEach(() => {
  f = installReminderFakes();
  f.spreadsheetApp.spreadsheet.addSheet('Nhiệm vụ', [['STT', 'Nhiệm vụ']]);
  f.spreadsheetApp.spreadsheet.addSheet('Tiến độ', [['Mã NV', 'Kỳ']]);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

function deps(p: Plan = plan(TASKS, PEOPLE), problems: Problem[] = [], now: () => Date = () => MORNING): ReminderDeps & { loads: number } {
  const d = {
    loads: 0,
    loadPlan: () => {
      d.loads++;
      return { plan: p, problems };
    },
    now,
  };
  return d;
}

const ss = () => f.spreadsheetApp.getActiveSpreadsheet();
const logSheet = () => f.spreadsheetApp.spreadsheet.sheet(SENT_LOG_TAB);
const logRows = () => logSheet().getDataRange().getValues();

describe('sendRemindersIn (Apps Script)', () => {
  it('one sendEmail per recipient with HTML and text; lock, quota, one read, one write, in that order', () => {
    const d = deps();
    const outcome = sendRemindersIn(ss(), d);
    expect(outcome.status).toBe('done');
    expect(f.mailApp.outbox.map((m) => m.to).sort()).toEqual(['an@truong.edu.vn', 'binh@truong.edu.vn', 'chi@truong.edu.vn', HEAD].sort());
    for (const m of f.mailApp.outbox) {
      expect(m.htmlBody).toMatch(/^<div/);
      expect(m.body).toMatch(/^Kính gửi/);
      expect(m.subject).toMatch(/^\[CĐS\] .* — Trường THPT An Lão$/);
    }
    expect(f.log.count('MailApp', 'sendEmail')).toBe(4);
    expect(f.log.count('MailApp', 'getRemainingDailyQuota')).toBe(1);
    expect(f.log.count('Lock', 'tryLock')).toBe(1);
    expect(f.log.count('Lock', 'releaseLock')).toBe(1);
    expect(d.loads).toBe(1);
    // The new tab's header row (ownedTab), then the records in one write.
    expect(f.log.count('Range', 'setValues')).toBe(2);
    // Each send is recorded before it goes (one journal write per mail, the outcome of the one before
    // riding along), the last outcomes once more before the tab write; the journal is then cleared.
    expect(f.log.count('Properties', 'setProperty')).toBe(5);
    expect(f.log.count('Properties', 'deleteProperty')).toBe(1);
    const order = f.log.calls.map((c) => `${c.service}.${c.method}`);
    expect(order.indexOf('Lock.tryLock')).toBeLessThan(order.indexOf('MailApp.getRemainingDailyQuota'));
    expect(order.indexOf('MailApp.getRemainingDailyQuota')).toBeLessThan(order.indexOf('Spreadsheet.getSheetByName'));
    const sends = order.flatMap((c, i) => (c === 'MailApp.sendEmail' ? [i] : []));
    for (const i of sends) expect(order[i - 1]).toBe('Properties.setProperty');
    expect(order.lastIndexOf('Range.setValues')).toBeLessThan(order.lastIndexOf('Lock.releaseLock'));
  });

  it('creates «Nhật ký nhắc việc» with its header and one row per (occurrence, stage, recipient) sent', () => {
    sendRemindersIn(ss(), deps());
    const rows = logRows();
    expect(rows[0]).toEqual([...SENT_LOG_HEADERS]);
    const sent = rows.slice(1).filter((r) => r[5] === 'Đã gửi');
    expect(sent.length).toBeGreaterThanOrEqual(4);
    expect(sent.every((r) => r[0] instanceof Date && r[6] !== '')).toBe(true);
    expect(sent.map((r) => r[6])).toContain('1|Hạn 15/06/2026|truoc-han|an@truong.edu.vn');
  });

  it('a second run the same day sends nothing and writes nothing', () => {
    sendRemindersIn(ss(), deps());
    f.log.clear();
    const again = sendRemindersIn(ss(), deps());
    expect(again.status === 'done' && again.sent).toEqual([]);
    expect(f.log.count('MailApp', 'sendEmail')).toBe(0);
    expect(f.log.count('Range', 'setValues')).toBe(0);
    expect(f.log.count('Range', 'getValues')).toBe(1); // the sent-log, read once
  });

  it('the lock held by another run: exits without sending, reading or writing', () => {
    f.lockService.documentLock.heldElsewhere = true;
    const d = deps();
    const outcome = sendRemindersIn(ss(), d);
    expect(outcome).toEqual({ status: 'locked' });
    expect(f.log.count('MailApp')).toBe(0);
    expect(d.loads).toBe(0);
    expect(f.log.count('Range')).toBe(0);
    expect(f.log.count('Spreadsheet', 'insertSheet')).toBe(0);
  });

  it('outside a container (no document lock) falls back to the script lock', () => {
    f.lockService.hasContainer = false;
    sendRemindersIn(ss(), deps());
    expect(f.log.of('Lock', 'tryLock').map((c) => c.args[0])).toEqual(['script']);
  });

  it('a crash half-way: what went out is in the journal; the next run sends only the rest and writes it all to the tab', () => {
    let reads = 0;
    const crashing = () => {
      if (++reads === 6) throw new Error('Exceeded maximum execution time');
      return MORNING;
    };
    expect(() => sendRemindersIn(ss(), deps(undefined, [], crashing))).toThrow('Exceeded maximum execution time');
    const first = f.mailApp.outbox.map((m) => m.to);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(4);
    expect(f.lockService.documentLock.hasLock()).toBe(false);
    expect(f.properties.document.values.has('cds.reminders.journal')).toBe(true);
    sendRemindersIn(ss(), deps());
    const second = f.mailApp.outbox.slice(first.length).map((m) => m.to);
    expect(second.length + first.length).toBe(4);
    expect(second.filter((to) => first.includes(to))).toEqual([]);
    const recorded = new Set(logRows().filter((r) => /^(Đã gửi|Có thể đã gửi)/.test(String(r[5]))).map((r) => r[1]));
    expect(recorded).toEqual(new Set([...first, ...second]));
    expect(f.properties.document.values.has('cds.reminders.journal')).toBe(false);
  });

  it('HTML injection: the task name arrives escaped in the HTML part, verbatim in the text part', () => {
    sendRemindersIn(ss(), deps());
    const mail = f.mailApp.outbox.find((m) => m.to === 'an@truong.edu.vn')!;
    expect(mail.htmlBody).not.toContain('<img');
    expect(mail.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.body).toContain('<img src=x onerror=alert(1)>');
  });

  it('each item links to its row: spreadsheet URL + #gid=<sheetId>&range=A<row>', () => {
    const p = plan(TASKS, PEOPLE, { progress: [progress('3', 'Hạn 12/06/2026', 'Đang thực hiện', '', 'Tiến độ!A7')] });
    sendRemindersIn(ss(), deps(p));
    const url = 'https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit';
    const tasksGid = f.spreadsheetApp.spreadsheet.sheet('Nhiệm vụ').sheetId;
    const progressGid = f.spreadsheetApp.spreadsheet.sheet('Tiến độ').sheetId;
    const an = f.mailApp.outbox.find((m) => m.to === 'an@truong.edu.vn')!;
    expect(an.htmlBody).toContain(`${url}#gid=${tasksGid}&amp;range=A3`);
    const chi = f.mailApp.outbox.find((m) => m.to === 'chi@truong.edu.vn')!;
    expect(chi.htmlBody).toContain(`${url}#gid=${progressGid}&amp;range=A7`);
    expect(chi.body).toContain(`${url}#gid=${progressGid}&range=A7`);
  });

  it('quota: what does not fit waits (overdue first) with a trace in the log, and goes out next day', () => {
    f.mailApp.quota = 2;
    const outcome = sendRemindersIn(ss(), deps());
    expect(outcome.status === 'done' && outcome.deferred).toHaveLength(2);
    // Bình's item is 10 days overdue, Chi's is due tomorrow; An's (in 4 days) and the head's summary wait.
    expect(f.mailApp.outbox.map((m) => m.to)).toEqual(['binh@truong.edu.vn', 'chi@truong.edu.vn']);
    expect(f.mailApp.outbox[0]!.subject).toContain('quá hạn');
    expect(logRows().filter((r) => String(r[5]).startsWith('Hoãn: hết hạn mức'))).toHaveLength(2);
    f.mailApp.quota = 100;
    sendRemindersIn(ss(), deps(undefined, [], () => new Date('2026-06-12T01:00:00Z')));
    expect(f.mailApp.outbox.slice(2).map((m) => m.to)).toEqual(expect.arrayContaining(['an@truong.edu.vn', HEAD]));
  });

  it('problems the workbook reader found in Phân công reach the head once; others are left to the data check', () => {
    const problems: Problem[] = [
      { tab: 'Phân công', row: 5, column: 'E-mail', a1: 'C5', message: 'e-mail «abc» không hợp lệ' },
      { tab: 'Chỉ tiêu', row: 9, a1: 'D9', message: 'không hiểu chỉ tiêu' },
    ];
    sendRemindersIn(ss(), deps(undefined, problems));
    const head = f.mailApp.outbox.find((m) => m.to === HEAD)!;
    expect(head.body).toContain('Phân công!C5: e-mail «abc» không hợp lệ');
    expect(head.body).not.toContain('không hiểu chỉ tiêu');
    f.mailApp.outbox.length = 0;
    sendRemindersIn(ss(), deps(undefined, problems, () => new Date('2026-06-12T01:00:00Z')));
    expect(f.mailApp.outbox.find((m) => m.to === HEAD)?.body ?? '').not.toContain('Phân công!C5');
  });

  it('appends below existing rows, growing the sheet when full', () => {
    sendRemindersIn(ss(), deps());
    const sheet = logSheet();
    const before = sheet.getLastRow();
    sheet.maxRows = before; // full
    sendRemindersIn(ss(), deps(undefined, [], () => new Date('2026-06-12T01:00:00Z')));
    expect(sheet.getLastRow()).toBeGreaterThan(before);
    expect(logRows()[0]).toEqual([...SENT_LOG_HEADERS]);
  });
});
