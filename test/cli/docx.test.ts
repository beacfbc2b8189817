import { describe, expect, it } from 'vitest';
import { reportDocxBuffer } from '../../src/cli/docx';
import { calendarDate as d } from '../../src/core/date';
import { buildReportDocument } from '../../src/core/report/document';
import { buildReport } from '../../src/core/report/model';
import { twip } from '../../src/core/report/ooxml/xml';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';
import { unzip } from '../support/zip';

const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;

async function docxParts(period = Q3 as Parameters<typeof buildReport>[1], issuedOn = SAMPLE_AS_OF) {
  const plan = samplePlan();
  const doc = buildReportDocument(buildReport(plan, period, issuedOn), plan.settings.schoolName);
  return unzip(await reportDocxBuffer(doc));
}

/** The visible text of an XML fragment: <w:t> contents joined. */
function texts(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

function tables(xml: string): string[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
}

describe('twip', () => {
  it('rounds exactly (docx floors: A4 would be 11905 × 16837)', () => {
    expect([twip(210), twip(297), twip(20), twip(30), twip(15)]).toEqual([11906, 16838, 1134, 1701, 850]);
  });
});

describe('the report as .docx', async () => {
  const parts = await docxParts();
  const xml = parts.get('word/document.xml')!.toString('utf8');

  it('is A4 with NĐ 30 margins, in twips', () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="850"');
  });

  it('sets Times New Roman, 14 pt, as the document default', () => {
    const styles = parts.get('word/styles.xml')!.toString('utf8');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="28"\/>/);
  });

  it('has the header strings in a borderless two-column table', () => {
    const header = tables(xml)[0]!;
    const t = texts(header);
    for (const s of ['SỞ GIÁO DỤC VÀ ĐÀO TẠO', 'HẢI PHÒNG', 'TRƯỜNG THPT AN LÃO', 'Số: …/BC-THPTAL', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'An Lão, ngày 15 tháng 10 năm 2026']) {
      expect(t).toContain(s);
    }
    expect(header).not.toMatch(/w:val="single"[^/]*\/>\s*<w:(left|right|insideV)/); // no visible grid
    expect(header).toMatch(/<w:tblBorders><w:top w:val="none"/);
    expect(texts(xml)).toContain('BÁO CÁO');
    expect(texts(xml)).toContain('Kết quả thực hiện Kế hoạch chuyển đổi số quý III năm 2026');
  });

  it('one table row per indicator (and group) and per occurrence, with a repeated bold header row', () => {
    const [, indicators, tasks] = tables(xml);
    const rows = (t: string) => [...t.matchAll(/<w:tr>|<w:tr /g)].length;
    expect(rows(indicators!)).toBe(1 + 22 + 4);
    expect(rows(tasks!)).toBe(1 + 21);
    for (const t of [indicators!, tasks!]) {
      const first = /<w:tr>[\s\S]*?<\/w:tr>/.exec(t)![0];
      expect(first).toContain('<w:tblHeader/>');
      expect(first).toContain('<w:b/>');
    }
    expect(texts(indicators!)).toContain('Quy trình nội bộ được số hóa, tái cấu trúc');
    // Group rows: the numeral, then the name across the seven other columns.
    const groupRows = [...indicators!.matchAll(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*<w:gridSpan w:val="7"\/>(?:(?!<\/w:tr>)[\s\S])*<\/w:tr>/g)].map((m) => texts(m[0]));
    expect(groupRows).toEqual(['IThể chế và quản trị số', 'IIHạ tầng và dữ liệu số', 'IIIPhát triển nhân lực số', 'IVỨng dụng chuyển đổi số trong dạy học và quản trị cơ sở giáo dục']);
    expect(texts(tasks!)).toContain('Hoàn thành (đúng hạn)');
    // Completed on 08/10, after quý III's cut-off: not done in the quý III report (issue 10).
    expect(texts(tasks!)).toContain('30/9/2026Chưa hoàn thành');
  });

  it('numbers pages at the top centre from page 2 (title page has its own empty header)', () => {
    expect(xml).toContain('<w:titlePg/>');
    const refs = [...xml.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => m[1]);
    expect(refs.sort()).toEqual(['default', 'first']);
    const headers = [...parts.keys()].filter((k) => /^word\/header\d+\.xml$/.test(k)).map((k) => parts.get(k)!.toString('utf8'));
    expect(headers.filter((h) => h.includes('PAGE'))).toHaveLength(1);
    expect(headers.find((h) => h.includes('PAGE'))).toContain('w:val="center"');
  });

  it('embeds the chart as a native Word chart with its data, and links evidence', () => {
    expect([...parts.keys()].filter((k) => k.startsWith('word/media/'))).toEqual([]);
    const chart = parts.get('word/charts/chart1.xml')!.toString('utf8');
    expect(chart).toContain('<c:barChart>');
    expect(xml).toMatch(/<a:graphicData uri="http:\/\/schemas.openxmlformats.org\/drawingml\/2006\/chart"><c:chart r:id="rId\d+"\/>/);
    expect(parts.has('word/embeddings/chart1.xlsx')).toBe(true);
    const rels = parts.get('word/_rels/document.xml.rels')!.toString('utf8');
    expect(rels).toContain('https://example.edu.vn/minh-chung/ct01');
  });

  it('keeps the chart with its caption, and the caption on one page (issue 10)', () => {
    const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const chart = paragraphs.findIndex((p) => p.includes('<w:drawing>'));
    expect(chart).toBeGreaterThan(0);
    expect(paragraphs[chart]).toContain('<w:keepNext/>');
    const caption = paragraphs[chart + 1]!;
    expect(texts(caption)).toMatch(/^Biểu đồ: Tỷ lệ chỉ tiêu đạt theo nhóm/);
    expect(caption).toContain('<w:keepLines/>');
  });

  it("sizes the data tables' columns to their content, filling the text width (issue 10)", () => {
    const [, indicators, tasks] = tables(xml);
    for (const t of [indicators!, tasks!]) {
      const grid = [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid).toHaveLength(8);
      expect(Math.abs(grid.reduce((s, w) => s + w, 0) - twip(165))).toBeLessThanOrEqual(8);
    }
    const doc = buildReportDocument(buildReport(samplePlan(), Q3, SAMPLE_AS_OF), 'x');
    const widths = doc.blocks.filter((b) => b.kind === 'table').map((b) => b.columns.map((c) => twip(c.widthMm)));
    const grids = [indicators!, tasks!].map((t) => [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])));
    expect(grids).toEqual(widths);
  });

  it('ends with "./." then Nơi nhận beside the signature', () => {
    const all = texts(xml);
    expect(all.indexOf('./.')).toBeLessThan(all.indexOf('Nơi nhận:'));
    expect(all.indexOf('Nơi nhận:')).toBeLessThan(all.indexOf('KT. HIỆU TRƯỞNG'));
    expect(all.endsWith('Vương Văn Huy')).toBe(true);
  });

  it('an empty period renders without tables or a chart', async () => {
    const empty = await docxParts({ kind: 'quarter', year: 2025, quarter: 4 }, d(2026, 1, 5));
    const emptyXml = empty.get('word/document.xml')!.toString('utf8');
    expect(tables(emptyXml)).toHaveLength(2); // header + signature only
    expect([...empty.keys()].some((k) => k.startsWith('word/media/') || k.startsWith('word/charts/'))).toBe(false);
    expect(texts(emptyXml)).toContain('chưa có chỉ tiêu nào được cập nhật kết quả');
  });
});
