/**
 * End to end in the Apps Script shell with the real workbook reader (issue 3's loadPlan): the
 * sample plan laid out as the workbook's tabs in an in-memory spreadsheet, a reminder run, and a
 * second run the same day that sends nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isCalendarDate, midnightIn } from '../../../src/core/date';
import { SENT_LOG_TAB } from '../../../src/core/reminders/sentLog';
import { DEFAULT_DEPS, sendRemindersIn } from '../../../src/gas/reminders/run';
import { samplePlan } from '../../../src/sample/anLao2026';
import { planTabs } from '../../../src/sheet/planTabs';
import { installReminderFakes, type ReminderFakes } from '../../fakes/reminderGas';

let f: ReminderFakes;
beforeEach(() => {
  f = installReminderFakes();
  for (const [name, rows] of planTabs(samplePlan())) {
    f.spreadsheetApp.spreadsheet.addSheet(name, rows.map((row) => row.map((cell) => (isCalendarDate(cell) ? midnightIn(cell) : cell))));
  }
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('a reminder run on the sample workbook (real reader)', () => {
  it('sends the digests owed on 15/10/2026, links into Tiến độ, and a re-run sends nothing', () => {
    const deps = { ...DEFAULT_DEPS, now: () => new Date('2026-10-15T01:00:00Z') };
    const ss = f.spreadsheetApp.getActiveSpreadsheet();
    const first = sendRemindersIn(ss, deps);
    expect(first.status).toBe('done');
    expect(f.mailApp.outbox.length).toBeGreaterThan(2);
    const head = f.mailApp.outbox.find((m) => m.to === 'hieutruong@example.edu.vn')!;
    expect(head.subject).toMatch(/^\[CĐS\] \d+ việc quá hạn/);
    const progressGid = f.spreadsheetApp.spreadsheet.sheet('Tiến độ').sheetId;
    expect(f.mailApp.outbox.some((m) => (m.htmlBody ?? '').includes(`#gid=${progressGid}&amp;range=A`))).toBe(true);
    expect(f.spreadsheetApp.spreadsheet.sheet(SENT_LOG_TAB).getLastRow()).toBeGreaterThan(f.mailApp.outbox.length);
    // Every tab read once: one getValues per plan tab and one for the sent-log.
    const reads = f.log.of('Range', 'getValues').length;
    expect(reads).toBeLessThanOrEqual(6);
    const sent = f.mailApp.outbox.length;
    sendRemindersIn(ss, deps);
    expect(f.mailApp.outbox.length).toBe(sent);
  });
});

describe('the self-assessment deadline in the same run (issue 13)', () => {
  it('before 31/5 the Phụ trách units of the criteria not yet scored hear of it, in the digest they get anyway, linked to the tab; once', () => {
    const ss = f.spreadsheetApp.getActiveSpreadsheet();
    const sheet = f.spreadsheetApp.spreadsheet.sheet('Tự đánh giá CĐS');
    const rows = sheet.snapshot();
    const score = rows[0]!.indexOf('Điểm tự đánh giá');
    // The sample's criteria 1.4 (Ban chuyên môn) and 2.4.3 (Kế toán) not scored yet.
    for (const code of ['1.4', '2.4.3']) sheet.writeCell(rows.findIndex((r) => r[0] === code) + 1, score + 1, '');
    const deps = { ...DEFAULT_DEPS, now: () => new Date('2026-05-26T01:00:00Z') };
    expect(sendRemindersIn(ss, deps).status).toBe('done');
    const told = f.mailApp.outbox.filter((m) => (m.body ?? '').includes('TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ'));
    expect(told.map((m) => m.to).sort()).toEqual(['mai.ht@example.edu.vn', 'vinh.dq@example.edu.vn']);
    expect(f.mailApp.outbox.filter((m) => m.to === 'vinh.dq@example.edu.vn')).toHaveLength(1);
    const vinh = told.find((m) => m.to === 'vinh.dq@example.edu.vn')!;
    expect(vinh.subject).toContain('tự đánh giá CĐS sắp đến hạn');
    expect(vinh.body).toContain('hạn 31/05/2026, còn 5 ngày');
    expect(vinh.body).toContain('Tiêu chí chưa chấm (1):');
    expect(vinh.body).toContain('1.4 ');
    expect(vinh.body).not.toContain('2.4.3');
    const gid = f.spreadsheetApp.spreadsheet.sheet('Tự đánh giá CĐS').sheetId;
    expect(vinh.htmlBody).toContain(`#gid=${gid}&amp;range=A${rows.findIndex((r) => r[0] === '1.4') + 1}`);
    const sent = f.mailApp.outbox.length;
    sendRemindersIn(ss, deps);
    expect(f.mailApp.outbox.length).toBe(sent);
  });
});
