/**
 * The CLI's run lock: a file next to the sent-log naming the process that holds it
 * ({"pid", "host", "startedAt"}), created whole in one step (written aside, then hard-linked into
 * place, which fails if the lock exists). A lock whose process is gone on this machine is stale —
 * the run before was killed — and is taken over; a lock of a live process, of another machine, or
 * that cannot be read (an older version's empty lock) is respected.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LockInfo {
  readonly pid: number;
  readonly host: string;
  readonly startedAt: string;
}

export type LockResult =
  | { readonly kind: 'taken'; readonly release: () => void; readonly tookOver?: LockInfo }
  | { readonly kind: 'held'; readonly holder?: LockInfo; readonly reason: 'alive' | 'other-host' | 'unreadable' };

function readInfo(file: string): LockInfo | undefined {
  try {
    const v = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<LockInfo>;
    return typeof v.pid === 'number' && Number.isInteger(v.pid) && v.pid > 0 && typeof v.host === 'string'
      ? { pid: v.pid, host: v.host, startedAt: String(v.startedAt ?? '') }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with this id runs on this machine (signal 0 checks without signalling). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(file: string, info: LockInfo): boolean {
  const tmp = `${file}.${info.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(info));
  try {
    fs.linkSync(tmp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

/** Takes the lock, taking over a stale one; throws only when the file cannot be made at all. */
export function takeLock(file: string, now: Date = new Date(), alive: (pid: number) => boolean = processAlive): LockResult {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const info: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: now.toISOString() };
  const release = () => {
    // Only our own lock: a run that took over a lock we had given up is not disturbed.
    if (readInfo(file)?.pid === info.pid) fs.rmSync(file, { force: true });
  };
  if (tryCreate(file, info)) return { kind: 'taken', release };
  const holder = readInfo(file);
  if (!holder) return { kind: 'held', reason: 'unreadable' };
  if (holder.host !== info.host) return { kind: 'held', holder, reason: 'other-host' };
  if (alive(holder.pid)) return { kind: 'held', holder, reason: 'alive' };
  // Stale: move it aside (only one run can), check it is the one we judged, then take the lock.
  const aside = `${file}.stale-${info.pid}`;
  try {
    fs.renameSync(file, aside);
  } catch {
    return { kind: 'held', holder, reason: 'alive' };
  }
  const moved = readInfo(aside);
  if (moved?.pid !== holder.pid || moved.startedAt !== holder.startedAt) {
    // Another run took it over in between: put its lock back.
    try {
      fs.linkSync(aside, file);
    } catch {
      // It made a newer one meanwhile; that one stands.
    }
    fs.rmSync(aside, { force: true });
    return { kind: 'held', ...(moved ? { holder: moved } : {}), reason: 'alive' };
  }
  fs.rmSync(aside, { force: true });
  return tryCreate(file, info) ? { kind: 'taken', release, tookOver: holder } : { kind: 'held', reason: 'alive' };
}
