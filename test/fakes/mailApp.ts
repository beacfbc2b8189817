/** In-memory `MailApp`: a daily recipient quota and an outbox; sendEmail({…}) only (the form the add-in uses). */
import { CallLog } from './calls';

export class FakeMailApp implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'> {
  readonly outbox: GoogleAppsScript.Mail.MailAdvancedParameters[] = [];
  /** Recipients left today; each message costs its number of recipients. */
  quota = 100;
  /** Throw from sendEmail for these messages (e.g. to simulate a bad address or a service error). */
  failWhen: (message: GoogleAppsScript.Mail.MailAdvancedParameters) => Error | undefined = () => undefined;

  constructor(readonly log: CallLog = new CallLog()) {}

  getRemainingDailyQuota(): number {
    this.log.record('MailApp', 'getRemainingDailyQuota');
    return this.quota;
  }

  sendEmail(message: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(recipient: string, subject: string, body: string): void;
  sendEmail(recipient: string, subject: string, body: string, options: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  sendEmail(...args: unknown[]): void {
    this.log.record('MailApp', 'sendEmail', args);
    if (args.length !== 1 || typeof args[0] !== 'object') throw new Error('FakeMailApp: only sendEmail({to, subject, body, htmlBody, …}) is supported');
    const message = args[0] as GoogleAppsScript.Mail.MailAdvancedParameters;
    const recipients = (message.to ?? '').split(',').filter((t) => t.trim() !== '').length;
    if (recipients > this.quota) throw new Error('Service invoked too many times for one day: email.');
    const failure = this.failWhen(message);
    if (failure) throw failure;
    this.quota -= recipients;
    this.outbox.push(message);
  }
}
