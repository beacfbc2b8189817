import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  installedHour,
  installReminderTrigger,
  reminderHour,
  reminderTriggerStatus,
  removeReminderTriggers,
  TRIGGER_HANDLER,
  TRIGGER_SCOPES,
  triggerSpreadsheet,
} from '../../../src/gas/reminders/trigger';
import { installReminderFakes, type ReminderFakes } from '../../fakes/reminderGas';

let f: ReminderFakes;
beforeEach(() => {
  f = installReminderFakes();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const ss = () => f.spreadsheetApp.getActiveSpreadsheet();

describe('the daily reminder trigger', () => {
  it('installs exactly one daily clock trigger at the hour, in the spreadsheet time zone, after asking for the scopes', () => {
    installReminderTrigger(ss(), 7);
    expect(f.scriptApp.triggers).toEqual([
      { uid: 'trigger-1', handler: TRIGGER_HANDLER, documentId: 'fake-spreadsheet-id', everyDays: 1, atHour: 7, timeZone: 'Asia/Ho_Chi_Minh' },
    ]);
    const order = f.log.calls.map((c) => `${c.service}.${c.method}`);
    expect(order.indexOf('ScriptApp.requireScopes')).toBeLessThan(order.indexOf('ScriptApp.newTrigger'));
    expect(f.log.of('ScriptApp', 'requireScopes')[0]!.args).toEqual(['FULL', [...TRIGGER_SCOPES]]);
    expect(JSON.parse(f.properties.user.values.get('cds.reminders.trigger.trigger-1')!)).toEqual({ spreadsheetId: 'fake-spreadsheet-id', hour: 7 });
  });

  it('installing again replaces, never duplicates', () => {
    installReminderTrigger(ss(), 7);
    installReminderTrigger(ss(), 6);
    installReminderTrigger(ss(), 6);
    expect(f.scriptApp.triggers).toHaveLength(1);
    expect(f.scriptApp.triggers[0]).toMatchObject({ uid: 'trigger-3', atHour: 6 });
    expect([...f.properties.user.values.keys()]).toEqual(['cds.reminders.trigger.trigger-3']);
    expect(reminderTriggerStatus(ss())).toEqual({ on: true, count: 1 });
    expect(installedHour(f.scriptApp.getUserTriggers(ss())[0]!)).toBe(6);
  });

  it('only touches its own triggers of this spreadsheet', () => {
    f.scriptApp.addTrigger({ handler: 'somethingElse', everyDays: 1, atHour: 3, timeZone: undefined });
    f.scriptApp.currentDocumentId = 'other-sheet';
    f.scriptApp.addTrigger({ handler: TRIGGER_HANDLER, everyDays: 1, atHour: 5, timeZone: undefined });
    f.scriptApp.currentDocumentId = 'fake-spreadsheet-id';
    installReminderTrigger(ss(), 7);
    expect(removeReminderTriggers(ss())).toBe(1);
    expect(f.scriptApp.triggers.map((t) => t.handler)).toEqual(['somethingElse', TRIGGER_HANDLER]);
  });

  it('when the user refuses the scopes, nothing is installed', () => {
    f.scriptApp.granted = new Set(['https://www.googleapis.com/auth/spreadsheets.currentonly']);
    expect(() => installReminderTrigger(ss(), 7)).toThrow(/Authorization/);
    expect(f.scriptApp.triggers).toEqual([]);
    expect(f.log.count('ScriptApp', 'newTrigger')).toBe(0);
  });

  it('Tắt removes it; the status says off', () => {
    installReminderTrigger(ss(), 7);
    expect(removeReminderTriggers(ss())).toBe(1);
    expect(f.scriptApp.triggers).toEqual([]);
    expect(f.properties.user.values.size).toBe(0);
    expect(reminderTriggerStatus(ss())).toEqual({ on: false, count: 0 });
    expect(removeReminderTriggers(ss())).toBe(0);
  });

  it('finds its spreadsheet: the active one when bound, else the id stored for this trigger', () => {
    installReminderTrigger(ss(), 7);
    expect(triggerSpreadsheet({ triggerUid: 'trigger-1' } as GoogleAppsScript.Events.TimeDriven)).toBe(f.spreadsheetApp.spreadsheet);
    expect(f.log.count('SpreadsheetApp', 'openById')).toBe(0);
    f.spreadsheetApp.active = null;
    expect(triggerSpreadsheet({ triggerUid: 'trigger-1' } as GoogleAppsScript.Events.TimeDriven)).toBe(f.spreadsheetApp.spreadsheet);
    expect(f.log.of('SpreadsheetApp', 'openById').map((c) => c.args)).toEqual([['fake-spreadsheet-id']]);
    expect(triggerSpreadsheet({ triggerUid: 'unknown' } as GoogleAppsScript.Events.TimeDriven)).toBeUndefined();
    expect(triggerSpreadsheet(undefined)).toBeUndefined();
  });

  it('reads the Giờ gửi nhắc setting sanely', () => {
    expect(reminderHour(6)).toBe(6);
    expect(reminderHour('18 giờ')).toBe(18);
    expect(reminderHour(0)).toBe(0);
    for (const bad of [24, -1, 7.5, 'sáng', '', undefined]) expect(reminderHour(bad), String(bad)).toBe(7);
  });

  describe('in a container-bound script, where getUserTriggers(ss) may not list the clock trigger', () => {
    beforeEach(() => {
      f.scriptApp.userTriggersListClock = false;
    });

    it('a trigger only getProjectTriggers lists is on; enabling again leaves exactly one; Tắt removes it', () => {
      f.scriptApp.currentDocumentId = undefined; // made in the script editor: no document, nothing stored
      f.scriptApp.addTrigger({ handler: TRIGGER_HANDLER, everyDays: 1, atHour: 7, timeZone: undefined });
      f.scriptApp.currentDocumentId = 'fake-spreadsheet-id';
      expect(f.scriptApp.getUserTriggers(ss())).toEqual([]);
      expect(reminderTriggerStatus(ss())).toEqual({ on: true, count: 1 });

      installReminderTrigger(ss(), 6);
      expect(f.scriptApp.triggers).toHaveLength(1);
      expect(f.scriptApp.triggers[0]).toMatchObject({ handler: TRIGGER_HANDLER, atHour: 6 });
      expect(reminderTriggerStatus(ss())).toEqual({ on: true, count: 1 });
      installReminderTrigger(ss(), 6);
      expect(f.scriptApp.triggers).toHaveLength(1);

      expect(removeReminderTriggers(ss())).toBe(1);
      expect(f.scriptApp.triggers).toEqual([]);
      expect(f.properties.user.values.size).toBe(0);
      expect(reminderTriggerStatus(ss())).toEqual({ on: false, count: 0 });
    });

    it('a trigger stored for another spreadsheet (an add-on lists every document\'s) is not this one\'s', () => {
      f.scriptApp.currentDocumentId = undefined;
      const other = f.scriptApp.addTrigger({ handler: TRIGGER_HANDLER, everyDays: 1, atHour: 5, timeZone: undefined }).getUniqueId();
      f.scriptApp.currentDocumentId = 'fake-spreadsheet-id';
      f.properties.user.values.set(`cds.reminders.trigger.${other}`, JSON.stringify({ spreadsheetId: 'other-sheet', hour: 5 }));
      expect(reminderTriggerStatus(ss())).toEqual({ on: false, count: 0 });
      installReminderTrigger(ss(), 7);
      expect(reminderTriggerStatus(ss())).toEqual({ on: true, count: 1 });
      expect(removeReminderTriggers(ss())).toBe(1);
      expect(f.scriptApp.triggers.map((t) => t.uid)).toEqual([other]);
    });
  });
});
