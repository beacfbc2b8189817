/**
 * The daily trigger (remindersDailyRun) on the real workbook reader: the refresh (Cập nhật) and
 * the reminder run share one read of the plan tabs, so no tab is read twice before the first mail,
 * and the count does not grow with the rows (issue 11).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { remindersDailyRun } from '../../../src/main';
import { accessRecorder } from '../../fakes';
import { installReminderFakes } from '../../fakes/reminderGas';
import { fillSpreadsheet, generatedPlan } from '../../support/sheetPlans';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function callsBeforeFirstMail(rows: number): { calls: number; reads: number } {
  vi.useFakeTimers({ now: new Date('2026-10-15T00:30:00Z'), toFake: ['Date'] });
  const f = installReminderFakes();
  vi.stubGlobal('Session', accessRecorder('Session', f.log));
  fillSpreadsheet(f.spreadsheetApp.spreadsheet, generatedPlan(rows));
  remindersDailyRun();
  const first = f.log.calls.findIndex((c) => c.service === 'MailApp' && c.method === 'sendEmail');
  expect(first).toBeGreaterThan(0);
  // A sheet past its 1,000 rows gets one insertRowsAfter for the rows appended: not a read.
  const before = f.log.calls.slice(0, first).filter((c) => c.method !== 'insertRowsAfter');
  const reads = before.filter((c) => (c.service === 'Range' && c.method === 'getValues') || (c.service === 'Sheet' && c.method === 'getSheetValues')).length;
  return { calls: before.length, reads };
}

describe('remindersDailyRun: calls before the first mail', () => {
  it('reads each plan tab once (and the sent-log), the same at 100 and 10,000 rows', () => {
    const small = callsBeforeFirstMail(100);
    const large = callsBeforeFirstMail(10_000);
    expect(large.calls).toBe(small.calls);
    // Cấu hình, Chỉ tiêu, Nhiệm vụ, Tiến độ, Phân công, Tự đánh giá CĐS once each (the sent-log is made by this run).
    expect(small.reads).toBe(6);
    // Tự đánh giá CĐS (issue 13) added a constant 41 calls (169 → 210): its 5 column marks read (30),
    // the tab looked up and read (5), its computed block written (2), its name and id (4).
    expect(small.calls).toBeLessThanOrEqual(175 + 41);
  });
});
