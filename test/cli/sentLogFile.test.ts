/** The CLI's JSON-lines sent-log and its lock file, on a real temporary directory. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LogRecord } from '../../src/core/reminders/sentLog';
import { takeLock } from '../../src/cli/lockFile';
import { openLogFile, readLogFile } from '../../src/cli/sentLogFile';

const T = new Date('2026-06-11T01:00:00Z');
const rec = (key: string, outcome: LogRecord['outcome'] = 'sent'): LogRecord => ({ time: T, to: 'a@x.vn', taskId: '1', label: 'Quý I', stage: 'Đến hạn hôm nay', outcome, detail: '', key });

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-log-'));
  file = path.join(dir, 'nhat-ky.json');
});

describe('the JSON-lines sent-log', () => {
  it('appends one line per record, readable at once (each append is on disk before it returns)', () => {
    const log = openLogFile(file);
    log.append([rec('k|1|a|a@x.vn', 'sending')]);
    expect(readLogFile(file).map((r) => r.outcome)).toEqual(['sending']);
    log.append([rec('k|1|a|a@x.vn')]);
    log.close();
    expect(fs.readFileSync(file, 'utf8').trimEnd().split('\n')).toHaveLength(2);
    expect(readLogFile(file)).toEqual([rec('k|1|a|a@x.vn', 'sending'), rec('k|1|a|a@x.vn')]);
  });

  it('a last line torn by a crash mid-write is dropped, and cut off before the next append', () => {
    fs.writeFileSync(file, `${JSON.stringify({ ...rec('k|1|a|a@x.vn'), time: T.toISOString() })}\n{"time":"2026-06-11T01:0`);
    expect(readLogFile(file).map((r) => r.key)).toEqual(['k|1|a|a@x.vn']);
    const log = openLogFile(file);
    log.append([rec('k|2|a|a@x.vn')]);
    log.close();
    expect(readLogFile(file).map((r) => r.key)).toEqual(['k|1|a|a@x.vn', 'k|2|a|a@x.vn']);
  });

  it('a damaged line in the middle is an error naming the file, and the file is left alone', () => {
    const text = `{ hỏng\n${JSON.stringify({ ...rec('k|1|a|a@x.vn'), time: T.toISOString() })}\n`;
    fs.writeFileSync(file, text);
    expect(() => readLogFile(file)).toThrow(/^Tệp nhật ký «.*nhat-ky\.json» không đọc được như tệp JSON \(dòng 1/);
    expect(() => openLogFile(file)).toThrow(/không đọc được/);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('an older whole-document log is read, and rewritten as lines before the first append', () => {
    fs.writeFileSync(file, JSON.stringify({ records: [{ ...rec('k|1|a|a@x.vn'), time: T.toISOString() }] }, null, 2));
    expect(readLogFile(file).map((r) => r.key)).toEqual(['k|1|a|a@x.vn']);
    const log = openLogFile(file);
    log.append([rec('k|2|a|a@x.vn')]);
    log.close();
    expect(readLogFile(file).map((r) => r.key)).toEqual(['k|1|a|a@x.vn', 'k|2|a|a@x.vn']);
    expect(fs.readFileSync(file, 'utf8').split('\n')[0]).toMatch(/^\{"time":/);
  });
});

describe('the lock file', () => {
  it('names this process; is released; a second take while held says who holds it', () => {
    const lockFile = path.join(dir, 'x.lock');
    const first = takeLock(lockFile, T);
    expect(first.kind).toBe('taken');
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))).toEqual({ pid: process.pid, host: os.hostname(), startedAt: T.toISOString() });
    const second = takeLock(lockFile, T);
    expect(second).toMatchObject({ kind: 'held', reason: 'alive', holder: { pid: process.pid } });
    if (first.kind === 'taken') first.release();
    expect(fs.existsSync(lockFile)).toBe(false);
  });

  it('a lock of a process that is gone is taken over; an unreadable one or another machine\'s is respected', () => {
    const lockFile = path.join(dir, 'x.lock');
    fs.writeFileSync(lockFile, JSON.stringify({ pid: 424242, host: os.hostname(), startedAt: 'hôm qua' }));
    const taken = takeLock(lockFile, T, (pid) => pid !== 424242);
    expect(taken).toMatchObject({ kind: 'taken', tookOver: { pid: 424242 } });
    if (taken.kind === 'taken') taken.release();
    fs.writeFileSync(lockFile, '');
    expect(takeLock(lockFile, T, () => false)).toEqual({ kind: 'held', reason: 'unreadable' });
    fs.writeFileSync(lockFile, JSON.stringify({ pid: 424242, host: 'may-khac', startedAt: '' }));
    expect(takeLock(lockFile, T, () => false)).toMatchObject({ kind: 'held', reason: 'other-host' });
    expect(fs.readdirSync(dir).sort()).toEqual(['x.lock']);
  });
});
