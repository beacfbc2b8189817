/**
 * In-memory `SpreadsheetApp`. Only getUi() for now; Spreadsheet/Sheet/Range come with the
 * features that need them (add the method names to the Pick<> as they are implemented).
 */
import { asGas } from './gas';
import { CallLog } from './calls';
import { FakeUi } from './ui';

export class FakeSpreadsheetApp implements Pick<GoogleAppsScript.Spreadsheet.SpreadsheetApp, 'getUi'> {
  readonly ui: FakeUi;

  constructor(readonly log: CallLog = new CallLog()) {
    this.ui = new FakeUi(log);
  }

  getUi(): GoogleAppsScript.Base.Ui {
    this.log.record('SpreadsheetApp', 'getUi');
    return asGas<GoogleAppsScript.Base.Ui>(this.ui);
  }
}
