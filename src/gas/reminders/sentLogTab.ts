/**
 * The sent-log tab «Nhật ký nhắc việc»: the tab carrying the add-in's 'sentLog' mark, whatever
 * staff have since called it, and its columns by their marks (moved with the columns), so that a
 * renamed, re-sorted or re-titled tab reads the same. Records are found by content
 * (src/core/reminders/sentLog.ts). Created on the first write under the first free name: a tab
 * staff made under the same name is never written.
 *
 * An unmarked tab named «Nhật ký nhắc việc» is either a staff tab or the log of a version before
 * marks; either way it is only read, for keys already sent (a staff tab yields none), and never
 * written.
 *
 * Text cells are written with Sheets' leading apostrophe where Sheets would parse them (literalText), so that a task STT «-10», «=1+1»,
 * «+84…», «1.10» or «01» stays the text it is (not a number, a formula or #ERROR!).
 */
import {
  findLogLayout,
  handledKeys,
  type LogColumnKey,
  type LogLayout,
  type LogRecord,
  logRow,
  readLogRows,
  SENT_LOG_COLUMNS,
  SENT_LOG_TAB,
} from '../../core/reminders/sentLog';
import { NUMBER_FORMATS } from '../../sheet/formatting';
import type { TabSpec } from '../../sheet/schema';
import { literalText } from '../sheetValues';
import { markColumn, type MarkedTab, markedTab, type Marks, readMarks } from '../marks';
import { ensureRows, type OwnedTabSpec, ownedTab } from '../workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SENT_LOG_SPEC: TabSpec = {
  key: 'sentLog',
  name: SENT_LOG_TAB,
  aliases: ['Nhat ky nhac viec'],
  columns: SENT_LOG_COLUMNS.map((c) => ({ key: c.key, header: c.header, aliases: [], width: c.width, ...(c.key === 'time' ? { format: 'dateTime' as const } : {}) })),
};

const OWNED_SENT_LOG: OwnedTabSpec = { role: 'sentLog', spec: SENT_LOG_SPEC };
const COLUMN_MARK_PREFIX = 'sentLog.';

export interface SentLogRead {
  /** The add-in's log tab, when there is one. */
  readonly tab?: MarkedTab;
  /** Records of the add-in's log tab. */
  readonly records: LogRecord[];
  /** Keys an unmarked tab under the log's name says were sent (a log from before marks). */
  readonly legacyKeys: ReadonlySet<string>;
}

/** The columns of the marked tab from their marks. */
function markedLayout(marks: Marks, sheetId: number): LogLayout {
  const layout: LogLayout = {};
  const keys = new Set<string>(SENT_LOG_COLUMNS.map((c) => c.key));
  for (const m of marks.columns) {
    if (m.sheetId !== sheetId || !m.value.startsWith(COLUMN_MARK_PREFIX)) continue;
    const key = m.value.slice(COLUMN_MARK_PREFIX.length);
    if (keys.has(key)) layout[key as LogColumnKey] = m.column - 1;
  }
  return layout;
}

/** Whether a header row names enough to read records: the outcome, and the key or what rebuilds it. */
function readable(layout: LogLayout): boolean {
  const has = (k: LogColumnKey) => layout[k] !== undefined;
  return has('outcome') && has('to') && (has('key') || (has('taskId') && has('label') && has('stage')));
}

/**
 * The log's records and an older log's keys: one getValues per tab there is. The columns come
 * from the header row wherever it is; only when that row no longer names them (retyped, deleted)
 * are the column marks read (one search over all marks).
 */
export function readSentLog(spreadsheet: Spreadsheet): SentLogRead {
  const tab = markedTab(spreadsheet, 'sentLog');
  let records: LogRecord[] = [];
  if (tab) {
    const values = tab.sheet.getDataRange().getValues();
    const header = findLogLayout(values);
    records = readLogRows(values, readable(header) ? header : { ...header, ...markedLayout(readMarks(spreadsheet), tab.sheetId) });
  }
  const named = spreadsheet.getSheetByName(SENT_LOG_TAB);
  const legacy = named && (!tab || named.getSheetId() !== tab.sheetId) ? named : undefined;
  return { ...(tab ? { tab } : {}), records, legacyKeys: legacy ? handledKeys(legacy.getDataRange().getValues()) : new Set() };
}

export function sheetRow(record: LogRecord): (string | Date)[] {
  const [time, ...texts] = logRow(record);
  return [time, ...texts.map(literalText)];
}

export interface SentLogWriter {
  /** Appends the records below the last row, in one setValues (the tab created and marked first if needed). */
  append(records: readonly LogRecord[]): void;
}

/** Writes to `found` (the tab readSentLog found), else to the add-in's tab made on the first append. */
export function sentLogWriter(spreadsheet: Spreadsheet, found?: MarkedTab): SentLogWriter {
  let sheet: Sheet | undefined = found?.sheet;
  const tab = (): Sheet => {
    if (sheet) return sheet;
    const owned = ownedTab(spreadsheet, OWNED_SENT_LOG, readMarks(spreadsheet));
    sheet = owned.sheet;
    if (owned.created) {
      SENT_LOG_COLUMNS.forEach((c, i) => markColumn(owned.sheet, i + 1, `${COLUMN_MARK_PREFIX}${c.key}`));
      owned.sheet.getRange('A:A').setNumberFormat(NUMBER_FORMATS.dateTime);
    }
    return sheet;
  };
  return {
    append(records) {
      if (records.length === 0) return;
      const target = tab();
      const first = target.getLastRow() + 1;
      ensureRows(target, first + records.length - 1);
      target.getRange(first, 1, records.length, SENT_LOG_COLUMNS.length).setValues(records.map(sheetRow));
    },
  };
}
