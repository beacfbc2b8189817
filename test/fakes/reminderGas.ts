/**
 * The Apps Script world of the reminder feature, as typed in-memory fakes sharing one CallLog:
 * SpreadsheetApp (its Ui shows dialogs; openById), MailApp, LockService, PropertiesService,
 * ScriptApp, HtmlService. The spreadsheet parses written strings as Sheets does (sheetsInput).
 * `installReminderFakes()` stubs them as globals (undo: vi.unstubAllGlobals()).
 */
import { vi } from 'vitest';
import { CallLog } from './calls';
import { FakeHtmlService } from './htmlService';
import { FakeLockService } from './lockService';
import { FakeMailApp } from './mailApp';
import { FakePropertiesService } from './propertiesService';
import { FakeScriptApp } from './scriptApp';
import { FakeSpreadsheetApp } from './spreadsheetApp';

export interface ReminderFakes {
  readonly log: CallLog;
  readonly spreadsheetApp: FakeSpreadsheetApp;
  readonly mailApp: FakeMailApp;
  readonly lockService: FakeLockService;
  readonly properties: FakePropertiesService;
  readonly scriptApp: FakeScriptApp;
  readonly htmlService: FakeHtmlService;
}

export function reminderFakes(): ReminderFakes {
  const log = new CallLog();
  const spreadsheetApp = new FakeSpreadsheetApp(log);
  // What the add-in writes is read back the way Sheets reads typing (the sent-log's keys must stay text).
  spreadsheetApp.spreadsheet.parsesInput = true;
  return {
    log,
    spreadsheetApp,
    mailApp: new FakeMailApp(log),
    lockService: new FakeLockService(log),
    properties: new FakePropertiesService(log),
    scriptApp: new FakeScriptApp(log), // runs in the fake spreadsheet: clock triggers attach to it
    htmlService: new FakeHtmlService(log),
  };
}

export function installReminderFakes(): ReminderFakes {
  const f = reminderFakes();
  vi.stubGlobal('SpreadsheetApp', f.spreadsheetApp);
  vi.stubGlobal('MailApp', f.mailApp);
  vi.stubGlobal('LockService', f.lockService);
  vi.stubGlobal('PropertiesService', f.properties);
  vi.stubGlobal('ScriptApp', f.scriptApp);
  vi.stubGlobal('HtmlService', f.htmlService);
  return f;
}
