/**
 * The document lock, taken by «Cập nhật đánh giá & tiến độ», the daily trigger's refresh and the
 * reminder run (the ReminderLock port of src/core/reminders/run.ts), so none of them interleave:
 * two updates would append the same missing Tiến độ rows, two reminder runs would send twice.
 */
import type { ReminderLock } from '../core/reminders/run';

/** How long a run waits for another one to finish before giving up (it then changes and sends nothing). */
export const LOCK_WAIT_MS = 5_000;

/**
 * One run per spreadsheet at a time. Outside a container getDocumentLock() is null; the script
 * lock is then the safe, if coarser, choice. Nothing is called until the lock is used. Release
 * first applies the pending sheet writes (SpreadsheetApp.flush), so the next holder reads them.
 */
export function documentLock(): ReminderLock {
  let lock: GoogleAppsScript.Lock.Lock | undefined;
  const get = (): GoogleAppsScript.Lock.Lock => (lock ??= LockService.getDocumentLock() ?? LockService.getScriptLock());
  return {
    tryLock: () => get().tryLock(LOCK_WAIT_MS),
    release: () => {
      try {
        SpreadsheetApp.flush();
      } finally {
        get().releaseLock();
      }
    },
  };
}
