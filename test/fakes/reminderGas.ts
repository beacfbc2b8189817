/**
 * The Apps Script world of the reminder feature, as typed in-memory fakes sharing one CallLog:
 * SpreadsheetApp (with a dialog-capable Ui and openById), MailApp, LockService, PropertiesService,
 * ScriptApp, HtmlService. `installReminderFakes()` stubs them as globals (undo: vi.unstubAllGlobals()).
 */
import { vi } from 'vitest';
import { CallLog } from './calls';
import { asGas } from './gas';
import { FakeDialogUi, FakeInlineHtmlService } from './reminderDialog';
import { FakeLockService } from './lockService';
import { FakeMailApp } from './mailApp';
import { FakePropertiesService } from './propertiesService';
import { FakeScriptApp } from './scriptApp';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeSpreadsheetApp } from './spreadsheetApp';

/** SpreadsheetApp whose Ui shows dialogs, and which can open a spreadsheet by id. */
export class FakeSpreadsheetAppWithDialogs extends FakeSpreadsheetApp implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'openById'> {
  readonly dialogUi: FakeDialogUi;
  /** Spreadsheets openById can open, by id. */
  readonly byId = new Map<string, FakeSpreadsheet>();

  constructor(log: CallLog = new CallLog()) {
    super(log);
    this.dialogUi = new FakeDialogUi(log);
    this.byId.set('fake-spreadsheet-id', this.spreadsheet);
  }

  override getUi(): GoogleAppsScript.Base.Ui {
    this.log.record('SpreadsheetApp', 'getUi');
    return asGas<GoogleAppsScript.Base.Ui>(this.dialogUi);
  }

  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.log.record('SpreadsheetApp', 'openById', [id]);
    const ss = this.byId.get(id);
    if (!ss) throw new Error(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    return asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(ss);
  }
}

export interface ReminderFakes {
  readonly log: CallLog;
  readonly spreadsheetApp: FakeSpreadsheetAppWithDialogs;
  readonly mailApp: FakeMailApp;
  readonly lockService: FakeLockService;
  readonly properties: FakePropertiesService;
  readonly scriptApp: FakeScriptApp;
  readonly htmlService: FakeInlineHtmlService;
}

export function reminderFakes(): ReminderFakes {
  const log = new CallLog();
  const scriptApp = new FakeScriptApp(log);
  scriptApp.currentDocumentId = 'fake-spreadsheet-id'; // the add-in runs in the fake spreadsheet
  return {
    log,
    spreadsheetApp: new FakeSpreadsheetAppWithDialogs(log),
    mailApp: new FakeMailApp(log),
    lockService: new FakeLockService(log),
    properties: new FakePropertiesService(log),
    scriptApp,
    htmlService: new FakeInlineHtmlService(log),
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
