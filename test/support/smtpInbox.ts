/**
 * A real SMTP server on 127.0.0.1 (smtp-server) for the tests of `remind`: every message it accepts
 * is parsed back with mailparser into `mails`. Plain text only, unless `starttls` (then it offers
 * STARTTLS with smtp-server's built-in certificate, which has expired). With `auth`, it asks for a
 * login and accepts only that user and password; every attempt is kept in `logins`. With
 * `rejectRecipient`, it refuses that one address with that reply code.
 */
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SmtpLogin {
  readonly user: string;
  readonly pass: string;
}

export interface SmtpInbox {
  readonly port: number;
  /** The messages accepted, in order (empty it with `mails.length = 0`). */
  readonly mails: ParsedMail[];
  /** Every login attempt, accepted or not. */
  readonly logins: SmtpLogin[];
  close(): Promise<void>;
}

export interface SmtpInboxOptions {
  readonly auth?: SmtpLogin;
  readonly starttls?: boolean;
  readonly rejectRecipient?: { readonly address: string; readonly code: number };
}

export async function startSmtpInbox(options: SmtpInboxOptions = {}): Promise<SmtpInbox> {
  const mails: ParsedMail[] = [];
  const logins: SmtpLogin[] = [];
  const { auth, rejectRecipient } = options;
  const server = new SMTPServer({
    authOptional: auth === undefined,
    allowInsecureAuth: true,
    disabledCommands: options.starttls ? [] : ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address !== rejectRecipient?.address) return callback();
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: rejectRecipient.code }));
    },
    onAuth(login, _session, callback) {
      const attempt = { user: login.username ?? '', pass: login.password ?? '' };
      logins.push(attempt);
      if (auth && attempt.user === auth.user && attempt.pass === auth.pass) callback(null, { user: attempt.user });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          mails.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    port,
    mails,
    logins,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
