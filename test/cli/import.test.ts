/**
 * Issue 12 items 4–5: `cds-tracker import <kế-hoạch.docx> [--vao <bảng.xlsx>] [--out <mới.xlsx>]`
 * end to end on the .docx fixtures (test/support/planDocx.ts): the file written (a new workbook or
 * a copy), never one overwritten, the preview printed, the exit code (3 when items need review),
 * the bad-input messages, and the round trip import → update → report.
 *
 * The plan-part readers are written alongside this command; the mechanics are tested with a small
 * reader of the fixture's annex tables given to the command (TABLE_READER), and what the real
 * readers make of An Lão's fixture is checked for either outcome they can have today.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { runCommand, usageText } from '../../src/cli/commands';
import { type ImportDeps, runImport } from '../../src/cli/import';
import { runReport } from '../../src/cli/report';
import { runUpdate } from '../../src/cli/update';
import { readXlsxTabs } from '../../src/cli/xlsx';
import { templateXlsx } from '../../src/cli/xlsxTemplate';
import { calendarDate } from '../../src/core/date';
import { readDocxBody } from '../../src/core/import/docxBody';
import type { DraftGroup, DraftIndicator, DraftTask } from '../../src/core/import/draft';
import { type PlanPartReader, readPlanDraft } from '../../src/core/import/planDraft';
import { readWorkbook } from '../../src/sheet/workbook';
import { anLaoDocx, AN_LAO_INDICATOR_ROWS, docxWithBody } from '../support/planDocx';
import { runBuiltCli } from './builtCli';

const TODAY = calendarDate(2026, 4, 10);

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'cds-import-'));
}

/** The fixture's annex tables as a draft, cell by cell (a stand-in for the real table reader). */
const TABLE_READER: PlanPartReader = (body) => {
  const indicators: DraftIndicator[] = [];
  const tasks: DraftTask[] = [];
  body.blocks.forEach((b, block) => {
    if (b.kind !== 'table') return;
    const isTasks = b.rows[0]?.cells.some((c) => c.text === 'Thời gian');
    let group: DraftGroup = { numeral: '', name: '' };
    b.rows.forEach((row, r) => {
      const cells = row.cells.map((c) => c.text);
      if (row.header || cells[0] === 'STT' || !cells[0]) return;
      if (cells.length === 2) {
        group = { numeral: cells[0]!, name: cells[1]! };
        return;
      }
      const source = { where: `Bảng ${block + 1}, dòng ${r + 1}`, block, row: r };
      if (isTasks) {
        tasks.push({ id: cells[0]!, group, name: cells[1]!, product: cells[2]!, lead: cells[3]!, partners: cells[4]!, timing: cells[5]!, source, confidence: 'read' });
      } else {
        const missing = cells[3] === '';
        indicators.push({ id: cells[0]!, group, name: cells[1]!, unit: cells[2]!, target: cells[3]!, source, confidence: missing ? 'review' : 'read', ...(missing ? { reason: 'Chưa có mức đạt.' } : {}) });
      }
    });
  });
  return {
    indicators,
    tasks,
    settings: [
      { key: 'schoolName', value: 'Trường THPT An Lão', source: { where: 'Phần đầu văn bản', block: 0 }, confidence: 'read' },
      { key: 'planYear', value: '2026', source: { where: 'Tên kế hoạch', block: 0 }, confidence: 'read' },
    ],
    partsFound: ['Phụ lục 1 (chỉ tiêu)', 'Phụ lục 2 (nhiệm vụ)'],
  };
};

/** The command's outside world; `readers`: 'real' for the readers of core/import, else these. */
function deps(readers: readonly PlanPartReader[] | 'real' = [TABLE_READER]): ImportDeps & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { readTabs: readXlsxTabs, today: () => TODAY, log: (l) => out.push(l), error: (l) => err.push(l), ...(readers === 'real' ? {} : { readers }), out, err };
}

async function anLaoFile(dir: string): Promise<string> {
  const file = path.join(dir, 'ke-hoach-cds.docx');
  fs.writeFileSync(file, await anLaoDocx());
  return file;
}

describe('import into a new workbook', () => {
  it('writes «<tên>-nhap.xlsx» next to the plan, prints the preview, and exits 3 when items need review', async () => {
    const dir = tmp();
    const docx = await anLaoFile(dir);
    const d = deps();
    const code = await runImport([docx], d);
    expect(d.err).toEqual([]);
    expect(code).toBe(3);
    const written = path.join(dir, 'ke-hoach-cds-nhap.xlsx');
    expect(fs.existsSync(written)).toBe(true);
    const text = d.out.join('\n');
    expect(text).toContain(`Đã tạo bảng theo dõi từ kế hoạch «${docx}»: ${written}`);
    const indicatorCount = AN_LAO_INDICATOR_ROWS.filter((r) => r.length > 2).length;
    expect(text).toContain(`• Tab «Chỉ tiêu»: thêm ${indicatorCount} mục (${AN_LAO_INDICATOR_ROWS.length} dòng, kể cả dòng nhóm).`);
    expect(text).toMatch(/• Tab «Nhiệm vụ»: thêm \d+ mục( \(\d+ dòng, kể cả dòng nhóm\))?\./);
    expect(text).toContain('Tên đơn vị: Trường THPT An Lão');
    expect(text).toMatch(/Cần kiểm tra 1 mục:\n\s+1\. Bảng \d+, dòng \d+ → tab «Chỉ tiêu», dòng \d+: «Nhà trường thí điểm ứng dụng AI trong dạy học»\. Chưa có mức đạt\./);
    const read = readWorkbook(await readXlsxTabs(written), { fallbackYear: 2026 });
    expect(read.plan.indicators).toHaveLength(indicatorCount);
    expect(read.plan.indicators[0]).toMatchObject({ id: '1', group: { numeral: 'I', name: 'Thể chế và quản trị số' }, targetText: '100%' });
    expect(read.plan.settings.schoolName).toBe('Trường THPT An Lão');
  });

  it('never overwrites: a second run writes «…-nhap-2.xlsx», and --out naming a file already there is refused', async () => {
    const dir = tmp();
    const docx = await anLaoFile(dir);
    await runImport([docx], deps());
    const first = fs.readFileSync(path.join(dir, 'ke-hoach-cds-nhap.xlsx'));
    await runImport([docx], deps());
    expect(fs.existsSync(path.join(dir, 'ke-hoach-cds-nhap-2.xlsx'))).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'ke-hoach-cds-nhap.xlsx')).equals(first)).toBe(true);
    const d = deps();
    expect(await runImport([docx, '--out', path.join(dir, 'ke-hoach-cds-nhap.xlsx')], d)).toBe(1);
    expect(d.err.join('\n')).toMatch(/đã có\. Không ghi đè/);
    expect(fs.readFileSync(path.join(dir, 'ke-hoach-cds-nhap.xlsx')).equals(first)).toBe(true);
  });

  it('exits 0 when nothing needs review', async () => {
    const dir = tmp();
    const docx = await anLaoFile(dir);
    const noReview: PlanPartReader = (body) => {
      const found = TABLE_READER(body);
      return { ...found, indicators: found.indicators!.filter((i) => i.confidence === 'read') };
    };
    const d = deps([noReview]);
    expect(await runImport([docx, '--out', path.join(dir, 'moi.xlsx')], d)).toBe(0);
    expect(d.out.join('\n')).not.toContain('Cần kiểm tra');
  });
});

describe('import --vao an existing workbook', () => {
  it('adds to a copy (the original untouched), and importing the same plan into that copy adds nothing and writes nothing', async () => {
    const dir = tmp();
    const docx = await anLaoFile(dir);
    const blank = path.join(dir, 'bang.xlsx');
    fs.writeFileSync(blank, await templateXlsx(undefined, TODAY));
    const original = fs.readFileSync(blank);
    const d = deps();
    expect(await runImport([docx, '--vao', blank], d)).toBe(3);
    const copy = path.join(dir, 'bang-nhap.xlsx');
    expect(d.out[0]).toBe(`Đã nhập kế hoạch từ «${docx}» vào bản sao của «${blank}»: ${copy}`);
    expect(fs.readFileSync(blank).equals(original)).toBe(true);

    const again = deps();
    await runImport([docx, '--vao', copy], again);
    expect(again.out[0]).toMatch(/^Không có gì mới để thêm vào/);
    expect(again.out.join('\n')).toMatch(/• Tab «Chỉ tiêu»: thêm 0 mục; \d+ mục đã có trong tab, giữ nguyên\./);
    expect(fs.readdirSync(dir).sort()).toEqual(['bang-nhap.xlsx', 'bang.xlsx', 'ke-hoach-cds.docx']);
  });

  it('keeps every staff cell and formula of a workbook in use', async () => {
    const dir = tmp();
    const docx = await anLaoFile(dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateXlsx(undefined, TODAY)) as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('Chỉ tiêu')!;
    ws.getCell('P1').value = 'Người theo dõi';
    ws.getRow(2).values = ['I', 'Thể chế và quản trị số'];
    ws.getRow(3).values = [1, 'Hồ sơ công việc xử lý trên môi trường điện tử (trừ hồ sơ mật)', '%', '100%', '95%'];
    ws.getCell('P3').value = 'cô Hoa';
    ws.getCell('B4').value = 'Tổng số chỉ tiêu';
    ws.getCell('E4').value = { formula: 'COUNTA(E3:E3)', result: 1 } as ExcelJS.CellFormulaValue;
    const file = path.join(dir, 'dang-dung.xlsx');
    await wb.xlsx.writeFile(file);

    expect(await runImport([docx, '--vao', file], deps())).toBe(3);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(path.join(dir, 'dang-dung-nhap.xlsx'));
    const a = after.getWorksheet('Chỉ tiêu')!;
    for (const ref of ['P1', 'A2', 'B2', 'A3', 'B3', 'C3', 'D3', 'E3', 'P3', 'B4']) expect(a.getCell(ref).value, ref).toEqual(ws.getCell(ref).value);
    expect(a.getCell('E4').value).toMatchObject({ formula: 'COUNTA(E3:E3)' });
    // Indicator 1 was there: the new rows start below the sum row, under group I still (no repeated group row), and none is «1».
    expect(a.getCell('A5').value).toBe(2);
    expect(a.getCell('B5').value).toBe(AN_LAO_INDICATOR_ROWS[2]![1]);
    expect(a.getCell('P5').value).toBeNull();
  });
});

describe('bad input', () => {
  it.each([
    ['a .doc (Word 97–2003)', 'cu.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), /\.doc, Word 97–2003.*Lưu thành.*\.docx/],
    ['a PDF', 'ke-hoach.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), /là tệp PDF.*\.docx/],
    ['a damaged .docx', 'hong.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]), /bị hỏng/],
    [
      'a password-protected .docx',
      'mat-khau.docx',
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(100)]),
      /đặt mật khẩu/,
    ],
  ])('%s gets readDocxBody’s Vietnamese message, exit 1, and nothing is written', async (_, name, bytes, message) => {
    const dir = tmp();
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const d = deps('real');
    expect(await runImport([file], d)).toBe(1);
    expect(d.err.join('\n')).toMatch(message);
    expect(fs.readdirSync(dir)).toEqual([name]);
  });

  it('a document with no plan parts says what the reader looked for', async () => {
    const dir = tmp();
    const file = path.join(dir, 'giay-moi.docx');
    fs.writeFileSync(file, docxWithBody('<w:p><w:r><w:t>Giấy mời họp phụ huynh học sinh cuối học kỳ I.</w:t></w:r></w:p>'));
    const d = deps('real');
    expect(await runImport([file], d)).toBe(1);
    expect(d.err.join('\n')).toMatch(/Không tìm thấy phần nào của một kế hoạch.*Phụ lục 1.*Lộ trình thực hiện.*Chế độ báo cáo/s);
    expect(fs.readdirSync(dir)).toEqual(['giay-moi.docx']);
  });

  it('a missing file, an --out without .xlsx, an --out equal to --vao and an unknown option are refused', async () => {
    const dir = tmp();
    const docx = await anLaoFile(dir);
    const cases: [string[], number, RegExp][] = [
      [[path.join(dir, 'khong-co.docx')], 1, /Không tìm thấy tệp/],
      [[docx, '--out', path.join(dir, 'moi.docx')], 2, /phải có đuôi \.xlsx/],
      [[docx, '--vao', path.join(dir, 'a.xlsx'), '--out', path.join(dir, 'a.xlsx')], 2, /trùng tệp/],
      [[docx, '--vao-bang', 'x.xlsx'], 2, /không có tùy chọn «--vao-bang»/],
    ];
    for (const [argv, code, message] of cases) {
      const d = deps();
      expect(await runImport(argv, d), argv.join(' ')).toBe(code);
      expect(d.err.join('\n')).toMatch(message);
    }
  });
});

describe('the real readers on An Lão’s fixture', () => {
  it('whatever the draft holds: either a file with the preview, or the message saying what was looked for', async () => {
    const dir = tmp();
    const docx = await anLaoFile(dir);
    const body = readDocxBody(fs.readFileSync(docx));
    if (!body.ok) throw new Error(body.error);
    const draft = readPlanDraft(body.value);
    const d = deps('real');
    const code = await runImport([docx], d);
    if (draft.indicators.length + draft.tasks.length + draft.settings.length === 0) {
      expect(code).toBe(1);
      expect(d.err.join('\n')).toMatch(/Không tìm thấy phần nào của một kế hoạch/);
    } else {
      expect(code).toBe(draft.indicators.some((i) => i.confidence === 'review') || draft.tasks.some((t) => t.confidence === 'review') || draft.leftovers.length > 0 ? 3 : 0);
      expect(fs.existsSync(path.join(dir, 'ke-hoach-cds-nhap.xlsx'))).toBe(true);
      expect(d.out.join('\n')).toContain('• Tab «Chỉ tiêu»');
    }
  });
});

describe('round trip: import, then update, then report on the new file', () => {
  it('runs clean', async () => {
    const dir = tmp();
    const docx = await anLaoFile(dir);
    const imported = path.join(dir, 'bang.xlsx');
    expect(await runImport([docx, '--out', imported], deps())).toBe(3);
    const u = deps();
    expect(await runUpdate([imported, '--ngay', '2026-04-10', '--out', path.join(dir, 'bang-cap-nhat.xlsx')], u)).toBe(0);
    expect(u.err).toEqual([]);
    expect(u.out.join('\n')).toMatch(/Đã thêm \d+ dòng mới vào tab «Tiến độ»/);
    const r = deps();
    expect(await runReport([path.join(dir, 'bang-cap-nhat.xlsx'), '--ky', 'quy-1-2026', '--ngay', '2026-04-10', '--out', dir], r)).toBe(0);
    expect(r.err).toEqual([]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.docx') && f !== 'ke-hoach-cds.docx')).toHaveLength(1);
  });
});

describe('the command line', () => {
  it('lists import in the help, with its options', async () => {
    expect(usageText()).toContain('import <kế-hoạch.docx> [--vao <bảng.xlsx>] [--out <tệp mới.xlsx>]');
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((l?: unknown) => { lines.push(String(l)); });
    try {
      expect(await runCommand(['import', '--help'])).toBe(0);
    } finally {
      log.mockRestore();
    }
    expect(lines.join('\n')).toMatch(/--vao <bảng\.xlsx>.*\n.*--out <tệp mới\.xlsx>/);
  });

  it('the built command refuses a .doc with the Vietnamese message and exit 1', async () => {
    const dir = tmp();
    const file = path.join(dir, 'cu.doc');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
    const run = await runBuiltCli(['import', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Word 97–2003/);
    expect(run.stdout).toBe('');
  });
});

describe('a workbook whose parts the copy would lose', () => {
  it('is refused in the words of the command that was run (import, not update), and nothing is written', async () => {
    const dir = tmp();
    const docx = await anLaoFile(dir);
    const withMacro = path.join(dir, 'co-macro.xlsx');
    const entries = unzipSync(new Uint8Array(await templateXlsx(undefined, TODAY)));
    fs.writeFileSync(withMacro, zipSync({ ...entries, 'xl/vbaProject.bin': new Uint8Array([1, 2, 3]) }));
    const d = deps();
    expect(await runImport([docx, '--vao', withMacro], d)).toBe(1);
    expect(d.err.join('\n')).toMatch(new RegExp(`^Không nhập vào «${withMacro.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}»: tệp có macro, mà lệnh import chưa giữ lại được`));
    expect(fs.readdirSync(dir).sort()).toEqual(['co-macro.xlsx', path.basename(docx)].sort());

    const out: string[] = [];
    expect(await runUpdate([withMacro], { readTabs: readXlsxTabs, today: () => TODAY, log: (l) => out.push(l), error: (l) => out.push(l) })).toBe(1);
    expect(out.join('\n')).toMatch(/^Không cập nhật «.*»: tệp có macro, mà lệnh update chưa giữ lại được/);
  });
});
