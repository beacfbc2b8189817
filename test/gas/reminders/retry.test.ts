/**
 * Issue 8 item 10: when «Cập nhật» (or another run) holds the document lock at trigger time, the
 * daily run is not lost: it says so in Nhật ký and retries later the same day through a one-off
 * clock trigger (a bounded number of times, never past midnight), deleting the spent triggers and
 * never duplicating the daily one. Driven through the trigger handlers against the fakes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onDailyTrigger, onRetryTrigger } from '../../../src/gas/reminders/actions';
import type { ReminderDeps } from '../../../src/gas/reminders/run';
import { installReminderTrigger, reminderTriggerStatus, removeReminderTriggers, TRIGGER_HANDLER } from '../../../src/gas/reminders/trigger';
import * as main from '../../../src/main';
import { installReminderFakes, type ReminderFakes } from '../../fakes/reminderGas';
import { person, plan, task } from '../../support/reminderPlans';

const PEOPLE = [person('Tổ Toán', 'Nguyễn Văn An', 'an@truong.edu.vn'), person('Tổ Văn', 'Trần Thị Bình', 'binh@truong.edu.vn')];
/** Bình's task is due today (11/06): the «Đến hạn hôm nay» mail must not be lost. */
const TASKS = [task('1', 'Soạn đề kiểm tra', 'Tổ Toán', '15/06/2026'), task('2', 'Nộp kế hoạch bài dạy số', 'Tổ Văn', '11/06/2026')];
const RETRY_HANDLER = 'remindersRetryRun';

let f: ReminderFakes;
let clock: Date;
beforeEach(() => {
  f = installReminderFakes();
  clock = new Date('2026-06-11T00:00:00Z'); // 07:00 in Hà Nội
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const deps: ReminderDeps = { loadPlan: () => ({ plan: plan(TASKS, PEOPLE), problems: [] }), now: () => clock };
const ss = () => f.spreadsheetApp.getActiveSpreadsheet();
const retryTriggers = () => f.scriptApp.triggers.filter((t) => t.handler === RETRY_HANDLER);
const journal = () => f.spreadsheetApp.spreadsheet.sheets.find((s) => s.name === 'Nhật ký')?.snapshot() ?? [];
const later = (minutes: number) => {
  clock = new Date(clock.getTime() + minutes * 60_000);
};

describe('the daily run when the lock is busy (issue 8 item 10)', () => {
  it('logs the skip, retries 15 minutes later with a one-off trigger, then sends; the spent trigger is deleted', () => {
    installReminderTrigger(ss(), 7);
    f.lockService.documentLock.heldElsewhere = true; // a teacher's «Cập nhật» is running
    onDailyTrigger({ triggerUid: 'trigger-1' } as GoogleAppsScript.Events.TimeDriven, deps);
    expect(f.mailApp.outbox).toEqual([]);
    const logged = journal().map((r) => r.join(' | ')).join('\n');
    expect(logged).toContain('Nhắc việc');
    expect(logged).toMatch(/đang bận.*thử lại lúc 07:15/);
    expect(retryTriggers()).toEqual([expect.objectContaining({ afterMs: 15 * 60_000 })]);

    f.lockService.documentLock.heldElsewhere = false;
    later(15);
    onRetryTrigger({ triggerUid: retryTriggers()[0]!.uid } as GoogleAppsScript.Events.TimeDriven, deps);
    expect(f.mailApp.outbox.map((m) => m.to).sort()).toEqual(['an@truong.edu.vn', 'binh@truong.edu.vn', 'truongban@truong.edu.vn']);
    expect(f.mailApp.outbox.find((m) => m.to === 'binh@truong.edu.vn')!.subject).toContain('1 việc đến hạn hôm nay');
    expect(retryTriggers()).toEqual([]);
    expect(f.scriptApp.triggers.filter((t) => t.handler === TRIGGER_HANDLER)).toHaveLength(1);
    expect(reminderTriggerStatus(ss())).toEqual({ on: true, count: 1 });
  });

  it('busy at every retry: at most 4 retries, one pending trigger at a time, then a Nhật ký line saying it waits for tomorrow', () => {
    f.lockService.documentLock.heldElsewhere = true;
    onDailyTrigger(undefined, deps);
    for (let i = 0; i < 6 && retryTriggers().length; i++) {
      expect(retryTriggers()).toHaveLength(1);
      later(15);
      onRetryTrigger({ triggerUid: retryTriggers()[0]!.uid } as GoogleAppsScript.Events.TimeDriven, deps);
    }
    expect(retryTriggers()).toEqual([]);
    expect(f.log.count('ClockTriggerBuilder', 'after')).toBe(4);
    expect(journal().map((r) => r.join(' | ')).join('\n')).toContain('ngày mai');
    expect(f.mailApp.outbox).toEqual([]);
  });

  it('never schedules past midnight', () => {
    clock = new Date('2026-06-11T16:50:00Z'); // 23:50 in Hà Nội
    f.lockService.documentLock.heldElsewhere = true;
    onDailyTrigger(undefined, deps);
    expect(retryTriggers()).toEqual([]);
    expect(journal().map((r) => r.join(' | ')).join('\n')).toContain('ngày mai');
  });

  it('a published add-on may not add a second clock trigger: the failure is logged, nothing throws', () => {
    installReminderTrigger(ss(), 7);
    f.scriptApp.addOnLimits = true;
    f.lockService.documentLock.heldElsewhere = true;
    expect(() => onDailyTrigger(undefined, deps)).not.toThrow();
    expect(retryTriggers()).toEqual([]);
    expect(journal().map((r) => r.join(' | ')).join('\n')).toContain('không đặt được lượt thử lại');
  });

  it('the retry handler is a global of its own; «Tắt» removes a pending retry with the daily trigger', () => {
    expect(main.remindersRetryRun).toBeTypeOf('function');
    installReminderTrigger(ss(), 7);
    f.lockService.documentLock.heldElsewhere = true;
    onDailyTrigger(undefined, deps);
    expect(retryTriggers()).toHaveLength(1);
    expect(reminderTriggerStatus(ss())).toEqual({ on: true, count: 1 });
    expect(removeReminderTriggers(ss())).toBe(1);
    expect(f.scriptApp.triggers).toEqual([]);
    expect(f.properties.user.values.size).toBe(0);
  });
});
