import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calendarDate as d } from '../../src/core/date';
import { buildReportDocument, type ReportDocument, type TableBlock } from '../../src/core/report/document';
import { buildReport } from '../../src/core/report/model';
import { linkTableCells, pt, writeReportDoc } from '../../src/gas/reportDoc';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';
import { CallLog } from '../fakes/calls';
import { documentCalls, FakeDocumentApp, type FakeParagraph, type FakeTable } from '../fakes/documentApp';
import { planWithRows } from '../support/reportPlans';
import type { Plan } from '../../src/core/plan';

const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;

function reportDoc(plan: Plan = samplePlan(), issuedOn = SAMPLE_AS_OF): ReportDocument {
  return buildReportDocument(buildReport(plan, Q3, issuedOn), plan.settings.schoolName);
}

let log: CallLog;
let app: FakeDocumentApp;
beforeEach(() => {
  log = new CallLog();
  app = new FakeDocumentApp(log);
  vi.stubGlobal('DocumentApp', app);
});
afterEach(() => vi.unstubAllGlobals());

const chartBlob = { name: 'chart.png' };

describe('writeReportDoc', () => {
  it('creates one new Doc, named after the period and school, and returns its link', () => {
    const written = writeReportDoc(reportDoc(), () => chartBlob as never);
    const doc = app.onlyDocument();
    expect(doc.name).toBe('Báo cáo CĐS quý III-2026 - Trường THPT An Lão');
    expect(written).toEqual({ id: 'doc-1', url: 'https://docs.google.com/document/d/doc-1/edit' });
    expect(doc.saved).toBe(true);
    writeReportDoc(reportDoc());
    expect(app.documents.map((x) => x.id)).toEqual(['doc-1', 'doc-2']); // a new run never reuses a Doc
  });

  it('sets A4, NĐ 30 margins and Times New Roman', () => {
    writeReportDoc(reportDoc());
    const body = app.onlyDocument().body;
    expect(body.page).toEqual({ PageWidth: pt(210), PageHeight: pt(297), MarginTop: pt(20), MarginBottom: pt(20), MarginLeft: pt(30), MarginRight: pt(15) });
    expect(pt(210)).toBeCloseTo(595.28, 1);
    expect(body.attributes).toMatchObject({ FONT_FAMILY: 'Times New Roman', FONT_SIZE: 14 });
  });

  it('writes the header table, the title, the sections, the tables, the chart and the signature in order', () => {
    writeReportDoc(reportDoc(), () => chartBlob as never);
    const body = app.onlyDocument().body;
    const outline = body.outline();
    expect(outline[0]).toBe('[table 2×2]'); // the placeholder paragraph is gone
    expect(outline.slice(1, 3)).toEqual(['BÁO CÁO', 'Kết quả thực hiện Kế hoạch chuyển đổi số quý III năm 2026']);
    expect(outline[3]).toBe('[rule]');
    expect(outline.filter((l) => /^[IV]+\. [A-ZĐ]/.test(l))).toEqual(['I. KẾT QUẢ THỰC HIỆN', 'II. TỒN TẠI, HẠN CHẾ', 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2026', 'IV. ĐỀ XUẤT, KIẾN NGHỊ']);
    expect(outline.filter((l) => l.startsWith('[table'))).toEqual(['[table 2×2]', '[table 27×8]', '[table 22×8]', '[table 1×2]']);
    expect(outline.filter((l) => l === '[image]')).toHaveLength(1);
    expect(outline.at(-1)).toBe('[table 1×2]');

    const header = body.children[0] as FakeTable;
    expect(header.borderWidth).toBe(0);
    expect(header.texts()).toEqual([
      ['SỞ GIÁO DỤC VÀ ĐÀO TẠO\nHẢI PHÒNG\nTRƯỜNG THPT AN LÃO\n', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n'],
      ['Số: …/BC-THPTAL', 'An Lão, ngày 15 tháng 10 năm 2026'],
    ]);
    const [agency, nation] = header.rows[0]!.cells;
    expect(agency!.children[2]!.attributes).toMatchObject({ BOLD: true, FONT_SIZE: 13, HORIZONTAL_ALIGNMENT: 'CENTER' });
    expect(agency!.children[3]!.horizontalRule).toBe(true);
    expect(nation!.children[0]!.attributes).toMatchObject({ BOLD: true, FONT_SIZE: 12 });
    expect(header.rows[1]!.cells[1]!.children[0]!.attributes).toMatchObject({ ITALIC: true, FONT_SIZE: 14 });
  });

  it('styles the body: justified, first-line indent 1 cm, 6 pt after', () => {
    writeReportDoc(reportDoc());
    const opening = app.onlyDocument().body.children.find((c) => c.kind === 'paragraph' && c.text.startsWith('Thực hiện')) as FakeParagraph;
    expect(opening.attributes).toMatchObject({ HORIZONTAL_ALIGNMENT: 'JUSTIFY', INDENT_FIRST_LINE: pt(10), SPACING_AFTER: 6, FONT_SIZE: 14, BOLD: false });
    const last = app.onlyDocument().body.children.filter((c): c is FakeParagraph => c.kind === 'paragraph' && c.text.includes('./.'));
    expect(last).toHaveLength(1);
  });

  it('data tables: a bold header row, bold group rows, widths by column, links on evidence cells', () => {
    writeReportDoc(reportDoc());
    const tables = app.onlyDocument().body.children.filter((c): c is FakeTable => c.kind === 'table');
    const indicators = tables[1]!;
    expect(indicators.texts()[0]).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm', 'Kết quả', 'Tỷ lệ đạt', 'Đánh giá', 'Minh chứng']);
    expect(indicators.attributes).toMatchObject({ FONT_SIZE: 11, FONT_FAMILY: 'Times New Roman' });
    expect(indicators.rows[0]!.attributes).toEqual({ BOLD: true });
    const boldRows = indicators.rows.map((r, i) => (r.attributes.BOLD ? i : -1)).filter((i) => i >= 0);
    expect(boldRows.map((i) => indicators.texts()[i]![0])).toEqual(['STT', 'I', 'II', 'III', 'IV']);
    expect(indicators.columnWidths.reduce((s, w) => s + w, 0)).toBeCloseTo(pt(165), 0);
    // Links are left to the Docs API batch (or linkTableCells): none set here.
    expect(indicators.rows.flatMap((r) => r.cells.filter((c) => c.linkUrl !== undefined))).toEqual([]);
  });

  it('Nơi nhận is 12 bold italic with an 11 pt list, beside the bold signature', () => {
    writeReportDoc(reportDoc());
    const sig = app.onlyDocument().body.children.at(-1) as FakeTable;
    const [left, right] = sig.rows[0]!.cells;
    expect(left!.children[0]!.text).toBe('Nơi nhận:');
    expect(left!.children[0]!.attributes).toMatchObject({ BOLD: true, ITALIC: true, FONT_SIZE: 12 });
    expect(left!.children.slice(1).map((p) => p.attributes.FONT_SIZE)).toEqual([11, 11, 11, 11]);
    expect(right!.children.map((p) => p.text).filter(Boolean)).toEqual(['KT. HIỆU TRƯỞNG', 'PHÓ HIỆU TRƯỞNG', 'Vương Văn Huy']);
    expect(sig.borderWidth).toBe(0);
  });

  it('inserts the chart image at the width of the model, centred', () => {
    writeReportDoc(reportDoc(), () => chartBlob as never);
    const image = app.onlyDocument().body.children.find((c) => c.kind === 'paragraph' && c.image) as FakeParagraph;
    expect(image.image!.blob).toBe(chartBlob);
    expect(image.image!.width).toBeCloseTo(pt(150));
    expect(image.attributes.HORIZONTAL_ALIGNMENT).toBe('CENTER');
  });

  it('when Docs keeps the first paragraph, it shrinks it instead', () => {
    const original = app.create.bind(app);
    vi.spyOn(app, 'create').mockImplementation((name: string) => {
      const doc = original(name);
      (app.documents.at(-1)!.body.children[0] as FakeParagraph).refuseRemoval = true;
      return doc;
    });
    writeReportDoc(reportDoc());
    const first = app.documents[0]!.body.children[0] as FakeParagraph;
    expect(first.attributes).toMatchObject({ FONT_SIZE: 1 });
  });
});

describe('linkTableCells (when the Docs API is unavailable)', () => {
  it('reopens the saved Doc and links each evidence cell of the data tables', () => {
    const doc = reportDoc();
    const { id } = writeReportDoc(doc);
    linkTableCells(id, doc.blocks.filter((b): b is TableBlock => b.kind === 'table'));
    const tables = app.onlyDocument().body.children.filter((c): c is FakeTable => c.kind === 'table');
    const linked = tables.flatMap((t) => t.rows.flatMap((r) => r.cells.filter((c) => c.linkUrl !== undefined)));
    expect(linked.map((c) => c.linkUrl).slice(0, 2)).toEqual(['https://example.edu.vn/minh-chung/ct01', 'https://example.edu.vn/minh-chung/ct04']);
    expect(linked.every((c) => c.text === 'Xem minh chứng')).toBe(true);
    expect(linked).toHaveLength(2 + 4); // 2 indicators, 4 completed tasks of quý III (1, 5, 16, 27)
    expect(tables[0]!.rows.flatMap((r) => r.cells).some((c) => c.linkUrl)).toBe(false); // the header layout is untouched
    expect(app.onlyDocument().saved).toBe(true);
  });
});

describe('DocumentApp calls', () => {
  function callsFor(plan: Plan): number {
    log.clear();
    writeReportDoc(buildReportDocument(buildReport(plan, Q3, d(2026, 10, 15)), plan.settings.schoolName), () => chartBlob as never);
    return documentCalls(log);
  }

  it('each table is appended in one call, whatever its length', () => {
    callsFor(planWithRows(300));
    expect(log.count('Body', 'appendTable')).toBe(4); // header, indicators, tasks, signature
    const sizes = log.of('Body', 'appendTable').map((c) => (c.args[0] as unknown[]).length);
    expect(sizes[1]! + sizes[2]!).toBeGreaterThan(300);
    expect(log.count('TableCell')).toBeLessThan(60); // only the header and signature cells
  });

  it('grow no faster than linearly with table rows (and only with group rows and links)', () => {
    const small = callsFor(planWithRows(30));
    const medium = callsFor(planWithRows(300));
    const large = callsFor(planWithRows(3000));
    const perRow = (large - medium) / 2700;
    expect(perRow).toBeLessThan(0.5);
    expect(medium - small).toBeLessThanOrEqual((300 - 30) * perRow + 60);
    expect(callsFor(planWithRows(300, { links: true }))).toBe(medium); // links cost no DocumentApp call
  });
});
