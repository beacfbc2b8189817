import { describe, expect, it } from 'vitest';
import { calendarDate as d } from '../../../src/core/date';
import {
  approximateTextWidthMm,
  buildReportDocument,
  headerLines,
  ND30_PAGE,
  type LayoutBlock,
  type ParagraphBlock,
  type TableBlock,
} from '../../../src/core/report/document';
import { buildReport } from '../../../src/core/report/model';
import { SAMPLE_AS_OF, samplePlan } from '../../../src/sample/anLao2026';

const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;
const text = (b: ParagraphBlock) => b.runs.map((r) => r.text).join('');

function sampleDoc() {
  const p = samplePlan();
  return buildReportDocument(buildReport(p, Q3, SAMPLE_AS_OF), p.settings.schoolName);
}

describe('buildReportDocument', () => {
  const doc = sampleDoc();
  const paragraphs = doc.blocks.filter((b): b is ParagraphBlock => b.kind === 'paragraph');
  const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');

  it('is named like "Báo cáo CĐS quý III-2026 - Trường THPT An Lão" and set on an NĐ 30 page', () => {
    expect(doc.name).toBe('Báo cáo CĐS quý III-2026 - Trường THPT An Lão');
    expect(doc.page).toEqual(ND30_PAGE);
    expect(ND30_PAGE).toMatchObject({ widthMm: 210, heightMm: 297, marginTopMm: 20, marginBottomMm: 20, marginLeftMm: 30, marginRightMm: 15, font: 'Times New Roman' });
  });

  it('opens with the two-column header: agency, name, Số | Quốc hiệu, Tiêu ngữ, place and date on the Số line', () => {
    const header = doc.blocks[0] as LayoutBlock;
    expect(header.kind).toBe('layout');
    const [[agency, nation], [number, date]] = header.rows as ParagraphBlock[][][];
    expect(agency!.map(text)).toEqual(['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'HẢI PHÒNG', 'TRƯỜNG THPT AN LÃO']);
    expect(agency![2]!.style).toMatchObject({ size: 13, bold: true });
    expect(agency![2]!.ruleMm).toBeGreaterThan(15);
    expect(agency![0]!.style).toMatchObject({ size: 12 });
    expect(agency![0]!.style.bold).toBeFalsy();
    expect(nation!.map(text)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    expect(nation![0]!.style).toMatchObject({ size: 12, bold: true });
    expect(nation![1]!.style).toMatchObject({ size: 13, bold: true });
    // The Tiêu ngữ rule is as long as the line of text.
    expect(nation![1]!.ruleMm).toBeCloseTo(approximateTextWidthMm('Độc lập - Tự do - Hạnh phúc', 13, true));
    expect(number!.map(text)).toEqual(['Số: …/BC-THPTAL']);
    expect(number![0]!.style.size).toBe(13);
    expect(date!.map(text)).toEqual(['An Lão, ngày 15 tháng 10 năm 2026']);
    expect(date![0]!.style).toMatchObject({ italic: true, size: 14 });
    expect(header.widthsMm.reduce((s, w) => s + w, 0)).toBe(165);
  });

  it('BÁO CÁO and the bold subject line with its short rule, then a justified, indented body', () => {
    const [title, subject] = [doc.blocks[1] as ParagraphBlock, doc.blocks[2] as ParagraphBlock];
    expect(text(title)).toBe('BÁO CÁO');
    expect(title.style).toMatchObject({ bold: true, align: 'center', size: 14 });
    expect(text(subject)).toBe('Kết quả thực hiện Kế hoạch chuyển đổi số quý III năm 2026');
    expect(subject.style).toMatchObject({ bold: true, align: 'center' });
    expect(subject.ruleMm).toBeGreaterThanOrEqual(165 / 3);
    expect(subject.ruleMm).toBeLessThanOrEqual(165 / 2);
    const opening = doc.blocks[3] as ParagraphBlock;
    expect(opening.style).toMatchObject({ align: 'justify', firstLineIndentMm: 10, size: 14 });
    expect(opening.style.spaceAfterPt).toBeGreaterThanOrEqual(6);
  });

  it('has the four Roman-numeral sections, in order, and ends the body with "./."', () => {
    const headings = paragraphs.filter((p) => p.style.bold && /^[IV]+\. /.test(text(p))).map(text);
    expect(headings).toEqual(['I. KẾT QUẢ THỰC HIỆN', 'II. TỒN TẠI, HẠN CHẾ', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026', 'IV. ĐỀ XUẤT, KIẾN NGHỊ']);
    const lastBody = paragraphs.filter((p) => text(p) !== '').at(-1)!;
    expect(text(lastBody)).toMatch(/nhà trường\.\/\.$/);
    expect(paragraphs.filter((p) => text(p).includes('./.'))).toHaveLength(1);
  });

  it('two tables: one row per indicator and group, one per occurrence; columns fill the text width', () => {
    expect(tables).toHaveLength(2);
    const [indicators, tasks] = tables as [TableBlock, TableBlock];
    expect(indicators.columns.map((c) => c.title)).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm', 'Kết quả', 'Tỷ lệ đạt', 'Đánh giá', 'Minh chứng']);
    expect(indicators.rows).toHaveLength(22 + 4);
    expect(indicators.rows.filter((r) => r.group).map((r) => r.cells[0]!.text)).toEqual(['I', 'II', 'III', 'IV']);
    expect(tasks.columns.map((c) => c.title)).toEqual(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Sản phẩm/Kết quả', 'Hạn', 'Tình trạng', 'Ngày hoàn thành', 'Minh chứng']);
    expect(tasks.rows).toHaveLength(21);
    for (const t of tables) {
      expect(t.columns.reduce((s, c) => s + c.widthMm, 0)).toBe(165);
      for (const r of t.rows) expect(r.cells).toHaveLength(t.columns.length);
    }
  });

  it('a chart of attainment by group, with its caption naming the groups', () => {
    const chart = doc.blocks.find((b) => b.kind === 'chart');
    expect(chart).toMatchObject({ kind: 'chart', bars: [{ numeral: 'I', met: 4, total: 6 }, { numeral: 'II' }, { numeral: 'III' }, { numeral: 'IV' }] });
    const caption = doc.blocks[doc.blocks.indexOf(chart!) + 1] as ParagraphBlock;
    expect(text(caption)).toContain('I. Thể chế và quản trị số: 4/6');
  });

  it('ends with Nơi nhận (12 bold italic, list 11) beside the signature block (14 bold)', () => {
    const sig = doc.blocks.at(-1) as LayoutBlock;
    const [[left, right]] = sig.rows as ParagraphBlock[][][];
    expect(left![0]!.runs).toEqual([{ text: 'Nơi nhận:', bold: true, italic: true }]);
    expect(left![0]!.style.size).toBe(12);
    expect(left!.slice(1).map(text)).toEqual(['- Sở GD&ĐT (để b/c);', '- Ban chuyển đổi số (để thực hiện);', '- HĐSP (để thực hiện);', '- Lưu: VT.']);
    expect(left!.slice(1).every((p) => p.style.size === 11)).toBe(true);
    const signer = right!.filter((p) => text(p) !== '');
    expect(signer.map(text)).toEqual(['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'Vương Văn Huy']);
    expect(signer.every((p) => p.style.bold && p.style.size === 14 && p.style.align === 'center')).toBe(true);
  });

  it('a period with no data: no chart and no tables', () => {
    const p = samplePlan();
    const empty = buildReportDocument(buildReport(p, { kind: 'quarter', year: 2025, quarter: 4 }, d(2026, 1, 5)), p.settings.schoolName);
    expect(empty.blocks.filter((b) => b.kind === 'table' || b.kind === 'chart')).toEqual([]);
    expect(empty.name).toBe('Báo cáo CĐS quý IV-2025 - Trường THPT An Lão');
  });
});

describe('headerLines', () => {
  it('breaks a long agency name before the place, never leaving one word alone', () => {
    expect(headerLines('SỞ GIÁO DỤC VÀ ĐÀO TẠO HẢI PHÒNG', 12, false, 74)).toEqual(['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'HẢI PHÒNG']);
    expect(headerLines('UBND XÃ AN LÃO', 12, false, 74)).toEqual(['UBND XÃ AN LÃO']);
  });
});
