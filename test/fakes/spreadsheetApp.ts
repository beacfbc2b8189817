/**
 * In-memory `SpreadsheetApp`: the Ui, one active in-memory spreadsheet (see spreadsheet.ts) that
 * openById also opens, and the builders. Every call is recorded in the shared CallLog.
 */
import { asGas } from './gas';
import { CallLog } from './calls';
import { FAKE_SPREADSHEET_ID, FakeConditionalFormatRuleBuilder, FakeDataValidationBuilder, FakeSpreadsheet } from './spreadsheet';
import { FakeUi } from './ui';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export class FakeSpreadsheetApp
  implements Pick<App, 'getUi' | 'getActiveSpreadsheet' | 'getActive' | 'openById' | 'newDataValidation' | 'newConditionalFormatRule' | 'flush'>
{
  readonly ui: FakeUi;
  /** The spreadsheet the add-in runs in. */
  readonly spreadsheet: FakeSpreadsheet;
  /** What getActiveSpreadsheet() returns; null models a context with no open document. */
  active: FakeSpreadsheet | null;

  constructor(readonly log: CallLog = new CallLog()) {
    this.ui = new FakeUi(log);
    this.spreadsheet = new FakeSpreadsheet(log);
    this.active = this.spreadsheet;
  }

  getUi(): GoogleAppsScript.Base.Ui {
    this.log.record('SpreadsheetApp', 'getUi');
    return asGas<GoogleAppsScript.Base.Ui>(this.ui);
  }

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.log.record('SpreadsheetApp', 'getActiveSpreadsheet');
    return this.active as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.log.record('SpreadsheetApp', 'getActive');
    return this.active as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }

  /** Opens the spreadsheet the add-in runs in (even when it is not active); any other id fails as Apps Script does. */
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.log.record('SpreadsheetApp', 'openById', [id]);
    if (id !== FAKE_SPREADSHEET_ID) throw new Error(`Unexpected error while getting the method or property openById on object SpreadsheetApp.`);
    return asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(this.spreadsheet);
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.log.record('SpreadsheetApp', 'newDataValidation');
    return asGas<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(new FakeDataValidationBuilder(this.log));
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.log.record('SpreadsheetApp', 'newConditionalFormatRule');
    return asGas<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>(new FakeConditionalFormatRuleBuilder(this.log));
  }

  flush(): void {
    this.log.record('SpreadsheetApp', 'flush');
  }
}
