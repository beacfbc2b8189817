/**
 * Issue 8, item 16: a cell holding U+FFFE once produced a .docx LibreOffice cannot open, and the
 * CLI still said it had made the report. Characters XML 1.0 forbids (U+0000–U+0008, U+000B,
 * U+000C, U+000E–U+001F, unpaired surrogates, U+FFFE, U+FFFF) reach the cells through the
 * `_xHHHH_` escapes of .xlsx text; every writer strips them. The report is opened with
 * LibreOffice (headless, converted to PDF), as a person would open it.
 */
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unzip } from '../support/zip';
import { runBuiltCli } from './builtCli';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-xmltext-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What each hostile cell ends with: `_xHHHH_` is how .xlsx text spells a character by its code (the surrogate halves kept apart, so they stay unpaired). */
const HOSTILE = ['FFFE', 'D800', '0000', '0001', '0008', '000B', '001F', 'DFFF', 'FFFF'].map((h) => `_x${h}_`).join('');
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Column number (1-based) of the header `title` in row 1. */
function column(ws: ExcelJS.Worksheet, title: string): number {
  let found = 0;
  ws.getRow(1).eachCell((cell, c) => {
    if (cell.value === title && !found) found = c;
  });
  expect(found, `${ws.name}: ${title}`).toBeGreaterThan(0);
  return found;
}

/** The template with the sample plan, its school name, a target, a task and a progress note ending in hostile characters. */
async function hostileWorkbook(): Promise<string> {
  const template = path.join(dir, 'mau.xlsx');
  const made = await runBuiltCli(['template', template]);
  expect(made.code, made.stderr).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const settings = wb.getWorksheet('Cấu hình')!;
  settings.eachRow((row) => {
    if (row.getCell(2).value === 'Trường THPT An Lão') row.getCell(2).value = `Trường THPT An Lão${HOSTILE}`;
  });
  const indicators = wb.getWorksheet('Chỉ tiêu')!;
  const name = indicators.getCell(2, column(indicators, 'Chỉ tiêu'));
  name.value = `${String(name.value)}${HOSTILE}`;
  const tasks = wb.getWorksheet('Nhiệm vụ')!;
  for (let r = 2; r <= tasks.rowCount; r++) {
    const task = tasks.getCell(r, column(tasks, 'Nhiệm vụ'));
    if (typeof task.value === 'string') task.value = `${task.value}${HOSTILE}`;
  }
  const progress = wb.getWorksheet('Tiến độ')!;
  const note = progress.getCell(9, column(progress, 'Ghi chú'));
  note.value = `Ghi chú thử${HOSTILE}`;
  const file = path.join(dir, 'ky-tu-cam.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

/** Converts with headless LibreOffice (throw-away profile, as scripts/preview.mjs); the PDF, or undefined when it cannot open the file. */
function libreOfficePdf(docx: string): string | undefined {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-xmltext-'));
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-xmltext-out-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docx], {
      stdio: ['ignore', 'ignore', 'ignore'],
      env: { ...process.env, HOME: profile },
      timeout: 120_000,
    });
  } catch {
    return undefined;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outDir, `${path.basename(docx, '.docx')}.pdf`);
  if (!fs.existsSync(pdf) || fs.statSync(pdf).size === 0) return undefined;
  const kept = path.join(dir, path.basename(pdf));
  fs.copyFileSync(pdf, kept);
  fs.rmSync(outDir, { recursive: true, force: true });
  return kept;
}

describe('characters XML forbids, in cells (built CLI + LibreOffice)', () => {
  it('the report of a plan whose cells hold U+FFFE, U+0000–U+0008 and unpaired surrogates opens in LibreOffice', async () => {
    const file = await hostileWorkbook();
    const out = path.join(dir, 'bao-cao');
    const run = await runBuiltCli(['report', file, '--ky', 'quy-3-2026', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [docx] = fs.readdirSync(out).map((f) => path.join(out, f));
    const pdf = libreOfficePdf(docx!);
    expect(pdf, 'LibreOffice opens the report').toBeDefined();
    for (const [part, data] of unzip(fs.readFileSync(docx!))) {
      if (part.endsWith('.xml') || part.endsWith('.rels')) expect(XML_ILLEGAL.test(data.toString('utf8')), part).toBe(false);
    }
    const text = execFileSync('pdftotext', ['-layout', pdf!, '-'], { encoding: 'utf8' });
    expect(text).toContain('TRƯỜNG THPT AN LÃO');
    expect(text).toContain('Ghi chú thử');
    // The terminal gets the cleaned name too.
    expect(run.stdout).toContain(`Đã tạo báo cáo «Báo cáo CĐS quý III-2026 - Trường THPT An Lão»: ${docx}`);
  }, 240_000);
});
