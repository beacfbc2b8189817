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
