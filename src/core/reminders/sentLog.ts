/**
 * The sent-log: one record per (occurrence, stage, recipient) and what became of it, in the
 * add-in's own tab (Apps Script) or a JSON-lines file (CLI). A key whose latest record says it was
 * sent (or could not be, or may have been) is never sent again.
 *
 * Records are found by what they say, not where they are: staff may sort the tab with its header,
 * add a title row, clear «Khóa» or rename the tab. Each row names its occurrence, stage and
 * recipient in visible columns, so the key is rebuilt from them when «Khóa» is gone.
 *
 * Outcomes, and which side of at-most-once each is on (README «Nhật ký nhắc việc»):
 *   sending      written (durably) before the send; alone, it means the run stopped at the send:
 *                the mail may or may not have gone, so it counts as sent (never twice) and the
 *                next run records it as «Có thể đã gửi»
 *   sent / undeliverable / uncertain   handled: never again
 *   failed       the mail service refused it: owed again
 *   deferred-*   waited (quota, time, failures, a stopped run): owed again; logged once per key,
 *                which also says since when the recipient has been waiting (fair order)
 */
import { foldText } from '../text';
import { PROBLEM_KEY, stageKeyOfLabel, SUMMARY_KEY } from './stages';

export const SENT_LOG_TAB = 'Nhật ký nhắc việc';

export type LogColumnKey = 'time' | 'to' | 'taskId' | 'label' | 'stage' | 'outcome' | 'key';

/** The log's columns, in the order the add-in writes them. */
export const SENT_LOG_COLUMNS: readonly { readonly key: LogColumnKey; readonly header: string; readonly width: number }[] = [
  { key: 'time', header: 'Thời điểm', width: 140 },
  { key: 'to', header: 'Người nhận', width: 200 },
  { key: 'taskId', header: 'Mã NV', width: 70 },
  { key: 'label', header: 'Kỳ', width: 160 },
  { key: 'stage', header: 'Mức nhắc', width: 150 },
  { key: 'outcome', header: 'Kết quả', width: 260 },
  { key: 'key', header: 'Khóa', width: 260 },
];
export const SENT_LOG_HEADERS = ['Thời điểm', 'Người nhận', 'Mã NV', 'Kỳ', 'Mức nhắc', 'Kết quả', 'Khóa'] as const;

export type LogOutcome =
  | 'sent'
  | 'undeliverable'
  | 'uncertain'
  | 'sending'
  | 'failed'
  | 'deferred-quota'
  | 'deferred-time'
  | 'deferred-failures'
  | 'deferred-stopped';

export interface LogRecord {
  readonly time: Date;
  /** Recipient e-mail; '' when there was nobody to send to. */
  readonly to: string;
  readonly taskId: string;
  /** The occurrence's Kỳ; for a data problem its message, for the weekly summary «Tuần từ dd/mm/yyyy». */
  readonly label: string;
  /** Stage as shown (Vietnamese). */
  readonly stage: string;
  readonly outcome: LogOutcome;
  /** Why, for outcomes other than 'sent'. */
  readonly detail: string;
  /** The (occurrence, stage, recipient) key; '' only in traces of an older format. */
  readonly key: string;
}

export function sentKey(occurrenceKey: string, stageKey: string, recipient: string): string {
  return `${occurrenceKey}|${stageKey}|${recipient || '-'}`;
}

export function occurrenceKey(taskId: string, label: string): string {
  return `${taskId}|${label}`;
}

/** FNV-1a, base 36: a short stable id for a message in a key. */
export function textId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** The occurrence part of a data problem's key. */
export function problemOccurrence(message: string): string {
  return `du-lieu|${textId(message)}`;
}

/** What the log's Kỳ shows for the weekly summary of the week of `mondayIso` (YYYY-MM-DD). */
export function summaryLabel(mondayIso: string): string {
  const [y, m, d] = mondayIso.split('-');
  return `Tuần từ ${d}/${m}/${y}`;
}

export function summaryOccurrence(mondayIso: string): string {
  return `tong-hop|${mondayIso}`;
}

export const UNCERTAIN_DETAIL =
  'lượt gửi trước dừng đột ngột đúng lúc gửi thư này nên không biết thư đã đi chưa; không gửi lại để tránh trùng';

const OUTCOME_TEXT: Readonly<Record<LogOutcome, string>> = {
  sent: 'Đã gửi',
  undeliverable: 'Không gửi được',
  uncertain: 'Có thể đã gửi',
  sending: 'Đang gửi',
  failed: 'Lỗi khi gửi',
  'deferred-quota': 'Hoãn: hết hạn mức gửi thư trong ngày',
  'deferred-time': 'Hoãn: hết thời gian chạy',
  'deferred-failures': 'Hoãn: dịch vụ thư lỗi liên tiếp',
  'deferred-stopped': 'Hoãn: lượt gửi dừng giữa chừng',
};

const HANDLED: ReadonlySet<LogOutcome> = new Set<LogOutcome>(['sent', 'undeliverable', 'uncertain']);
const SETTLING: ReadonlySet<LogOutcome> = new Set<LogOutcome>(['sent', 'undeliverable', 'uncertain', 'failed']);

export function isDeferred(outcome: LogOutcome): boolean {
  return outcome.startsWith('deferred-');
}

export function outcomeText(record: Pick<LogRecord, 'outcome' | 'detail'>): string {
  const text = OUTCOME_TEXT[record.outcome];
  return record.detail ? `${text} — ${record.detail}` : text;
}

/** Folded outcome texts, longest first (so «Hoãn: …» variants are told apart). Older logs wrote a failure streak as «Lỗi khi gửi». */
const OUTCOMES_BY_TEXT: readonly (readonly [string, LogOutcome])[] = (Object.entries(OUTCOME_TEXT) as [LogOutcome, string][])
  .map(([outcome, text]) => [foldText(text), outcome] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** The outcome a Kết quả cell states, or undefined when it is not one of the log's own texts. */
export function outcomeOfText(cell: string): LogOutcome | undefined {
  const folded = foldText(cell);
  return OUTCOMES_BY_TEXT.find(([text]) => folded === text || folded.startsWith(`${text} `))?.[1];
}

/** A record as a row of the log tab (Thời điểm stays a Date: the sheet shows it in its own zone). */
export function logRow(record: LogRecord): [Date, string, string, string, string, string, string] {
  return [record.time, record.to, record.taskId, record.label, record.stage, outcomeText(record), record.key];
}

/** The log as a header row plus rows, e.g. for the JSON log file's readers. */
export function logTable(records: readonly LogRecord[]): unknown[][] {
  return [[...SENT_LOG_HEADERS], ...records.map(logRow)];
}

// ---------------------------------------------------------------------------------------------
// Reading a log tab

/** 0-based column of each part of a record. */
export type LogLayout = Partial<Record<LogColumnKey, number>>;

const HEADER_KEYS: ReadonlyMap<string, LogColumnKey> = new Map(SENT_LOG_COLUMNS.map((c) => [foldText(c.header), c.key]));
/** Longer cells are not headers (a retyped header with extra spaces still fits). */
const MAX_HEADER_LENGTH = 24;

/**
 * The columns of a log tab from its header row, wherever that row now is (a title row above it,
 * or sorted into the middle): the row naming the most of the log's headers, at least three.
 */
export function findLogLayout(rows: readonly (readonly unknown[])[]): LogLayout {
  let best: LogLayout = {};
  let bestCount = 2;
  // A log grows by thousands of rows; cells repeat (outcomes, stages, e-mails): fold each text once.
  const headerOf = new Map<string, LogColumnKey | undefined>();
  const header = (cell: string): LogColumnKey | undefined => {
    if (cell.length > MAX_HEADER_LENGTH || /[@|\d]/.test(cell)) return undefined; // e-mails, keys, dates: never a header
    if (!headerOf.has(cell)) headerOf.set(cell, HEADER_KEYS.get(foldText(cell)));
    return headerOf.get(cell);
  };
  for (const row of rows) {
    const layout: LogLayout = {};
    let count = 0;
    row.forEach((cell, c) => {
      const key = typeof cell === 'string' ? header(cell) : undefined;
      if (key && layout[key] === undefined) {
        layout[key] = c;
        count++;
      }
    });
    if (count > bestCount) {
      best = layout;
      bestCount = count;
    }
  }
  return best;
}

function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

/** A cell as the text it shows: trimmed, a leading apostrophe (Sheets' "this is text") dropped. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value.trim() : String(value);
  return text.startsWith("'") ? text.slice(1) : text;
}

/** A key as written by the add-in: occurrence | stage | recipient, at least four parts. */
function looksLikeKey(text: string): boolean {
  let bars = 0;
  for (let i = text.indexOf('|'); i >= 0 && bars < 3; i = text.indexOf('|', i + 1)) bars++;
  return bars >= 3;
}

/**
 * The key of a row rebuilt from its visible columns (Mã NV, Kỳ, Mức nhắc, Người nhận); '' when
 * they do not name one. Data problems carry their message in Kỳ, the weekly summary its week.
 */
export function rebuildKey(taskId: string, label: string, stage: string, to: string): string {
  const stageKey = stageKeyOfLabel(foldText(stage));
  if (!stageKey) return '';
  if (stageKey === PROBLEM_KEY) return label ? sentKey(problemOccurrence(label), stageKey, to) : '';
  if (stageKey === SUMMARY_KEY) {
    const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(label);
    if (!m) return '';
    const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    return sentKey(summaryOccurrence(iso), stageKey, to);
  }
  return taskId || label ? sentKey(occurrenceKey(taskId, label), stageKey, to) : '';
}

/**
 * The records of a log tab's values. `layout` gives columns known otherwise (the add-in's column
 * marks); the rest come from the header row, wherever it is. A row is a record when its Kết quả
 * is one of the log's own outcome texts; title rows, the header and staff notes are not.
 */
export function readLogRows(rows: readonly (readonly unknown[])[], layout: LogLayout = {}): LogRecord[] {
  const known = SENT_LOG_COLUMNS.every((c) => layout[c.key] !== undefined);
  const columns: LogLayout = known ? layout : { ...findLogLayout(rows), ...layout };
  if (columns.outcome === undefined) return [];
  const at = (row: readonly unknown[], key: LogColumnKey): unknown => (columns[key] === undefined ? '' : row[columns[key]!]);
  const outcomes = new Map<unknown, LogOutcome | undefined>();
  const outcomeOf = (cell: unknown): LogOutcome | undefined => {
    if (!outcomes.has(cell)) outcomes.set(cell, outcomeOfText(cellText(cell)));
    return outcomes.get(cell);
  };
  const records: LogRecord[] = [];
  for (const row of rows) {
    const outcome = outcomeOf(at(row, 'outcome'));
    if (!outcome) continue;
    const time = at(row, 'time');
    const to = cellText(at(row, 'to')).toLowerCase();
    const taskId = cellText(at(row, 'taskId'));
    const label = cellText(at(row, 'label'));
    const stage = cellText(at(row, 'stage'));
    const written = cellText(at(row, 'key'));
    records.push({
      time: isDateValue(time) ? time : typeof time === 'string' && time !== '' && !Number.isNaN(Date.parse(time)) ? new Date(time) : new Date(0),
      to,
      taskId,
      label,
      stage,
      outcome,
      detail: '',
      key: looksLikeKey(written) ? written : rebuildKey(taskId, label, stage, to),
    });
  }
  return records;
}

// ---------------------------------------------------------------------------------------------
// What the log says

export interface SentLogState {
  /** Keys never to send again: sent, undeliverable, possibly sent (and an unsettled send). */
  readonly handled: ReadonlySet<string>;
  /** Keys already logged as deferred (logged once). */
  readonly deferred: ReadonlySet<string>;
  /** Per recipient: when they last got a mail (ms). */
  readonly lastMail: ReadonlyMap<string, number>;
  /** Per recipient: since when an item owed to them has been waiting, unsent (ms). */
  readonly waitingSince: ReadonlyMap<string, number>;
  /** Sends begun and never settled: the run stopped at the send. */
  readonly unsettled: readonly LogRecord[];
  /** The latest time in the log (ms; -Infinity when empty): a run stamps its records after it. */
  readonly latest: number;
}

/** The state of the log from its records, in any order (a sorted tab); `extra` keys count as handled too. */
export function sentLogState(records: readonly LogRecord[], extra: ReadonlySet<string> = new Set()): SentLogState {
  const handled = new Set(extra);
  const deferred = new Set<string>();
  const lastMail = new Map<string, number>();
  const settledAt = new Map<string, number>();
  const intents = new Map<string, LogRecord>();
  let latest = -Infinity;
  for (const r of records) {
    latest = Math.max(latest, r.time.getTime());
    if (r.key === '') continue;
    const t = r.time.getTime();
    if (HANDLED.has(r.outcome)) handled.add(r.key);
    if (isDeferred(r.outcome)) deferred.add(r.key);
    if (SETTLING.has(r.outcome)) settledAt.set(r.key, Math.max(settledAt.get(r.key) ?? -Infinity, t));
    if (r.outcome === 'sending' && t >= (intents.get(r.key)?.time.getTime() ?? -Infinity)) intents.set(r.key, r);
    if ((r.outcome === 'sent' || r.outcome === 'uncertain') && r.to) lastMail.set(r.to, Math.max(lastMail.get(r.to) ?? -Infinity, t));
  }
  const unsettled = [...intents.values()].filter((r) => (settledAt.get(r.key) ?? -Infinity) < r.time.getTime() && !handled.has(r.key));
  for (const r of unsettled) handled.add(r.key);
  const waitingSince = new Map<string, number>();
  for (const r of records) {
    if (!isDeferred(r.outcome) || !r.to || handled.has(r.key)) continue;
    const t = r.time.getTime();
    if (t <= (lastMail.get(r.to) ?? -Infinity)) continue;
    waitingSince.set(r.to, Math.min(waitingSince.get(r.to) ?? Infinity, t));
  }
  return { handled, deferred, lastMail, waitingSince, unsettled, latest };
}

/** The keys already handled, from a log tab's values (header row anywhere). */
export function handledKeys(rows: readonly (readonly unknown[])[], layout?: LogLayout): Set<string> {
  return new Set(sentLogState(readLogRows(rows, layout)).handled);
}
