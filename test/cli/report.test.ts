import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand, usageText } from '../../src/cli/commands';
import { runReport, type ReportDeps } from '../../src/cli/report';
import { reportFileStem, writeNewFile } from '../../src/cli/reportFile';
import { DEFAULT_XLSX_COMMAND_DEPS } from '../../src/cli/xlsx';
import { calendarDate as d } from '../../src/core/date';
import { buildReport } from '../../src/core/report/model';
import { samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import { officialTextProblems } from '../support/officialText';
import { unzip } from '../support/zip';

let dir: string;
let out: string[];
let err: string[];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-report-'));
  out = [];
  err = [];
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

function deps(today = d(2026, 10, 15)): ReportDeps {
  return { readTabs: async () => planTabs(samplePlan()), today: () => today, log: (l) => out.push(l), error: (l) => err.push(l) };
}

function exportFile(): string {
  const file = path.join(dir, 'ke-hoach.xlsx');
  fs.writeFileSync(file, 'stand-in: the reader is injected');
  return file;
}

function documentText(file: string): string {
  const xml = unzip(fs.readFileSync(file)).get('word/document.xml')!.toString('utf8');
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  // Every report these tests make holds no diagnostics and no false figures (issue 10).
  expect(officialTextProblems(text)).toEqual([]);
  return text;
}

describe('cds-tracker report', () => {
  it('is listed in the usage text', () => {
    expect(usageText()).toMatch(/report <tệp\.xlsx> \[--ky quy-3-2026\|6-thang-2026\|nam-2026\] \[--ngay YYYY-MM-DD\|DD\/MM\/YYYY\] \[--phu-luc\] \[--out <thư mục>\]\s+Tạo báo cáo/);
  });

  it('writes the last finished quarter next to the export by default, and says where', async () => {
    const file = exportFile();
    expect(await runReport([file], deps())).toBe(0);
    const written = path.join(dir, 'bao-cao-cds-quy-3-2026-truong-thpt-an-lao.docx');
    expect(fs.existsSync(written)).toBe(true);
    expect(out[0]).toBe(`Đã tạo báo cáo «Báo cáo CĐS quý III-2026 - Trường THPT An Lão»: ${written}`);
    const text = documentText(written);
    expect(text).toContain('Kết quả thực hiện Kế hoạch chuyển đổi số quý III năm 2026');
    // The figures agree with the report of the same plan built directly.
    const direct = buildReport(samplePlan(), { kind: 'quarter', year: 2026, quarter: 3 }, d(2026, 10, 15));
    expect(text).toContain(direct.indicators.overview[0]!);
    expect(text).toContain(direct.tasks.overview[0]!);
  });

  it('--ky and --out choose the period and the folder; a second run never overwrites the first', async () => {
    const file = exportFile();
    const target = path.join(dir, 'bao-cao');
    expect(await runReport([file, '--ky', '6-thang-2026', '--out', target], deps())).toBe(0);
    const first = path.join(target, 'bao-cao-cds-6-thang-2026-truong-thpt-an-lao.docx');
    const before = fs.readFileSync(first);
    expect(await runReport([file, '--ky=6-thang-2026', '--out', target], deps())).toBe(0);
    expect(fs.readdirSync(target).sort()).toEqual(['bao-cao-cds-6-thang-2026-truong-thpt-an-lao-2.docx', 'bao-cao-cds-6-thang-2026-truong-thpt-an-lao.docx']);
    expect(Buffer.compare(fs.readFileSync(first), before)).toBe(0);
    expect(documentText(first)).toContain('6 tháng đầu năm 2026');
  });

  it('--ky thang-11-2026 writes the monthly report, titled and named for the month', async () => {
    const file = exportFile();
    expect(await runReport([file, '--ky', 'thang-11-2026'], deps(d(2026, 12, 3)))).toBe(0);
    const written = path.join(dir, 'bao-cao-cds-thang-11-2026-truong-thpt-an-lao.docx');
    expect(out[0]).toBe(`Đã tạo báo cáo «Báo cáo CĐS tháng 11/2026 - Trường THPT An Lão»: ${written}`);
    const text = documentText(written);
    expect(text).toContain('Kết quả thực hiện Kế hoạch chuyển đổi số tháng 11 năm 2026');
    expect(text).toContain('từ ngày 01/11/2026 đến ngày 30/11/2026');
  });

  it('bad input gets a Vietnamese message: exit code 2 for a wrong call, 1 for a missing file', async () => {
    expect(await runReport([], deps())).toBe(2);
    expect(err.pop()).toMatch(/^Thiếu <tệp\.xlsx>\.\nCách dùng: cds-tracker report <tệp\.xlsx>/);
    expect(await runReport([path.join(dir, 'khong-co.xlsx')], deps())).toBe(1);
    expect(err.pop()).toBe(`Không tìm thấy tệp «${path.join(dir, 'khong-co.xlsx')}».`);
    expect(await runReport([exportFile(), '--ky', 'quy-7-2026'], deps())).toBe(2);
    expect(err.pop()).toBe("Tham số --ky: không hiểu kỳ báo cáo 'quy-7-2026' (ví dụ: thang-11-2026, quy-3-2026, 6-thang-2026, nam-2026).");
    expect(fs.readdirSync(dir)).toEqual(['ke-hoach.xlsx']);
  });

  it('a file that is not an .xlsx, or an --out that is a file: says which, exit 1, writes nothing', async () => {
    const junk = path.join(dir, 'junk.xlsx');
    fs.writeFileSync(junk, 'not a zip');
    expect(await runReport([junk], { ...deps(), readTabs: DEFAULT_XLSX_COMMAND_DEPS.readTabs })).toBe(1);
    expect(err.pop()).toMatch(/^«.*junk\.xlsx» không phải tệp \.xlsx/);
    const notADir = path.join(dir, 'ghi-chu.txt');
    fs.writeFileSync(notADir, '');
    expect(await runReport([exportFile(), '--out', notADir], deps())).toBe(1);
    expect(err.pop()).toBe(`Không ghi được báo cáo vào thư mục «${notADir}»: «${notADir}» là một tệp, không phải thư mục.`);
    expect(fs.readdirSync(dir).sort()).toEqual(['ghi-chu.txt', 'junk.xlsx', 'ke-hoach.xlsx']);
  });

  it('names the Cấu hình rows to fill when settings are missing, and still writes the report', async () => {
    const plan = samplePlan();
    const missing = { ...plan, settings: { ...plan.settings, signerName: '', schoolCode: '' } };
    const file = exportFile();
    expect(await runReport([file], { ...deps(), readTabs: async () => planTabs(missing) })).toBe(0);
    expect(out.join('\n')).toContain('điền dòng «Người ký» trong trang Cấu hình');
    expect(out.join('\n')).toContain('điền dòng «Ký hiệu đơn vị» trong trang Cấu hình');
    const written = fs.readdirSync(dir).find((f) => f.endsWith('.docx'))!;
    expect(documentText(path.join(dir, written))).toContain('Số: …/BC-…');
  });

  it('--ngay dates the report and cuts a period not yet ended at that day (YYYY-MM-DD or DD/MM/YYYY) (issue 10)', async () => {
    const file = exportFile();
    const target = path.join(dir, 'a');
    expect(await runReport([file, '--ky', 'nam-2026', '--ngay', '2026-12-02', '--out', target], deps())).toBe(0);
    const text = documentText(path.join(target, 'bao-cao-cds-nam-2026-truong-thpt-an-lao.docx'));
    expect(text).toContain('An Lão, ngày 02 tháng 12 năm 2026');
    expect(text).toContain('tính đến ngày 02/12/2026');
    expect(text).not.toContain('Tính đến ngày 31/12/2026');
    expect(out.join('\n')).toContain('Kỳ này chưa kết thúc');
    const other = path.join(dir, 'b');
    expect(await runReport([file, '--ky', 'nam-2026', '--ngay', '02/12/2026', '--out', other], deps())).toBe(0);
    expect(documentText(path.join(other, 'bao-cao-cds-nam-2026-truong-thpt-an-lao.docx'))).toBe(text);
    // The default is today (deps().today: 15/10/2026).
    expect(await runReport([file, '--ky', 'nam-2026', '--out', path.join(dir, 'c')], deps())).toBe(0);
    expect(documentText(path.join(dir, 'c', 'bao-cao-cds-nam-2026-truong-thpt-an-lao.docx'))).toContain('tính đến ngày 15/10/2026');
  });

  it('--ngay that is not a day: a Vietnamese message, exit 2, nothing written', async () => {
    for (const bad of ['31/02/2026', '2026-13-01', 'hôm qua', '2/12']) {
      expect(await runReport([exportFile(), '--ngay', bad], deps())).toBe(2);
      // The same reading of --ngay as update and remind (cli/dayOption).
      expect(err.pop()).toMatch(new RegExp(`^Tham số --ngay: Ngày (không hợp lệ: «${bad}» \\(viết theo dạng YYYY-MM-DD hoặc DD/MM/YYYY|«${bad}» không có trên lịch)`));
    }
    expect(fs.readdirSync(dir)).toEqual(['ke-hoach.xlsx']);
  });

  it('--phu-luc adds the Phụ lục of what still has no data; without it the document has none (issue 10)', async () => {
    const file = exportFile();
    expect(await runReport([file, '--out', path.join(dir, 'a')], deps())).toBe(0);
    expect(documentText(path.join(dir, 'a', 'bao-cao-cds-quy-3-2026-truong-thpt-an-lao.docx'))).not.toContain('PHỤ LỤC');
    expect(await runReport([file, '--phu-luc', '--out', path.join(dir, 'b')], deps())).toBe(0);
    const text = documentText(path.join(dir, 'b', 'bao-cao-cds-quy-3-2026-truong-thpt-an-lao.docx'));
    expect(text).toContain('PHỤ LỤC');
    expect(text).toContain('Nhiệm vụ đến hạn chưa cập nhật tiến độ');
  });

  it('runs through the command table', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runCommand(['report'])).toBe(2);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^Thiếu <tệp\.xlsx>\.\nCách dùng: cds-tracker report/));
  });
});

describe('writeNewFile', () => {
  it('creates, then numbers: never replaces an existing file', () => {
    const a = writeNewFile(dir, 'x', Buffer.from('1'));
    const b = writeNewFile(dir, 'x', Buffer.from('2'));
    const c = writeNewFile(dir, 'x', Buffer.from('3'));
    expect([a, b, c].map((f) => path.basename(f))).toEqual(['x.docx', 'x-2.docx', 'x-3.docx']);
    expect(fs.readFileSync(a, 'utf8')).toBe('1');
  });

  it('file names are ASCII', () => {
    expect(reportFileStem({ kind: 'year', year: 2026 }, 'Trường Tiểu học Trần Dương')).toBe('bao-cao-cds-nam-2026-truong-tieu-hoc-tran-duong');
    expect(reportFileStem({ kind: 'half', year: 2026 }, '')).toBe('bao-cao-cds-6-thang-2026');
    expect(reportFileStem({ kind: 'month', year: 2026, month: 11 }, 'Trường THPT An Lão')).toBe('bao-cao-cds-thang-11-2026-truong-thpt-an-lao');
  });
});

describe('cds-tracker start', () => {
  it('prints the summary and writes the sample report under --out', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(await runCommand(['start', '--out', dir])).toBe(0);
    const lines = log.mock.calls.map((c) => String(c[0]));
    expect(lines[0]).toMatch(/^KẾT QUẢ THỰC HIỆN KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026/);
    expect(lines.at(-1)).toMatch(/^\nĐã tạo báo cáo «Báo cáo CĐS quý III-2026 - Trường THPT An Lão»: .*bao-cao-cds-quy-3-2026-truong-thpt-an-lao\.docx$/);
    expect(fs.readdirSync(dir)).toEqual(['bao-cao-cds-quy-3-2026-truong-thpt-an-lao.docx']);
  });
});
