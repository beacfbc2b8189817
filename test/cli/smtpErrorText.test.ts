/**
 * What `remind` says when a mail cannot be sent: nodemailer's errors are English («connect
 * ECONNREFUSED 127.0.0.1:1», «getaddrinfo ENOTFOUND …», «Invalid login: 535 …», OpenSSL's
 * «wrong version number»…) and once reached the user as they were. smtpErrorText gives one
 * Vietnamese sentence per case, naming the server, never the password. Each error here is a real
 * one: nodemailer connected to a closed port, an unresolvable host, a server that rejects the login
 * or the recipient, one that never greets, one that hangs up, a TLS mismatch.
 */
import net from 'node:net';
import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpErrorText } from '../../src/cli/smtpErrorText';
import { type SmtpInbox, startSmtpInbox } from '../support/smtpInbox';
import { expectPlainVietnamese } from './builtCli';

const PASSWORD = 'Mat-Khau-Bi-Mat-7q';
const MAIL = { from: 'nhac-viec@truong.edu.vn', to: 'hung.nv@truong.edu.vn', subject: 'Nhắc việc', text: 'Kính gửi thầy Hùng' };

/** The error nodemailer gives when sending with these options (the test fails if it sends). */
async function sendError(options: SMTPTransport.Options, mail: Partial<typeof MAIL> = {}): Promise<unknown> {
  try {
    await nodemailer.createTransport({ logger: false, ...options }).sendMail({ ...MAIL, ...mail });
  } catch (error) {
    return error;
  }
  throw new Error('the mail was sent');
}

/** A TCP server on 127.0.0.1 that does `onSocket` with each connection. */
async function tcpServer(onSocket: (socket: net.Socket) => void): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    onSocket(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on: one the system just gave and took back. */
async function closedPort(): Promise<number> {
  const server = await tcpServer(() => {});
  await server.close();
  return server.port;
}

/** The sentence: Vietnamese, naming `where`, not the password nor nodemailer's English. */
function expectSentence(text: string, where: string, error: unknown): void {
  expectPlainVietnamese(text);
  expect(text).toContain(where);
  expect(text).not.toContain(PASSWORD);
  expect(text).not.toContain((error as Error).message);
}

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox({ auth: { user: 'thay.hung', pass: 'mat-khau-dung' }, rejectRecipient: { address: 'khong-co@truong.edu.vn', code: 550 } });
});
afterAll(() => inbox.close());

describe('smtpErrorText: nodemailer errors as Vietnamese sentences', () => {
  it('a closed port (ECONNREFUSED): refused, naming host and port, saying which ports are usual', async () => {
    const port = await closedPort();
    const error = await sendError({ host: '127.0.0.1', port, ignoreTLS: true });
    expect((error as Error).message).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`);
    const text = smtpErrorText(error, { host: '127.0.0.1', port });
    expectSentence(text, `«127.0.0.1:${port}»`, error);
    expect(text).toMatch(/từ chối kết nối.*587/);
  });

  it('an unresolvable host (ENOTFOUND): not found, naming the host', async () => {
    const host = 'mail.truong-khong-co.test'; // .test: reserved, never resolves (RFC 6761)
    const error = await sendError({ host, port: 587 });
    expect((error as Error).message).toMatch(/^getaddrinfo (?:ENOTFOUND|EAI_AGAIN) mail\.truong-khong-co\.test$/);
    const text = smtpErrorText(error, { host, port: 587 });
    expectSentence(text, `«${host}»`, error);
    expect(text).toMatch(/tên máy chủ|DNS/);
    // The host comes from the error itself when the caller does not name the server.
    expect(smtpErrorText(error)).toContain(`«${host}»`);
  });

  it('a login refused (EAUTH, 535 «Invalid login»): wrong user or password, the password never shown', async () => {
    const error = await sendError({ host: '127.0.0.1', port: inbox.port, ignoreTLS: true, auth: { user: 'thay.hung', pass: PASSWORD } });
    expect((error as Error).message).toMatch(/^Invalid login: 535/);
    const text = smtpErrorText(error, { host: '127.0.0.1', port: inbox.port });
    expectSentence(text, `«127.0.0.1:${inbox.port}»`, error);
    expect(text).toMatch(/từ chối đăng nhập.*535.*CDS_SMTP_PASSWORD/);
  });

  it('a login required but none given (530): says to add the user and CDS_SMTP_PASSWORD', async () => {
    const error = await sendError({ host: '127.0.0.1', port: inbox.port, ignoreTLS: true });
    expect((error as { responseCode?: number }).responseCode).toBe(530);
    const text = smtpErrorText(error, { host: '127.0.0.1', port: inbox.port });
    expectSentence(text, `«127.0.0.1:${inbox.port}»`, error);
    expect(text).toMatch(/yêu cầu đăng nhập.*CDS_SMTP_PASSWORD/);
  });

  it('a recipient refused (550 on RCPT TO): the address may be wrong', async () => {
    const login = { user: 'thay.hung', pass: 'mat-khau-dung' };
    const error = await sendError({ host: '127.0.0.1', port: inbox.port, ignoreTLS: true, auth: login }, { to: 'khong-co@truong.edu.vn' });
    expect((error as { responseCode?: number }).responseCode).toBe(550);
    const text = smtpErrorText(error, { host: '127.0.0.1', port: inbox.port });
    expectSentence(text, `«127.0.0.1:${inbox.port}»`, error);
    expect(text).toMatch(/người nhận.*550/);
  });

  it('a server that never greets (ETIMEDOUT): no answer in time', async () => {
    const silent = await tcpServer(() => {});
    try {
      const error = await sendError({ host: '127.0.0.1', port: silent.port, ignoreTLS: true, greetingTimeout: 200 });
      expect((error as { code?: string }).code).toBe('ETIMEDOUT');
      const text = smtpErrorText(error, { host: '127.0.0.1', port: silent.port });
      expectSentence(text, `«127.0.0.1:${silent.port}»`, error);
      expect(text).toMatch(/không trả lời/);
    } finally {
      await silent.close();
    }
  });

  it('a server that hangs up, and one that is busy (421): closed midway; try later', async () => {
    const hangUp = await tcpServer((socket) => socket.destroy());
    const busy = await tcpServer((socket) => socket.end('421 Service not available\r\n'));
    try {
      const closed = await sendError({ host: '127.0.0.1', port: hangUp.port, ignoreTLS: true });
      expect((closed as Error).message).toBe('Connection closed unexpectedly');
      const closedText = smtpErrorText(closed, { host: '127.0.0.1', port: hangUp.port });
      expectSentence(closedText, `«127.0.0.1:${hangUp.port}»`, closed);
      expect(closedText).toMatch(/đóng kết nối/);

      const refused = await sendError({ host: '127.0.0.1', port: busy.port, ignoreTLS: true });
      expect((refused as { responseCode?: number }).responseCode).toBe(421);
      const busyText = smtpErrorText(refused, { host: '127.0.0.1', port: busy.port });
      expectSentence(busyText, `«127.0.0.1:${busy.port}»`, refused);
      expect(busyText).toMatch(/tạm thời.*421.*thử lại sau/);
    } finally {
      await hangUp.close();
      await busy.close();
    }
  });

  it('smtps:// to a plain port (OpenSSL «wrong version number»), and a certificate that has expired', async () => {
    const wrong = await sendError({ host: '127.0.0.1', port: inbox.port, secure: true });
    expect((wrong as Error).message).toMatch(/wrong version number/);
    const wrongText = smtpErrorText(wrong, { host: '127.0.0.1', port: inbox.port });
    expectSentence(wrongText, `«127.0.0.1:${inbox.port}»`, wrong);
    expect(wrongText).toMatch(/TLS.*smtps:\/\/.*465/);

    const tls = await startSmtpInbox({ starttls: true });
    try {
      const expired = await sendError({ host: '127.0.0.1', port: tls.port, requireTLS: true });
      expect((expired as { code?: string }).code).toBe('ESOCKET');
      const expiredText = smtpErrorText(expired, { host: '127.0.0.1', port: tls.port });
      expectSentence(expiredText, `«127.0.0.1:${tls.port}»`, expired);
      expect(expiredText).toMatch(/[Cc]hứng chỉ/);
    } finally {
      await tls.close();
    }
  });

  it('anything else: still a sentence naming the server, nothing of the raw text', () => {
    const odd = Object.assign(new Error('Something odd happened with secret ' + PASSWORD), { code: 'EODD' });
    const text = smtpErrorText(odd, { host: 'mail.truong.edu.vn', port: 465 });
    expectSentence(text, '«mail.truong.edu.vn:465»', odd);
    expect(smtpErrorText('a string', { host: 'mail.truong.edu.vn', port: 465 })).toContain('«mail.truong.edu.vn:465»');
    expect(smtpErrorText(undefined)).toMatch(/máy chủ thư/);
  });
});
