/**
 * The reminder run's journal in Apps Script: where a send is recorded *before* it happens, and
 * its outcome right after, durably, in one document property (written at once, unlike sheet
 * writes, which Apps Script may hold back until the script ends or flushes). The sent-log tab
 * gets the records in batches — at the end of the run, or before the property would outgrow its
 * 9 KB — after which the property is cleared.
 *
 * Per digest there is one property write: the intent for this digest together with the outcomes
 * recorded since the last write. So after a hard stop the property holds:
 *   - outcomes not yet in the tab: the next run writes them there (never sent again);
 *   - the intent of the digest being sent: sent or not, it is not sent again; the next run writes
 *     «Có thể đã gửi» for it (at most once: a duplicate mail is worse than a missed reminder,
 *     which the next stage makes up for, and the row says so).
 * When a write fails (the tab protected, the spreadsheet full, a service error) the run stops
 * sending; what the property holds is written to the tab by the next run.
 */
import type { SentLogJournal } from '../../core/reminders/run';
import type { LogOutcome, LogRecord } from '../../core/reminders/sentLog';
import type { SentLogWriter } from './sentLogTab';

type Properties = GoogleAppsScript.Properties.Properties;

export const JOURNAL_PROPERTY = 'cds.reminders.journal';
/** A property value holds 9 KB; keep under it with room for the JSON around the records. */
export const MAX_JOURNAL_CHARS = 8_500;

/** [time ms, outcome, to, Mã NV, Kỳ, Mức nhắc, key, detail] */
type Compact = [number, LogOutcome, string, string, string, string, string, string];

interface JournalData {
  /** Outcomes not yet in the tab. */
  readonly done: Compact[];
  /** The sends begun and not settled (at most one digest). */
  readonly sending: Compact[];
}

function compact(r: LogRecord): Compact {
  return [r.time.getTime(), r.outcome, r.to, r.taskId, r.label, r.stage, r.key, r.detail];
}

function expand([time, outcome, to, taskId, label, stage, key, detail]: Compact): LogRecord {
  return { time: new Date(time), outcome, to, taskId, label, stage, key, detail };
}

/** Only the key and who: for an intent too large to keep whole (a head's digest of long problem messages). */
function keyOnly(r: LogRecord): Compact {
  return [r.time.getTime(), r.outcome, r.to, '', '', '', r.key, ''];
}

/** Outcomes that must reach the tab (a deferral or a trace can be written again next run). */
function settlesASend(r: LogRecord): boolean {
  return r.outcome === 'sent' || r.outcome === 'failed' || r.outcome === 'uncertain' || r.outcome === 'undeliverable';
}

export interface JournalRead {
  /** Outcomes a previous run recorded but did not get into the tab. */
  readonly done: LogRecord[];
  /** Sends a previous run began and did not settle (outcome 'sending'). */
  readonly sending: LogRecord[];
}

/** What the property holds (one getProperty); nothing when it is absent or unreadable. */
export function readJournal(props: Properties): JournalRead {
  const raw = props.getProperty(JOURNAL_PROPERTY);
  if (!raw) return { done: [], sending: [] };
  try {
    const data = JSON.parse(raw) as Partial<JournalData>;
    return { done: (data.done ?? []).map(expand), sending: (data.sending ?? []).map(expand) };
  } catch {
    return { done: [], sending: [] };
  }
}

function same(a: LogRecord, b: LogRecord): boolean {
  return a.key === b.key && a.outcome === b.outcome && a.time.getTime() === b.time.getTime();
}

/**
 * The journal of one run. `left`: what a previous run's journal held; its outcomes go to the tab
 * with this run's (those the tab already has are skipped). `flush` applies pending sheet writes.
 */
export function propertiesJournal(
  props: Properties,
  writer: SentLogWriter,
  flush: () => void,
  left: JournalRead,
  inTab: readonly LogRecord[],
): SentLogJournal {
  let buffer: LogRecord[] = left.done.filter((r) => !inTab.some((t) => same(t, r)));
  let stored = left.done.length > 0 || left.sending.length > 0;

  function write(data: JournalData): void {
    props.setProperty(JOURNAL_PROPERTY, JSON.stringify(data));
    stored = true;
  }

  function toTab(): void {
    writer.append(buffer);
    flush();
    buffer = [];
  }

  return {
    intend(records) {
      let data: JournalData = { done: buffer.map(compact), sending: records.map(compact) };
      if (JSON.stringify(data).length > MAX_JOURNAL_CHARS && buffer.length) {
        toTab();
        data = { done: [], sending: records.map(compact) };
      }
      if (JSON.stringify(data).length > MAX_JOURNAL_CHARS) data = { done: [], sending: records.map(keyOnly) };
      write(data);
    },
    record(records) {
      buffer.push(...records);
    },
    commit() {
      if (buffer.length === 0) {
        if (stored) props.deleteProperty(JOURNAL_PROPERTY);
        stored = false;
        return;
      }
      // The outcomes since the last write first (the tab write may fail), then the tab.
      const settled = buffer.filter(settlesASend).map(compact);
      if (settled.length && JSON.stringify(settled).length <= MAX_JOURNAL_CHARS) write({ done: settled, sending: [] });
      toTab();
      if (stored) props.deleteProperty(JOURNAL_PROPERTY);
      stored = false;
    },
  };
}
