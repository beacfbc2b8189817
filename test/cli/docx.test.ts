import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { reportDocxBuffer, twip } from '../../src/cli/docx';
import { crc32, encodePng } from '../../src/cli/png';
import { calendarDate as d } from '../../src/core/date';
import { renderBarChart } from '../../src/core/report/chartRaster';
import { buildReportDocument } from '../../src/core/report/document';
import { buildReport } from '../../src/core/report/model';
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

  it('embeds the chart as a PNG and links evidence', () => {
    const media = [...parts.keys()].filter((k) => k.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(parts.get(media[0]!)!.subarray(1, 4).toString('latin1')).toBe('PNG');
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

  it('an empty period renders without tables or images', async () => {
    const empty = await docxParts({ kind: 'quarter', year: 2025, quarter: 4 }, d(2026, 1, 5));
    const emptyXml = empty.get('word/document.xml')!.toString('utf8');
    expect(tables(emptyXml)).toHaveLength(2); // header + signature only
    expect([...empty.keys()].some((k) => k.startsWith('word/media/'))).toBe(false);
    expect(texts(emptyXml)).toContain('chưa có chỉ tiêu nào được cập nhật kết quả');
  });
});

describe('encodePng', () => {
  it('writes a valid PNG whose pixels decode back', () => {
    const raster = renderBarChart([{ numeral: 'I', name: 'A', met: 1, total: 2 }], 40, 20);
    const png = encodePng(raster);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    let at = 8;
    const chunks: { type: string; data: Buffer }[] = [];
    while (at < png.length) {
      const length = png.readUInt32BE(at);
      const type = png.toString('ascii', at + 4, at + 8);
      const data = png.subarray(at + 8, at + 8 + length);
      expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
      chunks.push({ type, data });
      at += 12 + length;
    }
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks[0]!.data.readUInt32BE(0)).toBe(40);
    expect(chunks[0]!.data.readUInt32BE(4)).toBe(20);
    const raw = inflateSync(chunks[1]!.data);
    expect(raw).toHaveLength(20 * (40 * 3 + 1));
    for (let y = 0; y < 20; y++) {
      expect(raw[y * 121]).toBe(0);
      expect(Buffer.compare(raw.subarray(y * 121 + 1, (y + 1) * 121), Buffer.from(raster.pixels.subarray(y * 120, (y + 1) * 120)))).toBe(0);
    }
  });
});
