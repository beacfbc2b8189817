/**
 * Issue 8, item 17: `template` into a folder it may not write printed "Lỗi không mong đợi: Error:
 * EACCES" and a stack trace; a wrong --smtp address echoed part of its password. File-system
 * errors become Vietnamese sentences naming the path, and no message ever repeats a secret.
 *
 * The tests may run as root, for whom a read-only folder is writable. /sys (sysfs) refuses to
 * create files with EACCES even for root, so it stands in for a folder without write permission;
 * a path under a regular file gives ENOTDIR.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPlainVietnamese, runBuiltCli } from './builtCli';

let dir: string;
let workbook: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-errors-'));
  workbook = path.join(dir, 'ke-hoach.xlsx');
  const made = await runBuiltCli(['template', workbook]);
  expect(made.code, made.stderr).toBe(0);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('file-system errors are Vietnamese sentences naming the path (built CLI)', { timeout: 180_000 }, () => {
  it('template into a folder without write permission', async () => {
    const target = '/sys/ke-hoach.xlsx';
    const run = await runBuiltCli(['template', target]);
    expectPlainVietnamese(run.stderr);
    expect(run.stderr).not.toContain('Lỗi không mong đợi');
    expect(run.stderr).toContain(`«${target}»`);
    expect(run.stderr).toMatch(/quyền/);
    expect(run.code).toBe(1);
    expect(fs.existsSync(target)).toBe(false);
  });

  it('template under a regular file, report into a folder it may not create', async () => {
    const blocker = path.join(dir, 'ghi-chu.txt');
    fs.writeFileSync(blocker, '');
    const under = path.join(blocker, 'ke-hoach.xlsx');
    const run = await runBuiltCli(['template', under]);
    expectPlainVietnamese(run.stderr);
    expect(run.stderr).toContain(`«${blocker}»`);
    expect(run.code).toBe(1);

    const report = await runBuiltCli(['report', workbook, '--out', '/sys/bao-cao']);
    expect(report.code).toBe(1);
    expect(report.stderr).toContain('«/sys/bao-cao»');
    expect(report.stderr).toMatch(/quyền/);
    expectPlainVietnamese(report.stderr);
  });

  it('a workbook that is a folder, and one that cannot be read', async () => {
    const folder = path.join(dir, 'thu-muc.xlsx');
    fs.mkdirSync(folder);
    const run = await runBuiltCli(['check', folder]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`«${folder}»`);
    expect(run.stderr).toMatch(/thư mục/);
    expectPlainVietnamese(run.stderr);

    const unreadable = await runBuiltCli(['check', '/proc/self/mem']);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain('«/proc/self/mem»');
    expectPlainVietnamese(unreadable.stderr);
  });
});

describe('a wrong --smtp address never shows its password (built CLI)', { timeout: 180_000 }, () => {
  const SECRETS = ['Bi-Mat-9x7', 'Khong-Lo-42'];
  const urls = [
    'smtps://thay:Bi-Mat-9x7@Khong-Lo-42@mail.truong.edu.vn:465', // an @ in the password, not written %40
    'smtp:/thay:Bi-Mat-9x7@mail.truong.edu.vn:587', // one slash
    'thay:Bi-Mat-9x7@mail.truong.edu.vn:587', // no scheme
    'smtp://thay:Bi-Mat-9x7@mail.truong.edu.vn:cong', // a port that is no number
    'smtp://thay:Bi-Mat-9x7@mail.truong.edu.vn:99999', // a port out of range
    'smtp://thay:Bi-Mat-9x7%ZZ@mail.truong.edu.vn', // a broken %-escape
    'http://thay:Bi-Mat-9x7@mail.truong.edu.vn', // another scheme
    'smtps://thay:Bi-Mat-9x7 Khong-Lo-42@mail.truong.edu.vn', // a space
    'smtps://thay:Bi-Mat-9x7@', // no host
  ];

  it.each(urls)('%s', async (url) => {
    const run = await runBuiltCli(['remind', workbook, '--ngay', '2026-10-15', '--smtp', url]);
    for (const secret of SECRETS) {
      expect(run.stderr).not.toContain(secret);
      expect(run.stdout).not.toContain(secret);
    }
    expectPlainVietnamese(run.stderr);
    expect(run.stderr).toContain('--smtp');
    expect(run.code).toBe(2);
    expect(fs.readdirSync(dir).filter((f) => f.includes('nhac-viec'))).toEqual([]);
  });
});
