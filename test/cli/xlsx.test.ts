import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/cli/commands';
import { readXlsxTabs } from '../../src/cli/xlsx';
import { assess } from '../../src/core/evaluate';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';
import { readPlan } from '../../src/sheet/workbook';
import { captureConsole } from '../support/console';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-xlsx-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function stripRef<T extends { ref?: string }>(record: T): Omit<T, 'ref'> {
  const { ref: _ref, ...rest } = record;
  return rest;
}

describe('cds-tracker template', () => {
  const file = path.join(dir, 'out', 'mau.xlsx');

  it('writes the workbook with the sample; reading it back gives the same plan', async () => {
    const { out } = captureConsole();
    expect(await runCommand(['template', file])).toBe(0);
    expect(out.join('\n')).toContain('Đã tạo bảng theo dõi với kế hoạch mẫu');

    const tabs = await readXlsxTabs(file);
    // Only the tabs the command line reads: Tổng quan and Nhật ký (the add-in's own) are skipped.
    expect([...tabs.keys()]).toEqual(['Chỉ tiêu', 'Nhiệm vụ', 'Tiến độ', 'Phân công', 'Tự đánh giá CĐS', 'Cấu hình']);
    const { plan, problems } = readPlan(tabs, { fallbackYear: 1999 });
    const sample = samplePlan();
    expect(problems).toEqual([]);
    expect(plan.settings).toEqual(sample.settings);
    // A result shown as a percentage reads back as the text shown ("92%" for 0.92): the same result.
    const meaning = (i: (typeof sample.indicators)[number]) => ({ ...i, quarterResults: i.quarterResults.map((v) => assess(v, i.targetText)) });
    expect(plan.indicators.map(stripRef).map(meaning)).toEqual(sample.indicators.map(meaning));
    expect(plan.indicators[0]!.quarterResults).toEqual(['92%', '97%', '100%', '']);
    expect(plan.indicators[9]!.quarterResults).toEqual(['30%', '55%', 70, '']); // 70 typed as percentage points stays 70
    expect(plan.tasks.map(stripRef)).toEqual(sample.tasks);
    expect(plan.assignments).toEqual(sample.assignments);
    expect(plan.progress.filter((p) => p.status !== '').map(stripRef)).toEqual(sample.progress);
    expect(plan.selfAssessment!.criteria.map(stripRef)).toEqual(sample.selfAssessment!.criteria.map(stripRef));
  });

  it('lays it out: frozen headers, dropdown, date validation, formats, conditional formats, formulas with cached values', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const progress = wb.getWorksheet('Tiến độ')!;
    expect(progress.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const validations = (progress as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    // exceljs reads a range's validation back cell by cell.
    for (const a1 of ['E2', 'E1000']) expect(validations[a1]).toMatchObject({ type: 'list', formulae: ['"Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng"'] });
    expect(validations.F500).toMatchObject({ type: 'date' });
    expect(validations.E1).toBeUndefined();
    expect(progress.getCell('D2').numFmt).toBe('dd/mm/yyyy');
    const overdue = progress.getCell('I9').value as ExcelJS.CellFormulaValue; // task 3, Quý III: 15 days on 15/10
    expect(overdue.formula).toBe('IF(OR(D9="",E9="Hoàn thành"),0,MAX(0,TODAY()-D9))');
    expect(overdue.result).toBe(15);
    const indicators = wb.getWorksheet('Chỉ tiêu')!;
    expect(indicators.getCell('M3').numFmt).toBe('0.0%');
    expect(indicators.getCell('N3').value).toBe('Đạt');
    const rules = (indicators as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(rules.map((r) => [r.ref, r.rules[0]!.formulae[0]])).toEqual([
      ['N2:N1000', 'N2="Đạt"'],
      ['N2:N1000', 'N2="Chưa đạt"'],
      ['N2:N1000', 'LEFT(N2,3)="Lỗi"'],
    ]);
    expect(wb.getWorksheet('Phân công')!.getCell('C2').value).toBe('hung.nv@example.edu.vn');
  });

  it('never overwrites an existing file', async () => {
    const { err } = captureConsole();
    const before = fs.readFileSync(file);
    expect(await runCommand(['template', file])).toBe(1);
    expect(err.join('\n')).toContain('đã có. Không ghi đè');
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('refuses a name without .xlsx, and a file in the way of the template is left untouched', async () => {
    const { err } = captureConsole();
    expect(await runCommand(['template', path.join(dir, 'ke-hoach.xls')])).toBe(2);
    expect(err.pop()).toBe(`Tên tệp phải có đuôi .xlsx: «${path.join(dir, 'ke-hoach.xls')}».`);
    const mine = path.join(dir, 'cua-toi.xlsx');
    fs.writeFileSync(mine, 'bảng tính của thầy cô');
    expect(await runCommand(['template', mine, '--trong'])).toBe(1);
    expect(fs.readFileSync(mine, 'utf8')).toBe('bảng tính của thầy cô');
  });

  it('--trong writes a blank workbook whose check lists what to fill', async () => {
    const blank = path.join(dir, 'trong.xlsx');
    captureConsole();
    expect(await runCommand(['template', blank, '--trong'])).toBe(0);
    const { plan, problems } = readPlan(await readXlsxTabs(blank), { fallbackYear: 2027 });
    expect(plan.indicators).toEqual([]);
    expect(plan.settings.planYear).toBe(2027);
    expect(problems.map((p) => p.message)).toContain('Chưa điền «Tên đơn vị» (Ví dụ: Trường THPT An Lão).');
  });
});

describe('cds-tracker check', () => {
  it('prints the sample\'s only problem: the default criteria\'s group 2 adds to 90, not 100', async () => {
    const file = path.join(dir, 'check.xlsx');
    captureConsole();
    await runCommand(['template', file]);
    const { out } = captureConsole();
    expect(await runCommand(['check', file])).toBe(3);
    const text = out.join('\n');
    expect(text).toContain('Có 1 vấn đề cần sửa:');
    expect(text).toContain('1. Tự đánh giá CĐS!D20: Nhóm «Chuyển đổi số trong quản trị cơ sở giáo dục»: tổng điểm tối đa là 90, chưa đối chiếu đủ với QĐ 4725');
  });

  it('lists each problem with tab and cell, and exits 3', async () => {
    const file = path.join(dir, 'sai.xlsx');
    captureConsole();
    await runCommand(['template', file]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('Chỉ tiêu')!.getCell('D4').value = '> 100%';
    wb.getWorksheet('Phân công')!.getCell('C3').value = 'lan.pt@';
    await wb.xlsx.writeFile(file);
    const { out } = captureConsole();
    expect(await runCommand(['check', file])).toBe(3);
    const text = out.join('\n');
    expect(text).toContain('Có 3 vấn đề cần sửa:'); // the third: the default criteria's group 2 adds to 90
    expect(text).toContain("1. Chỉ tiêu!D4: Chỉ tiêu 2: Chỉ tiêu '> 100%' không bao giờ đạt được vì tỷ lệ không thể vượt quá 100%.");
    expect(text).toContain("2. Phân công!C3: E-mail không hợp lệ: 'lan.pt@'");
  });

  it('says plainly when the file is missing or not an .xlsx', async () => {
    const { err } = captureConsole();
    expect(await runCommand(['check', path.join(dir, 'khong-co.xlsx')])).toBe(1);
    const junk = path.join(dir, 'junk.xlsx');
    fs.writeFileSync(junk, 'not a zip');
    expect(await runCommand(['check', junk])).toBe(1);
    expect(err.join('\n')).toContain('Không tìm thấy tệp');
    expect(err.join('\n')).toContain(`«${junk}» không phải tệp .xlsx`);
  });
});

describe('readXlsxTabs on a Google Sheets export', () => {
  it('takes cached values of DUMMYFUNCTION cells, days from dates, % cells as typed, merged group rows once', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chỉ tiêu');
    ws.addRow(['STT', 'Chỉ tiêu', 'Mức đạt 2026', 'Quý I', 'Đánh giá', 'Ngày']);
    ws.addRow(['I. Thể chế và quản trị số']);
    ws.mergeCells('A2:F2');
    ws.addRow([1, 'Hồ sơ điện tử', 1, 0.92, null, new Date(Date.UTC(2026, 3, 5))]);
    ws.getCell('C3').numFmt = '0%';
    ws.getCell('D3').numFmt = '0.0%';
    ws.getCell('E3').value = { formula: 'IFERROR(__xludf.DUMMYFUNCTION("CDS_DANHGIA(D3:D5,C3:C5)"),"Chưa đạt")', result: 'Chưa đạt' } as ExcelJS.CellFormulaValue;
    ws.addRow([2, 'Văn bản điện tử', '≥95%', '96%']);
    ws.getCell('E4').value = { formula: 'IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"Đạt")', result: 'Đạt' } as ExcelJS.CellFormulaValue;
    const lead = wb.addWorksheet('Nhiệm vụ');
    lead.addRow(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian']);
    lead.addRow([1, 'A', 'Kế toán', 'Quý I']);
    lead.addRow([2, 'B', null, 'Quý II']);
    lead.mergeCells('C2:C3');
    const file = path.join(dir, 'export.xlsx');
    await wb.xlsx.writeFile(file);

    const tabs = await readXlsxTabs(file);
    expect(tabs.get('Chỉ tiêu')).toEqual([
      ['STT', 'Chỉ tiêu', 'Mức đạt 2026', 'Quý I', 'Đánh giá', 'Ngày'],
      ['I. Thể chế và quản trị số'],
      [1, 'Hồ sơ điện tử', '100%', '92%', 'Chưa đạt', { year: 2026, month: 4, day: 5 }],
      [2, 'Văn bản điện tử', '≥95%', '96%', 'Đạt'],
    ]);
    // A unit merged down two task rows leads both.
    expect(tabs.get('Nhiệm vụ')!.map((r) => r[2])).toEqual(['Đơn vị chủ trì', 'Kế toán', 'Kế toán']);
    const { plan } = readPlan(tabs, { fallbackYear: 2026 });
    expect(plan.indicators.map((i) => [i.group.name, i.targetText, i.quarterResults[0]])).toEqual([
      ['Thể chế và quản trị số', '100%', '92%'],
      ['Thể chế và quản trị số', '≥95%', '96%'],
    ]);
  });
});

it('the template is as of the sample day', () => {
  expect(SAMPLE_AS_OF).toEqual({ year: 2026, month: 10, day: 15 });
});
