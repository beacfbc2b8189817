/**
 * The sample report as a person sees it: `npm run preview` (scripts/preview.mjs) converts the
 * .docx with LibreOffice and poppler (installed by .ci/run), and the PDF is checked for the page,
 * the fonts, the Vietnamese text and the chart.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSelfAssessment } from '../../src/cli/dti';
import { selfAssessmentModelOf } from '../../src/sheet/selfAssessment';
import { unopenableDocxPart } from '../../src/cli/docxParts';
import { writeReport } from '../../src/cli/reportFile';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';

let dir: string;
let pdf: string;
let output: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-preview-'));
  const written = await writeReport(samplePlan(), { kind: 'quarter', year: 2026, quarter: 3 }, SAMPLE_AS_OF, dir);
  output = execFileSync(process.execPath, ['scripts/preview.mjs', written.file], { encoding: 'utf8', env: { ...process.env, PREVIEW_DPI: '40' } });
  pdf = written.file.replace(/\.docx$/, '.pdf');
}, 120_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function pdfText(first?: number, last?: number): string {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, pdf, '-'], { encoding: 'utf8' });
}

describe('npm run preview', () => {
  it('converts the report to an A4 PDF set in Liberation Serif (Times New Roman metrics), one PNG per page', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.89 pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(9);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toContain('LiberationSerif');
    expect(fonts).not.toContain('DejaVu'); // Vietnamese letters did not fall back to another font
    const pngs = fs.readdirSync(dir).filter((f) => f.endsWith('.png'));
    expect(pngs).toHaveLength(pages);
    expect(output).toContain(`Ảnh từng trang (${pages})`);
  });

  it('page 1 has the header, the title and no page number; later pages are numbered at the top', () => {
    const first = pdfText(1);
    expect(first).toMatch(/SỞ GIÁO DỤC VÀ ĐÀO TẠO\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    expect(first).toMatch(/Số: …\/BC-THPTAL\s+An Lão, ngày 15 tháng 10 năm 2026/); // same line
    expect(first).toContain('BÁO CÁO');
    expect(first.trimStart().startsWith('1')).toBe(false);
    expect(pdfText(2).trimStart()).toMatch(/^2\s/);
  });

  it('keeps the signature block in one piece, after "./."', () => {
    const all = pdfText();
    expect(all.indexOf('./.')).toBeLessThan(all.indexOf('Nơi nhận:'));
    const lastPage = all.split('\f').filter((p) => p.trim()).at(-1)!;
    expect(lastPage).toContain('KT. HIỆU TRƯỞNG');
    expect(lastPage).toContain('Vương Văn Huy');
  });

  it('draws the chart as a native chart (no raster image): its axis, group names and values as text', () => {
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(images).toHaveLength(0);
    const all = pdfText();
    const chart = all.slice(0, all.indexOf('Biểu đồ: Tỷ lệ chỉ tiêu đạt theo nhóm'));
    for (const s of ['100%', '75%', '50%', '0%', '67%', '80%', '60%', 'I. Thể chế và quản trị', 'III. Phát triển nhân lực']) expect(chart).toContain(s);
  });
});

describe('npm run preview: the self-assessment documents (QĐ 4725)', () => {
  let dtiDir: string;
  let files: { sheet: string; report: string };
  beforeAll(async () => {
    dtiDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-preview-dti-'));
    const written = await writeSelfAssessment(selfAssessmentModelOf(samplePlan(), SAMPLE_AS_OF)!, dtiDir);
    files = { sheet: written.sheet.file, report: written.report.file };
    for (const file of [files.sheet, files.report]) {
      execFileSync(process.execPath, ['scripts/preview.mjs', file], { encoding: 'utf8', env: { ...process.env, PREVIEW_DPI: '30' } });
    }
  }, 240_000);
  afterAll(() => fs.rmSync(dtiDir, { recursive: true, force: true }));

  const textOf = (docx: string): string => execFileSync('pdftotext', ['-layout', docx.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' });

  it('LibreOffice opens both; the structural OOXML check passes', () => {
    for (const file of [files.sheet, files.report]) {
      expect(unopenableDocxPart(fs.readFileSync(file))).toBeUndefined();
      const info = execFileSync('pdfinfo', [file.replace(/\.docx$/, '.pdf')], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.89 pts \(A4\)/);
    }
    const sheet = textOf(files.sheet);
    expect(sheet).toContain('PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ');
    expect(sheet).toMatch(/Cộng nhóm 2: \d+(,\d+)?\/90 điểm \(tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725\)/);
    const report = textOf(files.report);
    for (const s of ['BÁO CÁO', 'I. ĐẶC ĐIỂM TÌNH HÌNH', 'II. KẾT QUẢ TỰ ĐÁNH GIÁ', 'III. ĐÁNH GIÁ CHUNG', 'IV. KẾ HOẠCH CẢI TIẾN, ĐỀ XUẤT', 'PHỤ LỤC']) expect(report).toContain(s);
    // The Phụ lục starts its own page, after the signature.
    const pages = report.split('\f');
    const annex = pages.findIndex((p) => p.includes('PHỤ LỤC'));
    expect(pages[annex - 1]).toContain('Vương Văn Huy');
    expect(pages[annex]!.trimStart().replace(/^\d+\s+/, '').startsWith('PHỤ LỤC')).toBe(true);
  });
});
