/** The menu items, the dialog's button and the trigger handler, through the globals of src/main.ts where they are wired. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../../src/core/plan';
import { DEFAULT_BUDGET_MS } from '../../../src/core/reminders/run';
import { SENT_LOG_TAB } from '../../../src/core/reminders/sentLog';
import { DIALOG_TITLE, onDailyTrigger, sendFromDialog, showReminderPreview, toggleReminders } from '../../../src/gas/reminders/actions';
import type { ReminderDeps } from '../../../src/gas/reminders/run';
import { TRIGGER_HANDLER } from '../../../src/gas/reminders/trigger';
import { MENU_ITEMS } from '../../../src/gas/menu';
import * as main from '../../../src/main';
import { Button } from '../../fakes';
import { installReminderFakes, type ReminderFakes } from '../../fakes/reminderGas';
import { HEAD, person, plan, task } from '../../support/reminderPlans';

const PEOPLE = [person('Tổ Toán', 'Nguyễn Văn An', 'an@truong.edu.vn'), person('Tổ Văn', 'Trần Thị Bình', 'binh@truong.edu.vn')];
const TASKS = [task('1', 'Soạn <b>đề</b>', 'Tổ Toán', '15/06/2026'), task('2', 'Học liệu', 'Tổ Văn', '01/06/2026')];
const MORNING = new Date('2026-06-11T01:00:00Z');

let f: ReminderFakes;
beforeEach(() => {
  f = installReminderFakes();
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function deps(p: Plan = plan(TASKS, PEOPLE, { settings: { reminderHour: 6 } })): ReminderDeps {
  return { loadPlan: () => ({ plan: p, problems: [] }), now: () => MORNING };
}

describe('Gửi nhắc việc ngay', () => {
  it('the menu item is wired to the preview', () => {
    expect(MENU_ITEMS.find((i) => i.functionName === 'menuSendReminders')!.run).toBeTypeOf('function');
    expect(MENU_ITEMS.find((i) => i.functionName === 'menuToggleReminders')!.run).toBeTypeOf('function');
    expect(main.remindersDailyRun).toBeTypeOf('function');
    expect(main.remindersSendFromDialog).toBeTypeOf('function');
  });

  it('previews who gets what, without sending, locking or writing', () => {
    showReminderPreview(deps());
    const [dialog, ...more] = f.spreadsheetApp.ui.dialogs;
    expect(more).toEqual([]);
    expect(dialog!.title).toBe(DIALOG_TITLE);
    expect(dialog!.html).toContain('an@truong.edu.vn');
    expect(dialog!.html).toContain('binh@truong.edu.vn');
    expect(dialog!.html).toContain(HEAD);
    expect(dialog!.html).toContain('Soạn &lt;b&gt;đề&lt;/b&gt;');
    expect(dialog!.html).not.toContain('<b>đề');
    expect(dialog!.html).toContain('google.script.run');
    expect(dialog!.html).toContain('.remindersSendFromDialog()');
    expect(dialog!.html).toContain('Hạn mức gửi thư còn lại hôm nay: 100 người nhận');
    expect(f.log.count('MailApp', 'sendEmail')).toBe(0);
    expect(f.log.count('Lock')).toBe(0);
    expect(f.log.count('Range', 'setValues')).toBe(0);
  });

  it('says which mails would wait when the quota is short', () => {
    f.mailApp.quota = 1;
    showReminderPreview(deps());
    expect(f.spreadsheetApp.ui.dialogs[0]!.html).toContain('2 thư sẽ chờ lần chạy sau, việc quá hạn gửi trước');
  });

  it('the button sends through the same run and returns the outcome in Vietnamese', () => {
    const message = sendFromDialog(deps());
    expect(message).toBe('Đã gửi 3 thư nhắc việc.');
    expect(f.log.count('MailApp', 'sendEmail')).toBe(3);
    expect(sendFromDialog(deps())).toBe('Đã gửi 0 thư nhắc việc.');
  });

  it('with nothing to send, an alert says so instead of an empty dialog', () => {
    sendFromDialog(deps());
    showReminderPreview(deps());
    expect(f.spreadsheetApp.ui.dialogs).toEqual([]);
    expect(f.spreadsheetApp.ui.alerts[0]!.prompt).toContain('không có nhắc việc nào cần gửi');
  });
});

describe('Bật/Tắt nhắc việc tự động', () => {
  it('off → says so, and on «Có» installs one trigger at the Cấu hình hour', () => {
    f.spreadsheetApp.ui.alertResponse = Button.YES;
    toggleReminders(deps());
    const [ask, done] = f.spreadsheetApp.ui.alerts;
    expect(ask!.prompt).toContain('đang TẮT');
    expect(ask!.prompt).toContain('6 giờ');
    expect(ask!.buttons).toBe('YES_NO');
    expect(done!.prompt).toContain('Đã BẬT');
    expect(f.scriptApp.triggers).toHaveLength(1);
    expect(f.scriptApp.triggers[0]).toMatchObject({ handler: TRIGGER_HANDLER, atHour: 6, everyDays: 1 });
  });

  it('on → says so with the hour, and on «Có» removes it', () => {
    f.spreadsheetApp.ui.alertResponse = Button.YES;
    toggleReminders(deps());
    f.spreadsheetApp.ui.alerts.length = 0;
    toggleReminders(deps());
    expect(f.spreadsheetApp.ui.alerts[0]!.prompt).toContain('đang BẬT: gửi hằng ngày. «Giờ gửi nhắc» trong Cấu hình: 6 giờ.');
    expect(f.log.count('PropertiesService')).toBe(2); // written at install, cleaned at removal — not read for the status
    expect(f.spreadsheetApp.ui.alerts[1]!.prompt).toContain('Đã TẮT');
    expect(f.scriptApp.triggers).toEqual([]);
  });

  it('«Không» changes nothing', () => {
    f.spreadsheetApp.ui.alertResponse = Button.NO;
    toggleReminders(deps());
    expect(f.scriptApp.triggers).toEqual([]);
    expect(f.log.count('ScriptApp', 'requireScopes')).toBe(0);
    expect(f.spreadsheetApp.ui.alerts).toHaveLength(1);
  });
});

describe('the daily trigger handler', () => {
  it('sends from the active spreadsheet (container-bound), and logs the outcome', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    onDailyTrigger(undefined, deps());
    expect(log).toHaveBeenCalledWith('Đã gửi 3 thư nhắc việc.');
    expect(f.log.count('MailApp', 'sendEmail')).toBe(3);
  });

  it('first refreshes the computed columns as of the same morning, then sends', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const mailsAtRefresh: number[] = [];
    const refresh = vi.fn((_ss: unknown, _now: Date) => void mailsAtRefresh.push(f.log.count('MailApp', 'sendEmail')));
    onDailyTrigger(undefined, { ...deps(), refresh });
    expect(refresh).toHaveBeenCalledOnce();
    expect(refresh.mock.calls[0]![1]).toEqual(MORNING);
    expect(mailsAtRefresh).toEqual([0]);
    expect(f.log.count('MailApp', 'sendEmail')).toBe(3);
  });

  it('still sends when the refresh fails, and says why in the log', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onDailyTrigger(undefined, { ...deps(), refresh: () => { throw new Error('Không đọc được các tab Chỉ tiêu, Nhiệm vụ, Tiến độ.'); } });
    expect(warn).toHaveBeenCalledWith('Cập nhật đánh giá & tiến độ hằng ngày không chạy được: Không đọc được các tab Chỉ tiêu, Nhiệm vụ, Tiến độ.');
    expect(f.log.count('MailApp', 'sendEmail')).toBe(3);
  });

  it('refreshes under the document lock, released before the mails take it again', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const held: boolean[] = [];
    onDailyTrigger(undefined, { ...deps(), refresh: () => void held.push(f.lockService.documentLock.hasLock()) });
    expect(held).toEqual([true]);
    expect(f.log.count('Lock', 'tryLock')).toBe(2);
    expect(f.log.count('Lock', 'releaseLock')).toBe(2);
    expect(f.log.count('MailApp', 'sendEmail')).toBe(3);
  });

  it('skips the refresh, and says so, while another update holds the lock (and the mails wait too)', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    f.lockService.documentLock.heldElsewhere = true;
    const refresh = vi.fn();
    onDailyTrigger(undefined, { ...deps(), refresh });
    expect(refresh).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('bỏ qua lượt này'));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('Đang có một lượt gửi nhắc việc khác chạy'));
    expect(f.log.count('MailApp', 'sendEmail')).toBe(0);
  });

  it('counts the time budget from the trigger\'s start: a refresh that uses it up leaves the mails, logged as postponed, for the next run', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    let clock = MORNING.getTime();
    const refresh = () => void (clock += DEFAULT_BUDGET_MS + 1_000);
    onDailyTrigger(undefined, { ...deps(), now: () => new Date(clock), refresh });
    expect(f.log.count('MailApp', 'sendEmail')).toBe(0);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('3 thư chờ lần chạy sau vì hết thời gian chạy.'));
    const rows = f.spreadsheetApp.spreadsheet.sheet(SENT_LOG_TAB).snapshot().slice(1);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.join(' | ')).toContain('Hoãn: hết thời gian chạy');
  });

  it('without an active spreadsheet, opens the one stored at install time', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    f.spreadsheetApp.ui.alertResponse = Button.YES;
    toggleReminders(deps());
    f.spreadsheetApp.active = null;
    onDailyTrigger({ triggerUid: f.scriptApp.triggers[0]!.uid } as GoogleAppsScript.Events.TimeDriven, deps());
    expect(f.log.count('SpreadsheetApp', 'openById')).toBe(1);
    expect(f.log.count('MailApp', 'sendEmail')).toBe(3);
  });

  it('cannot find its spreadsheet: logs why and sends nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    f.spreadsheetApp.active = null;
    onDailyTrigger({ triggerUid: 'gone' } as GoogleAppsScript.Events.TimeDriven, deps());
    expect(error).toHaveBeenCalledOnce();
    expect(f.log.count('MailApp')).toBe(0);
  });

  it('needs re-authorization (after an update): stops before touching anything', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    f.scriptApp.authorizationRequired = true;
    onDailyTrigger(undefined, deps());
    expect(warn).toHaveBeenCalledOnce();
    expect(f.log.count('MailApp')).toBe(0);
    expect(f.log.count('Lock')).toBe(0);
  });
});
