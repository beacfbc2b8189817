/**
 * The sent-log: one row per (occurrence, stage, recipient) handled, in the add-in's own tab
 * «Nhật ký nhắc việc» (or a JSON file offline). Its Khóa column makes runs idempotent: a key in the
 * log is never sent again. Rows for mail that waited (quota, time) or failed carry no key, so they
 * are traces only and the mail stays owed.
 */
import { foldText } from '../text';

export const SENT_LOG_TAB = 'Nhật ký nhắc việc';
export const SENT_LOG_HEADERS = ['Thời điểm', 'Người nhận', 'Mã NV', 'Kỳ', 'Mức nhắc', 'Kết quả', 'Khóa'] as const;

export type LogOutcome = 'sent' | 'undeliverable' | 'deferred-quota' | 'deferred-time' | 'failed';

export interface LogRecord {
  readonly time: Date;
  /** Recipient e-mail; '' when there was nobody to send to. */
  readonly to: string;
  readonly taskId: string;
  readonly label: string;
  /** Stage as shown (Vietnamese). */
  readonly stage: string;
  readonly outcome: LogOutcome;
  /** Why, for outcomes other than 'sent'. */
  readonly detail: string;
  /** Set for 'sent' and 'undeliverable' (handled once); '' for the others. */
  readonly key: string;
}

export function sentKey(occurrenceKey: string, stageKey: string, recipient: string): string {
  return `${occurrenceKey}|${stageKey}|${recipient || '-'}`;
}

export function occurrenceKey(taskId: string, label: string): string {
  return `${taskId}|${label}`;
}

const OUTCOME_TEXT: Readonly<Record<LogOutcome, string>> = {
  sent: 'Đã gửi',
  undeliverable: 'Không gửi được',
  'deferred-quota': 'Hoãn: hết hạn mức gửi thư trong ngày',
  'deferred-time': 'Hoãn: hết thời gian chạy',
  failed: 'Lỗi khi gửi',
};

export function outcomeText(record: Pick<LogRecord, 'outcome' | 'detail'>): string {
  const text = OUTCOME_TEXT[record.outcome];
  return record.detail ? `${text} — ${record.detail}` : text;
}

/** A record as a row of the log tab (Thời điểm stays a Date: the sheet shows it in its own zone). */
export function logRow(record: LogRecord): [Date, string, string, string, string, string, string] {
  return [record.time, record.to, record.taskId, record.label, record.stage, outcomeText(record), record.key];
}

/**
 * The keys already handled, from the log tab's values (header row first). Columns are found by
 * header; a row counts when its Kết quả begins with «Đã gửi» or «Không gửi được».
 */
export function handledKeys(rows: readonly (readonly unknown[])[]): Set<string> {
  const keys = new Set<string>();
  if (rows.length === 0) return keys;
  const headers = rows[0]!.map((h) => foldText(String(h ?? '')));
  const keyCol = headers.indexOf(foldText('Khóa'));
  const resultCol = headers.indexOf(foldText('Kết quả'));
  if (keyCol < 0) return keys;
  const handled = [foldText(OUTCOME_TEXT.sent), foldText(OUTCOME_TEXT.undeliverable)];
  for (const row of rows.slice(1)) {
    const key = String(row[keyCol] ?? '').trim();
    if (key === '') continue;
    const result = resultCol < 0 ? handled[0]! : foldText(String(row[resultCol] ?? ''));
    if (handled.some((h) => result.startsWith(h))) keys.add(key);
  }
  return keys;
}

/** The log as a header row plus rows, e.g. for the JSON log file's readers. */
export function logTable(records: readonly LogRecord[]): unknown[][] {
  return [[...SENT_LOG_HEADERS], ...records.map(logRow)];
}
