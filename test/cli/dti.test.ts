import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand, usageText } from '../../src/cli/commands';
import { type DtiDeps, runDti } from '../../src/cli/dti';
import { calendarDate as d } from '../../src/core/date';
import { samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import type { TabValues } from '../../src/sheet/workbook';
import { docxBodyText } from '../support/docxText';
import { selfAssessmentPlan } from '../support/selfAssessmentPlan';

let dir: string;
let out: string[];
let err: string[];
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-dti-'));
  out = [];
  err = [];
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function deps(tabs: TabValues = planTabs(selfAssessmentPlan())): DtiDeps {
  return { readTabs: async () => tabs, today: () => d(2026, 10, 15), log: (l) => out.push(l), error: (l) => err.push(l) };
}

function exportFile(): string {
  const file = path.join(dir, 'ke-hoach.xlsx');
  fs.writeFileSync(file, 'stand-in: the reader is injected');
  return file;
}

describe('cds-tracker dti', () => {
  it('writes the phiếu and the báo cáo next to the export and prints the levels', async () => {
    expect(await runDti([exportFile()], deps())).toBe(0);
    expect(err).toEqual([]);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.docx')).sort();
    expect(files).toEqual(['bao-cao-tu-danh-gia-cds-2026-truong-thpt-an-lao.docx', 'phieu-tu-danh-gia-cds-2026-truong-thpt-an-lao.docx']);
    const text = out.join('\n');
    expect(text).toContain('Đã tạo phiếu tự đánh giá «Phiếu tự đánh giá CĐS năm 2026 - Trường THPT An Lão»');
    expect(text).toContain('  - Nhóm 1. Chuyển đổi số trong dạy, học: 64,5/100 điểm; Mức 2 (đáp ứng cơ bản), tạm tính: còn 2 tiêu chí chưa chấm');
    expect(text).toContain('  - Nhóm 2. Chuyển đổi số trong quản trị cơ sở giáo dục: 63/90 điểm (tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725); Mức 2 (đáp ứng cơ bản), tạm tính: còn 1 tiêu chí chưa chấm');
    const report = docxBodyText(fs.readFileSync(path.join(dir, files[0]!)));
    expect(report).toContain('Kết quả tự đánh giá mức độ chuyển đổi số năm 2026');
    expect(report).toContain('Chưa chấm');
  });

  it('--out and --ngay: another folder, another date; a second run never overwrites', async () => {
    const out2 = path.join(dir, 'ra');
    expect(await runDti([exportFile(), '--out', out2, '--ngay', '20/05/2026'], deps())).toBe(0);
    expect(await runDti([exportFile(), '--out', out2, '--ngay', '20/05/2026'], deps())).toBe(0);
    expect(fs.readdirSync(out2).sort()).toEqual([
      'bao-cao-tu-danh-gia-cds-2026-truong-thpt-an-lao-2.docx',
      'bao-cao-tu-danh-gia-cds-2026-truong-thpt-an-lao.docx',
      'phieu-tu-danh-gia-cds-2026-truong-thpt-an-lao-2.docx',
      'phieu-tu-danh-gia-cds-2026-truong-thpt-an-lao.docx',
    ]);
    expect(docxBodyText(fs.readFileSync(path.join(out2, 'phieu-tu-danh-gia-cds-2026-truong-thpt-an-lao.docx')))).toContain('An Lão, ngày 20 tháng 5 năm 2026');
  });

  it('refuses, in Vietnamese and with exit 1, a workbook without the tab', async () => {
    const tabs = new Map(planTabs(samplePlan()));
    tabs.delete('Tự đánh giá CĐS');
    expect(await runDti([exportFile()], deps(tabs))).toBe(1);
    expect(err.join('\n')).toMatch(/^Tệp|^Bảng tính không có tab «Tự đánh giá CĐS» nên chưa tạo được phiếu và báo cáo tự đánh giá\. Tạo tệp mẫu có tab này bằng lệnh «npx cds-tracker template mau\.xlsx»/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
  });

  it('refuses a tab whose header row it cannot find, naming the tab', async () => {
    const tabs = new Map(planTabs(samplePlan()));
    tabs.set('Tự đánh giá CĐS', [['Bảng chấm điểm'], ['a', 'b', 'c'], ['1', '2', '3']]);
    expect(await runDti([exportFile()], deps(tabs))).toBe(1);
    expect(err.join('\n')).toMatch(/^Không đọc được tab «Tự đánh giá CĐS» nên chưa tạo được phiếu và báo cáo tự đánh giá/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.docx'))).toEqual([]);
  });

  it('is one row of the command table', async () => {
    expect(usageText()).toContain('dti <tệp.xlsx>');
    const spy = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await runCommand(['dti', '--help'])).toBe(0);
    expect(spy.mock.calls.flat().join('\n')).toContain('--ngay');
    spy.mockRestore();
  });
});
