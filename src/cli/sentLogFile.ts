/**
 * The CLI's sent-log: a JSON-lines file, one record per line, appended as the run goes and forced
 * to disk (fsync) after each append — the intent before a mail is sent, the outcome right after.
 * So a run stopped at any point (Ctrl-C, SIGTERM, a power cut, SIGKILL) leaves every mail that went
 * out in the file, as sent or as begun (the next run counts it as sent and says so).
 *
 * Older versions wrote the whole log as one JSON document ({"records": […]}) at the end of a run;
 * such a file is read as it is and turned into JSON lines before the first append. A last line
 * cut short by a crash mid-write is dropped (it can only be a record whose mail was not sent yet
 * or whose intent line is complete above it); a damaged line elsewhere is an error, not ignored.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { LogRecord } from '../core/reminders/sentLog';

type StoredRecord = Omit<LogRecord, 'time'> & { time: string };

function fromStored(r: StoredRecord): LogRecord {
  return { ...r, time: new Date(r.time) };
}

function toLine(r: LogRecord): string {
  const stored: StoredRecord = { ...r, time: r.time.toISOString() };
  return `${JSON.stringify(stored)}\n`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Parsed {
  readonly records: LogRecord[];
  /** The older whole-document format. */
  readonly legacy: boolean;
  /** Bytes of the file up to the last complete line (a torn last line excluded). */
  readonly complete: number;
}

function parse(file: string, text: string): Parsed {
  const start = text.trimStart();
  if (start.startsWith('{') && start.includes('"records"')) {
    let data: { records?: unknown } | null = null;
    try {
      data = JSON.parse(text) as { records?: unknown } | null;
    } catch {
      data = null;
    }
    if (data && Array.isArray(data.records)) return { records: (data.records as StoredRecord[]).map(fromStored), legacy: true, complete: Buffer.byteLength(text) };
  }
  const records: LogRecord[] = [];
  const lines = text.split('\n');
  let complete = 0;
  for (const [i, line] of lines.entries()) {
    const last = i === lines.length - 1;
    if (line.trim() === '') {
      if (!last) complete += Buffer.byteLength(line) + 1;
      continue;
    }
    try {
      const record = JSON.parse(line) as StoredRecord;
      if (typeof record !== 'object' || record === null || typeof record.outcome !== 'string') throw new Error('không phải một bản ghi');
      records.push(fromStored(record));
      if (!last) complete += Buffer.byteLength(line) + 1;
    } catch (error) {
      // A crash mid-write leaves the beginning of a record and no line end: that record was never relied on.
      if (last && line.startsWith('{"')) break;
      throw new Error(
        `Tệp nhật ký «${file}» không đọc được như tệp JSON (dòng ${i + 1}, chi tiết: ${errorText(error)}). ` +
          'Hãy khôi phục tệp này; đừng xoá: không có nhật ký, những thư đã gửi sẽ được gửi lại.',
      );
    }
  }
  return { records, legacy: false, complete };
}

/** The records of the log ([] when there is none yet); throws a Vietnamese message naming the file when it is damaged. */
export function readLogFile(file: string): LogRecord[] {
  if (!fs.existsSync(file)) return [];
  return parse(file, fs.readFileSync(file, 'utf8')).records;
}

export interface LogAppender {
  /** Appends the records and forces them to disk before returning; throws when it cannot. */
  append(records: readonly LogRecord[]): void;
  close(): void;
}

function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a directory; the rename is then as durable as they make it.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Replaces `file` with `text`, durably (a temporary file written and synced, then renamed). */
function rewrite(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
  fsyncDir(path.dirname(path.resolve(file)));
}

/**
 * Opens the log for appending (creating it): an older whole-document log is first rewritten as
 * JSON lines, a torn last line cut off. Call only while holding the run's lock.
 */
export function openLogFile(file: string): LogAppender {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (fs.existsSync(file)) {
    const text = fs.readFileSync(file, 'utf8');
    const parsed = parse(file, text);
    if (parsed.legacy) rewrite(file, parsed.records.map(toLine).join(''));
    else if (parsed.complete < Buffer.byteLength(text)) rewrite(file, Buffer.from(text).subarray(0, parsed.complete).toString('utf8'));
  }
  const created = !fs.existsSync(file);
  const fd = fs.openSync(file, 'a');
  if (created) fsyncDir(path.dirname(path.resolve(file)));
  return {
    append(records) {
      if (records.length === 0) return;
      fs.writeSync(fd, records.map(toLine).join(''));
      fs.fsyncSync(fd);
    },
    close() {
      fs.closeSync(fd);
    },
  };
}
