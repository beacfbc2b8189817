/**
 * Issue 8, item 15: .xlsx zip bombs of 1–2 MB once took 1–2 GB of memory and printed English
 * jszip errors. The archive is inspected before exceljs sees it (entry count, declared sizes,
 * compression ratio) and inflated under a running cap (for headers that lie); a file that is no
 * zip at all gets a sentence too. Driven through the built command line, peak memory measured.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectPlainVietnamese, runBuiltCli } from './builtCli';
import { deflated, sheetXml, workbookEntries, zerosBomb, zipArchive, type ZipEntry } from './handmadeXlsx';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-bombs-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const GIB_MIB = 1024;
const SHEETS = [{ name: 'Nhiệm vụ', xml: sheetXml({ A1: 'STT', B1: 'Nhiệm vụ' }) }];

function writeZip(name: string, entries: readonly ZipEntry[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, zipArchive(entries));
  return file;
}

/** A workbook whose first sheet is replaced by `mebibytes` MiB of zeros, declared as `declared` bytes. */
function sheetBomb(name: string, mebibytes: number, declared: number): string {
  const [types, rels, workbook, workbookRels] = workbookEntries(SHEETS);
  const bomb: ZipEntry = { name: 'xl/worksheets/sheet1.xml', data: zerosBomb(mebibytes), method: 8, declaredSize: declared };
  return writeZip(name, [types!, rels!, workbook!, workbookRels!, bomb]);
}

/** Refused: exit 1, a Vietnamese sentence naming the file, bounded memory. */
async function expectRefused(file: string, says: RegExp): Promise<void> {
  const run = await runBuiltCli(['check', file], { nodeArgs: ['--max-old-space-size=160'] });
  expect(run.signal, 'killed').toBeNull();
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).toContain(`«${file}»`);
  expect(run.stderr).toMatch(says);
  expectPlainVietnamese(run.stderr);
  expect(run.stdout).toBe('');
  expect(run.peakMiB, 'peak memory (MiB)').toBeLessThan(300);
}

describe('zip bombs and files that are no .xlsx (built CLI)', { timeout: 180_000 }, () => {
  it('a 2 MB sheet that inflates to 2 GiB, honestly declared: refused before inflating', async () => {
    const file = sheetBomb('bom-khai-that.xlsx', 2 * GIB_MIB, 2 * GIB_MIB * 1024 * 1024 - 1);
    expect(fs.statSync(file).size).toBeLessThan(2.5 * 1024 * 1024);
    await expectRefused(file, /giải nén/);
  });

  it('the same bomb declaring a 1 KB sheet (headers that lie): stopped by the running cap', async () => {
    await expectRefused(sheetBomb('bom-khai-gian.xlsx', 2 * GIB_MIB, 1024), /giải nén/);
  });

  it('a 1 MB bomb hidden in a part exceljs would still read whole (not a sheet)', async () => {
    const bomb: ZipEntry = { name: 'docProps/custom.xml', data: zerosBomb(GIB_MIB), method: 8, declaredSize: 700 };
    await expectRefused(writeZip('bom-an.xlsx', [...workbookEntries(SHEETS), bomb]), /giải nén/);
  });

  it('many small entries: refused for their number', async () => {
    const many = Array.from({ length: 20_000 }, (_, i) => deflated(`xl/media/image${i}.png`, 'x'));
    await expectRefused(writeZip('nhieu-muc.xlsx', [...workbookEntries(SHEETS), ...many]), /2\.000 mục/);
  });

  it('not a zip at all, a truncated zip, an empty file: a sentence each, no library text', async () => {
    const text = path.join(dir, 'van-ban.xlsx');
    fs.writeFileSync(text, 'STT,Nhiệm vụ\n1,Họp\n');
    await expectRefused(text, /không phải tệp \.xlsx/);
    const whole = zipArchive(workbookEntries(SHEETS));
    const truncated = path.join(dir, 'cut.xlsx');
    fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    await expectRefused(truncated, /không phải tệp \.xlsx|hỏng/);
    const empty = path.join(dir, 'rong.xlsx');
    fs.writeFileSync(empty, '');
    await expectRefused(empty, /rỗng|không phải tệp \.xlsx/);
  });
});
