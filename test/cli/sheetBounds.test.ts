/**
 * Issue 8, item 14: a 2 KB .xlsx holding only A1 and XFD1048576 once made the CLI allocate 4 GB and
 * abort with a native trace. Only populated cells are read, and a tab whose data reaches beyond
 * sane bounds is refused with a sentence naming it. Driven through the built command line in a
 * child process with a small V8 heap, its peak memory measured.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectPlainVietnamese, runBuiltCli } from './builtCli';
import { sheetXml, workbookEntries, zipArchive } from './handmadeXlsx';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-bounds-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeXlsx(name: string, sheets: { name: string; xml: string }[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, zipArchive(workbookEntries(sheets)));
  return file;
}

const SMALL_HEAP = ['--max-old-space-size=160'];

describe('sheets beyond sane bounds (built CLI)', { timeout: 180_000 }, () => {
  it('a tab with cells A1 and XFD1048576 only: refused naming the tab, exit 1, in bounded memory', async () => {
    const file = writeXlsx('goc-xa.xlsx', [
      { name: 'Cấu hình', xml: sheetXml({ A1: 'Tên trường', B1: 'Trường THPT An Lão' }) },
      { name: 'Nhiệm vụ', xml: sheetXml({ A1: 'STT', XFD1048576: 'xa' }) },
    ]);
    expect(fs.statSync(file).size).toBeLessThan(4096);
    for (const command of ['check', 'report']) {
      const run = await runBuiltCli([command, file, ...(command === 'report' ? ['--out', dir] : [])], { nodeArgs: SMALL_HEAP });
      expect(run.signal, `${command}: killed`).toBeNull();
      expect(run.code, `${command}: ${run.stderr}`).toBe(1);
      expect(run.stderr).toContain('«Nhiệm vụ»');
      expect(run.stderr).toContain(file);
      expect(run.stderr).toMatch(/1\.048\.576|1048576/); // says how far the data reaches
      expectPlainVietnamese(run.stderr);
      expect(run.peakMiB, 'peak memory (MiB)').toBeLessThan(400);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
  });

  it('too many columns is refused too; a tab within bounds reads normally', async () => {
    const wide = writeXlsx('rong.xlsx', [{ name: 'Chỉ tiêu', xml: sheetXml({ A1: 'STT', ZZ2: 'xa' }) }]);
    const run = await runBuiltCli(['check', wide], { nodeArgs: SMALL_HEAP });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('«Chỉ tiêu»');
    expect(run.stderr).toContain('ZZ');
    expectPlainVietnamese(run.stderr);

    const fine = writeXlsx('vua.xlsx', [{ name: 'Chỉ tiêu', xml: sheetXml({ A1: 'STT', GR20000: 'vẫn trong giới hạn' }) }]);
    const ok = await runBuiltCli(['check', fine], { nodeArgs: SMALL_HEAP });
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain(`Kiểm tra dữ liệu: ${fine}`);
  });

  it('a merge over the whole sheet is refused naming the tab; a validation over it is not expanded cell by cell', async () => {
    const merged = writeXlsx('gop.xlsx', [
      { name: 'Tiến độ', xml: sheetXml({ A1: 'STT' }, '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>') },
    ]);
    const run = await runBuiltCli(['check', merged], { nodeArgs: SMALL_HEAP });
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('«Tiến độ»');
    expect(run.stderr).toContain('A2:XFD1048576');
    expectPlainVietnamese(run.stderr);
    expect(run.peakMiB).toBeLessThan(400);

    const validation =
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>';
    const validated = writeXlsx('kiem-tra.xlsx', [{ name: 'Tiến độ', xml: sheetXml({ A1: 'STT' }, validation) }]);
    const ok = await runBuiltCli(['check', validated], { nodeArgs: SMALL_HEAP, killAfterMs: 120_000 });
    expect(ok.signal).toBeNull();
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain(`Kiểm tra dữ liệu: ${validated}`);
    expect(ok.peakMiB).toBeLessThan(400);
  });
});
