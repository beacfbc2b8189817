/**
 * MailApp behind the reminder run's Mailer port (src/core/reminders/run.ts). Nothing is called
 * until the port is used. The run's lock is the document lock of ../lock.ts.
 */
import type { OutgoingMail } from '../../core/reminders/render';
import type { Mailer } from '../../core/reminders/run';

/** Name shown as the sender of reminder e-mails. */
export const SENDER_NAME = 'Chuyển đổi số — nhắc việc';

export function mailAppMailer(senderName: string = SENDER_NAME): Mailer {
  return {
    remainingQuota: () => MailApp.getRemainingDailyQuota(),
    send: (mail: OutgoingMail) =>
      MailApp.sendEmail({ to: mail.to, subject: mail.subject, body: mail.textBody, htmlBody: mail.htmlBody, name: senderName }),
  };
}
