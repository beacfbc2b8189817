/**
 * A reminder run over 1,000 and 10,000 occurrences with 50 staff, through the Apps Script shell
 * (src/gas/reminders/run.ts) with the call-counting in-memory fakes standing in for MailApp,
 * LockService, SpreadsheetApp and the spreadsheet (the plan is injected: reading the workbook is measured by the
 * sheet's own bench). Reports the service calls of one run and its median time; also the pure
 * planning + rendering alone.
 */
import { calendarDate, formatDdMmYyyy, addDays } from '../src/core/date';
import type { Assignment, Plan, Task } from '../src/core/plan';
import { noLinks } from '../src/core/reminders/render';
import { previewReminders } from '../src/core/reminders/run';
import { sendRemindersIn } from '../src/gas/reminders/run';
import { SAMPLE_SETTINGS } from '../src/sample/anLao2026';
import { CallLog } from '../test/fakes/calls';
import { FakeLockService } from '../test/fakes/lockService';
import { FakeMailApp } from '../test/fakes/mailApp';
import { FakePropertiesService } from '../test/fakes/propertiesService';
import { asGas } from '../test/fakes/gas';
import { FakeSpreadsheetApp } from '../test/fakes/spreadsheetApp';
import { remindersDailyRun } from '../src/main';
import { accessRecorder } from '../test/fakes/calls';
import { reminderFakes } from '../test/fakes/reminderGas';
import { fillSpreadsheet, generatedPlan } from '../test/support/sheetPlans';
import { printBench, type Report, saveGlobals, time } from './measure';

const UNITS = 25;
const STAFF = 50;
const AS_OF = calendarDate(2026, 7, 1);

/** `occurrences` one-date tasks spread over the year, led by 25 units of 2 people each. */
function benchPlan(occurrences: number): Plan {
  const assignments: Assignment[] = Array.from({ length: STAFF }, (_, i) => ({
    unit: `Tổ ${Math.floor(i / 2) + 1}`,
    name: `Giáo viên ${i + 1}`,
    email: `gv${i + 1}@truong.edu.vn`,
    role: '',
  }));
  const start = calendarDate(2026, 1, 1);
  const group = { numeral: 'I', name: 'Nhóm' };
  const tasks: Task[] = Array.from({ length: occurrences }, (_, i) => ({
    id: String(i + 1),
    group,
    name: `Nhiệm vụ số ${i + 1} <kiểm tra & báo cáo>`,
    product: 'Báo cáo',
    lead: `Tổ ${(i % UNITS) + 1}`,
    partners: '',
    timing: formatDdMmYyyy(addDays(start, (i * 7) % 365)),
    ref: `Nhiệm vụ!A${i + 3}`,
  }));
  return { settings: { ...SAMPLE_SETTINGS, boardHeadEmail: 'hieutruong@truong.edu.vn' }, indicators: [], tasks, progress: [], assignments };
}

interface Fixture {
  readonly log: CallLog;
  readonly spreadsheetApp: FakeSpreadsheetApp;
  readonly mailApp: FakeMailApp;
  readonly lockService: FakeLockService;
  readonly propertiesService: FakePropertiesService;
}

/** A fresh in-memory spreadsheet and services sharing one CallLog (built outside the timed region). */
function fixture(): Fixture {
  const log = new CallLog();
  const spreadsheetApp = new FakeSpreadsheetApp(log);
  spreadsheetApp.spreadsheet.addSheet('Nhiệm vụ', [['STT']]);
  return { log, spreadsheetApp, mailApp: new FakeMailApp(log), lockService: new FakeLockService(log), propertiesService: new FakePropertiesService(log) };
}

const SERVICES = ['SpreadsheetApp', 'MailApp', 'LockService', 'PropertiesService', 'ScriptApp', 'HtmlService', 'Session'] as const;

function runOnce(plan: Plan, f: Fixture): CallLog {
  const g = globalThis as Record<string, unknown>;
  g.SpreadsheetApp = f.spreadsheetApp;
  g.MailApp = f.mailApp;
  g.LockService = f.lockService;
  g.PropertiesService = f.propertiesService;
  sendRemindersIn(asGas<GoogleAppsScript.Spreadsheet.Spreadsheet>(f.spreadsheetApp.spreadsheet), {
    loadPlan: () => ({ plan, problems: [] }),
    now: () => new Date('2026-07-01T01:00:00Z'),
  });
  return f.log;
}

const RUNS = 7;

/**
 * The daily trigger (remindersDailyRun: refresh + reminders) on a workbook of `rows` indicators
 * and tasks, read for real: the service calls before the first mail, and the run's time.
 */
function dailyRun(rows: number): { calls: number; ms: number } {
  const g = globalThis as Record<string, unknown>;
  const once = (): number => {
    const f = reminderFakes();
    g.SpreadsheetApp = f.spreadsheetApp;
    g.MailApp = f.mailApp;
    g.LockService = f.lockService;
    g.PropertiesService = f.properties;
    g.ScriptApp = f.scriptApp;
    g.HtmlService = f.htmlService;
    g.Session = accessRecorder('Session', f.log);
    fillSpreadsheet(f.spreadsheetApp.spreadsheet, generatedPlan(rows));
    const t0 = performance.now();
    remindersDailyRun();
    const ms = performance.now() - t0;
    const first = f.log.calls.findIndex((c) => c.service === 'MailApp' && c.method === 'sendEmail');
    lastCalls = first < 0 ? f.log.calls.length : first;
    return ms;
  };
  let lastCalls = 0;
  const times = [once(), once(), once()].sort((a, b) => a - b);
  return { calls: lastCalls, ms: Math.round(times[1]! * 10) / 10 };
}

export function benchReminders(report: Report): void {
  const restore = saveGlobals(SERVICES);
  try {
    for (const rows of [100, 1_000, 10_000]) printBench('daily', { rows, ...dailyRun(rows) });
    for (const rows of [1_000, 10_000]) {
      const plan = benchPlan(rows);
      const log = runOnce(plan, fixture());
      const fixtures = Array.from({ length: RUNS + 1 }, fixture);
      const mails = log.count('MailApp', 'sendEmail');
      report({ bench: `reminder run (Apps Script shell), ${STAFF} staff: ${mails} mails`, rows, ms: time(() => runOnce(plan, fixtures.pop()!), RUNS), calls: log.calls.length });
      report({ bench: 'reminder planning + rendering (core)', rows, ms: time(() => previewReminders({ plan, handled: new Set(), link: noLinks }, AS_OF), RUNS) });
    }
  } finally {
    restore();
  }
}
