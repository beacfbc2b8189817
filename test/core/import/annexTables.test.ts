import { beforeAll, describe, expect, it } from 'vitest';
import { readAnnexTables } from '../../../src/core/import/annexTables';
import { readDocxBody, type DocxBody } from '../../../src/core/import/docxBody';
import type { DraftIndicator, DraftTask } from '../../../src/core/import/draft';
import type { PartialDraft } from '../../../src/core/import/planDraft';
import { parseSchedule } from '../../../src/core/schedule';
import { SAMPLE_INDICATORS, SAMPLE_TASKS } from '../../../src/sample/anLao2026';
import { bodyOf, para, table } from '../../support/docxBodies';
import {
  AN_LAO_TASK_PAGES,
  anLaoDocx,
  LE_LOI_BUDGET_HEADER,
  LE_LOI_INDICATOR_ROWS,
  LE_LOI_TASK_ROWS,
  TASK_16_FIRST,
  TASK_16_REST,
  thcsOtherStyleDocx,
  TRAN_DUONG_MONTH_ROWS,
  tranDuongDocx,
} from '../../support/planDocx';

function body(bytes: Uint8Array): DocxBody {
  const r = readDocxBody(bytes);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const indicators = (d: PartialDraft): readonly DraftIndicator[] => d.indicators ?? [];
const tasks = (d: PartialDraft): readonly DraftTask[] => d.tasks ?? [];
const groupsOf = (items: readonly { group: { numeral: string; name: string } }[]) => [...new Map(items.map((i) => [`${i.group.numeral}|${i.group.name}`, i.group])).values()];

describe('readAnnexTables on An Lão (Phụ lục 1 and 2)', () => {
  let draft: PartialDraft;
  beforeAll(async () => {
    draft = readAnnexTables(body(await anLaoDocx()));
  });

  it('reads the 22 indicators in 4 groups exactly as written (the embedded sample holds the same plan)', () => {
    const found = indicators(draft);
    expect(found).toHaveLength(22);
    expect(groupsOf(found)).toEqual(groupsOf(SAMPLE_INDICATORS));
    expect(found.map(({ id, group, name, unit, target }) => ({ id, group, name, unit, target }))).toEqual(
      SAMPLE_INDICATORS.map(({ id, group, name, unit, targetText }) =>
        // Indicator 21 is blank in the plan; the sample fills in «Có» and «%».
        id === '21' ? { id, group, name, unit: '', target: '' } : { id, group, name, unit, target: targetText },
      ),
    );
  });

  it('marks every indicator read, and the one without a target for review, keeping its blank as written', () => {
    const [blank, ...others] = [...indicators(draft)].sort((a) => (a.id === '21' ? -1 : 1));
    expect(others.every((i) => i.confidence === 'read' && i.reason === undefined)).toBe(true);
    expect(blank).toMatchObject({ id: '21', target: '', confidence: 'review', reason: 'chưa nhập chỉ tiêu' });
  });

  it('reads the 29 tasks in 7 groups across five page tables, each field exactly as written', () => {
    const found = tasks(draft);
    expect(found).toHaveLength(29);
    expect(groupsOf(found)).toEqual(groupsOf(SAMPLE_TASKS));
    expect(found.map(({ id, group, name, product, lead, partners, timing }) => ({ id, group, name, product, lead, partners, timing }))).toEqual(
      SAMPLE_TASKS.map(({ id, group, name, product, lead, partners, timing }) => ({ id, group, name, product, lead, partners, timing })),
    );
    expect(found.every((t) => t.confidence === 'read')).toBe(true);
  });

  it('joins task 16, cut by the page break, with its rest in the next table, and keeps where it starts', () => {
    const t16 = tasks(draft).find((t) => t.id === '16')!;
    expect(t16.name).toBe(`${TASK_16_FIRST} ${TASK_16_REST}`);
    expect(t16.timing).toBe('Quý II-III');
    const t17 = tasks(draft).find((t) => t.id === '17')!;
    expect(t17.source.block).toBeGreaterThan(t16.source.block);
    expect(t16.source.row).toBe(AN_LAO_TASK_PAGES[2]!.length);
    expect(t16.source.where).toMatch(/^Bảng 4 \(Phụ lục 2\), dòng 8/);
  });

  it('gives every task under a merged partner cell its text', () => {
    expect(tasks(draft).slice(0, 5).map((t) => t.partners)).toEqual(Array(5).fill('Các tổ/nhóm và các bộ phận liên quan'));
  });

  it('names the parts it found and leaves nothing over', () => {
    expect(draft.partsFound).toEqual(['Bảng chỉ tiêu', 'Bảng nhiệm vụ']);
    expect(draft.leftovers ?? []).toEqual([]);
  });
});

describe('readAnnexTables on Trần Dương (monthly table)', () => {
  let draft: PartialDraft;
  beforeAll(async () => {
    draft = readAnnexTables(body(await tranDuongDocx()));
  });

  it('reads each monthly row as a task timed by its month cell as written, «Tháng 4, 5» in one row', () => {
    const found = tasks(draft);
    expect(found.map((t) => t.timing)).toEqual(TRAN_DUONG_MONTH_ROWS.map((r) => r[0]));
    expect(found.map((t) => [t.name, t.product, t.lead])).toEqual(TRAN_DUONG_MONTH_ROWS.map(([, names, product, lead]) => [names.join('\n'), product, lead]));
    expect(found.every((t) => t.id === '' && t.partners === '' && t.group.numeral === '' && t.group.name === '')).toBe(true);
    expect(found.every((t) => t.confidence === 'read')).toBe(true);
    // «Tháng 4, 5» is one row and one span of the sheet's schedule, due at the end of May.
    const spring = parseSchedule(found[3]!.timing, 2026);
    expect(spring.ok && spring.value.kind === 'dated' && spring.value.occurrences.map((o) => o.due)).toEqual([{ year: 2026, month: 5, day: 31 }]);
    expect(indicators(draft)).toEqual([]);
    expect(draft.partsFound).toEqual(['Bảng nhiệm vụ theo tháng']);
  });
});

const TITLE = [para('KẾ HOẠCH'), para('Chuyển đổi số năm 2026')];

describe('readAnnexTables on other layouts', () => {
  it('finds indicator and task tables by other header wordings', () => {
    const d = readAnnexTables(
      bodyOf(
        ...TITLE,
        table([
          ['TT', 'Tiêu chí', 'ĐVT', 'Kết quả cần đạt'],
          ['A', 'Chỉ tiêu chung', '', ''],
          ['1', 'Giáo viên sử dụng học liệu số', '%', '≥ 90%'],
        ]),
        table([
          ['Số TT', 'Nội dung công việc', 'Kết quả', 'Bộ phận chủ trì', 'Phối hợp', 'Thời hạn'],
          ['1', 'Rà soát quy trình nội bộ', 'Quy trình', 'Văn phòng', 'Tổ chuyên môn', 'Tháng 5/2026'],
        ]),
      ),
    );
    expect(indicators(d).map((i) => [i.id, i.group.numeral, i.group.name, i.name, i.unit, i.target])).toEqual([['1', 'A', 'Chỉ tiêu chung', 'Giáo viên sử dụng học liệu số', '%', '≥ 90%']]);
    expect(tasks(d).map((t) => [t.id, t.name, t.product, t.lead, t.partners, t.timing])).toEqual([['1', 'Rà soát quy trình nội bộ', 'Quy trình', 'Văn phòng', 'Tổ chuyên môn', 'Tháng 5/2026']]);
  });

  it('reads «Mức đạt 2026» only in a 2026 plan, and a header of another year not at all', () => {
    const t = (header: string) =>
      table([
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', header],
        ['1', 'Hồ sơ xử lý trên môi trường điện tử', '%', '100%'],
      ]);
    expect(indicators(readAnnexTables(bodyOf(...TITLE, t('Mức đạt 2026'))))).toHaveLength(1);
    expect(indicators(readAnnexTables(bodyOf(...TITLE, t('Mức đạt năm 2026'))))).toHaveLength(1);
    expect(indicators(readAnnexTables(bodyOf(...TITLE, t('Mức đạt 2025'))))).toEqual([]);
  });

  it('keeps an unreadable timing or target as written, for review with the parser\'s message', () => {
    const d = readAnnexTables(
      bodyOf(
        ...TITLE,
        table([
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm'],
          ['1', 'Tỷ lệ cán bộ, giáo viên, học sinh có tài khoản định danh', '%', '≥95% giáo viên; 100% học sinh'],
          ['2', 'Số hồ sơ xử lý trực tuyến', 'hồ sơ', 'tăng 10% so với năm 2025'],
        ]),
        table([
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian'],
          ['1', 'Tổ chức hội thi giáo viên dạy giỏi ứng dụng CNTT', 'Văn phòng', 'Đợt 1 (sau sơ kết học kỳ)'],
          ['2', 'Báo cáo sơ kết', 'Văn phòng', 'Quý V'],
        ]),
      ),
    );
    const [twoTargets, relative] = indicators(d);
    expect(twoTargets).toMatchObject({ target: '≥95% giáo viên; 100% học sinh', confidence: 'review' });
    expect(twoTargets!.reason).toContain('≥95% giáo viên; 100% học sinh');
    expect(relative).toMatchObject({ target: 'tăng 10% so với năm 2025', confidence: 'review' });
    expect(relative!.reason).toContain('Số liệu năm trước');
    expect(twoTargets!.source.where).toBe('Bảng 1, dòng 2, cột «Chỉ tiêu năm»');
    const [onRequest, badQuarter] = tasks(d);
    expect(onRequest).toMatchObject({ timing: 'Đợt 1 (sau sơ kết học kỳ)', confidence: 'review' });
    const expected = parseSchedule('Đợt 1 (sau sơ kết học kỳ)', 2026);
    expect(expected.ok).toBe(false);
    expect(onRequest!.reason).toBe(expected.ok ? undefined : expected.error);
    expect(badQuarter).toMatchObject({ timing: 'Quý V', confidence: 'review' });
    expect(onRequest!.source.where).toContain('cột «Thời gian»');
  });

  it('continues a table on the next page: a repeated header row (w:tblHeader) or none, and a first row without STT', () => {
    const header = ['STT', 'Nhiệm vụ', 'Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'];
    const d = readAnnexTables(
      bodyOf(
        ...TITLE,
        table([header, ['I', { text: 'Quản trị số', span: 5 }], ['1', 'Số hóa hồ sơ', 'Hồ sơ số', 'Văn phòng', 'Các tổ', 'Quý I']], { headerRows: 1 }),
        para(''),
        table([header, ['', 'trong toàn trường', 'và kho lưu trữ', '', '', ''], ['2', 'Ký số học bạ', 'Học bạ số', 'Ban học bạ', 'GVCN', 'Quý II']], { headerRows: 1 }),
        para(''),
        table([
          ['', 'cho học sinh lớp 1', '', '', '', ''],
          ['3', 'Tập huấn AI', 'Báo cáo', 'Tổ Tin', 'Các tổ', 'Tháng 8'],
        ]),
      ),
    );
    expect(tasks(d).map((t) => [t.id, t.group.numeral, t.name, t.product])).toEqual([
      ['1', 'I', 'Số hóa hồ sơ trong toàn trường', 'Hồ sơ số và kho lưu trữ'],
      ['2', 'I', 'Ký số học bạ cho học sinh lớp 1', 'Học bạ số'],
      ['3', 'I', 'Tập huấn AI', 'Báo cáo'],
    ]);
    expect(d.leftovers ?? []).toEqual([]);
  });

  it('takes a group from a row spanning the table and from a section number heading numbered rows', () => {
    const d = readAnnexTables(
      bodyOf(
        ...TITLE,
        table([
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian'],
          [{ text: 'A. NHIỆM VỤ CHUNG', span: 4 }],
          ['1', 'Kiện toàn Ban chỉ đạo', 'Hiệu trưởng', 'Tháng 1/2026'],
          [{ text: 'Nhiệm vụ của các tổ chuyên môn', span: 4 }],
          ['1.', 'Tổ Toán - Tin', '', ''],
          ['1.1', 'Xây dựng ngân hàng câu hỏi', 'Tổ Toán - Tin', 'Học kỳ II'],
        ]),
      ),
    );
    expect(tasks(d).map((t) => [t.id, t.group])).toEqual([
      ['1', { numeral: 'A', name: 'NHIỆM VỤ CHUNG' }],
      ['1.1', { numeral: '1', name: 'Tổ Toán - Tin' }],
    ]);
  });

  it('gives a row that looks like a record but has no name to the leftovers, never a guessed item', () => {
    const d = readAnnexTables(
      bodyOf(
        ...TITLE,
        table([
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian'],
          ['1', 'Rà soát dữ liệu', 'Văn phòng', 'Quý I'],
          ['2', '', 'Kế toán', 'Quý II'],
        ]),
      ),
    );
    expect(tasks(d).map((t) => t.id)).toEqual(['1']);
    expect(d.leftovers).toHaveLength(1);
    expect(d.leftovers![0]!.text).toContain('Kế toán');
    expect(d.leftovers![0]!.reason).toMatch(/thiếu tên nhiệm vụ/);
  });

  it('reads nothing from a body without annex tables: paragraphs, the header table, the signature table', () => {
    const d = readAnnexTables(
      bodyOf(
        table([['SỞ GD&ĐT HẢI PHÒNG\nTRƯỜNG THPT AN LÃO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc']]),
        ...TITLE,
        para('100% hồ sơ công việc được xử lý trên môi trường điện tử.'),
        table([['Nơi nhận:\n- Lưu: VT.', 'HIỆU TRƯỞNG\nBùi Thị Thúy']]),
      ),
    );
    expect([indicators(d), tasks(d), d.leftovers ?? [], d.partsFound ?? []]).toEqual([[], [], [], []]);
  });

  it('marks every task for review when the plan year is not in the title, keeping the timings', () => {
    const d = readAnnexTables(
      bodyOf(
        para('KẾ HOẠCH chuyển đổi số'),
        table([
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian'],
          ['1', 'Rà soát dữ liệu', 'Văn phòng', 'Quý I'],
        ]),
      ),
    );
    expect(tasks(d)).toMatchObject([{ timing: 'Quý I', confidence: 'review' }]);
    expect(tasks(d)[0]!.reason).toMatch(/năm kế hoạch/);
  });
});

describe('readAnnexTables on a plan in another school\'s table style (Lê Lợi)', () => {
  let draft: PartialDraft;
  beforeAll(async () => {
    draft = readAnnexTables(body(await thcsOtherStyleDocx()));
  });

  it('reads the indicator table headed «TT · Nội dung chỉ tiêu · ĐVT · Chỉ tiêu phấn đấu năm 2026», targets and groups as written', () => {
    const records = LE_LOI_INDICATOR_ROWS.filter((r) => r.length > 2);
    expect(indicators(draft).map(({ id, name, unit, target }) => [id, name, unit, target])).toEqual(records.map((r) => [...r]));
    expect(indicators(draft).map((i) => i.group)).toEqual([...Array(3).fill({ numeral: 'A', name: 'Quản trị nhà trường' }), ...Array(2).fill({ numeral: 'B', name: 'Dạy học và kiểm tra, đánh giá' })]);
    expect(indicators(draft).every((i) => i.confidence === 'read')).toBe(true);
    expect(indicators(draft)[0]!.source.where).toBe('Bảng 1 (Phụ lục I), dòng 3');
  });

  it('reads «Kết quả/Sản phẩm» as the task\'s product and «Người phụ trách» as its lead', () => {
    const records = LE_LOI_TASK_ROWS.filter((r) => r.length > 1);
    expect(tasks(draft).map(({ id, name, product, lead, timing }) => [id, name, product, lead, timing])).toEqual(records.map((r) => [...r]));
    expect(tasks(draft).map((t) => t.group.numeral)).toEqual(['I', 'I', 'II', 'II']);
  });

  it('lists the numbered budget table it does not know for review, with its place and its columns, instead of dropping it', () => {
    expect(draft.leftovers).toHaveLength(1);
    const [budget] = draft.leftovers!;
    expect(budget!.source).toMatchObject({ where: 'Bảng 3 (Phụ lục III)', row: 0 });
    expect(budget!.text).toBe(LE_LOI_BUDGET_HEADER.join(' · '));
    expect(budget!.reason).toBe(
      'bảng có cột STT nhưng không nhận ra là bảng chỉ tiêu hay nhiệm vụ; các cột: «TT», «Hạng mục», «Số lượng», «Kinh phí dự kiến (triệu đồng)»; 2 dòng chưa được nhập. Bảng chỉ tiêu cần cột «Chỉ tiêu» và «Chỉ tiêu năm»; bảng nhiệm vụ cần cột «Nhiệm vụ» và «Thời gian»',
    );
  });
});

describe('readAnnexTables: the header spellings other schools use', () => {
  const indicatorTable = (header: readonly string[]) =>
    table([
      [...header],
      ['1', 'Hồ sơ xử lý trên môi trường điện tử', '%', '100%'],
    ]);

  it('reads the indicator and its target under each wording', () => {
    const headers = [
      ['TT', 'Nội dung chỉ tiêu', 'ĐVT', 'Chỉ tiêu phấn đấu năm 2026'],
      ['TT', 'Nội dung chỉ tiêu', 'ĐVT', 'Chỉ tiêu phấn đấu (năm 2026)'],
      ['Số TT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu phấn đấu'],
      ['STT', 'Tên chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm 2026'],
      ['TT', 'Nội dung chỉ tiêu', 'ĐVT', 'Chỉ tiêu phấn đấu'],
      ['Số thứ tự', 'Chỉ tiêu', 'Đơn vị tính', 'Mức đạt năm 2026'],
      ['TT', 'Nội dung', 'ĐVT', 'Mục tiêu phấn đấu năm 2026'],
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Chỉ tiêu năm học 2025-2026'],
    ];
    for (const header of headers) {
      const d = readAnnexTables(bodyOf(...TITLE, indicatorTable(header)));
      expect(indicators(d).map((i) => [i.id, i.name, i.unit, i.target]), header.join(' · ')).toEqual([['1', 'Hồ sơ xử lý trên môi trường điện tử', '%', '100%']]);
      expect(d.leftovers ?? [], header.join(' · ')).toEqual([]);
    }
  });

  it('never takes a column of another year for the target: the table goes to review instead', () => {
    for (const target of ['Chỉ tiêu phấn đấu năm 2025', 'Chỉ tiêu năm 2025', 'Mục tiêu phấn đấu 2027', 'Chỉ tiêu năm học 2024-2025']) {
      const d = readAnnexTables(bodyOf(...TITLE, indicatorTable(['TT', 'Nội dung chỉ tiêu', 'ĐVT', target])));
      expect(indicators(d), target).toEqual([]);
      expect(d.leftovers?.map((l) => l.reason), target).toEqual([expect.stringContaining(`cột «${target}» ghi năm khác với năm kế hoạch (2026)`)]);
    }
  });

  it('takes the plan year\'s column when the table also has last year\'s', () => {
    const d = readAnnexTables(
      bodyOf(
        ...TITLE,
        table([
          ['TT', 'Nội dung chỉ tiêu', 'ĐVT', 'Kết quả năm 2025', 'Chỉ tiêu phấn đấu năm 2025', 'Chỉ tiêu phấn đấu năm 2026'],
          ['1', 'Giáo viên sử dụng học liệu số', '%', '80%', '85%', '90%'],
        ]),
      ),
    );
    expect(indicators(d).map((i) => i.target)).toEqual(['90%']);
  });

  it('reads the task\'s product under each wording', () => {
    for (const product of ['Kết quả/Sản phẩm', 'Kết quả, sản phẩm', 'Sản phẩm/Kết quả', 'Sản phẩm dự kiến', 'Kết quả dự kiến', 'Sản phẩm đầu ra']) {
      const d = readAnnexTables(
        bodyOf(
          ...TITLE,
          table([
            ['TT', 'Nội dung nhiệm vụ', product, 'Người phụ trách', 'Thời gian thực hiện'],
            ['1', 'Xây dựng kho học liệu số', 'Kho học liệu trên LMS', 'Tổ trưởng chuyên môn', 'Quý III'],
          ]),
        ),
      );
      expect(tasks(d).map((t) => [t.id, t.name, t.product, t.lead, t.timing]), product).toEqual([['1', 'Xây dựng kho học liệu số', 'Kho học liệu trên LMS', 'Tổ trưởng chuyên môn', 'Quý III']]);
    }
  });
});

describe('readAnnexTables: a numbered table no reader knows is listed for review, never dropped', () => {
  it('a table with an STT column: one item naming the table, its caption and its columns', () => {
    const d = readAnnexTables(
      bodyOf(
        ...TITLE,
        para('Phụ lục 3'),
        table([
          ['STT', 'Họ và tên', 'Chức vụ', 'Nhiệm vụ trong Ban'],
          ['1', 'Nguyễn Văn A', 'Hiệu trưởng', 'Trưởng ban'],
          ['2', 'Trần Thị B', 'Phó Hiệu trưởng', 'Phó ban'],
          ['3', 'Lê Văn C', 'Giáo viên Tin học', 'Thành viên'],
        ]),
      ),
    );
    expect([indicators(d), tasks(d)]).toEqual([[], []]);
    expect(d.leftovers).toEqual([
      {
        source: { where: 'Bảng 1 (Phụ lục 3)', block: 3, row: 0 },
        text: 'STT · Họ và tên · Chức vụ · Nhiệm vụ trong Ban',
        reason: expect.stringMatching(/^bảng có cột STT nhưng không nhận ra là bảng chỉ tiêu hay nhiệm vụ; các cột: «STT», «Họ và tên», «Chức vụ», «Nhiệm vụ trong Ban»; 3 dòng chưa được nhập\./),
      },
    ]);
  });

  it('a table without a header whose rows are numbered', () => {
    const d = readAnnexTables(
      bodyOf(
        ...TITLE,
        table([
          ['1.', 'Tập huấn sử dụng học bạ số', 'Tháng 8'],
          ['2.', 'Ngày hội chuyển đổi số', 'Tháng 10'],
        ]),
      ),
    );
    expect(d.leftovers).toHaveLength(1);
    expect(d.leftovers![0]).toMatchObject({ source: { where: 'Bảng 1', block: 2 }, text: '1. · Tập huấn sử dụng học bạ số · Tháng 8' });
    expect(d.leftovers![0]!.reason).toMatch(/^bảng có các dòng đánh số nhưng không nhận ra là bảng chỉ tiêu hay nhiệm vụ; 2 dòng chưa được nhập\./);
  });

  it('a task table missing its timing column says which column is missing', () => {
    const d = readAnnexTables(
      bodyOf(
        ...TITLE,
        table([
          ['STT', 'Nhiệm vụ', 'Sản phẩm', 'Đơn vị chủ trì'],
          ['1', 'Số hóa hồ sơ', 'Hồ sơ số', 'Văn phòng'],
        ]),
      ),
    );
    expect(tasks(d)).toEqual([]);
    expect(d.leftovers).toHaveLength(1);
    expect(d.leftovers![0]!.reason).toContain('bảng nhiệm vụ cần cột «Nhiệm vụ» và «Thời gian»');
  });

  it('a table continued on the next page is not listed again, nor the header and signature tables', () => {
    const d = readAnnexTables(
      bodyOf(
        table([['SỞ GD&ĐT HẢI PHÒNG\nTRƯỜNG THPT AN LÃO', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc']]),
        ...TITLE,
        table([
          ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian'],
          ['1', 'Rà soát dữ liệu', 'Văn phòng', 'Quý I'],
        ]),
        para(''),
        table([
          ['2', 'Ký số học bạ', 'Ban học bạ', 'Quý II'],
          ['3', 'Tập huấn AI', 'Tổ Tin', 'Quý III'],
        ]),
        table([['Nơi nhận:\n- Lưu: VT.', 'HIỆU TRƯỞNG\nBùi Thị Thúy']]),
      ),
    );
    expect(tasks(d).map((t) => t.id)).toEqual(['1', '2', '3']);
    expect(d.leftovers ?? []).toEqual([]);
  });
});
