/**
 * Typed, call-counting in-memory fakes of the Apps Script services:
 * - one CallLog per test, shared by every fake, so counts and order span services;
 * - a fake implements `Pick<GoogleAppsScript.X, …>` of what it supports, so type errors show;
 * - gasFakes() fakes SpreadsheetApp, Drive (the advanced service, v3) and Utilities; every other
 *   service is an accessRecorder(): any use is logged (and can be asserted absent). A test that needs
 *   another fake (FakeMailApp…) stubs it over the recorder with the same log; the reminder tests use
 *   installReminderFakes().
 * `installGasFakes()` stubs the globals with vi.stubGlobal; undo with vi.unstubAllGlobals().
 */
import { vi } from 'vitest';
import { accessRecorder, CallLog } from './calls';
import { GAS_SERVICE_NAMES, type GasServiceName } from './gas';
import { FakeDrive } from './drive';
import { FakeSpreadsheetApp } from './spreadsheetApp';
import { FakeUtilities } from './utilities';

export { accessRecorder, CallLog, type Call } from './calls';
export { AuthMode, Button, ButtonSet } from './enums';
export { asGas, GAS_SERVICE_NAMES, type GasServiceName } from './gas';
export { FakeSpreadsheetApp } from './spreadsheetApp';
export { FakeRange, FakeSheet, FakeSpreadsheet, parseA1, type FakeChart, type FakeRule, type FakeValidation } from './spreadsheet';
export { FakeMenu, FakeUi, ShownDialog, type Alert, type FakeMenuEntry } from './ui';
export { FakeMailApp } from './mailApp';
export { FakeLock, FakeLockService } from './lockService';
export { FakeProperties, FakePropertiesService } from './propertiesService';
export { FakeScriptApp, type FakeClockTrigger } from './scriptApp';
export { FakeHtmlOutput, FakeHtmlService } from './htmlService';
export { drivesMade, FakeDrive, type DriveUpload } from './drive';
export { Charset, DigestAlgorithm, FakeBlob, FakeUtilities } from './utilities';
export { FakeHttpResponse, FakeUrlFetchApp, type FetchAnswer, type FetchRequest } from './urlFetchApp';
export { ContentMimeType, FakeContentService, FakeTextOutput } from './contentService';
export { installReminderFakes, reminderFakes, type ReminderFakes } from './reminderGas';

export interface GasFakes {
  readonly log: CallLog;
  readonly spreadsheetApp: FakeSpreadsheetApp;
  /** The Drive advanced service (v3): the report's one Files.create. */
  readonly drive: FakeDrive;
  /** Utilities.newBlob: the report's one blob. */
  readonly utilities: FakeUtilities;
  /** Every global installed, by name (fakes and recorders). */
  readonly globals: Record<GasServiceName, unknown>;
}

/**
 * Builds the fakes and the recorders for every other service. `console` is left out by default
 * (the test runner needs the real one); pass `{ console: true }` to record it too, e.g. for a vm context.
 */
export function gasFakes(options: { console?: boolean } = {}): GasFakes {
  const log = new CallLog();
  const spreadsheetApp = new FakeSpreadsheetApp(log);
  const globals = {} as Record<GasServiceName, unknown>;
  for (const name of GAS_SERVICE_NAMES) {
    if (name === 'console' && !options.console) continue;
    globals[name] = accessRecorder(name, log);
  }
  const drive = new FakeDrive(log);
  const utilities = new FakeUtilities(log);
  globals.SpreadsheetApp = spreadsheetApp;
  globals.Drive = drive;
  globals.Utilities = utilities;
  return { log, spreadsheetApp, drive, utilities, globals };
}

/** gasFakes() installed as globals of the test process. */
export function installGasFakes(): GasFakes {
  const fakes = gasFakes();
  for (const [name, value] of Object.entries(fakes.globals)) vi.stubGlobal(name, value);
  return fakes;
}
