/**
 * Issue 8, item 13: an option the command does not declare is refused (Vietnamese message, exit 2,
 * nothing done), never ignored; so are a missing value and extra file names. Driven through the
 * built command line. `remind … --dry-rn` (a typo for --dry-run) once sent real mail.
 */
import type { ParsedMail } from 'mailparser';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpInbox, startSmtpInbox } from '../support/smtpInbox';
import { expectPlainVietnamese, runBuiltCli } from './builtCli';

let smtp: SmtpInbox;
let port: number;
let inbox: ParsedMail[];
let dir: string;
let workbook: string;

beforeAll(async () => {
  smtp = await startSmtpInbox();
  ({ port, mails: inbox } = smtp);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-options-'));
  workbook = path.join(dir, 'ke-hoach.xlsx');
  const made = await runBuiltCli(['template', workbook]);
  expect(made.code, made.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  await smtp.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The files in the test folder: a refused command writes none. */
function files(): string[] {
  return fs.readdirSync(dir).sort();
}

describe('strict options (built CLI)', { timeout: 180_000 }, () => {
  it('remind with --dry-rn (a typo for --dry-run) sends nothing, names the option and exits 2', async () => {
    const run = await runBuiltCli(['remind', workbook, '--ngay', '2026-10-15', '--smtp', `smtp://127.0.0.1:${port}`, '--dry-rn']);
    expect(inbox).toEqual([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('«--dry-rn»');
    expectPlainVietnamese(run.stderr);
    expect(files()).toEqual(['ke-hoach.xlsx']); // no sent-log either
  });

  it('every command refuses an option it does not declare, before doing anything', async () => {
    const out = path.join(dir, 'ra');
    const calls: string[][] = [
      ['start', '--out', out, '--khong-co'],
      ['template', path.join(dir, 'moi.xlsx'), '--khong-co'],
      ['check', workbook, '--khong-co'],
      ['report', workbook, '--out', out, '--khong-co'],
      ['remind', workbook, '--ngay', '2026-10-15', '--khong-co'],
      ['report', workbook, '--out', out, '-x'],
    ];
    for (const call of calls) {
      const run = await runBuiltCli(call);
      expect(run.code, call.join(' ')).toBe(2);
      expect(run.stderr, call.join(' ')).toMatch(/«(?:--khong-co|-x)»/);
      expectPlainVietnamese(run.stderr);
      expect(run.stdout, call.join(' ')).toBe('');
    }
    expect(files()).toEqual(['ke-hoach.xlsx']);
  });

  it('a missing option value, a value given to a switch, or an extra file name: exit 2, nothing done', async () => {
    const calls: [string[], RegExp][] = [
      [['report', workbook, '--out'], /«--out».*(?:giá trị|thư mục)/],
      [['report', workbook, '--ky'], /«--ky»/],
      [['template', path.join(dir, 'moi.xlsx'), '--trong=co'], /«--trong»/],
      [['check', workbook, path.join(dir, 'khac.xlsx')], /khac\.xlsx/],
      [['template', path.join(dir, 'a.xlsx'), path.join(dir, 'b.xlsx')], /b\.xlsx/],
      [['start', 'thua'], /«thua»/],
      [['remind', workbook, '--smtp', `smtp://127.0.0.1:${port}`, '--dry-run=khong'], /«--dry-run»/],
    ];
    for (const [call, says] of calls) {
      const run = await runBuiltCli(call);
      expect(run.code, call.join(' ')).toBe(2);
      expect(run.stderr, call.join(' ')).toMatch(says);
      expectPlainVietnamese(run.stderr);
    }
    expect(inbox).toEqual([]);
    expect(files()).toEqual(['ke-hoach.xlsx']);
  });

  it('--help on a command prints its usage, made from the same declarations, and exits 0', async () => {
    const run = await runBuiltCli(['report', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Cách dùng: cds-tracker report <tệp\.xlsx> \[--ky quy-3-2026\|6-thang-2026\|nam-2026\] \[--ngay YYYY-MM-DD\|DD\/MM\/YYYY\] \[--phu-luc\] \[--out <thư mục>\]/);
    expect(run.stdout).toMatch(/^\s+--ky quy-3-2026\|6-thang-2026\|nam-2026\s+\S/m);
    expect(run.stdout).toMatch(/^\s+--out <thư mục>\s+\S/m);
    const remind = await runBuiltCli(['remind', '-h']);
    expect(remind.code).toBe(0);
    for (const option of ['--ngay', '--dry-run', '--smtp', '--log', '--from']) expect(remind.stdout).toMatch(new RegExp(`^\\s+${option}\\b`, 'm'));
  });
});
