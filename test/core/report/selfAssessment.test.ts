import { describe, expect, it } from 'vitest';
import { calendarDate } from '../../../src/core/date';
import { evaluatePlan } from '../../../src/core/evaluation';
import type { Plan } from '../../../src/core/plan';
import { reportDocxParts } from '../../../src/core/report/ooxml';
import { buildSelfAssessment, evidenceParts, type SelfAssessmentModel, selfAssessmentRefusal } from '../../../src/core/report/selfAssessment';
import { buildSelfAssessmentReportDocument, buildSelfAssessmentSheetDocument } from '../../../src/core/report/selfAssessmentDocument';
import type { Block, ReportDocument } from '../../../src/core/report/document';
import { xmlIllegalIndex } from '../../../src/core/xmlText';
import { tasksByCriterion } from '../../../src/sheet/selfAssessment';
import { samplePlan } from '../../../src/sample/anLao2026';
import { selfAssessmentPlan } from '../../support/selfAssessmentPlan';

const DAY = calendarDate(2026, 10, 15);

function modelOf(plan: Plan): SelfAssessmentModel {
  const model = buildSelfAssessment(plan, evaluatePlan(plan, DAY), DAY, tasksByCriterion(plan.selfAssessment!.criteria, plan.tasks));
  if (!model) throw new Error('no model');
  return model;
}

/** Every text of a document, block by block (paragraphs, table cells, layout cells). */
function texts(doc: ReportDocument): string[] {
  const of = (b: Block): string[] => {
    switch (b.kind) {
      case 'paragraph':
        return [b.runs.map((r) => r.text).join('')];
      case 'table':
        return [b.columns.map((c) => c.title).join(' | '), ...b.rows.map((r) => r.cells.map((c) => c.text).join(' | '))];
      case 'layout':
        return b.rows.flatMap((r) => r.flatMap((cell) => cell.flatMap(of)));
      case 'chart':
        return [b.title];
    }
  };
  return doc.blocks.flatMap(of);
}

describe('the phiếu: criteria, points, «Chưa chấm», subtotals and levels', () => {
  const model = modelOf(selfAssessmentPlan());

  it('shows an unscored criterion as «Chưa chấm», never 0, and a 0 as 0', () => {
    const g1 = model.groups[0]!;
    expect(g1.rows.find((r) => r.code === '1.3.4')!.scoreText).toBe('Chưa chấm');
    expect(g1.rows.find((r) => r.code === '1.3.5')!.scoreText).toBe('0');
    expect(g1.rows.find((r) => r.code === '1.6.2')!.scoreText).toBe('5,5');
    expect(g1.rows.find((r) => r.code === '1.1')!).toMatchObject({ maxText: 'Điều kiện bắt buộc', scoreText: 'Đạt' });
  });

  it('group 1 adds to 100; group 2 (90 in the source) is shown as not reconciled, the missing 10 not invented', () => {
    // 6+6+4+0+10+10+5+7+5,5+3+8+0 = 64,5; 1.3.4 and 1.7.2 blank.
    expect(model.groups[0]!.subtotal).toBe('Cộng nhóm 1: 64,5/100 điểm; còn 2 tiêu chí chưa chấm');
    expect(model.groups[0]!.conclusion).toBe('Kết luận mức độ đáp ứng nhóm 1: Mức 2 (đáp ứng cơ bản), tạm tính: còn 2 tiêu chí chưa chấm');
    // 6+6+10+6+5+0+6+6+8+10 = 63 of 90; 2.4.2 blank.
    expect(model.groups[1]!.subtotal).toBe('Cộng nhóm 2: 63/90 điểm (tổng điểm tối đa 90, chưa đối chiếu đủ với QĐ 4725); còn 1 tiêu chí chưa chấm');
    expect(model.groups[1]!.title).toBe('Nhóm 2. Chuyển đổi số trong quản trị cơ sở giáo dục');
  });

  it('the level edges per group: 49 → Mức 1, 50 → Mức 2, 75 → Mức 2, 76 → Mức 3', () => {
    const only = (score: number) => {
      // Group 1 all blank except 1.5.1 (15) and 1.4 (10)… a group total set by the scores below.
      const zero = Object.fromEntries(['1.3.1', '1.3.2', '1.3.3', '1.3.4', '1.3.5', '1.4', '1.5.1', '1.5.2', '1.6.1', '1.6.2', '1.6.3', '1.7.1', '1.7.2', '1.7.3'].map((c) => [c, 0]));
      let left = score;
      const caps: Record<string, number> = { '1.3.1': 6, '1.3.2': 6, '1.3.3': 6, '1.3.4': 6, '1.3.5': 6, '1.4': 10, '1.5.1': 15, '1.5.2': 5, '1.6.1': 7, '1.6.2': 7, '1.6.3': 6, '1.7.1': 8, '1.7.2': 7, '1.7.3': 5 };
      for (const [code, cap] of Object.entries(caps)) {
        const take = Math.min(cap, left);
        zero[code] = take;
        left -= take;
      }
      return modelOf(selfAssessmentPlan(zero)).groups[0]!.levelText;
    };
    expect(only(49)).toBe('Mức 1 (chưa đáp ứng)');
    expect(only(50)).toBe('Mức 2 (đáp ứng cơ bản)');
    expect(only(75)).toBe('Mức 2 (đáp ứng cơ bản)');
    expect(only(76)).toBe('Mức 3 (đáp ứng tốt)');
  });

  it('states the school level and the rule as the add-in\'s own assumption (not the tool\'s Cấu hình: the school signs it)', () => {
    expect(model.schoolLevelLine).toBe('Mức độ chuyển đổi số của nhà trường: Mức 2 (đáp ứng cơ bản), tạm tính (còn 3 tiêu chí chưa chấm).');
    expect(model.ruleLine).toContain('giả định của công cụ theo dõi');
    expect(model.ruleLine).toContain('không phải quy định của QĐ 4725');
    expect(model.ruleLine).not.toMatch(/Cấu hình|«Cách xác định mức CĐS của trường»/);
    const other = modelOf(selfAssessmentPlan({}, { dtiLevelRule: 'groupsOnly' }));
    expect(other.schoolLevelLine).toBe('Mức độ chuyển đổi số của nhà trường: không gộp thành một mức chung (xem mức của từng nhóm tiêu chí).');
  });

  it('a failed mandatory condition caps the school at Mức 1 and is named', () => {
    const capped = modelOf(selfAssessmentPlan({ '2.2': 'Chưa đạt', '1.2': '' }));
    expect(capped.schoolLevelLine).toBe('Mức độ chuyển đổi số của nhà trường: Mức 1 (chưa đáp ứng), do còn điều kiện bắt buộc chưa đạt (2.2).');
    expect(capped.mandatoryLines).toEqual([
      '- 1.1. Có ban hành kế hoạch tổ chức dạy học trực tuyến (kết hợp với dạy học trực tiếp; ban hành riêng hoặc lồng ghép trong kế hoạch tổ chức dạy học hằng năm): Đạt;',
      '- 1.2. Có ban hành quy chế tổ chức dạy học trực tuyến: Chưa đánh giá;',
      '- 2.1. Có bộ phận chỉ đạo ứng dụng công nghệ thông tin, chuyển đổi số: Đạt;',
      '- 2.2. Có kế hoạch ứng dụng công nghệ thông tin, chuyển đổi số: Chưa đạt.',
    ]);
    expect(capped.report.gaps[0]).toBe('- 1 điều kiện bắt buộc chưa đạt: 2.2 (Có kế hoạch ứng dụng công nghệ thông tin, chuyển đổi số).');
  });

  it('a score it cannot read is «Chưa đọc được» in the document and a located note for the user', () => {
    const bad = modelOf(selfAssessmentPlan({ '1.4': 12, '1.6.1': '-1' }));
    expect(bad.groups[0]!.rows.find((r) => r.code === '1.4')!.scoreText).toBe('Chưa đọc được');
    expect(bad.notes.some((n) => n.startsWith('Tiêu chí 1.4 (Tự đánh giá CĐS!A9): ') && n.includes('vượt điểm tối đa 10'))).toBe(true);
    expect(bad.notes.some((n) => n.includes('1.6.1') && n.includes('không được âm'))).toBe(true);
  });
});

describe('the analysis names criteria and tasks, and invents nothing', () => {
  const model = modelOf(selfAssessmentPlan());

  it('strengths are the criteria at their maximum; gaps the ones at 0, unscored or below their maximum', () => {
    expect(model.report.strengths[0]).toMatch(/^- 14 tiêu chí đạt điểm tối đa: 1\.3\.1 \(Triển khai phần mềm dạy học trực tuyến trực tiếp\); 1\.3\.2 /);
    expect(model.report.strengths[1]).toMatch(/^- 4 điều kiện bắt buộc đã đạt: 1\.1 /);
    expect(model.report.gaps).toContain('- 3 tiêu chí 0 điểm: 1.3.5 (Hệ thống quản lý học tập trực tuyến (LMS/LCMS): cha mẹ học sinh theo dõi quá trình học tập của con); 1.7.3 (Có phòng studio xây dựng học liệu số); 2.3.6 (Hệ thống quản trị nhà trường có phân hệ quản lý y tế trường học).');
    expect(model.report.gaps.find((l) => l.startsWith('- 3 tiêu chí chưa chấm: 1.3.4 '))).toBeDefined();
    expect(model.report.gaps).toContain('- Nhóm 2. Chuyển đổi số trong quản trị cơ sở giáo dục: tổng điểm tối đa của các tiêu chí là 90, không phải 100 (chưa đối chiếu đủ với QĐ 4725).');
    // Ghi chú is staff's working note (the template's bands, «minh họa»…), not a finding: not quoted.
    expect(model.report.gaps.join('\n')).not.toContain('Chưa có phần mềm y tế trường học');
  });

  it('links the plan\'s tasks to their criteria with their state, and proposes finishing the open ones', () => {
    expect(model.report.taskLines[0]).toBe('2 nhiệm vụ của Kế hoạch gắn với 3 tiêu chí; 1/2 nhiệm vụ đã hoàn thành:');
    expect(model.report.taskLines.some((l) => l.startsWith('- Tiêu chí 1.3.4, 1.7.2: nhiệm vụ 16 «'))).toBe(true);
    expect(model.report.taskLines).toContain('- Tiêu chí 2.2: nhiệm vụ 1 «Tổ chức theo dõi, tổng hợp và đánh giá định kỳ việc thực hiện các chỉ tiêu chuyển đổi số…», tình trạng: đang thực hiện (3/4 kỳ xong).');
    // Task 16 is done, so 1.3.4 and 1.7.2 have no open task; task 1 (open) serves 2.2, which is met.
    expect(model.report.improvements).toEqual(['- Các tiêu chí chưa đạt điểm tối đa, chưa có nhiệm vụ đang thực hiện trong Kế hoạch: 1.3.3, 1.3.4, 1.3.5, 1.5.1, 1.6.2, 1.6.3, 1.7.2, 1.7.3, 2.3.5, 2.3.6, 2.4.2.']);
    const open = modelOf(selfAssessmentPlan({ '2.2': 'Chưa đạt' }));
    expect(open.report.improvements[0]).toBe('- Tiêu chí 2.2: hoàn thành nhiệm vụ 1 «Tổ chức theo dõi, tổng hợp và đánh giá định kỳ việc thực hiện các chỉ tiêu chuyển đổi số…».');
  });

  it('a plan without tasks naming criteria says so rather than inventing any', () => {
    const plan = selfAssessmentPlan();
    const bare = modelOf({ ...plan, tasks: plan.tasks.map(({ criteria: _c, ...t }) => t) });
    expect(bare.report.taskLines).toEqual(['Chưa có nhiệm vụ nào của Kế hoạch được gắn với tiêu chí tự đánh giá.']);
  });

  it('criteria served by the same tasks share one line («1.3» names 1.3.1–1.3.5), in II.3 and in the improvement plan', () => {
    const plan = selfAssessmentPlan();
    const model = modelOf({ ...plan, tasks: plan.tasks.map((t) => (t.id === '13' ? { ...t, criteria: '1.3' } : t)) });
    const lms = model.report.taskLines.filter((l) => l.includes('nhiệm vụ 13 «'));
    // 1.3.4 is also served by task 16: its own line, with both tasks; 1.7.2 by task 16 alone.
    expect(lms).toEqual([
      expect.stringMatching(/^- Tiêu chí 1\.3\.1, 1\.3\.2, 1\.3\.3, 1\.3\.5: nhiệm vụ 13 «Triển khai, nâng cao hiệu quả sử dụng hệ thống LMS[^»]*», tình trạng: [^;]*;$/),
      expect.stringMatching(/^- Tiêu chí 1\.3\.4: nhiệm vụ 13 «.*; nhiệm vụ 16 «/),
    ]);
    expect(model.report.taskLines.filter((l) => l.includes('nhiệm vụ 16 «') && !l.includes('nhiệm vụ 13 «'))).toEqual([expect.stringMatching(/^- Tiêu chí 1\.7\.2: nhiệm vụ 16/)]);
    expect(model.report.taskLines[0]).toBe('3 nhiệm vụ của Kế hoạch gắn với 7 tiêu chí; 1/3 nhiệm vụ đã hoàn thành:');
    // Below the maximum with task 13 open: 1.3.3, 1.3.5 and 1.3.4 (unscored) share a line; 1.3.1, 1.3.2 are at their maximum.
    expect(model.report.improvements.filter((l) => l.includes('nhiệm vụ 13 «'))).toEqual([expect.stringMatching(/^- Tiêu chí 1\.3\.3, 1\.3\.4, 1\.3\.5: hoàn thành nhiệm vụ 13 «/)]);
  });

  it('the documents never send the reader to the tool\'s tabs or columns', () => {
    const plan = selfAssessmentPlan();
    for (const p of [plan, { ...plan, tasks: plan.tasks.map(({ criteria: _c, ...t }) => t) }]) {
      const m = modelOf(p);
      const all = [...texts(buildSelfAssessmentSheetDocument(m)), ...texts(buildSelfAssessmentReportDocument(m))].join('\n');
      expect(all).not.toMatch(/trang Cấu hình|trang Nhiệm vụ|Tiêu chí 4725/);
    }
  });

  it('splits a Minh chứng cell into its links and its text', () => {
    expect(evidenceParts('Kế hoạch số 15/KH-THPTAL https://a.vn/x')).toEqual({ links: ['https://a.vn/x'], text: 'Kế hoạch số 15/KH-THPTAL' });
    expect(evidenceParts('https://a.vn/1; https://a.vn/2.')).toEqual({ links: ['https://a.vn/1', 'https://a.vn/2'], text: '' });
    expect(evidenceParts('Biên bản họp HĐSP')).toEqual({ links: [], text: 'Biên bản họp HĐSP' });
  });
});

describe('the documents', () => {
  const model = modelOf(selfAssessmentPlan());
  const sheet = buildSelfAssessmentSheetDocument(model);
  const report = buildSelfAssessmentReportDocument(model);

  it('the phiếu: its title, the decision, one table per group with the five columns, evidence as links, the signature', () => {
    const t = texts(sheet);
    expect(sheet.name).toBe('Phiếu tự đánh giá CĐS năm 2026 - Trường THPT An Lão');
    expect(t).toContain('PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ');
    expect(t.join(' ')).toContain('Theo Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ Giáo dục và Đào tạo');
    // Danh mục minh chứng: only the criterion with more than one link (the table links each first one).
    expect(t.slice(t.indexOf('Danh mục minh chứng'), t.indexOf('Nơi nhận:'))).toEqual(['Danh mục minh chứng', '- 1.4: https://example.edu.vn/hoc-lieu; https://example.edu.vn/hoc-lieu/danh-muc', '']);
    // The signature keeps with the paragraph before it (never alone on a page).
    const last = sheet.blocks.at(-3)!;
    expect(last.kind === 'paragraph' && last.style.keepWithNext).toBe(true);
    const tables = sheet.blocks.filter((b) => b.kind === 'table');
    expect(tables).toHaveLength(2);
    for (const table of tables) expect(table.columns.map((c) => c.title)).toEqual(['Mã', 'Tiêu chí', 'Điểm tối đa', 'Tự đánh giá', 'Minh chứng']);
    const row131 = tables[0]!.rows.find((r) => r.cells[0]!.text === '1.3.1')!;
    expect(row131.cells[4]).toEqual({ text: 'Xem minh chứng', link: 'https://example.edu.vn/minh-chung/1-3-1' });
    expect(tables[0]!.rows.find((r) => r.cells[0]!.text === '1.4')!.cells[4]!.text).toBe('Xem minh chứng (và 1 liên kết khác)');
    expect(tables[0]!.rows.at(-1)).toMatchObject({ group: true });
    expect(t).toContain('Vương Văn Huy');
    expect(t).toContain('- Lưu: VT.');
    expect(t.join('\n')).not.toMatch(/Số: …\/BC/);
  });

  it('the báo cáo: NĐ 30 header, trích yếu, sections I–IV, "./." before Nơi nhận, the phiếu as Phụ lục', () => {
    const t = texts(report);
    expect(report.name).toBe('Báo cáo tự đánh giá CĐS năm 2026 - Trường THPT An Lão');
    expect(t).toContain('Số: …/BC-THPTAL');
    expect(t).toContain('An Lão, ngày 15 tháng 10 năm 2026');
    expect(t).toContain('Kết quả tự đánh giá mức độ chuyển đổi số năm 2026');
    const order = ['I. ĐẶC ĐIỂM TÌNH HÌNH', 'II. KẾT QUẢ TỰ ĐÁNH GIÁ', 'III. ĐÁNH GIÁ CHUNG', 'IV. KẾ HOẠCH CẢI TIẾN, ĐỀ XUẤT', 'Nơi nhận:', 'PHỤ LỤC', 'PHIẾU TỰ ĐÁNH GIÁ MỨC ĐỘ CHUYỂN ĐỔI SỐ'];
    const at = order.map((s) => t.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(t[t.indexOf('Nơi nhận:') - 2]!.endsWith('./.')).toBe(true);
    // The Phụ lục starts a page and ends with every evidence link.
    expect(report.blocks.find((b) => b.kind === 'paragraph' && b.runs[0]?.text === 'PHỤ LỤC')).toMatchObject({ style: { pageBreakBefore: true } });
    expect(t.slice(t.indexOf('Danh mục minh chứng'))).toEqual([
      'Danh mục minh chứng',
      '- 1.1 (Kế hoạch số 15/KH-THPTAL): https://example.edu.vn/minh-chung/1-1',
      '- 1.3.1: https://example.edu.vn/minh-chung/1-3-1',
      '- 1.4: https://example.edu.vn/hoc-lieu; https://example.edu.vn/hoc-lieu/danh-muc',
      '- 2.3.3: https://example.edu.vn/so-diem',
    ]);
    const groups = report.blocks.find((b) => b.kind === 'table')!;
    expect(groups.kind === 'table' && groups.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Nhóm 1. Chuyển đổi số trong dạy, học', '64,5', '100', '12/14', 'Mức 2 (đáp ứng cơ bản), tạm tính: còn 2 tiêu chí chưa chấm'],
      ['Nhóm 2. Chuyển đổi số trong quản trị cơ sở giáo dục', '63', '90 (chưa đối chiếu đủ với QĐ 4725)', '10/11', 'Mức 2 (đáp ứng cơ bản), tạm tính: còn 1 tiêu chí chưa chấm'],
    ]);
  });

  it('both write to well-formed OOXML with the evidence as hyperlinks', () => {
    for (const doc of [sheet, report]) {
      const parts = reportDocxParts(doc);
      for (const [name, xml] of parts) expect(xmlIllegalIndex(xml), name).toBe(-1);
      expect(parts.get('word/document.xml')).toContain('<w:hyperlink r:id=');
      expect(parts.get('word/_rels/document.xml.rels')).toContain('https://example.edu.vn/minh-chung/1-3-1');
    }
  });

  it('Cấu hình left blank: the blanks show «…», nothing invented', () => {
    const blank = modelOf(selfAssessmentPlan({}, { schoolName: '', signerName: '', proposals: '' }));
    const doc = buildSelfAssessmentReportDocument(blank);
    expect(doc.name).toBe('Báo cáo tự đánh giá CĐS năm 2026');
    expect(texts(doc)).toContain('…./.');
    expect(blank.missing.map((m) => m.row)).toEqual(['Tên đơn vị', 'Người ký']);
  });
});

describe('selfAssessmentRefusal', () => {
  const base = { tab: 'Tự đánh giá CĐS', problems: [], remedy: 'Chạy «Khởi tạo bảng theo dõi».' };
  it('refuses a workbook without the tab, with an unreadable tab, or with no criterion', () => {
    const { selfAssessment: _sa, ...withoutTab } = samplePlan();
    expect(selfAssessmentRefusal(withoutTab, { ...base, found: undefined })).toBe('Bảng tính không có tab «Tự đánh giá CĐS» nên chưa tạo được phiếu và báo cáo tự đánh giá. Chạy «Khởi tạo bảng theo dõi».');
    expect(selfAssessmentRefusal(withoutTab, { ...base, found: 'Tu danh gia CDS', problems: ['Tu danh gia CDS: thiếu cột «Mã»'] })).toBe(
      'Không đọc được tab «Tu danh gia CDS» nên chưa tạo được phiếu và báo cáo tự đánh giá:\n- Tu danh gia CDS: thiếu cột «Mã»',
    );
    expect(selfAssessmentRefusal({ ...samplePlan(), selfAssessment: { criteria: [] } }, { ...base, found: 'Tự đánh giá CĐS' })).toMatch(/^Tab «Tự đánh giá CĐS» chưa có tiêu chí nào/);
    expect(selfAssessmentRefusal(selfAssessmentPlan(), { ...base, found: 'Tự đánh giá CĐS' })).toBeUndefined();
  });
});
