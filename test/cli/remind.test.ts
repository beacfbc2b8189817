/**
 * `cds-tracker remind` end to end through a real SMTP server on 127.0.0.1 (smtp-server), the
 * messages parsed back with mailparser: Vietnamese subject, HTML and text intact; idempotent
 * through the JSON log. Most tests inject the workbook reader (the file named is a stand-in); the
 * last one runs on a real .xlsx made by `template`.
 */
import type { ParsedMail } from 'mailparser';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../src/core/plan';
import { previewReminders } from '../../src/core/reminders/run';
import { noLinks } from '../../src/core/reminders/render';
import { DEFAULT_REMIND_DEPS, readLogFile, type RemindDeps, runRemind, SEND_FAILED_EXIT, smtpOptions } from '../../src/cli/remind';
import { usageText } from '../../src/cli/commands';
import { captureConsole } from '../support/console';
import { type SmtpInbox, startSmtpInbox } from '../support/smtpInbox';
import { d, HEAD, person, plan, task } from '../support/reminderPlans';

const INJECTION = '<img src=x onerror=alert(1)>';
const PLAN: Plan = plan(
  [task('1', INJECTION, 'Tổ Toán', '15/06/2026'), task('2', 'Cập nhật học liệu số «Ngữ văn»', 'Tổ Văn', '01/06/2026')],
  [person('Tổ Toán', 'Nguyễn Văn Ánh', 'anh@truong.edu.vn'), person('Tổ Văn', 'Trần Thị Bình', 'binh@truong.edu.vn')],
);

let smtp: SmtpInbox;
let port: number;
let inbox: ParsedMail[];

beforeAll(async () => {
  smtp = await startSmtpInbox();
  ({ port, mails: inbox } = smtp);
});
afterAll(() => smtp.close());

let dir: string;
/** The .xlsx named on the command line: a stand-in, the reader is injected. */
let exportFile: string;
let out: string[];
let err: string[];
beforeEach(() => {
  inbox.length = 0;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-remind-'));
  exportFile = path.join(dir, 'xuat.xlsx');
  fs.writeFileSync(exportFile, 'stand-in: the reader is injected');
  out = [];
  err = [];
});

function deps(p: Plan = PLAN): RemindDeps {
  return {
    ...DEFAULT_REMIND_DEPS,
    readTabs: async () => new Map(),
    readPlan: () => ({ plan: p, problems: [] }),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
}

const args = (...more: string[]) => [exportFile, '--ngay', '2026-06-11', '--smtp', `smtp://127.0.0.1:${port}`, '--log', path.join(dir, 'sent.json'), ...more];

describe('cds-tracker remind', () => {
  it('is listed in the usage text', () => {
    expect(usageText()).toContain('remind <tệp.xlsx> [--ngay YYYY-MM-DD|DD/MM/YYYY] [--dry-run] [--smtp smtp://máy-chủ:cổng]');
  });

  it('round trip through SMTP: Vietnamese subject, HTML (escaped) and text arrive intact', async () => {
    const expected = previewReminders({ plan: PLAN, handled: new Set(), link: noLinks }, d(2026, 6, 11)).mails;
    expect(await runRemind(args('--from', 'cds@truong.edu.vn'), deps())).toBe(0);
    expect(err).toEqual([]);
    expect(inbox).toHaveLength(3);
    for (const mail of expected) {
      const got = inbox.find((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address === mail.to)!;
      expect(got, mail.to).toBeDefined();
      expect(got.subject).toBe(mail.subject);
      expect(got.html).toBe(mail.htmlBody);
      expect(got.text?.trimEnd()).toBe(mail.textBody.trimEnd());
      expect(got.from?.value[0]?.address).toBe('cds@truong.edu.vn');
    }
    const anh = inbox.find((m) => m.subject?.includes('sắp đến hạn') && m.text?.includes('Nguyễn Văn Ánh'))!;
    expect(anh.subject).toBe('[CĐS] 1 việc sắp đến hạn — Trường THPT An Lão');
    expect(anh.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(anh.html).not.toContain('<img');
    expect(anh.text).toContain(INJECTION);
    expect(out.join('\n')).toContain('Đã gửi 3 thư nhắc việc.');
  });

  it('a second run the same day sends nothing: the JSON log keeps the keys', async () => {
    await runRemind(args(), deps());
    const logged = readLogFile(path.join(dir, 'sent.json'));
    expect(logged.filter((r) => r.outcome === 'sent').map((r) => r.to)).toEqual(expect.arrayContaining([HEAD, 'anh@truong.edu.vn', 'binh@truong.edu.vn']));
    inbox.length = 0;
    expect(await runRemind(args(), deps())).toBe(0);
    expect(inbox).toEqual([]);
    expect(out.at(-2)).toBe('Đã gửi 0 thư nhắc việc.');
  });

  it('keys already in the workbook\'s «Nhật ký nhắc việc» tab (sent online) are not sent again offline', async () => {
    const online = previewReminders({ plan: PLAN, handled: new Set(), link: noLinks }, d(2026, 6, 11)).plan.digests.find((x) => x.to === HEAD)!;
    const tab = [['Thời điểm', 'Người nhận', 'Mã NV', 'Kỳ', 'Mức nhắc', 'Kết quả', 'Khóa'], ...online.entries.map((e) => ['', HEAD, '', '', '', 'Đã gửi', e.key])];
    const withTab: RemindDeps = { ...deps(), readTabs: async () => new Map([['Nhật ký nhắc việc', tab]]) };
    await runRemind(args(), withTab);
    expect(inbox.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address).sort()).toEqual(['anh@truong.edu.vn', 'binh@truong.edu.vn']);
  });

  it('the self-assessment deadline (QĐ 4725) goes out in the same run and the same mails, recorded in the JSON log once', async () => {
    const criterion = (code: string, maxPoints: unknown, mandatory: string, owner: string) => ({ code, name: `Tiêu chí ${code}`, group: 'Chuyển đổi số trong dạy, học', maxPoints, mandatory, score: '', evidence: '', note: '', owner });
    const withSelfAssessment: Plan = { ...PLAN, selfAssessment: { criteria: [criterion('1.1', '', 'x', 'Tổ Toán'), criterion('1.4', 10, '', 'Tổ Văn')] } };
    const may = (...more: string[]) => [exportFile, '--ngay', '2026-05-26', '--smtp', `smtp://127.0.0.1:${port}`, '--log', path.join(dir, 'sent.json'), ...more];
    expect(await runRemind(may(), deps(withSelfAssessment))).toBe(0);
    const to = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address;
    const told = inbox.filter((m) => m.text?.includes('TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ'));
    expect(told.map(to).sort()).toEqual(['anh@truong.edu.vn', 'binh@truong.edu.vn']);
    expect(told.find((m) => to(m) === 'anh@truong.edu.vn')!.subject).toBe('[CĐS] tự đánh giá CĐS sắp đến hạn — Trường THPT An Lão');
    const logged = readLogFile(path.join(dir, 'sent.json')).filter((r) => r.taskId === 'Tự đánh giá CĐS' && r.outcome === 'sent');
    expect(logged.map((r) => r.key).sort()).toEqual(['Tự đánh giá CĐS|Năm 2026|truoc-han|anh@truong.edu.vn', 'Tự đánh giá CĐS|Năm 2026|truoc-han|binh@truong.edu.vn']);
    inbox.length = 0;
    expect(await runRemind(may(), deps(withSelfAssessment))).toBe(0);
    expect(inbox).toEqual([]);
  });

  it('--dry-run prints the digests and sends nothing', async () => {
    expect(await runRemind(args('--dry-run'), deps())).toBe(0);
    expect(inbox).toEqual([]);
    const printed = out.join('\n');
    expect(printed).toContain('3 thư (chạy thử, không gửi)');
    expect(printed).toContain('Tiêu đề: [CĐS] 1 việc quá hạn — Trường THPT An Lão');
    expect(fs.existsSync(path.join(dir, 'sent.json'))).toBe(false);
  });

  it('another run holding the lock: exits without sending', async () => {
    fs.writeFileSync(path.join(dir, 'sent.json.lock'), '');
    expect(await runRemind(args(), deps())).toBe(3);
    expect(inbox).toEqual([]);
    expect(err[0]).toContain('không gửi gì');
  });

  it('an SMTP server that refuses: each intent settled as failed (not sent), exit 2, the next run sends them', async () => {
    const refusing: RemindDeps = {
      ...deps(),
      transport: () => ({ sendMail: async () => { throw new Error('450 mailbox busy'); } }),
    };
    expect(await runRemind(args(), refusing)).toBe(SEND_FAILED_EXIT);
    const logged = readLogFile(path.join(dir, 'sent.json'));
    expect(new Set(logged.map((r) => r.outcome))).toEqual(new Set(['sending', 'failed']));
    const failedKeys = logged.filter((r) => r.outcome === 'failed').map((r) => r.key).sort();
    expect(logged.filter((r) => r.outcome === 'sending').map((r) => r.key).sort()).toEqual(failedKeys);
    // The log and the screen say why in Vietnamese, never the library's English text.
    const detail = logged.find((r) => r.outcome === 'failed')!.detail;
    expect(detail).toMatch(/^Không gửi được thư qua máy chủ thư/);
    expect(detail).not.toContain('mailbox busy');
    expect(await runRemind(args(), deps())).toBe(0);
    expect(inbox).toHaveLength(3);
  });

  it('bad arguments get a Vietnamese message and exit code 2; a wrong --smtp is explained without repeating it', async () => {
    // --ngay reads as in update and report: 2026-06-11 or 11/06/2026; anything else is refused.
    expect(await runRemind(['ke-hoach.xlsx', '--ngay', '2026/06/11'], deps())).toBe(2);
    expect(err[0]).toContain('Ngày không hợp lệ');
    expect(await runRemind([], deps())).toBe(2);
    expect(() => smtpOptions('http://x')).toThrow('Địa chỉ máy chủ thư (--smtp) không hợp lệ: địa chỉ phải bắt đầu bằng smtp:// hoặc smtps://.');
    expect(() => smtpOptions('smtps://thay:bi-mat@mail.truong.edu.vn:abc')).toThrow(/^Địa chỉ máy chủ thư \(--smtp\) không hợp lệ: cổng của máy chủ mail\.truong\.edu\.vn phải là một số từ 1 đến 65535\. /);
    expect(() => smtpOptions('smtps://thay:bi-mat@mail.truong.edu.vn:abc')).not.toThrow(/bi-mat/);
    expect(smtpOptions('smtps://u%40x:p@mail.truong.edu.vn')).toEqual({ host: 'mail.truong.edu.vn', port: 465, secure: true, ignoreTLS: false, auth: { user: 'u@x', pass: 'p' } });
  });

  it('a missing workbook, a bad --smtp or an unreadable log: a Vietnamese message naming it, exit 1 (2 for --smtp), nothing sent', async () => {
    const missing = path.join(dir, 'khong-co.xlsx');
    expect(await runRemind([missing, '--ngay', '2026-06-11', '--smtp', `smtp://127.0.0.1:${port}`], deps())).toBe(1);
    expect(err.pop()).toBe(`Không tìm thấy tệp «${missing}».`);

    expect(await runRemind(args().map((a) => (a.startsWith('smtp://') ? 'http://mail' : a)), deps())).toBe(2);
    expect(err.pop()).toMatch(/^Địa chỉ máy chủ thư \(--smtp\) không hợp lệ: địa chỉ phải bắt đầu bằng smtp:\/\/ hoặc smtps:\/\//);

    const log = path.join(dir, 'sent.json');
    fs.writeFileSync(log, '{ hỏng');
    expect(await runRemind(args(), deps())).toBe(1);
    expect(err.pop()).toMatch(/^Tệp nhật ký «.*sent\.json» không đọc được như tệp JSON/);
    expect(await runRemind(args('--dry-run'), deps())).toBe(1);
    expect(fs.readFileSync(log, 'utf8')).toBe('{ hỏng'); // the log is left as it was
    expect(fs.existsSync(`${log}.lock`)).toBe(false);
    expect(inbox).toEqual([]);
  });

  it('a stale lock: the message says which file to delete', async () => {
    fs.writeFileSync(path.join(dir, 'sent.json.lock'), '');
    expect(await runRemind(args(), deps())).toBe(3);
    expect(err[0]).toContain(`«${path.join(dir, 'sent.json.lock')}»`);
    expect(err[0]).toContain('hãy xoá tệp khóa đó rồi chạy lại');
  });
});

describe('cds-tracker remind on a real .xlsx (template → remind → SMTP)', () => {
  it('reads the workbook, sends by SMTP, records the log, and says where to update each item', async () => {
    const { runCommand } = await import('../../src/cli/commands');
    const file = path.join(dir, 'ke-hoach.xlsx');
    captureConsole();
    expect(await runCommand(['template', file])).toBe(0);
    vi.restoreAllMocks();
    const code = await runRemind([file, '--ngay', '2026-10-15', '--smtp', `smtp://127.0.0.1:${port}`], { ...DEFAULT_REMIND_DEPS, out: (t) => out.push(t), err: (t) => err.push(t) });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(inbox.length).toBeGreaterThanOrEqual(3);
    const hung = inbox.find((m) => m.text?.startsWith('Kính gửi Nguyễn Văn Hùng'))!;
    expect(hung.subject).toBe('[CĐS] 3 việc quá hạn — Trường THPT An Lão');
    expect(hung.text).toMatch(/Dòng cần cập nhật: Tiến độ!A\d+/);
    expect(fs.existsSync(path.join(dir, 'ke-hoach.nhac-viec.json'))).toBe(true);
    inbox.length = 0;
    expect(await runRemind([file, '--ngay', '2026-10-15', '--smtp', `smtp://127.0.0.1:${port}`], { ...DEFAULT_REMIND_DEPS, out: () => {}, err: (t) => err.push(t) })).toBe(0);
    expect(inbox).toEqual([]);
  });
});
