import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QD4725_CRITERIA } from '../../src/core/dti/qd4725';
import { runUpdate } from '../../src/cli/update';
import { readXlsxTabs } from '../../src/cli/xlsx';
import { templateXlsx } from '../../src/cli/xlsxTemplate';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import { readWorkbook } from '../../src/sheet/workbook';

const TAB = 'Tự đánh giá CĐS';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cds-dti-'));
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function update(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runUpdate(args, { readTabs: readXlsxTabs, today: () => SAMPLE_AS_OF, log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out, err };
}

function headerIndex(ws: ExcelJS.Worksheet, row: number): Map<string, number> {
  const out = new Map<string, number>();
  ws.getRow(row).eachCell((cell, c) => out.set(String(cell.value), c));
  return out;
}

/** Points a school types, by code (group 1: 76, Mức 3; group 2: 49 of 90, Mức 1). */
const POINTS: Record<string, number | string> = {
  '1.1': 'Đạt', '1.2': 'Đạt', '1.3.1': 6, '1.3.2': 6, '1.3.3': 6, '1.3.4': 6, '1.3.5': 6, '1.4': 10, '1.5.1': 15, '1.5.2': 5,
  '1.6.1': 7, '1.6.2': 3, '1.6.3': 0, '1.7.1': 6, '1.7.2': 0, '1.7.3': 0,
  '2.1': 'Đạt', '2.2': 'Chưa đạt', '2.3.1': 6, '2.3.2': 6, '2.3.3': 10, '2.3.4': 6, '2.3.5': 5, '2.3.6': 0, '2.3.7': 6, '2.3.8': 0, '2.4.1': 0, '2.4.2': '4,5', '2.4.3': '5,5',
};

describe('«Tự đánh giá CĐS» in the .xlsx', () => {
  it('round-trips: template → the school fills it in Excel → read back, and `update` fills its computed columns', async () => {
    const dir = tmp();
    const template = path.join(dir, 'mau.xlsx');
    fs.writeFileSync(template, await templateXlsx(undefined, SAMPLE_AS_OF));
    const wb = await load(template);
    const ws = wb.getWorksheet(TAB)!;
    expect(ws).toBeDefined();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng quan', 'Chỉ tiêu', 'Nhiệm vụ', 'Tiến độ', 'Phân công', TAB, 'Cấu hình', 'Nhật ký']);
    const h = headerIndex(ws, 1);
    expect([...h.keys()].slice(0, 9)).toEqual(['Mã', 'Tiêu chí', 'Nhóm', 'Điểm tối đa', 'Bắt buộc', 'Điểm tự đánh giá', 'Minh chứng', 'Ghi chú', 'Phụ trách']);
    // The default criteria, codes as text (1.4 never becomes a number), and the computed columns marked.
    expect(ws.actualRowCount).toBe(1 + QD4725_CRITERIA.length);
    expect(ws.getCell(9, h.get('Mã')!).value).toBe('1.4');
    const names = wb.definedNames.model.map((n) => n.name);
    for (const key of ['met', 'groupScore', 'level', 'linkedTasks', 'taskEvidence']) expect(names).toContain(`_cds_selfAssessment_${key}`);
    expect(ws.getCell(20, h.get('Mức')!).value).toBe('Chưa đánh giá; tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725');

    // The school scores in Excel and links task 1 of its own plan to 1.3 («Tiêu chí 4725» of Nhiệm vụ).
    for (let r = 2; r <= ws.actualRowCount; r++) ws.getCell(r, h.get('Điểm tự đánh giá')!).value = POINTS[String(ws.getCell(r, h.get('Mã')!).value)]!;
    ws.getCell(9, h.get('Minh chứng')!).value = 'https://drive.google.com/hoc-lieu-so';
    const filled = path.join(dir, 'da-cham.xlsx');
    await wb.xlsx.writeFile(filled);

    const read = readWorkbook(await readXlsxTabs(filled), { fallbackYear: 2026 });
    expect(read.problems.filter((p) => p.tab === TAB)).toEqual([]);
    const criteria = read.plan.selfAssessment!.criteria;
    expect(criteria.map((c) => c.code)).toEqual(QD4725_CRITERIA.map((c) => c.code));
    expect(criteria.find((c) => c.code === '1.4')).toMatchObject({ score: 10, maxPoints: 10, evidence: 'https://drive.google.com/hoc-lieu-so' });
    expect(criteria.find((c) => c.code === '2.4.2')!.score).toBe('4,5');

    const { code, out, err } = await update([filled]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out.find((l) => l.startsWith('• Tự đánh giá CĐS'))).toBe(
      '• Tự đánh giá CĐS (QĐ 4725): «Chuyển đổi số trong dạy, học»: 76/100 điểm — Mức 3 (đáp ứng tốt). ' +
        '«Chuyển đổi số trong quản trị cơ sở giáo dục»: 49/90 điểm (tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725) — Mức 1 (chưa đáp ứng). ' +
        'Mức của trường: Mức 1 (chưa đáp ứng) — tối đa Mức 1 vì còn điều kiện bắt buộc chưa đạt.',
    );
    const after = (await load(path.join(dir, 'da-cham-cap-nhat.xlsx'))).getWorksheet(TAB)!;
    const rowOf = (code: string) => QD4725_CRITERIA.findIndex((c) => c.code === code) + 2;
    expect(after.getCell(rowOf('1.4'), h.get('Điểm nhóm')!).value).toBe('76/100');
    expect(after.getCell(rowOf('1.4'), h.get('Mức')!).value).toBe('Mức 3 (đáp ứng tốt)');
    expect(after.getCell(rowOf('2.4.3'), h.get('Điểm nhóm')!).value).toBe('49/90');
    expect(after.getCell(rowOf('2.4.3'), h.get('Mức')!).value).toBe('Mức 1 (chưa đáp ứng); tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725');
    expect(after.getCell(rowOf('2.2'), h.get('Đạt điều kiện')!).value).toBe('Chưa đạt');
    // What staff typed is as they typed it.
    expect(after.getCell(rowOf('2.4.2'), h.get('Điểm tự đánh giá')!).value).toBe('4,5');
    expect(after.getCell(rowOf('1.4'), h.get('Minh chứng')!).value).toBe('https://drive.google.com/hoc-lieu-so');
  });

  it('a school\'s own layout: moved and renamed columns, its own «Mức», a formula, a total row and a note are never overwritten', async () => {
    const dir = tmp();
    const file = path.join(dir, 'truong.xlsx');
    const wb = new ExcelJS.Workbook();
    const plan = samplePlan();
    // The plan tabs as the sample lays them out, Nhiệm vụ's task 1 naming criterion 1.4 in «Tiêu chí DTI».
    for (const [name, rows] of planTabs({ ...plan, tasks: plan.tasks.map((t) => (t.id === '1' ? { ...t, criteria: '1.4' } : t)) })) {
      if (name === TAB) continue;
      const sheet = wb.addWorksheet(name);
      rows.forEach((row, r) => row.forEach((cell, c) => {
        if (cell === '') return;
        sheet.getCell(r + 1, c + 1).value = typeof cell === 'object' ? new Date(Date.UTC(cell.year, cell.month - 1, cell.day)) : (r === 0 && cell === 'Tiêu chí 4725' ? 'Tiêu chí DTI' : cell);
      }));
    }
    const ws = wb.addWorksheet('Tự đánh giá DTI');
    ws.getCell('A1').value = 'PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ NĂM 2026';
    const header = ['STT', 'Mã tiêu chí', 'Nội dung tiêu chí', 'Nhóm tiêu chí', 'Điểm tự chấm', 'Điểm chuẩn', 'Điều kiện bắt buộc', 'Mức', 'Hồ sơ minh chứng', 'Điểm nhóm', 'Ghi chú, minh chứng của tổ'];
    header.forEach((text, i) => (ws.getCell(3, i + 1).value = text));
    QD4725_CRITERIA.forEach((c, i) => {
      const r = 4 + i;
      ws.getCell(r, 1).value = i + 1;
      ws.getCell(r, 2).value = c.code;
      ws.getCell(r, 3).value = c.name;
      ws.getCell(r, 4).value = c.group;
      ws.getCell(r, 5).value = POINTS[c.code]!;
      if (c.maxPoints !== undefined) ws.getCell(r, 6).value = c.maxPoints;
      if (c.mandatory) ws.getCell(r, 7).value = 'x';
      ws.getCell(r, 8).value = i % 2 ? 'Khá' : 'Tốt'; // the school's own «Mức»
      ws.getCell(r, 11).value = `Tổ ${(i % 3) + 1}`;
    });
    const formulaRow = 4 + QD4725_CRITERIA.findIndex((c) => c.code === '1.5.1');
    ws.getCell(formulaRow, 10).value = { formula: 'E' + formulaRow + '*1', result: 15 } as ExcelJS.CellFormulaValue;
    const total = 4 + QD4725_CRITERIA.length;
    ws.getCell(total, 3).value = 'Tổng cộng';
    ws.getCell(total, 5).value = { formula: `SUM(E4:E${total - 1})`, result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell(total, 10).value = 'tự cộng tay';
    ws.getCell(total + 2, 3).value = 'Ghi chú: điểm theo văn bản của Sở GDĐT';
    ws.getCell(total + 2, 10).value = 'không sửa';
    await wb.xlsx.writeFile(file);
    const before = await load(file);

    const { code, out, err } = await update([file]);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const after = (await load(path.join(dir, 'truong-cap-nhat.xlsx'))).getWorksheet('Tự đánh giá DTI')!;
    // Every cell that held something holds the same.
    const old = before.getWorksheet('Tự đánh giá DTI')!;
    old.eachRow((row, r) => row.eachCell((cell, c) => expect(JSON.stringify(after.getCell(r, c).value), cell.address).toBe(JSON.stringify(cell.value))));
    // «Mức» is the school's: reported, not written; the tool's columns are added right of the table.
    expect(out.join('\n')).toMatch(/«Mức» \(cột H\) của tab «Tự đánh giá DTI»/);
    const h = headerIndex(after, 3);
    expect(h.get('Đạt điều kiện')).toBe(12);
    expect(h.get('Nhiệm vụ liên quan')).toBe(13);
    expect(h.get('Minh chứng từ nhiệm vụ')).toBe(14);
    // The empty «Điểm nhóm» (only a formula) is taken and filled, around the formula; the total and note rows are left alone.
    const row14 = 4 + QD4725_CRITERIA.findIndex((c) => c.code === '1.4');
    expect(after.getCell(row14, 10).value).toBe('76/100');
    expect((after.getCell(formulaRow, 10).value as ExcelJS.CellFormulaValue).formula).toBe(`E${formulaRow}*1`);
    expect(after.getCell(total, 10).value).toBe('tự cộng tay');
    expect(after.getCell(total, 13).value).toBeNull();
    expect(after.getCell(total + 2, 10).value).toBe('không sửa');
    // Task 1 is linked to 1.4, its done quarters' evidence offered.
    expect(String(after.getCell(row14, 13).value)).toMatch(/^1\. /);
    expect(String(after.getCell(row14, 14).value)).toContain('NV 1, Quý I: https://example.edu.vn/minh-chung/nv01-1');
    expect(after.getCell(row14, 9).value).toBeNull(); // the staff's «Hồ sơ minh chứng» stays blank
  });
});
