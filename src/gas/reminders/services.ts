/**
 * The Apps Script services behind the reminder run's ports (src/core/reminders/run.ts):
 * MailApp → Mailer, LockService → ReminderLock. Nothing is called until a port is used.
 */
import type { OutgoingMail } from '../../core/reminders/render';
import type { Mailer, ReminderLock } from '../../core/reminders/run';

/** How long a run waits for another run to finish before giving up (it then sends nothing). */
export const LOCK_WAIT_MS = 5_000;

/** Name shown as the sender of reminder e-mails. */
export const SENDER_NAME = 'Chuyển đổi số — nhắc việc';

export function mailAppMailer(senderName: string = SENDER_NAME): Mailer {
  return {
    remainingQuota: () => MailApp.getRemainingDailyQuota(),
    send: (mail: OutgoingMail) =>
      MailApp.sendEmail({ to: mail.to, subject: mail.subject, body: mail.textBody, htmlBody: mail.htmlBody, name: senderName }),
  };
}

/**
 * The document lock: one run per spreadsheet at a time (the sent-log is per spreadsheet). Outside
 * a container getDocumentLock() is null; the script lock is then the safe, if coarser, choice.
 */
export function documentLock(): ReminderLock {
  let lock: GoogleAppsScript.Lock.Lock | undefined;
  const get = (): GoogleAppsScript.Lock.Lock => (lock ??= LockService.getDocumentLock() ?? LockService.getScriptLock());
  return {
    tryLock: () => get().tryLock(LOCK_WAIT_MS),
    release: () => get().releaseLock(),
  };
}
