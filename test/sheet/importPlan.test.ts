/**
 * Issue 12 items 3–4: a plan draft → the rows the import adds and its preview. Hand-made drafts in
 * the shape the readers give (An Lão's Phụ lục 1 and 2, Trần Dương's monthly table), written into
 * an empty workbook, into the same workbook again, and into a workbook staff have used: moved and
 * extra columns, formulas, their own data.
 */
import { describe, expect, it } from 'vitest';
import type { DraftGroup, DraftIndicator, DraftSetting, DraftSettingKey, DraftTask, PlanDraft } from '../../src/core/import/draft';
import { applyImportWrites, importPreviewLines, NOTHING_FOUND_TEXT, planImport } from '../../src/sheet/importPlan';
import { planTabs } from '../../src/sheet/planTabs';
import { formulaCells } from '../../src/sheet/formulaCells';
import { type Cell, readWorkbook, type Rows } from '../../src/sheet/workbook';

const G1: DraftGroup = { numeral: 'I', name: 'Thể chế và quản trị số' };
const G2: DraftGroup = { numeral: 'II', name: 'Hạ tầng và dữ liệu số' };
const T1: DraftGroup = { numeral: 'I', name: 'Hoàn thiện thể chế, quản trị số' };
const T2: DraftGroup = { numeral: 'II', name: 'Phát triển hạ tầng số' };

let block = 0;
function source(where: string, row?: number) {
  return { where, block: block++, row };
}

function indicator(id: string, group: DraftGroup, name: string, unit: string, target: string, review?: string): DraftIndicator {
  return { id, group, name, unit, target, source: source(`Bảng 1 (Phụ lục 1), dòng ${id || '?'}`), confidence: review ? 'review' : 'read', ...(review ? { reason: review } : {}) };
}

function task(id: string, group: DraftGroup, name: string, timing: string, more: Partial<DraftTask> = {}): DraftTask {
  return {
    id,
    group,
    name,
    product: more.product ?? '',
    lead: more.lead ?? 'Tổ Văn phòng',
    partners: more.partners ?? '',
    timing,
    source: source(`Bảng 2 (Phụ lục 2), dòng ${id || '?'}`),
    confidence: more.confidence ?? 'read',
    ...(more.reason ? { reason: more.reason } : {}),
  };
}

function setting(key: DraftSettingKey, value: string): DraftSetting {
  return { key, value, source: source('Phần đầu văn bản'), confidence: 'read' };
}

function draftOf(parts: Partial<PlanDraft>): PlanDraft {
  return { indicators: [], tasks: [], settings: [], leftovers: [], partsFound: [], ...parts };
}

const AN_LAO: PlanDraft = draftOf({
  indicators: [
    indicator('1', G1, 'Hồ sơ công việc xử lý trên môi trường điện tử (trừ hồ sơ mật)', '%', '100%'),
    indicator('2', G1, 'Văn bản trao đổi giữa nhà trường và cơ sở giáo dục dưới dạng điện tử', '%', '≥95%'),
    indicator('7', G2, 'Hồ sơ học sinh được chuẩn hóa, đồng bộ trên CSDL ngành', '%', '100%'),
    indicator('8', G2, 'Dữ liệu học sinh được xác thực với CSDL quốc gia về dân cư', '%', 'phấn đấu đạt mức cao', 'Không hiểu chỉ tiêu «phấn đấu đạt mức cao».'),
  ],
  tasks: [
    task('1', T1, 'Rà soát, ban hành quy chế quản lý, vận hành hệ thống thông tin của nhà trường', 'Quý II/2026', { product: 'Quy chế', partners: 'Các tổ chuyên môn' }),
    task('2', T1, 'Xây dựng kế hoạch chuyển đổi số năm học 2026–2027', 'Tháng 8/2026'),
    task('16', T2, 'Nâng cấp đường truyền Internet cáp quang, phủ sóng wifi toàn trường', 'Trong năm 2026'),
    task('', T2, 'Trang bị màn hình tương tác cho phòng học bộ môn', 'khi có kinh phí', { confidence: 'review', reason: 'Không hiểu thời gian «khi có kinh phí».' }),
  ],
  settings: [
    setting('parentAgency', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG'),
    setting('schoolName', 'Trường THPT An Lão'),
    setting('planReference', 'Kế hoạch số 17/KH-THPTAL ngày 10/3/2026'),
    setting('signerTitle', 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG'),
    setting('halfReportDeadline', 'Trước ngày 05/6 hằng năm'),
  ],
  leftovers: [{ source: source('Đoạn 41 (mục IV)'), text: 'Tổ chức đánh giá, sơ kết theo từng giai đoạn.', reason: 'Không rõ là chỉ tiêu hay nhiệm vụ.' }],
  partsFound: ['Phụ lục 1 (chỉ tiêu)', 'Phụ lục 2 (nhiệm vụ)', 'Phần đầu văn bản'],
});

/** A blank workbook as Khởi tạo or `template --trong` lays it out. */
function blankTabs(): Map<string, Rows> {
  return planTabs(undefined);
}

describe('planImport into an empty workbook', () => {
  it('adds every indicator and task under its group, with the document STT, and numbers an item without one after the last STT', () => {
    const result = planImport(AN_LAO, blankTabs(), { fallbackYear: 2026 });
    const after = applyImportWrites(blankTabs(), result.writes);
    const read = readWorkbook(after, { fallbackYear: 2026 });
    expect(read.plan.indicators.map((i) => `${i.group.numeral}|${i.id}|${i.targetText}`)).toEqual(['I|1|100%', 'I|2|≥95%', 'II|7|100%', 'II|8|phấn đấu đạt mức cao']);
    expect(read.plan.tasks.map((t) => `${t.group.numeral}|${t.id}|${t.timing}`)).toEqual(['I|1|Quý II/2026', 'I|2|Tháng 8/2026', 'II|16|Trong năm 2026', 'II|17|khi có kinh phí']);
    expect(read.plan.tasks[0]).toMatchObject({ product: 'Quy chế', lead: 'Tổ Văn phòng', partners: 'Các tổ chuyên môn' });
    expect(result.preview.counts).toEqual([
      { tab: 'Chỉ tiêu', added: 4, rows: 6, alreadyThere: 0 },
      { tab: 'Nhiệm vụ', added: 4, rows: 6, alreadyThere: 0 },
    ]);
    // Right under the header row, in the tab's column order.
    expect(result.writes.appends.find((a) => a.tab === 'Chỉ tiêu')).toMatchObject({ startRow: 2, rows: [['I', 'Thể chế và quản trị số', '', ''], [1, 'Hồ sơ công việc xử lý trên môi trường điện tử (trừ hồ sơ mật)', '%', '100%'], ...Array(4).fill(expect.anything())] });
  });

  it('fills Cấu hình from the header and lists each setting', () => {
    const result = planImport(AN_LAO, blankTabs(), { fallbackYear: 2026 });
    const read = readWorkbook(applyImportWrites(blankTabs(), result.writes), { fallbackYear: 2026 });
    expect(read.plan.settings).toMatchObject({ parentAgency: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG', schoolName: 'Trường THPT An Lão', signerTitle: 'KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG' });
    expect(read.plan.settings.reportDeadlines?.half?.text).toBe('Trước ngày 05/6 hằng năm');
    expect(result.preview.settings).toContainEqual({ label: 'Tên đơn vị', value: 'Trường THPT An Lão', filled: true });
    expect(result.writes.appends.some((a) => a.tab === 'Cấu hình')).toBe(false);
  });

  it('lists the items needing review with their text, their place in the document and the row they went to, and the leftovers', () => {
    const { preview } = planImport(AN_LAO, blankTabs(), { fallbackYear: 2026 });
    expect(preview.review).toEqual([
      {
        where: AN_LAO.indicators[3]!.source.where,
        text: 'Dữ liệu học sinh được xác thực với CSDL quốc gia về dân cư: phấn đấu đạt mức cao',
        reason: 'Không hiểu chỉ tiêu «phấn đấu đạt mức cao».',
        sheetPlace: { tab: 'Chỉ tiêu', row: 7 },
      },
      {
        where: AN_LAO.tasks[3]!.source.where,
        text: 'Trang bị màn hình tương tác cho phòng học bộ môn (thời gian: khi có kinh phí)',
        reason: 'Không hiểu thời gian «khi có kinh phí».',
        sheetPlace: { tab: 'Nhiệm vụ', row: 7 },
      },
      { where: 'Đoạn 41 (mục IV)', text: 'Tổ chức đánh giá, sơ kết theo từng giai đoạn.', reason: 'Không rõ là chỉ tiêu hay nhiệm vụ.' },
    ]);
    expect(preview.nothingFound).toBeUndefined();
    expect(preview.partsFound).toEqual(AN_LAO.partsFound);
  });

  it('a draft with nothing in it says what the reader looked for, and writes nothing', () => {
    const result = planImport(draftOf({}), blankTabs(), { fallbackYear: 2026 });
    expect(result.preview.nothingFound).toBe(NOTHING_FOUND_TEXT);
    expect(result.preview.nothingFound).toMatch(/Phụ lục 1.*Lộ trình thực hiện.*Chế độ báo cáo/s);
    expect(result.writes).toEqual({ appends: [], cells: [] });
  });
  it('a draft with only a table no reader claims names that table in the «nothing found» text: it is never silently dropped', () => {
    const leftover = {
      source: source('Bảng 1 (Phụ lục III)'),
      text: 'TT · Hạng mục · Kinh phí (triệu đồng)',
      reason: 'bảng có cột STT nhưng không nhận ra là bảng chỉ tiêu hay nhiệm vụ; 3 dòng chưa được nhập',
    };
    const result = planImport(draftOf({ leftovers: [leftover] }), blankTabs(), { fallbackYear: 2026 });
    expect(result.preview.nothingFound).toContain(NOTHING_FOUND_TEXT);
    expect(result.preview.nothingFound).toContain('Bảng 1 (Phụ lục III)');
    expect(result.preview.nothingFound).toContain('«TT · Hạng mục · Kinh phí (triệu đồng)»');
    expect(result.preview.nothingFound).toContain('Bảng có cột STT nhưng không nhận ra');
    expect(importPreviewLines(result.preview).join('\n')).toContain('Bảng 1 (Phụ lục III)');
    expect(result.writes).toEqual({ appends: [], cells: [] });
  });
});

describe('re-importing', () => {
  it('the same draft a second time adds nothing', () => {
    const once = applyImportWrites(blankTabs(), planImport(AN_LAO, blankTabs(), { fallbackYear: 2026 }).writes);
    const again = planImport(AN_LAO, once, { fallbackYear: 2026 });
    expect(again.writes).toEqual({ appends: [], cells: [] });
    expect(again.preview.counts).toEqual([
      { tab: 'Chỉ tiêu', added: 0, rows: 0, alreadyThere: 4 },
      { tab: 'Nhiệm vụ', added: 0, rows: 0, alreadyThere: 4 },
    ]);
    expect(again.preview.settings.every((s) => !s.filled)).toBe(true);
  });

  it('matches by folded text (case, diacritics, spacing) and by STT in its group; a same STT with another text is kept and listed', () => {
    const once = applyImportWrites(blankTabs(), planImport(AN_LAO, blankTabs(), { fallbackYear: 2026 }).writes);
    const edited = draftOf({
      indicators: [
        indicator('1', G1, 'HỒ SƠ CÔNG VIỆC XỬ LÝ TRÊN MÔI TRƯỜNG ĐIỆN TỬ  (trừ hồ sơ mật).', '%', '100%'),
        indicator('2', G1, 'Tỷ lệ văn bản đi được ký số', '%', '100%'),
        indicator('9', G2, 'Phần mềm quản lý trường học được sử dụng thường xuyên', '%', '100%'),
      ],
    });
    const result = planImport(edited, once, { fallbackYear: 2026 });
    expect(result.preview.counts[0]).toEqual({ tab: 'Chỉ tiêu', added: 1, rows: 1, alreadyThere: 2 });
    expect(result.preview.review).toEqual([expect.objectContaining({ text: 'Tỷ lệ văn bản đi được ký số: 100%', sheetPlace: { tab: 'Chỉ tiêu', row: 4 } })]);
    expect(result.preview.review[0]!.reason).toMatch(/STT «2» đã có ở dòng 4.*giữ nguyên/);
    // Added under II (the last group in the tab): no repeated group row.
    expect(result.writes.appends[0]).toMatchObject({ tab: 'Chỉ tiêu', startRow: 8, rows: [[9, 'Phần mềm quản lý trường học được sử dụng thường xuyên', '%', '100%']] });
  });
});

/** A Chỉ tiêu tab as a school keeps it: columns moved, one of their own, results typed, a formula row. */
const STAFF_INDICATORS: Cell[][] = [
  ['CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026'],
  [],
  ['Chỉ tiêu', 'TT', 'Người theo dõi', 'Mức đạt 2026', 'ĐVT', 'Quý I', 'Kết quả mới nhất', 'Ghi chú'],
  ['Thể chế và quản trị số', 'I'],
  ['Hồ sơ công việc xử lý trên môi trường điện tử (trừ hồ sơ mật)', 1, 'cô Hoa', '100%', '%', '96%', '96%', 'thiếu 2 hồ sơ'],
  ['Văn bản trao đổi giữa nhà trường và cơ sở giáo dục dưới dạng điện tử', 2, 'thầy Nam', '≥95%', '%', '97%', '97%', ''],
  ['Tổng cộng', '', '', '', '', '', '=COUNTIF(G5:G6,"*")', ''],
];

function staffTabs(): Map<string, Rows> {
  const tabs = blankTabs();
  tabs.set('Chỉ tiêu', STAFF_INDICATORS);
  const settings = tabs.get('Cấu hình')!.map((r) => [...r]);
  const schoolRow = settings.findIndex((r) => r[0] === 'Tên đơn vị');
  settings[schoolRow]![1] = 'THPT An Lão';
  // A school that deleted the deadline rows.
  tabs.set('Cấu hình', settings.filter((r) => !String(r[0]).startsWith('Hạn báo cáo')));
  return tabs;
}

const STAFF_FORMULAS = new Map([['Chỉ tiêu', formulaCells([[], [], [], [], [], [], ['', '', '', '', '', '', '=COUNTIF(G5:G6,"*")']])]]);

describe('planImport into a workbook staff have used', () => {
  const before = staffTabs();
  const result = planImport(AN_LAO, before, { fallbackYear: 2026, formulas: STAFF_FORMULAS });
  const after = applyImportWrites(before, result.writes);

  it('leaves every cell already there byte-identical, fills only blank Cấu hình values, and adds below the last used row', () => {
    const filled = new Set(result.writes.cells.map((c) => `${c.tab}!R${c.row}C${c.column}`));
    for (const [name, rows] of before) {
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const at = `${name}!R${r + 1}C${c + 1}`;
          if (filled.has(at)) expect(cell, at).toBe('');
          else expect(after.get(name)![r]![c], at).toBe(cell);
        }),
      );
    }
    expect([...filled].every((at) => at.startsWith('Cấu hình!') && at.endsWith('C2'))).toBe(true);
    const append = result.writes.appends.find((a) => a.tab === 'Chỉ tiêu')!;
    expect(append.startRow).toBe(STAFF_INDICATORS.length + 1);
  });

  it('writes in the moved columns, never into a staff column or a computed one', () => {
    const append = result.writes.appends.find((a) => a.tab === 'Chỉ tiêu')!;
    expect(append.rows).toEqual([
      ['Hạ tầng và dữ liệu số', 'II', '', '', ''],
      ['Hồ sơ học sinh được chuẩn hóa, đồng bộ trên CSDL ngành', 7, '', '100%', '%'],
      ['Dữ liệu học sinh được xác thực với CSDL quốc gia về dân cư', 8, '', 'phấn đấu đạt mức cao', '%'],
    ]);
    expect(result.preview.counts[0]).toEqual({ tab: 'Chỉ tiêu', added: 2, rows: 3, alreadyThere: 2 });
    const read = readWorkbook(after, { fallbackYear: 2026 });
    expect(read.plan.indicators.map((i) => `${i.group.numeral}|${i.id}`)).toEqual(['I|1', 'I|2', 'II|7', 'II|8']);
    expect(read.plan.indicators[0]!.quarterResults[0]).toBe('96%');
  });

  it('fills only blank Cấu hình values, keeps a value staff typed, and appends a missing row as Khởi tạo writes it', () => {
    expect(result.preview.settings).toContainEqual({ label: 'Tên đơn vị', value: 'Trường THPT An Lão', filled: false });
    expect(result.preview.settings).toContainEqual({ label: 'Tên cơ quan chủ quản', value: 'SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG', filled: true });
    expect(result.writes.cells.map((c) => c.value)).not.toContain('Trường THPT An Lão');
    const append = result.writes.appends.find((a) => a.tab === 'Cấu hình')!;
    expect(append.rows).toEqual([['Hạn báo cáo 6 tháng', 'Trước ngày 05/6 hằng năm', expect.stringContaining('Trước ngày 05/6')]]);
    expect(append.startRow).toBe(before.get('Cấu hình')!.length + 1);
    const read = readWorkbook(after, { fallbackYear: 2026 });
    expect(read.plan.settings.schoolName).toBe('THPT An Lão');
    expect(read.plan.settings.reportDeadlines?.half?.text).toBe('Trước ngày 05/6 hằng năm');
  });

  it('never writes into a formula cell: rows holding one count as used', () => {
    const tabs = staffTabs();
    // The sum row's formula shows nothing; the rows below are blank but for a formula further down.
    tabs.set('Chỉ tiêu', [...STAFF_INDICATORS.slice(0, 6), ['', '', '', '', '', '', ''], ['', '', '', '', '', '', '']]);
    const formulas = new Map([['Chỉ tiêu', formulaCells([[], [], [], [], [], [], ['', '', '', '', '', '', '=G5'], ['', '=ROW()-7']])]]);
    const r = planImport(AN_LAO, tabs, { fallbackYear: 2026, formulas });
    expect(r.writes.appends.find((a) => a.tab === 'Chỉ tiêu')!.startRow).toBe(9);
  });
});

describe('the review list reads as sentences', () => {
  it('a reason written by a parser in lower case, without a full stop, is shown as a sentence (CLI and dialog alike)', () => {
    const lowerCase: PlanDraft = {
      indicators: [indicator('1', G1, 'Nhà trường thí điểm ứng dụng AI trong dạy học', '', '', 'chưa nhập chỉ tiêu')],
      tasks: [],
      settings: [],
      leftovers: [{ source: source('Đoạn 8 (mục I.2.1)'), text: 'Nâng cao hiệu quả chỉ đạo, điều hành dựa trên dữ liệu;', reason: 'không thấy chỉ tiêu (con số cần đạt) trong dòng này' }],
      partsFound: ['Bảng chỉ tiêu'],
    };
    const { preview } = planImport(lowerCase, blankTabs(), { fallbackYear: 2026 });
    expect(preview.review.map((r) => r.reason)).toEqual(['Chưa nhập chỉ tiêu.', 'Không thấy chỉ tiêu (con số cần đạt) trong dòng này.']);
    expect(importPreviewLines(preview).join('\n')).not.toMatch(/»\. [a-zđ]/);
  });
});
