/**
 * «Nhập kế hoạch từ tệp Word…», Apps Script side (src/gas/importPlan.ts), on the call-counting
 * fakes: the dialog's base64 → Utilities.base64Decode → the pure reader → planImport → the writes.
 *
 * The plan-part readers are other work (src/core/import/*); these tests read the fixtures with a
 * small table reader of their own (tableReader below), so they test the shell: what is decoded,
 * what is written where, what is never written, and how many calls it takes. One test at the end
 * runs An Lão's fixture through the real readers (PLAN_PART_READERS, the default).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftGroup, DraftIndicator, DraftSetting, DraftTask } from '../../src/core/import/draft';
import type { PlanPartReader } from '../../src/core/import/planDraft';
import { foldText } from '../../src/core/text';
import { docxBytes, importApply, importPreview, type ImportOptions, MAX_DOCX_BYTES } from '../../src/gas/importPlan';
import { loadPlan } from '../../src/gas/workbook';
import * as main from '../../src/main';
import { PLAN_TABS } from '../../src/sheet/schema';
import { FakeLockService, type FakeSpreadsheet, installGasFakes, type GasFakes } from '../fakes';
import { AN_LAO_INDICATOR_ROWS, AN_LAO_TASK_PAGES, anLaoDocx, docxWithBody } from '../support/planDocx';
import { fillSpreadsheet, generatedPlan } from '../support/sheetPlans';

const NOW = new Date('2026-04-15T03:00:00Z');
const CAPTION = 'Nhập kế hoạch từ tệp Word…';

// ---------------------------------------------------------------------------------------------
// A reader for the fixtures: annex tables by their header, and the signer under «… HIỆU TRƯỞNG».

const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X)$/;

const tableReader: PlanPartReader = (body) => {
  const indicators: DraftIndicator[] = [];
  const tasks: DraftTask[] = [];
  const settings: DraftSetting[] = [];
  let tableNo = 0;
  body.blocks.forEach((block, b) => {
    if (block.kind === 'paragraph') {
      const before = body.blocks[b - 1];
      if (block.bold && before?.kind === 'paragraph' && /HIỆU TRƯỞNG$/.test(before.text) && !/HIỆU TRƯỞNG$/.test(block.text)) {
        settings.push({ key: 'signerName', value: block.text, source: { where: `Đoạn ${b + 1}`, block: b }, confidence: 'read' });
      }
      return;
    }
    tableNo++;
    const header = foldText(block.rows[0]?.cells[1]?.text ?? '');
    const kind = header.startsWith('chi tieu') ? 'indicator' : header.startsWith('nhiem vu') ? 'task' : undefined;
    if (!kind) return;
    let group: DraftGroup = { numeral: '', name: '' };
    block.rows.forEach((row, r) => {
      const text = (c: number) => (row.cells.find((x) => x.column === c)?.text ?? '').trim();
      const stt = text(0);
      if (ROMAN.test(stt)) {
        group = { numeral: stt, name: text(1) };
        return;
      }
      if (!/^\d+$/.test(stt)) return;
      const source = { where: `Bảng ${tableNo}, dòng ${r + 1}`, block: b, row: r };
      if (kind === 'indicator') {
        const target = text(3);
        indicators.push({ id: stt, group, name: text(1), unit: text(2), target, source, ...(target ? { confidence: 'read' as const } : { confidence: 'review' as const, reason: 'Chưa có mức đạt.' }) });
      } else {
        tasks.push({ id: stt, group, name: text(1), product: text(2), lead: text(3), partners: text(4), timing: text(5), source, confidence: 'read' });
      }
    });
  });
  return { indicators, tasks, settings, partsFound: [...(indicators.length ? ['bảng chỉ tiêu'] : []), ...(tasks.length ? ['bảng nhiệm vụ'] : [])] };
};

const OPTIONS: ImportOptions = { readers: [tableReader], now: NOW };

// ---------------------------------------------------------------------------------------------
// Generated plans of n indicators and n tasks, as a Word document would hold them

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
const tc = (text: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:tc>`;
const tr = (cells: readonly string[]) => `<w:tr>${cells.map(tc).join('')}</w:tr>`;
const p = (text: string, bold = false) => `<w:p>${bold ? '<w:pPr><w:rPr><w:b/></w:rPr></w:pPr>' : ''}<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t>${escapeXml(text)}</w:t></w:r></w:p>`;

/** A plan document of `n` indicators and `n` tasks (STT from 101, group VII, so they are new to any generated plan), signed by `signer`. */
function generatedDocx(n: number, signer = 'Phạm Thị Lan'): Uint8Array {
  const ids = Array.from({ length: n }, (_, i) => String(101 + i));
  const indicatorTable = `<w:tbl>${tr(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mức đạt 2026'])}${tr(['VII', 'Chỉ tiêu nhập từ tệp', '', ''])}${ids
    .map((id, i) => tr([id, `Tỷ lệ hồ sơ nhập số ${id} được số hóa`, '%', i % 3 === 2 ? '' : '≥90%']))
    .join('')}</w:tbl>`;
  const taskTable = `<w:tbl>${tr(['STT', 'Nhiệm vụ', 'Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'])}${tr(['VII', 'Nhiệm vụ nhập từ tệp', '', '', '', ''])}${ids
    .map((id, i) => tr([id, `Triển khai việc nhập số ${id}`, 'Báo cáo', 'Ban chuyển đổi số', 'Các tổ', ['Quý II', 'Hàng quý', 'Tháng 9'][i % 3]!]))
    .join('')}</w:tbl>`;
  return docxWithBody(`${p('KT. HIỆU TRƯỞNG', true)}${p('PHÓ HIỆU TRƯỞNG', true)}${p(signer, true)}${indicatorTable}${p('')}${taskTable}`);
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

// ---------------------------------------------------------------------------------------------

let fakes: GasFakes;
let ss: FakeSpreadsheet;
let locks: FakeLockService;
beforeEach(() => {
  fakes = installGasFakes();
  ss = fakes.spreadsheetApp.spreadsheet;
  locks = new FakeLockService(fakes.log);
  vi.stubGlobal('LockService', locks);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Every write a run can make to the spreadsheet. */
const WRITES: readonly [string, string][] = [
  ['Range', 'setValues'], ['Range', 'setValue'], ['Range', 'setFormula'], ['Range', 'setFormulas'], ['Range', 'clearContent'],
  ['Sheet', 'appendRow'], ['Sheet', 'insertRowsAfter'], ['Sheet', 'clear'], ['Sheet', 'clearContents'], ['Spreadsheet', 'insertSheet'],
];
const writeCount = (): number => WRITES.reduce((n, [s, m]) => n + fakes.log.count(s, m), 0);

/** Each tab's cells, as staff see them. */
function cells(): Map<string, unknown[][]> {
  return new Map(ss.sheets.map((s) => [s.name, s.snapshot()]));
}

/** The columns of a plan tab that are staff's (not computed by the add-in), by their header in row 1. */
function staffColumns(tab: string, header: readonly unknown[]): number[] {
  const spec = PLAN_TABS.find((t) => t.name === tab)!;
  const computed = new Set(spec.columns.filter((c) => c.computed).map((c) => c.header));
  return header.map((h, c) => (computed.has(String(h)) ? -1 : c)).filter((c) => c >= 0);
}

describe('importApply on an empty spreadsheet', () => {
  it('lays out the tabs (Khởi tạo, blank, no question), adds the plan\'s rows, fills Cấu hình, runs Cập nhật and logs', async () => {
    const bytes = await anLaoDocx();
    const result = importApply(base64(bytes), 'KH CĐS An Lão 2026.docx', OPTIONS);

    expect(fakes.spreadsheetApp.ui.alerts).toEqual([]);
    const tabs = ['Tổng quan', 'Chỉ tiêu', 'Nhiệm vụ', 'Tiến độ', 'Phân công', 'Tự đánh giá CĐS', 'Cấu hình', 'Nhật ký'];
    expect(ss.sheets.map((s) => s.name)).toEqual(tabs);
    expect(result.createdTabs).toEqual(tabs);

    const indicators = ss.sheet('Chỉ tiêu').snapshot();
    expect(indicators[0]!.slice(0, 4)).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm']);
    // Group rows and records in document order, targets exactly as written.
    expect(indicators.slice(1).map((r) => [r[0], r[1], r[3]])).toEqual(
      AN_LAO_INDICATOR_ROWS.map((r) => (r.length === 2 ? [r[0], r[1], ''] : [Number(r[0]), r[1], r[3]])),
    );
    const tasks = ss.sheet('Nhiệm vụ').snapshot().slice(1).filter((r) => typeof r[0] === 'number');
    const taskRows = AN_LAO_TASK_PAGES.flat().filter((r) => /^\d+$/.test(r[0]!));
    expect(tasks.map((r) => [r[0], r[5]])).toEqual(taskRows.map((r) => [Number(r[0]), r[5]]));
    // Cập nhật ran: the new tasks have their Tiến độ rows (a «Hàng quý» task has four).
    const progress = ss.sheet('Tiến độ').snapshot().slice(1);
    expect(progress.filter((r) => r[0] === 1)).toHaveLength(4);
    expect(result.notes[0]).toMatch(/^Đã chạy «Cập nhật đánh giá & tiến độ»/);

    const signer = ss.sheet('Cấu hình').snapshot().find((r) => r[0] === 'Người ký')!;
    expect(signer[1]).toBe('Vương Văn Huy');
    expect(result.settingsFilled).toEqual(['Người ký']);
    expect(result.added).toEqual([
      { tab: 'Chỉ tiêu', rows: 26, text: 'thêm 22 mục (26 dòng, kể cả dòng nhóm)' },
      { tab: 'Nhiệm vụ', rows: 36, text: 'thêm 29 mục (36 dòng, kể cả dòng nhóm)' },
    ]);
    expect(result.view.review.map((r) => [r.text, r.sheetPlace])).toEqual([['Nhà trường thí điểm ứng dụng AI trong dạy học', 'tab «Chỉ tiêu», dòng 26']]);

    const log = ss.sheet('Nhật ký').snapshot();
    const row = log.at(-1)!;
    expect(row[1]).toBe('Nhập kế hoạch từ tệp Word');
    expect(row[2]).toBe('KH CĐS An Lão 2026.docx: Chỉ tiêu +26, Nhiệm vụ +36; Cấu hình: 1 dòng; cần xem lại: 1; Khởi tạo: Tổng quan, Chỉ tiêu, Nhiệm vụ, Tiến độ, Phân công, Tự đánh giá CĐS, Cấu hình, Nhật ký');
    // Under the document lock, released at the end.
    expect(fakes.log.count('Lock', 'tryLock')).toBe(1);
    expect(fakes.log.count('Lock', 'releaseLock')).toBe(1);
  });

  it('the base64 the dialog sends decodes to the file\'s bytes (signed Java bytes made unsigned)', async () => {
    const bytes = await anLaoDocx();
    expect(bytes.some((b) => b > 127)).toBe(true);
    expect(docxBytes(base64(bytes), 'kh.docx')).toEqual(bytes);
    expect(fakes.log.of('Utilities', 'base64Decode').map((c) => c.args)).toEqual([[base64(bytes)]]);
    const view = importPreview(base64(bytes), 'kh.docx', OPTIONS);
    // Previewed as Khởi tạo will lay the empty spreadsheet out, and said so.
    expect(view.tabs.map((t) => [t.tab, t.toAdd, t.existing])).toEqual([['Chỉ tiêu', 22, 0], ['Nhiệm vụ', 29, 0]]);
    expect(view.setUpFirst).toBe(true);
    expect(ss.sheets).toEqual([]);
  });
});

describe('importApply on a spreadsheet with staff data', () => {
  it('leaves every staff cell byte-identical, adds rows below, keeps Cấu hình\'s values; re-importing adds nothing', () => {
    fillSpreadsheet(ss, generatedPlan(24));
    ss.sheet('Chỉ tiêu').putFormula(3, 11, '=CONCAT("Ghi chú ";A3)', 'Ghi chú 2');
    const before = cells();
    const formulasBefore = new Map(ss.sheets.map((s) => [s.name, s.formulaSnapshot()]));

    const first = importApply(base64(generatedDocx(6)), 'kh.docx', OPTIONS);
    expect(first.createdTabs).toEqual([]);
    expect(first.view.setUpFirst).toBe(false);
    expect(first.added).toEqual([
      { tab: 'Chỉ tiêu', rows: 7, text: 'thêm 6 mục (7 dòng, kể cả dòng nhóm)' },
      { tab: 'Nhiệm vụ', rows: 7, text: 'thêm 6 mục (7 dòng, kể cả dòng nhóm)' },
    ]);
    // Người ký is in Cấu hình already: kept, not written.
    expect(first.view.settings).toEqual([{ label: 'Người ký', value: 'Phạm Thị Lan', kept: true }]);
    expect(first.settingsFilled).toEqual([]);

    const after = cells();
    for (const tab of ['Cấu hình', 'Chỉ tiêu', 'Nhiệm vụ', 'Tiến độ', 'Phân công']) {
      const old = before.get(tab)!;
      const now = after.get(tab)!;
      const columns = staffColumns(tab, old[0]!);
      for (let r = 0; r < old.length; r++) {
        for (const c of columns) expect(now[r]?.[c], `${tab} row ${r + 1} column ${c + 1}`).toEqual(old[r]![c]);
      }
      expect(ss.sheet(tab).formulaSnapshot(), tab).toEqual(formulasBefore.get(tab));
    }
    // The new rows went right below the rows there.
    const indicators = after.get('Chỉ tiêu')!;
    expect(indicators.slice(before.get('Chỉ tiêu')!.length).map((r) => r[0])).toEqual(['VII', 101, 102, 103, 104, 105, 106]);

    // The same file again: nothing added, no plan tab written, Cập nhật not run; only Nhật ký gets its row.
    fakes.log.clear();
    const again = importApply(base64(generatedDocx(6)), 'kh.docx', OPTIONS);
    expect(again.added).toEqual([]);
    expect(again.view.nothingToAdd).toBe(true);
    expect(again.view.tabs.map((t) => [t.tab, t.toAdd, t.existing])).toEqual([['Chỉ tiêu', 0, 6], ['Nhiệm vụ', 0, 6]]);
    for (const [tab, values] of after) if (tab !== 'Nhật ký') expect(ss.sheet(tab).snapshot(), tab).toEqual(values);
    expect(fakes.log.count('Range', 'setValues')).toBe(0);
    expect(fakes.log.count('Sheet', 'appendRow')).toBe(1);
    // The rows needing review went in the first time; already there now, they are not listed again.
    expect(ss.sheet('Nhật ký').snapshot().at(-1)![2]).toBe('kh.docx: không thêm dòng nào; Cấu hình: 0 dòng; cần xem lại: 0');
  });

  it('the preview writes nothing and reads each plan tab once', () => {
    fillSpreadsheet(ss, generatedPlan(12));
    const before = cells();
    const view = importPreview(base64(generatedDocx(3)), 'kh.docx', OPTIONS);
    expect(view.tabs.map((t) => [t.tab, t.toAdd, t.existing])).toEqual([['Chỉ tiêu', 3, 0], ['Nhiệm vụ', 3, 0]]);
    expect(view.review.map((r) => r.reason)).toEqual(['Chưa có mức đạt.']);
    expect(writeCount()).toBe(0);
    expect(cells()).toEqual(before);
    expect(fakes.log.count('Range', 'getValues') + fakes.log.count('Sheet', 'getSheetValues')).toBe(6); // the 6 plan tabs, Tự đánh giá CĐS included
  });

  it('takes as many service calls for 40 rows as for 3', () => {
    const run = (n: number): Map<string, number> => {
      fakes = installGasFakes();
      ss = fakes.spreadsheetApp.spreadsheet;
      vi.stubGlobal('LockService', new FakeLockService(fakes.log));
      fillSpreadsheet(ss, generatedPlan(24));
      importApply(base64(generatedDocx(n)), 'kh.docx', OPTIONS);
      const counts = new Map<string, number>();
      for (const c of fakes.log.calls) {
        const key = `${c.service}.${c.method}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return counts;
    };
    const few = run(3);
    const many = run(40);
    expect(many).toEqual(few);
    expect(ss.sheet('Chỉ tiêu').snapshot().filter((r) => typeof r[0] === 'number' && r[0] > 100)).toHaveLength(40);
    // One setValues per tab of new rows: Chỉ tiêu and Nhiệm vụ (the rest are Cập nhật's blocks).
    expect(fakes.log.of('Range', 'setValues').filter((c) => /^A\d+:/.test(String(c.args[0])) && c.args[1] === 41).map((c) => c.args[2])).toEqual(['Chỉ tiêu', 'Nhiệm vụ']);
  });
});

describe('a file that cannot be imported', () => {
  const cases: readonly [string, () => string, RegExp][] = [
    ['an old .doc', () => base64(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)])), /là định dạng Word cũ \(\.doc/],
    ['a PDF', () => base64(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')), /là tệp PDF/],
    ['a damaged .docx', () => base64(generatedDocx(2).slice(0, 300)), /bị hỏng|không phải tệp Word/],
    ['a document with no plan in it', () => base64(docxWithBody(p('Biên bản họp phụ huynh học sinh đầu năm'))), /Không tìm thấy phần nào của một kế hoạch trong tệp\. Công cụ tìm: bảng chỉ tiêu/],
    ['an empty file', () => '', /không nhận được nội dung tệp/],
    ['text that is not base64 (a data: URL sent whole)', () => `data:application/octet-stream;base64,${base64(generatedDocx(1))}`, /không nhận được nội dung tệp/],
    ['a file over the limit', () => 'A'.repeat(Math.ceil(((MAX_DOCX_BYTES + 1) * 4) / 3 / 4) * 4), /nặng 10 MB, quá giới hạn 10 MB/],
  ];
  for (const [what, data, says] of cases) {
    it(`${what}: a Vietnamese message, nothing written, Google's text only in the log`, () => {
      fillSpreadsheet(ss, generatedPlan(6));
      const before = cells();
      const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
      for (const call of [main.importPreview, main.importApply]) {
        let message = '';
        try {
          call(data(), 'Kế hoạch CĐS.docx');
        } catch (error) {
          message = (error as Error).message;
        }
        expect(message.startsWith(`Không thực hiện được «${CAPTION}».\n\n`), message).toBe(true);
        expect(message).toMatch(says);
        expect(message).not.toMatch(/Exception|Could not decode/);
      }
      expect(writeCount()).toBe(0);
      expect(cells()).toEqual(before);
      expect(fakes.log.count('Lock', 'tryLock')).toBe(0);
      // Google's own text (base64Decode's exception) goes to the execution log, never to the user.
      if (what.startsWith('text that is not base64')) expect(consoleError.mock.calls.some(([text]) => String(text).includes('Could not decode string'))).toBe(true);
      if (what === 'a file over the limit') expect(fakes.log.count('Utilities', 'base64Decode')).toBe(0);
    });
  }

  it('an empty spreadsheet stays empty when the file is bad (Khởi tạo does not run)', () => {
    expect(() => importApply(base64(docxWithBody(p('Xin chào'))), 'kh.docx', OPTIONS)).toThrow(/Không tìm thấy phần nào/);
    expect(ss.sheets).toEqual([]);
    expect(writeCount()).toBe(0);
  });

  it('another run holding the lock: nothing written, and the user is told to try again', () => {
    fillSpreadsheet(ss, generatedPlan(6));
    locks.documentLock.heldElsewhere = true;
    expect(() => importApply(base64(generatedDocx(3)), 'kh.docx', OPTIONS)).toThrow(/Lần này chưa ghi gì/);
    expect(writeCount()).toBe(0);
  });
});

describe('importApply with the real readers (core/import, no stand-in)', () => {
  /** Every tab's values, formulas and number formats, as one comparable object. */
  const everything = () =>
    new Map(ss.sheets.map((s) => [s.name, { values: s.snapshot(), formulas: s.formulaSnapshot(), formats: [...s.numberFormats].sort() }]));

  it('An Lão into an empty spreadsheet: 22 indicators in 4 groups, 29 tasks in 7 groups, Cấu hình filled; importing it again changes no cell', async () => {
    const file = base64(await anLaoDocx());
    const result = importApply(file, 'KH CĐS An Lão 2026.docx', { now: NOW });

    const rowsOf = (tab: string) => ss.sheet(tab).snapshot().slice(1);
    const indicators = rowsOf('Chỉ tiêu');
    expect(indicators.filter((r) => typeof r[0] === 'number').map((r) => r[0])).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(indicators.filter((r) => ROMAN.test(String(r[0]))).map((r) => r[0])).toEqual(['I', 'II', 'III', 'IV']);
    expect(indicators.find((r) => r[0] === 1)!.slice(0, 4)).toEqual([1, 'Hồ sơ công việc xử lý trên môi trường điện tử (trừ hồ sơ mật)', '%', '100%']);
    const tasks = rowsOf('Nhiệm vụ');
    expect(tasks.filter((r) => typeof r[0] === 'number').map((r) => r[0])).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    expect(tasks.filter((r) => ROMAN.test(String(r[0]))).map((r) => r[0])).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
    expect(tasks.find((r) => r[0] === 16)!.slice(1, 2)[0]).toBe('Chuẩn hóa, khai thác dữ liệu thi, dữ liệu học sinh và dữ liệu quản trị nhà trường (lớp học, điểm, thời khóa biểu...) phục vụ phân tích chất lượng giáo dục và điều hành.');
    expect(result.added).toEqual([
      { tab: 'Chỉ tiêu', rows: 26, text: 'thêm 22 mục (26 dòng, kể cả dòng nhóm)' },
      { tab: 'Nhiệm vụ', rows: 36, text: 'thêm 29 mục (36 dòng, kể cả dòng nhóm)' },
    ]);

    const settings = new Map(ss.sheet('Cấu hình').snapshot().map((r) => [r[0], r[1]]));
    expect(settings.get('Tên đơn vị')).toBe('Trường THPT An Lão');
    expect(settings.get('Ký hiệu đơn vị')).toBe('THPTAL');
    expect(settings.get('Địa danh')).toBe('An Lão');
    expect(String(settings.get('Năm kế hoạch'))).toBe('2026');
    expect(settings.get('Chức vụ người ký')).toBe('KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG');
    expect(settings.get('Người ký')).toBe('Vương Văn Huy');
    expect(result.settingsFilled.length).toBeGreaterThanOrEqual(6);
    // Cập nhật ran: task 1 («Hàng quý») has its four Tiến độ rows.
    expect(rowsOf('Tiến độ').filter((r) => r[0] === 1)).toHaveLength(4);

    const before = everything();
    fakes.log.clear();
    const again = importApply(file, 'KH CĐS An Lão 2026.docx', { now: NOW });
    expect(again.added).toEqual([]);
    expect(again.settingsFilled).toEqual([]);
    expect(again.view.nothingToAdd).toBe(true);
    expect(fakes.log.count('Range', 'setValues') + fakes.log.count('Range', 'setValue')).toBe(0);
    const after = everything();
    for (const [tab, was] of before) {
      if (tab === 'Nhật ký') expect(after.get(tab)!.values.slice(0, -1), tab).toEqual(was.values);
      else expect(after.get(tab), tab).toEqual(was);
    }
    expect(after.get('Nhật ký')!.values).toHaveLength(before.get('Nhật ký')!.values.length + 1);
  });
});

describe('what Sheets would turn into numbers or dates stays the document’s text', () => {
  // A plan whose texts Sheets parses as typing when written with setValues: targets «100%», STTs
  // «1.1» / «1.10», timings «05/12» / «15/4/2026». The fake spreadsheet parses input as Sheets does
  // (sheetsInput: «100%» → 1 with a % format, «1.10» → 1.1, «05/12» → a Date).
  const group: DraftGroup = { numeral: 'I', name: 'Quản trị số' };
  const at = (block: number) => ({ where: `Bảng 1, dòng ${block + 2}`, block, row: block + 1 });
  const indicator = (id: string, target: string): DraftIndicator => ({ id, group, name: `Chỉ tiêu số ${id} về hồ sơ điện tử`, unit: '%', target, source: at(Number(id)), confidence: 'read' });
  const task = (id: string, timing: string, n: number): DraftTask => ({ id, group, name: `Nhiệm vụ ${id}: rà soát hồ sơ đợt ${n}`, product: 'Báo cáo', lead: 'Ban chuyển đổi số', partners: '', timing, source: at(10 + n), confidence: 'read' });
  const INDICATORS = [indicator('1', '100%'), indicator('2', '≥95%'), indicator('3', '50%'), indicator('4', '0.5%')];
  const TASKS = [task('1.1', '05/12', 1), task('1.2', '15/4/2026', 2), task('1.10', 'Quý II', 3), task('01', '9/2026', 4)];
  const typedReader: PlanPartReader = () => ({ indicators: INDICATORS, tasks: TASKS, settings: [], partsFound: ['bảng chỉ tiêu', 'bảng nhiệm vụ'] });

  it('targets, STTs and timings read back exactly as written (the leading apostrophe), and a re-import matches them', async () => {
    ss.parsesInput = true;
    const options: ImportOptions = { readers: [typedReader], now: NOW };
    importApply(base64(await anLaoDocx()), 'kh.docx', options);

    const indicators = ss.sheet('Chỉ tiêu').snapshot().slice(1).filter((r) => r[0] !== 'I');
    expect(indicators.map((r) => [r[0], r[3]])).toEqual([[1, '100%'], [2, '≥95%'], [3, '50%'], [4, '0.5%']]);
    const tasks = ss.sheet('Nhiệm vụ').snapshot().slice(1).filter((r) => r[0] !== 'I');
    // «01» is a whole number: written as the number 1, as the template writes STTs (planImport's sttValue).
    expect(tasks.map((r) => [r[0], r[5]])).toEqual([['1.1', '05/12'], ['1.2', '15/4/2026'], ['1.10', 'Quý II'], [1, '9/2026']]);
    // What the add-in reads back is the plan as written: no target, STT or timing changed meaning.
    const plan = loadPlan(ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).plan;
    expect(plan.indicators.map((i) => [i.id, i.targetText])).toEqual(INDICATORS.map((i) => [i.id, i.target]));
    expect(plan.tasks.map((t) => [t.id, t.timing])).toEqual(TASKS.map((t) => [t.id === '01' ? '1' : t.id, t.timing]));
    // Matched by STT on the values read back: nothing is added the second time.
    const again = importApply(base64(await anLaoDocx()), 'kh.docx', options);
    expect(again.added).toEqual([]);
  });
});
