/**
 * A reminder run in a spreadsheet: the one path used by the daily trigger and by the dialog's
 * «Gửi ngay» button. Reads the plan (loadPlan: one getValues per plan tab) and the sent-log
 * tab once, under the document lock, then runs the core (src/core/reminders/run.ts).
 */
import { type LinkResolver, sheetLinkResolver } from '../../core/reminders/render';
import { type LoadedState, previewReminders, type Preview, runReminders, type RunOutcome } from '../../core/reminders/run';
import { handledKeys } from '../../core/reminders/sentLog';
import { reminderProblems } from '../../sheet/dataCheck';
import type { PlanRead } from '../../sheet/workbook';
import { loadPlan, todayIn } from '../workbook';
import { appendSentLog, readSentLogRows } from './sentLogTab';
import { documentLock } from '../lock';
import { mailAppMailer } from './services';
import { recomputeSpreadsheet } from '../recompute';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the run needs from the workbook reader; tests inject a plan. */
export interface ReminderDeps {
  readonly loadPlan: (spreadsheet: Spreadsheet) => PlanRead;
  readonly now: () => Date;
  /** The daily trigger's first step: bring the computed columns and Tổng quan up to `now`. */
  readonly refresh?: (spreadsheet: Spreadsheet, now: Date) => void;
}

export const DEFAULT_DEPS: ReminderDeps = {
  loadPlan: (ss) => loadPlan(ss),
  now: () => new Date(),
  refresh: (ss, now) => void recomputeSpreadsheet(ss, now),
};

/** Links to rows: the spreadsheet's URL and each tab's gid (one getSheets, two calls per tab). */
export function spreadsheetLinks(spreadsheet: Spreadsheet): LinkResolver {
  const ids = new Map(spreadsheet.getSheets().map((s) => [s.getName(), s.getSheetId()]));
  return sheetLinkResolver(spreadsheet.getUrl(), ids);
}

export function loadReminderState(spreadsheet: Spreadsheet, deps: ReminderDeps): LoadedState {
  const { plan, problems } = deps.loadPlan(spreadsheet);
  return {
    plan,
    handled: handledKeys(readSentLogRows(spreadsheet)),
    readProblems: reminderProblems(problems),
    link: spreadsheetLinks(spreadsheet),
  };
}

/** `startedAt`: when the execution began, so the time budget includes what ran before (the trigger's refresh). */
export function sendRemindersIn(spreadsheet: Spreadsheet, deps: ReminderDeps = DEFAULT_DEPS, options: { readonly startedAt?: Date } = {}): RunOutcome {
  const asOf = todayIn(spreadsheet, options.startedAt ?? deps.now());
  return runReminders(
    {
      lock: documentLock(),
      mailer: mailAppMailer(),
      load: () => loadReminderState(spreadsheet, deps),
      appendLog: (records) => appendSentLog(spreadsheet, records),
      now: deps.now,
    },
    { asOf, ...(options.startedAt ? { startedAt: options.startedAt } : {}) },
  );
}

/** What a run would send now, without sending (the dialog's preview). */
export function previewRemindersIn(spreadsheet: Spreadsheet, deps: ReminderDeps = DEFAULT_DEPS): Preview & { quota: number } {
  const asOf = todayIn(spreadsheet, deps.now());
  const preview = previewReminders(loadReminderState(spreadsheet, deps), asOf);
  return { ...preview, quota: MailApp.getRemainingDailyQuota() };
}
