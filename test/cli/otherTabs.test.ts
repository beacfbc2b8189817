/**
 * The bounds on a tab (rows, columns, merged cells) protect the command line from hostile files,
 * but a school's workbook may hold tabs of its own that are large and legitimate: a real
 * 25,000-row «Danh sách học sinh» once made check and report refuse the whole file. Only the tabs
 * the command line reads (the plan tabs by name or other spelling, and the sent-log tab
 * «Nhật ký nhắc việc» with its «(CĐS)» variants) are bounded and parsed; any other tab is skipped
 * without its XML being parsed at all. Driven through the built command line.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPlainVietnamese, runBuiltCli } from './builtCli';
import { sheetXml, workbookEntries, zipArchive } from './handmadeXlsx';

let dir: string;
let template: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-other-tabs-'));
  template = path.join(dir, 'mau.xlsx');
  const made = await runBuiltCli(['template', template]);
  expect(made.code, made.stderr).toBe(0);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Khánh', 'Linh', 'Minh', 'Ngọc', 'Phúc', 'Quân', 'Thảo'];

/** The template with a «Danh sách học sinh» tab of `rows` students, as a school keeps one. */
async function withStudentList(name: string, rows: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(template);
  const ws = workbook.addWorksheet('Danh sách học sinh');
  ws.addRow(['STT', 'Họ và tên', 'Lớp', 'Ngày sinh', 'Giới tính', 'Địa chỉ', 'Số điện thoại phụ huynh']);
  for (let i = 1; i <= rows; i++) {
    ws.addRow([
      i,
      `${FAMILY[i % FAMILY.length]} Văn ${GIVEN[i % GIVEN.length]} ${i}`,
      `${10 + (i % 3)}A${1 + (i % 12)}`,
      new Date(Date.UTC(2009 + (i % 3), i % 12, 1 + (i % 28))),
      i % 2 ? 'Nam' : 'Nữ',
      `Thôn ${1 + (i % 9)}, xã An Lão`,
      `09${String(10_000_000 + i).slice(-8)}`,
    ]);
  }
  ws.getCell('B1').note = 'Họ tên theo giấy khai sinh'; // a note: parts of its own, referred to from the skipped tab
  ws.addTable({ name: 'SiSo', ref: 'J1', columns: [{ name: 'Lớp' }, { name: 'Sĩ số' }], rows: [['10A1', 42]] });
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

function writeXlsx(name: string, sheets: { name: string; xml: string }[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, zipArchive(workbookEntries(sheets)));
  return file;
}

const SETTINGS = { name: 'Cấu hình', xml: sheetXml({ A1: 'Thiết lập', B1: 'Giá trị', A2: 'Tên đơn vị', B2: 'Trường THPT An Lão' }) };

describe('tabs the command line does not read (built CLI)', { timeout: 240_000 }, () => {
  it('a 25,000-row «Danh sách học sinh» does not stop check, report or remind', async () => {
    const file = await withStudentList('ke-hoach-hoc-sinh.xlsx', 25_000);
    const check = await runBuiltCli(['check', file]);
    expect(check.stderr).toBe('');
    // The sample's only problem: the default QĐ 4725 criteria's group 2 adds to 90, not 100.
    expect(check.code).toBe(3);
    expect(check.stdout).toContain(`Kiểm tra dữ liệu: ${file}`);
    expect(check.stdout).toContain('Có 1 vấn đề cần sửa:');
    expect(check.stdout).toContain('chưa đối chiếu đủ với QĐ 4725');

    const report = await runBuiltCli(['report', file, '--ky', 'quy-3-2026', '--out', dir]);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    expect(report.stdout).toMatch(/Đã tạo báo cáo/);

    const remind = await runBuiltCli(['remind', file, '--ngay', '2026-10-15', '--dry-run']);
    expect(remind.stderr).toBe('');
    expect(remind.code).toBe(0);
  });

  it('another tab reaching XFD1048576, merged over the whole sheet, or not even well-formed XML is skipped unparsed', async () => {
    const file = writeXlsx('tab-rieng.xlsx', [
      SETTINGS,
      { name: 'Ghi chú riêng', xml: sheetXml({ A1: 'xa', XFD1048576: 'rất xa' }, '<mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells>') },
      { name: 'Bản nháp', xml: '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>dở dang' },
    ]);
    const run = await runBuiltCli(['check', file], { nodeArgs: ['--max-old-space-size=160'] });
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(3); // the plan tabs are missing: said as problems, not as an unreadable file
    expect(run.stdout).toContain('Không có tab «Nhiệm vụ»');
    expect(run.stdout).not.toMatch(/Ghi chú riêng|Bản nháp/);
    expect(run.peakMiB, 'peak memory (MiB)').toBeLessThan(400);
  });

  it('the tabs it reads stay bounded: a plan tab by another spelling and the sent-log tab «(CĐS)»', async () => {
    const alias = writeXlsx('phu-luc.xlsx', [SETTINGS, { name: 'Phụ lục 2', xml: sheetXml({ A1: 'STT', XFD1048576: 'xa' }) }]);
    const run = await runBuiltCli(['check', alias]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('«Phụ lục 2»');
    expectPlainVietnamese(run.stderr);

    const log = writeXlsx('nhat-ky.xlsx', [SETTINGS, { name: 'Nhật ký nhắc việc (CĐS)', xml: sheetXml({ A1: 'Thời điểm', XFD1048576: 'xa' }) }]);
    const remind = await runBuiltCli(['remind', log, '--ngay', '2026-10-15', '--dry-run']);
    expect(remind.code).toBe(1);
    expect(remind.stderr).toContain('«Nhật ký nhắc việc (CĐS)»');
    expectPlainVietnamese(remind.stderr);
  });
});
