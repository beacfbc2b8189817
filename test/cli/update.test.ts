import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, calendarDate, isCalendarDate } from '../../src/core/date';
import { parseDayOption } from '../../src/cli/dayOption';
import { runUpdate } from '../../src/cli/update';
import { readXlsxTabs } from '../../src/cli/xlsx';
import { templateXlsx } from '../../src/cli/xlsxTemplate';
import { samplePlan, SAMPLE_AS_OF } from '../../src/sample/anLao2026';
import { planTabs } from '../../src/sheet/planTabs';
import type { Cell } from '../../src/sheet/workbook';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cds-update-'));
}

function excel(cell: Cell): ExcelJS.CellValue {
  if (cell === '') return null;
  return isCalendarDate(cell) ? new Date(Date.UTC(cell.year, cell.month - 1, cell.day)) : cell;
}

/** Header renames (aliases staff use) and the columns' new order: reversed, a staff column in the middle. */
const RENAMED: Record<string, string> = { STT: 'TT', 'Chỉ tiêu năm': 'Chỉ tiêu năm 2026', 'Tỷ lệ đạt': 'Tỉ lệ đạt', 'Trạng thái': 'Tình trạng thực hiện', 'Mã NV': 'Mã nhiệm vụ', Kỳ: 'Kỳ báo cáo' };

/** The sample plan laid out the way a school rearranged it: every plan tab scrambled, extra tabs and formulas. */
async function scrambledWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const tabs = planTabs(samplePlan());
  for (const [name, rows] of tabs) {
    const ws = wb.addWorksheet(name);
    if (name === 'Cấu hình') {
      rows.forEach((row, r) => row.forEach((cell, c) => (ws.getCell(r + 1, c + 1).value = excel(cell))));
      continue;
    }
    let header = [...rows[0]!.map(String)];
    let body = rows.slice(1).map((r) => [...r]);
    // Nhiệm vụ lost its «Tình trạng» column; Tiến độ lost every other row (update adds them back).
    const drop = name === 'Nhiệm vụ' ? header.indexOf('Tình trạng') : -1;
    if (drop >= 0) {
      header = header.filter((_, i) => i !== drop);
      body = body.map((r) => r.filter((_, i) => i !== drop));
    }
    if (name === 'Tiến độ') body = body.filter((_, i) => i % 2 === 0);
    const order = header.map((_, i) => i).reverse();
    const mid = Math.floor(order.length / 2);
    // A staff column in the middle of the table, with values.
    ws.getCell(1, 1).value = 'Tên trường'; // a title row above the header
    const put = (r: number, c: number, v: ExcelJS.CellValue) => (ws.getCell(r, c).value = v);
    let col = 1;
    const columnOf = new Map<string, number>();
    for (let k = 0; k < order.length; k++) {
      if (k === mid) {
        put(2, col, 'Ghi chú của tổ');
        body.forEach((_, r) => put(r + 3, col, `Tổ ${r % 3 + 1} đã xem`));
        ws.getCell(3, col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
        col++;
      }
      const h = header[order[k]!]!;
      put(2, col, RENAMED[h] ?? h);
      columnOf.set(h, col);
      body.forEach((row, r) => {
        const v = row[order[k]!];
        if (v !== undefined && v !== '') put(r + 3, col, excel(v));
      });
      col++;
    }
    if (name === 'Chỉ tiêu') {
      // «Đánh giá» is the school's own: typed, differing from what the tool computes.
      const c = columnOf.get('Đánh giá')!;
      body.forEach((_, r) => put(r + 3, c, r % 2 ? 'Tốt' : 'Khá'));
    }
    if (name === 'Tiến độ') {
      // A staff formula column, and one formula in «Quá hạn (ngày)».
      put(2, col, 'Số ngày còn lại');
      body.forEach((_, r) => put(r + 3, col, { formula: `${String.fromCharCode(64 + columnOf.get('Hạn')!)}${r + 3}-TODAY()`, result: 0 } as ExcelJS.CellFormulaValue));
      put(3, columnOf.get('Quá hạn (ngày)')!, { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue);
      const status = columnOf.get('Trạng thái')!;
      const letter = String.fromCharCode(64 + status);
      (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}3:${letter}200`, { type: 'list', formulae: ['"Chưa thực hiện,Đang thực hiện,Hoàn thành"'], allowBlank: true });
      ws.getCell(3, columnOf.get('Ngày hoàn thành')!).numFmt = 'd/m/yyyy';
    }
  }
  const extra = wb.addWorksheet('Học sinh');
  extra.getCell('A1').value = 'Họ tên';
  extra.getCell('B1').value = 'Lớp';
  extra.getCell('A2').value = 'Nguyễn Văn A';
  extra.getCell('B2').value = '10A1';
  extra.getCell('C2').value = { formula: 'LEN(A2)', result: 12 } as ExcelJS.CellFormulaValue;
  extra.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  (extra as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('B2:B50', { type: 'list', formulae: ['"10A1,10A2"'], allowBlank: true });
  await wb.xlsx.writeFile(file);
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function update(args: string[], today: CalendarDate = SAMPLE_AS_OF): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runUpdate(args, { readTabs: readXlsxTabs, today: () => today, log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out, err };
}

function json(v: unknown): string {
  return JSON.stringify(v);
}

describe('update on a scrambled workbook', () => {
  it('changes no cell staff typed, keeps formats, validations and other tabs, and fills what is the tool\'s', async () => {
    const dir = tmp();
    const input = path.join(dir, 'ke-hoach.xlsx');
    await scrambledWorkbook(input);
    const before = await load(input);
    const inputBytes = fs.readFileSync(input);
    const { code, out, err } = await update([input, '--ngay', '02/12/2026']);
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const output = path.join(dir, 'ke-hoach-cap-nhat.xlsx');
    expect(out[0]).toContain(output);
    expect(fs.readFileSync(input).equals(inputBytes)).toBe(true);
    const after = await load(output);

    // Cell by cell: every cell holding a value or a formula before holds the same, with the same style.
    let compared = 0;
    for (const ws of before.worksheets) {
      const ws2 = after.getWorksheet(ws.name)!;
      expect(ws2, ws.name).toBeDefined();
      ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.value === null) return;
        const now = ws2.getCell(r, c);
        expect(json(now.value), `${ws.name}!${cell.address}`).toBe(json(cell.value));
        expect(json(now.style), `${ws.name}!${cell.address} style`).toBe(json(cell.style));
        compared++;
      }));
    }
    expect(compared).toBeGreaterThan(500);

    // The school's «Đánh giá» is kept whole (blank cells too) and reported.
    const indicators = after.getWorksheet('Chỉ tiêu')!;
    const verdictColumn = indicators.getRow(2).values as ExcelJS.CellValue[];
    const v = verdictColumn.indexOf('Đánh giá');
    expect(v).toBeGreaterThan(0);
    const lastRow = before.getWorksheet('Chỉ tiêu')!.rowCount + 2;
    for (let r = 3; r <= lastRow; r++) {
      expect(json(indicators.getCell(r, v).value)).toBe(json(before.getWorksheet('Chỉ tiêu')!.getCell(r, v).value));
    }
    expect(out.join('\n')).toMatch(/Cột «Đánh giá» \(cột [A-Z]+\) của tab «Chỉ tiêu» .*không ghi vào cột này/);
    // «Tỉ lệ đạt» (renamed, empty) is the tool's: filled.
    const ratio = verdictColumn.indexOf('Tỉ lệ đạt');
    expect(ratio).toBeGreaterThan(0);
    expect(typeof indicators.getCell(3, ratio).value).toBe('number');

    // Nhiệm vụ got its «Tình trạng» column back, right of the table, filled.
    const tasks = after.getWorksheet('Nhiệm vụ')!;
    const headers = tasks.getRow(2).values as ExcelJS.CellValue[];
    const state = headers.indexOf('Tình trạng');
    expect(state).toBeGreaterThan(0);
    expect(state).toBe(before.getWorksheet('Nhiệm vụ')!.getRow(2).cellCount + 1);
    expect(String(tasks.getCell(3, state).value)).not.toBe('');

    // Tiến độ has a row per occurrence again, with its Kỳ as the tool spells it.
    const progress = after.getWorksheet('Tiến độ')!;
    const allRows = planTabs(samplePlan()).get('Tiến độ')!.length;
    expect(progress.actualRowCount).toBe(allRows + 1);
    expect(out.join('\n')).toMatch(/Đã thêm \d+ dòng mới vào tab «Tiến độ»/);
    // The staff formula survives, the formula in «Quá hạn (ngày)» is not overwritten.
    const progressBefore = before.getWorksheet('Tiến độ')!;
    const ph = progressBefore.getRow(2).values as ExcelJS.CellValue[];
    expect((progress.getCell(3, ph.indexOf('Quá hạn (ngày)')).value as ExcelJS.CellFormulaValue).formula).toBe('1+1');
    // Data validation on Trạng thái kept; the new rows get it too.
    const status = ph.indexOf('Tình trạng thực hiện');
    expect(status).toBeGreaterThan(0);
    expect(ph.indexOf('Quá hạn (ngày)')).toBeGreaterThan(0);
    expect(progress.getCell(3, status).dataValidation?.type).toBe('list');
    expect(progress.getCell(progress.actualRowCount, status).dataValidation?.type).toBe('list');

    // The other tab: value, fill, formula, validation.
    const pupils = after.getWorksheet('Học sinh')!;
    expect(pupils.getCell('A2').value).toBe('Nguyễn Văn A');
    expect(json(pupils.getCell('A1').fill)).toBe(json(before.getWorksheet('Học sinh')!.getCell('A1').fill));
    expect((pupils.getCell('C2').value as ExcelJS.CellFormulaValue).formula).toBe('LEN(A2)');
    expect(pupils.getCell('B3').dataValidation?.type).toBe('list');

    // Tổng quan written, and the run's marks recorded.
    expect(String(after.getWorksheet('Tổng quan')!.getCell(1, 1).value)).toContain('TỔNG QUAN');
    const names = after.definedNames.model.map((n) => n.name);
    expect(names).toContain('_cds_indicators_attainment');
    expect(names).toContain('_cds_tasks_state');
    expect(names).not.toContain('_cds_indicators_verdict');

    // Run again later: the marked columns are rewritten, typed cells still untouched, a new file is numbered.
    const second = await update([output, '--ngay', '2026-12-31']);
    expect(second.code).toBe(0);
    const again = await load(path.join(dir, 'ke-hoach-cap-nhat-cap-nhat.xlsx'));
    for (const ws of before.worksheets) {
      ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.value !== null) expect(json(again.getWorksheet(ws.name)!.getCell(r, c).value), `${ws.name}!${cell.address}`).toBe(json(cell.value));
      }));
    }
    expect(second.out.join('\n')).toContain('Tab Tiến độ đã đủ các kỳ');
  });
});

describe('update: the cycle and the refusals', () => {
  it('updates the template on another day, into a new numbered file, never over an existing one', async () => {
    const dir = tmp();
    const input = path.join(dir, 'mau.xlsx');
    fs.writeFileSync(input, await templateXlsx(samplePlan(), SAMPLE_AS_OF));
    const first = await update([input, '--ngay', '2026-12-02']);
    expect(first.code).toBe(0);
    const second = await update([input]);
    expect(second.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'mau-cap-nhat-2.xlsx'))).toBe(true);
    const tasks = await readXlsxTabs(path.join(dir, 'mau-cap-nhat.xlsx'));
    expect(tasks.get('Tổng quan')).toBeUndefined(); // not read by the CLI; but the plan tabs are
    expect(tasks.get('Nhiệm vụ')!.length).toBeGreaterThan(1);
    const taken = await update([input, '--out', path.join(dir, 'mau-cap-nhat.xlsx')]);
    expect(taken.code).toBe(1);
    expect(taken.err.join('\n')).toContain('Không ghi đè');
    const same = await update([input, '--out', input]);
    expect(same.code).toBe(2);
  });

  it('refuses a day it cannot read and a missing file', async () => {
    const dir = tmp();
    expect((await update([path.join(dir, 'khong-co.xlsx')])).err.join('')).toContain('Không tìm thấy tệp');
    const input = path.join(dir, 'mau.xlsx');
    fs.writeFileSync(input, await templateXlsx(samplePlan(), SAMPLE_AS_OF));
    for (const bad of ['31/02/2026', '2026/12/02', '12-2-2026', '2/12/26']) {
      const r = await update([input, '--ngay', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.err.join(''), bad).toContain(bad);
    }
  });

  it('reads --ngay as Vietnamese users type it', () => {
    expect(parseDayOption('02/12/2026')).toEqual({ ok: true, value: calendarDate(2026, 12, 2) });
    expect(parseDayOption('2/12/2026')).toEqual({ ok: true, value: calendarDate(2026, 12, 2) });
    expect(parseDayOption('2026-12-02')).toEqual({ ok: true, value: calendarDate(2026, 12, 2) });
    expect(parseDayOption('12/31/2026').ok).toBe(false);
  });

  it('does not insert rows above a total row: refuses, telling how many blank rows to add', async () => {
    const dir = tmp();
    const input = path.join(dir, 'tong.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await templateXlsx(samplePlan(), SAMPLE_AS_OF)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Tiến độ')!;
    const last = ws.rowCount;
    // The last four occurrence rows cleared (update must add them back), a total row right below.
    for (let r = last - 3; r <= last; r++) for (let c = 1; c <= 12; c++) ws.getCell(r, c).value = null;
    ws.getCell(last - 2, 1).value = 'Tổng cộng';
    await wb.xlsx.writeFile(input);
    const r = await update([input, '--ngay', '2026-12-02']);
    expect(r.code).toBe(1);
    expect(r.err.join('')).toMatch(/hãy chèn \d+ dòng trống ngay trên dòng «Tổng cộng»/);
    expect(fs.readdirSync(dir)).toEqual(['tong.xlsx']);
  });
});

describe('cds-tracker update: what it says of a computed column it leaves to staff', () => {
  it('a column right where typed but mostly blank is not said to differ: the message gives how many cells are filled', async () => {
    const dir = tmp();
    const file = path.join(dir, 'ke-hoach.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of planTabs(samplePlan())) {
      const ws = wb.addWorksheet(name);
      const taskName = name === 'Tiến độ' ? rows[0]!.indexOf('Nhiệm vụ') : -1;
      // Tiến độ's «Nhiệm vụ» typed right in its first two rows only, no mark: neither the tool's nor wrong.
      rows.forEach((row, r) => row.forEach((cell, c) => (ws.getCell(r + 1, c + 1).value = c === taskName && r > 2 ? null : excel(cell))));
    }
    await wb.xlsx.writeFile(file);
    const out: string[] = [];
    const code = await runUpdate([file, '--ngay', '2026-10-15'], { readTabs: readXlsxTabs, today: () => SAMPLE_AS_OF, log: (l) => out.push(l), error: (l) => out.push(l) });
    expect(code).toBe(0);
    const line = out.join('\n').split('\n').find((l) => l.includes('Cột «Nhiệm vụ» (cột B) của tab «Tiến độ»'));
    expect(line).toBeDefined();
    expect(line).not.toContain('khác kết quả tính');
    expect(line).toContain('mới có 2/80 ô');
  });
});

