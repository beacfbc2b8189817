/**
 * The daily time-driven trigger: exactly one per user per spreadsheet (an editor add-on may have
 * only one clock trigger per user per document), installed at the Cấu hình hour, replaced — never
 * duplicated — when installed again, removed by «Tắt».
 *
 * Finding the spreadsheet when the trigger fires (there is no open document and no UI):
 * - container-bound script: SpreadsheetApp.getActiveSpreadsheet() is the container; the manifest's
 *   `spreadsheets.currentonly` is enough;
 * - otherwise (an add-on where getActiveSpreadsheet() is null in a clock trigger): the id stored at
 *   install time, keyed by the trigger's unique id in the user's properties, opened with
 *   SpreadsheetApp.openById — which needs the full `spreadsheets` scope.
 * Both need `script.send_mail` (MailApp, its quota) and `script.scriptapp` (the trigger itself).
 */
import { calendarDateOf, compareDates, isoString, midnightIn } from '../../core/date';
import { DEFAULT_REMINDER_HOUR } from '../../sheet/settings';
import { timeZoneOf } from '../workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Global function (src/main.ts) the trigger calls. */
export const TRIGGER_HANDLER = 'remindersDailyRun';
const PROPERTY_PREFIX = 'cds.reminders.trigger.';

/** Scopes the trigger needs when it runs; asked for before installing. */
export const TRIGGER_SCOPES: readonly string[] = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
];

interface StoredTrigger {
  readonly spreadsheetId: string;
  readonly hour: number;
}

export interface ReminderTriggerStatus {
  readonly on: boolean;
  /** More than one was found (e.g. installed by an older version); the next install cleans up. */
  readonly count: number;
}

/**
 * A Giờ gửi nhắc setting → an hour 0–23 (default 7). The settings reader already gives a checked
 * number (and names the Cấu hình row when it is not one); this also takes the cell text, e.g. «18 giờ».
 */
export function reminderHour(setting: unknown): number {
  const text = typeof setting === 'number' ? '' : String(setting ?? '').replace(/\s*(giờ|h)\s*$/i, '').trim();
  const n = typeof setting === 'number' ? setting : text === '' ? Number.NaN : Number(text);
  return Number.isInteger(n) && n >= 0 && n <= 23 ? n : DEFAULT_REMINDER_HOUR;
}

/**
 * This spreadsheet's reminder triggers, each once (by unique id): those getUserTriggers(ss) lists,
 * and those only getProjectTriggers() lists — a container-bound script may not list its clock
 * trigger per document. In an add-on getProjectTriggers() spans every document the user installed
 * it in, so a trigger found only there is this spreadsheet's when the id stored for it at install
 * is this one's or, nothing stored, when its source is this spreadsheet or unknown (a clock trigger
 * made in a bound script's editor, or by an older version). Properties are read only for those.
 */
function ourTriggers(spreadsheet: Spreadsheet): GoogleAppsScript.Script.Trigger[] {
  const ours = new Map<string, GoogleAppsScript.Script.Trigger>();
  for (const t of ScriptApp.getUserTriggers(spreadsheet)) if (t.getHandlerFunction() === TRIGGER_HANDLER) ours.set(t.getUniqueId(), t);
  let props: GoogleAppsScript.Properties.Properties | undefined;
  let id: string | undefined;
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() !== TRIGGER_HANDLER) continue;
    const uid = t.getUniqueId();
    if (ours.has(uid)) continue;
    props ??= PropertiesService.getUserProperties();
    id ??= spreadsheet.getId();
    const stored = readStored(props, uid);
    if ((stored?.spreadsheetId ?? (t.getTriggerSourceId() || id)) === id) ours.set(uid, t);
  }
  return [...ours.values()];
}

function readStored(props: GoogleAppsScript.Properties.Properties, uid: string): StoredTrigger | undefined {
  const raw = props.getProperty(PROPERTY_PREFIX + uid);
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<StoredTrigger>;
    return typeof v.spreadsheetId === 'string' && typeof v.hour === 'number' ? { spreadsheetId: v.spreadsheetId, hour: v.hour } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the daily trigger is installed for this spreadsheet (getUserTriggers and
 * getProjectTriggers; Properties read only for a trigger the first does not list).
 */
export function reminderTriggerStatus(spreadsheet: Spreadsheet): ReminderTriggerStatus {
  const count = ourTriggers(spreadsheet).length;
  return { on: count > 0, count };
}

/** The hour stored when the trigger was installed (undefined when unknown). */
export function installedHour(trigger: GoogleAppsScript.Script.Trigger): number | undefined {
  return readStored(PropertiesService.getUserProperties(), trigger.getUniqueId())?.hour;
}

/** Removes this spreadsheet's reminder triggers (and what was stored for them, and a pending retry); returns how many daily ones. */
export function removeReminderTriggers(spreadsheet: Spreadsheet): number {
  removeRetryTriggers(spreadsheet);
  const triggers = ourTriggers(spreadsheet);
  if (triggers.length === 0) return 0;
  const props = PropertiesService.getUserProperties();
  for (const t of triggers) {
    const uid = t.getUniqueId();
    ScriptApp.deleteTrigger(t);
    props.deleteProperty(PROPERTY_PREFIX + uid);
  }
  return triggers.length;
}

/**
 * Installs the one daily trigger at `hour` in the spreadsheet's time zone, replacing any existing
 * one. Asks for the scopes first (granular consent: the user may not have granted them yet).
 */
export function installReminderTrigger(spreadsheet: Spreadsheet, hour: number): GoogleAppsScript.Script.Trigger {
  ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [...TRIGGER_SCOPES]);
  removeReminderTriggers(spreadsheet);
  const trigger = ScriptApp.newTrigger(TRIGGER_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(hour)
    .inTimezone(timeZoneOf(spreadsheet))
    .create();
  const stored: StoredTrigger = { spreadsheetId: spreadsheet.getId(), hour };
  PropertiesService.getUserProperties().setProperty(PROPERTY_PREFIX + trigger.getUniqueId(), JSON.stringify(stored));
  return trigger;
}

/**
 * The spreadsheet a firing trigger is for: the active one (container-bound), else the one stored
 * for this trigger at install time. Undefined when neither can be found.
 */
export function triggerSpreadsheet(e: GoogleAppsScript.Events.TimeDriven | undefined): Spreadsheet | undefined {
  const active = SpreadsheetApp.getActiveSpreadsheet();
  if (active) return active;
  const uid = e?.triggerUid;
  if (!uid) return undefined;
  const props = PropertiesService.getUserProperties();
  const spreadsheetId = readStored(props, String(uid))?.spreadsheetId ?? readRetry(props, String(uid))?.spreadsheetId;
  return spreadsheetId ? SpreadsheetApp.openById(spreadsheetId) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Retrying later the same day (issue 8 item 10)

/**
 * Global function (src/main.ts) a one-off retry trigger calls. Not the daily handler's name, so a
 * retry is never taken for the daily trigger (status, «Tắt», reinstall leave each other alone).
 */
export const RETRY_HANDLER = 'remindersRetryRun';
const RETRY_PREFIX = 'cds.reminders.retry.';
/** How long after a skipped run the retry comes: long enough for a «Cập nhật» to finish. */
export const RETRY_DELAY_MS = 15 * 60_000;
/** Retries after one daily run at most (an hour of a busy sheet); then tomorrow's run sends. */
export const MAX_RETRIES = 4;

interface StoredRetry {
  readonly spreadsheetId: string;
  /** The day (YYYY-MM-DD, spreadsheet time zone) the retry belongs to. */
  readonly day: string;
  /** 1 for the first retry after the daily run. */
  readonly attempt: number;
}

function readRetry(props: GoogleAppsScript.Properties.Properties, uid: string): StoredRetry | undefined {
  const raw = props.getProperty(RETRY_PREFIX + uid);
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<StoredRetry>;
    return typeof v.spreadsheetId === 'string' && typeof v.day === 'string' && typeof v.attempt === 'number'
      ? { spreadsheetId: v.spreadsheetId, day: v.day, attempt: v.attempt }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The retry a firing one-off trigger stands for (undefined when nothing was stored for it). */
export function retryOf(e: GoogleAppsScript.Events.TimeDriven | undefined): StoredRetry | undefined {
  const uid = e?.triggerUid;
  return uid ? readRetry(PropertiesService.getUserProperties(), String(uid)) : undefined;
}

/**
 * Deletes this spreadsheet's retry triggers, pending or spent (a one-off trigger that has fired
 * stays listed, and counts towards the limit, until deleted), with what was stored for them.
 */
export function removeRetryTriggers(spreadsheet: Spreadsheet): number {
  let props: GoogleAppsScript.Properties.Properties | undefined;
  let id: string | undefined;
  let removed = 0;
  for (const t of ScriptApp.getProjectTriggers()) {
    if (t.getHandlerFunction() !== RETRY_HANDLER) continue;
    props ??= PropertiesService.getUserProperties();
    id ??= spreadsheet.getId();
    const uid = t.getUniqueId();
    if ((readRetry(props, uid)?.spreadsheetId ?? (t.getTriggerSourceId() || id)) !== id) continue;
    ScriptApp.deleteTrigger(t);
    props.deleteProperty(RETRY_PREFIX + uid);
    removed++;
  }
  return removed;
}

export type RetryPlan =
  | { readonly kind: 'scheduled'; readonly at: Date; readonly attempt: number }
  | { readonly kind: 'limit' }
  | { readonly kind: 'midnight' }
  | { readonly kind: 'failed'; readonly error: string };

/** "07:15" in the spreadsheet's time zone. */
export function clockTime(instant: Date, timeZone: string): string {
  const minutes = Math.floor((instant.getTime() - midnightIn(calendarDateOf(instant, timeZone), timeZone).getTime()) / 60_000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * One one-off trigger RETRY_DELAY_MS from `now`, for retry number `attempt` — unless that is past
 * MAX_RETRIES or would fall after midnight (the day's stages would be stale); the previous one
 * (pending or spent) is deleted first, so there is never more than one. A published editor add-on
 * may hold only one clock trigger per document, so there creating it fails: that is reported.
 */
export function scheduleRetry(spreadsheet: Spreadsheet, now: Date, attempt: number): RetryPlan {
  if (attempt > MAX_RETRIES) return { kind: 'limit' };
  const zone = timeZoneOf(spreadsheet);
  const at = new Date(now.getTime() + RETRY_DELAY_MS);
  const today = calendarDateOf(now, zone);
  if (compareDates(calendarDateOf(at, zone), today) !== 0) return { kind: 'midnight' };
  try {
    removeRetryTriggers(spreadsheet);
    const trigger = ScriptApp.newTrigger(RETRY_HANDLER).timeBased().after(RETRY_DELAY_MS).create();
    const stored: StoredRetry = { spreadsheetId: spreadsheet.getId(), day: isoString(today), attempt };
    PropertiesService.getUserProperties().setProperty(RETRY_PREFIX + trigger.getUniqueId(), JSON.stringify(stored));
    return { kind: 'scheduled', at, attempt };
  } catch (error) {
    return { kind: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
