/**
 * `cds-tracker rollup <thư-mục> --bao-cao [--ky] [--cau-hinh]`: the Sở's consolidated report of 300
 * generated schools written next to the roll-up workbook, opened by LibreOffice (scripts/preview.mjs
 * → PDF, one PNG per page), and what the command says when an option is wrong.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RollupDeps, runRollup } from '../../src/cli/rollup';
import { calendarDate as d } from '../../src/core/date';
import { SAMPLE_SO_SETTINGS, sampleSnapshots } from '../../src/sample/soRollup';
import { planTabs } from '../../src/sheet/planTabs';
import { officialTextProblems } from '../support/officialText';
import { unzip } from '../support/zip';

let dir: string;
let folder: string;
let out: string[];
let err: string[];

function deps(): RollupDeps {
  out = [];
  err = [];
  return {
    // The --cau-hinh workbook: the Sở's own tracker, its Cấu hình filled in (reader injected).
    readTabs: async (file) => (file.endsWith('so.xlsx') ? planTabs({ settings: SAMPLE_SO_SETTINGS, indicators: [], tasks: [], progress: [], assignments: [] }) : new Map([['Trang tính1', [['x']]]])),
    today: () => d(2026, 10, 15),
    // After the last sample snapshot was sent (09:15): a snapshot sent after now is skipped (sentAtAheadProblem).
    now: () => new Date('2026-10-15T17:00:00+07:00'),
    log: (l) => out.push(l),
    error: (l) => err.push(l),
  };
}

/** The document's text runs (a table cell is one run). */
function documentRuns(file: string): string[] {
  const xml = unzip(fs.readFileSync(file)).get('word/document.xml')!.toString('utf8');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-rollup-report-'));
  folder = path.join(dir, 'so-lieu');
  fs.mkdirSync(folder);
  for (const s of sampleSnapshots(300)) fs.writeFileSync(path.join(folder, `${s.schoolId}.json`), JSON.stringify(s));
  for (const name of ['so.xlsx', 'khong-cau-hinh.xlsx']) fs.writeFileSync(path.join(dir, name), 'stand-in: the reader is injected');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('rollup --bao-cao', () => {
  let docx: string;

  beforeAll(async () => {
    const code = await runRollup([folder, '--out', path.join(dir, 'tong-hop.xlsx'), '--bao-cao', '--cau-hinh', path.join(dir, 'so.xlsx')], deps());
    expect(err).toEqual([]);
    expect(code).toBe(0);
    docx = path.join(dir, 'bao-cao-tong-hop-cds-quy-3-2026-so-giao-duc-va-dao-tao-hai-phong.docx');
  });

  it('writes the consolidated report next to tong-hop.xlsx, headed by the Sở, and says so', () => {
    expect(fs.existsSync(path.join(dir, 'tong-hop.xlsx'))).toBe(true);
    expect(fs.existsSync(docx)).toBe(true);
    expect(out).toContain(`\nĐã tạo báo cáo tổng hợp «Báo cáo tổng hợp CĐS quý III-2026 - Sở Giáo dục và Đào tạo Hải Phòng»: ${docx}`);
    const runs = documentRuns(docx);
    const text = runs.join('');
    for (const s of ['UBND THÀNH PHỐ HẢI PHÒNG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'Số: …/BC-SGDĐT', 'Hải Phòng, ngày 15 tháng 10 năm 2026', 'KT. GIÁM ĐỐC', 'Số trường thuộc phạm vi tổng hợp: 300 trường.', 'Số trường chưa gửi số liệu từ ngày 15/9/2026: 12 trường (lần gửi gần nhất trước ngày 15/9/2026); danh sách tại Phụ lục I.']) {
      expect(text).toContain(s);
    }
    expect(officialTextProblems(text)).toEqual([]);
    const percents = runs.flatMap((r) => [...r.matchAll(/(\d+(?:,\d+)?)%/g)].map((m) => Number(m[1]!.replace(',', '.'))));
    expect(percents.length).toBeGreaterThan(30);
    expect(percents.filter((x) => x > 100)).toEqual([]);
  });

  it('opens in LibreOffice: an A4 PDF in Liberation Serif, page 1 unnumbered with the header, Phụ lục after the signature', () => {
    execFileSync(process.execPath, ['scripts/preview.mjs', docx], { encoding: 'utf8', env: { ...process.env, PREVIEW_DPI: '40' } });
    const pdf = docx.replace(/\.docx$/, '.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.89 pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(pages);
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toContain('LiberationSerif');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const [first, ...rest] = text.split('\f');
    expect(first).toMatch(/SỞ GIÁO DỤC VÀ ĐÀO TẠO\s+Độc lập - Tự do - Hạnh phúc/);
    expect(first).toMatch(/Số: …\/BC-SGDĐT\s+Hải Phòng, ngày 15 tháng 10 năm 2026/);
    expect(first!.trimStart().startsWith('1')).toBe(false);
    expect(rest[0]!.trimStart()).toMatch(/^2\s/);
    expect(text.indexOf('./.')).toBeLessThan(text.indexOf('Nơi nhận:'));
    expect(text.indexOf('DANH SÁCH TRƯỜNG CHƯA GỬI SỐ LIỆU')).toBeGreaterThan(text.indexOf('Nguyễn Văn A'));
    // The Phụ lục starts on a page of its own.
    expect(rest.find((p) => p.includes('DANH SÁCH TRƯỜNG CHƯA GỬI SỐ LIỆU'))).not.toContain('Nguyễn Văn A');
  }, 120_000);
});

describe('rollup --bao-cao: what it says', () => {
  it('without --cau-hinh: the report with «…» and one line saying what to add', async () => {
    const sub = fs.mkdtempSync(path.join(dir, 'blank-'));
    const code = await runRollup([folder, '--out', path.join(sub, 'tong-hop.xlsx'), '--ky', 'nam-2026'], deps());
    expect(code).toBe(0);
    expect(fs.readdirSync(sub).sort()).toEqual(['bao-cao-tong-hop-cds-nam-2026.docx', 'tong-hop.xlsx']);
    expect(out.join('\n')).toContain('Chưa có --cau-hinh: báo cáo để trống («…») tên đơn vị, ký hiệu, địa danh, người ký, nơi nhận và đề xuất');
  });

  it('a bad --ky or a --cau-hinh workbook without Cấu hình stops before anything is written', async () => {
    const sub = fs.mkdtempSync(path.join(dir, 'bad-'));
    expect(await runRollup([folder, '--out', path.join(sub, 'tong-hop.xlsx'), '--ky', 'quy-5-2026'], deps())).toBe(2);
    expect(err[0]).toMatch(/^Tham số --ky: không hiểu kỳ báo cáo 'quy-5-2026'/);
    expect(await runRollup([folder, '--out', path.join(sub, 'tong-hop.xlsx'), '--cau-hinh', path.join(dir, 'khong-cau-hinh.xlsx')], deps())).toBe(1);
    expect(err[0]).toContain('không có trang «Cấu hình»');
    expect(fs.readdirSync(sub)).toEqual([]);
  });
});
