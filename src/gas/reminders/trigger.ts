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

/** Removes this spreadsheet's reminder triggers (and what was stored for them); returns how many. */
export function removeReminderTriggers(spreadsheet: Spreadsheet): number {
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
  const stored = readStored(PropertiesService.getUserProperties(), String(uid));
  return stored ? SpreadsheetApp.openById(stored.spreadsheetId) : undefined;
}
