/**
 * The SMTP password could only be given inside --smtp, on the command line: visible to every user
 * of the machine in `ps` and kept in the shell's history. It may come from the environment
 * variable CDS_SMTP_PASSWORD instead, used when the --smtp address names a user and no password;
 * it is never printed nor written to the sent-log. Unit tests of smtpOptions, then the built
 * command line sending through a real SMTP server that requires the login.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTP_PASSWORD_VARIABLE, smtpOptions } from '../../src/cli/smtpUrl';
import { type SmtpInbox, startSmtpInbox } from '../support/smtpInbox';
import { expectPlainVietnamese, runBuiltCli } from './builtCli';

const PASSWORD = 'Mk-Truong@2026:ngay/le%';

describe('smtpOptions and CDS_SMTP_PASSWORD', () => {
  it('is the variable named CDS_SMTP_PASSWORD', () => {
    expect(SMTP_PASSWORD_VARIABLE).toBe('CDS_SMTP_PASSWORD');
  });

  it('a user without a password in the address takes the password from the variable, as typed (no %-escapes)', () => {
    const env = { CDS_SMTP_PASSWORD: PASSWORD };
    expect(smtpOptions('smtps://thay.hung%40truong.edu.vn@mail.truong.edu.vn', env)).toEqual({
      host: 'mail.truong.edu.vn',
      port: 465,
      secure: true,
      ignoreTLS: false,
      auth: { user: 'thay.hung@truong.edu.vn', pass: PASSWORD },
    });
    expect(smtpOptions('smtp://thay@mail.truong.edu.vn:587', env).auth).toEqual({ user: 'thay', pass: PASSWORD });
    expect(smtpOptions('smtp://thay:@mail.truong.edu.vn:587', env).auth).toEqual({ user: 'thay', pass: PASSWORD });
  });

  it('a password written in the address is used as before; an address without a user ignores the variable', () => {
    const env = { CDS_SMTP_PASSWORD: PASSWORD };
    expect(smtpOptions('smtps://thay:khac@mail.truong.edu.vn', env).auth).toEqual({ user: 'thay', pass: 'khac' });
    expect(smtpOptions('smtp://127.0.0.1:2525', env)).toEqual({ host: '127.0.0.1', port: 2525, secure: false, ignoreTLS: true });
  });

  it('a user with no password anywhere is refused before any mail, naming the variable', () => {
    for (const env of [{}, { CDS_SMTP_PASSWORD: '' }]) {
      expect(() => smtpOptions('smtps://thay@mail.truong.edu.vn', env)).toThrow(/không có mật khẩu.*CDS_SMTP_PASSWORD/);
    }
  });
});

describe('remind with the password in CDS_SMTP_PASSWORD (built CLI)', { timeout: 180_000 }, () => {
  let smtp: SmtpInbox;
  let dir: string;
  let workbook: string;
  beforeAll(async () => {
    smtp = await startSmtpInbox({ auth: { user: 'thay.hung@truong.edu.vn', pass: PASSWORD } });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-smtp-password-'));
    workbook = path.join(dir, 'ke-hoach.xlsx');
    const made = await runBuiltCli(['template', workbook]);
    expect(made.code, made.stderr).toBe(0);
  }, 60_000);
  afterAll(async () => {
    await smtp.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const url = () => `smtp://thay.hung%40truong.edu.vn@127.0.0.1:${smtp.port}`;

  it('logs in with it and sends; the password is printed nowhere and logged nowhere', async () => {
    const run = await runBuiltCli(['remind', workbook, '--ngay', '2026-10-15', '--smtp', url()], { env: { CDS_SMTP_PASSWORD: PASSWORD } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(smtp.logins).toContainEqual({ user: 'thay.hung@truong.edu.vn', pass: PASSWORD });
    expect(smtp.mails.length).toBeGreaterThan(0);
    expect(run.stdout).not.toContain(PASSWORD);
    for (const f of fs.readdirSync(dir)) expect(fs.readFileSync(path.join(dir, f), 'latin1'), f).not.toContain(PASSWORD);
  });

  it('without it: refused before sending anything, exit 2, saying to set CDS_SMTP_PASSWORD', async () => {
    smtp.mails.length = 0;
    const run = await runBuiltCli(['remind', workbook, '--ngay', '2026-10-16', '--smtp', url()], { env: { CDS_SMTP_PASSWORD: '' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('CDS_SMTP_PASSWORD');
    expectPlainVietnamese(run.stderr);
    expect(smtp.mails).toEqual([]);
  });
});
