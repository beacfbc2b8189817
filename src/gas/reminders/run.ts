/**
 * A reminder run in a spreadsheet: the one path used by the daily trigger and by the dialog's
 * «Gửi ngay» button. Under the document lock it reads the plan (loadPlan: one getValues per plan
 * tab), the sent-log tab and the journal once, then carries out the core's steps
 * (src/core/reminders/run.ts): MailApp sends, the journal (./journal.ts) records each send before
 * and after it, the tab gets the records in batches.
 */
import { type LinkResolver, sheetLinkResolver } from '../../core/reminders/render';
import { type LoadedState, previewReminders, type Preview, runReminders, type RunOutcome, type SentLogJournal } from '../../core/reminders/run';
import { reminderProblems } from '../../sheet/dataCheck';
import type { PlanRead } from '../../sheet/workbook';
import { loadPlan, todayIn } from '../workbook';
import { propertiesJournal, readJournal } from './journal';
import type { LogRecord } from '../../core/reminders/sentLog';
import { readSentLog, type SentLogRead, sentLogWriter } from './sentLogTab';
import { documentLock } from '../lock';
import { mailAppMailer } from './services';
import { recomputeSpreadsheet } from '../recompute';
import { pushFromTrigger } from '../rollupPush';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** What the run needs from the workbook reader; tests inject a plan. */
export interface ReminderDeps {
  readonly loadPlan: (spreadsheet: Spreadsheet) => PlanRead;
  readonly now: () => Date;
  /**
   * The daily trigger's first step: bring the computed columns and Tổng quan up to `now`. It may
   * return the plan as the sheet holds it after its writes (read once, under the same lock), which
   * the run then takes instead of reading every tab again.
   */
  readonly refresh?: (spreadsheet: Spreadsheet, now: Date) => PlanRead | void;
  /**
   * The daily run's push to the Phòng/Sở (issue 14), once, after the refresh, of the plan it read;
   * not on the day's retries (the next day's run pushes again). Does nothing when Cấu hình sets no receiver.
   */
  readonly push?: (spreadsheet: Spreadsheet, read: PlanRead, now: Date) => void;
}

export const DEFAULT_DEPS: ReminderDeps = {
  loadPlan: (ss) => loadPlan(ss),
  now: () => new Date(),
  refresh: (ss, now) => {
    const { plan, problems, reading } = recomputeSpreadsheet(ss, now).result.read;
    return { plan, problems, reading };
  },
  push: (ss, read, now) => {
    pushFromTrigger(ss, read, now);
  },
};

/** Links to rows: the spreadsheet's URL and each tab's gid (one getSheets, two calls per tab). */
export function spreadsheetLinks(spreadsheet: Spreadsheet): LinkResolver {
  const ids = new Map(spreadsheet.getSheets().map((s) => [s.getName(), s.getSheetId()]));
  return sheetLinkResolver(spreadsheet.getUrl(), ids);
}

/**
 * The journal's store: the document's properties, shared by everyone who runs the reminders on
 * this spreadsheet (the trigger's owner, whoever clicks «Gửi ngay»); the script's outside a
 * container, keyed by nothing else because a standalone script has one spreadsheet to remind from.
 */
function journalStore(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties() ?? PropertiesService.getScriptProperties();
}

export interface ReminderState {
  readonly loaded: LoadedState;
  readonly journal: SentLogJournal;
}

function loadedFrom(spreadsheet: Spreadsheet, deps: ReminderDeps, tab: SentLogRead, journaled: readonly LogRecord[]): LoadedState {
  const { plan, problems, reading } = deps.loadPlan(spreadsheet);
  return {
    plan,
    ...(reading ? { reading } : {}),
    log: [...tab.records, ...journaled],
    handled: tab.legacyKeys,
    readProblems: reminderProblems(problems),
    link: spreadsheetLinks(spreadsheet),
  };
}

/** Everything a run reads, once: the plan, the sent-log tab (and an older one's keys), the journal. */
export function loadReminderState(spreadsheet: Spreadsheet, deps: ReminderDeps): ReminderState {
  const tab = readSentLog(spreadsheet);
  const props = journalStore();
  const left = readJournal(props);
  return {
    loaded: loadedFrom(spreadsheet, deps, tab, [...left.done, ...left.sending]),
    journal: propertiesJournal(props, sentLogWriter(spreadsheet, tab.tab), () => SpreadsheetApp.flush(), left, tab.records),
  };
}

/** `startedAt`: when the execution began, so the time budget includes what ran before (the trigger's refresh). */
export function sendRemindersIn(spreadsheet: Spreadsheet, deps: ReminderDeps = DEFAULT_DEPS, options: { readonly startedAt?: Date } = {}): RunOutcome {
  const asOf = todayIn(spreadsheet, options.startedAt ?? deps.now());
  let journal: SentLogJournal | undefined;
  const loaded = (): SentLogJournal => {
    if (!journal) throw new Error('Nhật ký nhắc việc chưa được đọc.');
    return journal;
  };
  return runReminders(
    {
      lock: documentLock(),
      mailer: mailAppMailer(),
      load: () => {
        const state = loadReminderState(spreadsheet, deps);
        journal = state.journal;
        return state.loaded;
      },
      journal: {
        intend: (records) => loaded().intend(records),
        record: (records) => loaded().record(records),
        commit: () => loaded().commit(),
      },
      now: deps.now,
    },
    { asOf, ...(options.startedAt ? { startedAt: options.startedAt } : {}) },
  );
}

/**
 * What a run would send now, without sending or writing (the dialog's preview). It reads the tab,
 * not the journal: only a run stopped half-way leaves anything there, and the run itself (the
 * «Gửi ngay» button) reads it and never sends twice; the menu stays off PropertiesService.
 */
export function previewRemindersIn(spreadsheet: Spreadsheet, deps: ReminderDeps = DEFAULT_DEPS): Preview & { quota: number } {
  const now = deps.now();
  const preview = previewReminders(loadedFrom(spreadsheet, deps, readSentLog(spreadsheet), []), todayIn(spreadsheet, now), now.getTime());
  return { ...preview, quota: MailApp.getRemainingDailyQuota() };
}
