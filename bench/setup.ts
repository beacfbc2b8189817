/**
 * Khởi tạo bảng theo dõi on the in-memory spreadsheet fake (the same code path as Apps Script,
 * service calls counted): on a blank spreadsheet (rows=0, without the sample), and re-run over
 * a workbook already holding a plan of 100 / 1,000 / 10,000 indicators and tasks (only Tổng quan
 * is missing; the plan tabs are kept and read once to offer unmarked columns).
 */
import { setUpSpreadsheet } from '../src/gas/setUp';
import { accessRecorder, CallLog } from '../test/fakes/calls';
import { Button } from '../test/fakes/enums';
import { FakeSpreadsheetApp } from '../test/fakes/spreadsheetApp';
import { fillSpreadsheet, generatedPlan } from '../test/support/sheetPlans';
import { printBench, saveGlobals } from './measure';

const NOW = new Date('2026-10-15T03:00:00Z');

type Gas = { spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet; ui: GoogleAppsScript.Base.Ui };

/** A fresh fake (SpreadsheetApp installed), blank or holding a plan of `rows` indicators and tasks. */
function world(rows: number, sample: boolean): { log: CallLog; gas: Gas } {
  const log = new CallLog();
  const app = new FakeSpreadsheetApp(log);
  (globalThis as Record<string, unknown>).SpreadsheetApp = app;
  // Session (Nhật ký's «Người thực hiện») as the tests have it: every use recorded.
  (globalThis as Record<string, unknown>).Session = accessRecorder('Session', log);
  if (rows > 0) fillSpreadsheet(app.spreadsheet, generatedPlan(rows));
  app.ui.alertResponse = sample || rows > 0 ? Button.YES : Button.NO;
  log.clear();
  return { log, gas: { spreadsheet: app.spreadsheet as unknown as Gas['spreadsheet'], ui: app.ui as unknown as Gas['ui'] } };
}

/** Calls of one Khởi tạo, and the median ms of `runs` (each on a fresh fake, whose making is not timed). */
function measure(rows: number, sample: boolean, runs: number): { calls: number; ms: number } {
  const times: number[] = [];
  let calls = 0;
  for (let i = 0; i <= runs; i++) {
    const { log, gas } = world(rows, sample);
    const t0 = performance.now();
    setUpSpreadsheet(gas.spreadsheet, gas.ui, NOW);
    const ms = performance.now() - t0;
    calls = log.calls.length;
    if (i > 0) times.push(ms); // the first run warms up
  }
  times.sort((a, b) => a - b);
  return { calls, ms: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10 };
}

export function benchSetup(): void {
  const restore = saveGlobals(['SpreadsheetApp', 'Session']);
  try {
    // rows=0: a blank spreadsheet, Khởi tạo without the sample.
    for (const rows of [0, 100, 1_000, 10_000]) {
      const { calls, ms } = measure(rows, false, rows >= 10_000 ? 1 : 3);
      printBench('setup', { rows, calls, ms });
    }
  } finally {
    restore();
  }
}
