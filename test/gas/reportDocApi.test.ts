import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildReportDocument, type TableBlock } from '../../src/core/report/document';
import { buildReport } from '../../src/core/report/model';
import { writeReportDoc } from '../../src/gas/reportDoc';
import { BATCH_SIZE, keepParagraphs, matchTables, styleRequests, styleTablesWithDocsApi } from '../../src/gas/reportDocApi';
import { SAMPLE_AS_OF, samplePlan } from '../../src/sample/anLao2026';
import { CallLog } from '../fakes/calls';
import { FakeDocumentApp } from '../fakes/documentApp';
import { bodyContent, FakeDocsApi } from '../fakes/docsApi';
import { planWithRows } from '../support/reportPlans';
import type { Plan } from '../../src/core/plan';

const Q3 = { kind: 'quarter', year: 2026, quarter: 3 } as const;
let log: CallLog;
let app: FakeDocumentApp;
let docs: FakeDocsApi;

beforeEach(() => {
  log = new CallLog();
  app = new FakeDocumentApp(log);
  docs = new FakeDocsApi(app, log);
  vi.stubGlobal('DocumentApp', app);
  vi.stubGlobal('Docs', docs);
});
afterEach(() => vi.unstubAllGlobals());

function written(plan: Plan = samplePlan()) {
  const doc = buildReportDocument(buildReport(plan, Q3, SAMPLE_AS_OF), plan.settings.schoolName);
  const { id } = writeReportDoc(doc);
  return { id, tables: doc.blocks.filter((b): b is TableBlock => b.kind === 'table') };
}

describe('keeping the chart with its caption (issue 10)', () => {
  it('sets keepWithNext on the chart, keepLinesTogether on its caption, keepWithNext on headings and table titles', () => {
    const plan = samplePlan();
    const doc = buildReportDocument(buildReport(plan, Q3, SAMPLE_AS_OF), plan.settings.schoolName);
    const { id } = writeReportDoc(doc, () => ({}) as never);
    const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
    const keeps = keepParagraphs(doc.blocks);
    expect(styleTablesWithDocsApi(id, tables, keeps)).toBe(true);
    const content = bodyContent(app.onlyDocument().body.children);
    const styled = docs.batches[0]!.requests
      .map((r) => r.updateParagraphStyle as { range: { startIndex: number }; paragraphStyle: Record<string, boolean>; fields: string } | undefined)
      .filter((r) => r?.fields === 'keepWithNext,keepLinesTogether');
    expect(styled).toHaveLength(keeps.length);
    const chart = content.find((e) => e.paragraph?.elements?.some((x) => x.inlineObjectElement))!;
    const chartAt = content.indexOf(chart);
    const byStart = new Map(styled.map((r) => [r!.range.startIndex, r!.paragraphStyle]));
    expect(byStart.get(chart.startIndex!)).toEqual({ keepWithNext: true, keepLinesTogether: false });
    const caption = content[chartAt + 1]!;
    expect(caption.paragraph!.elements![0]!.textRun!.content).toMatch(/^Biểu đồ/);
    expect(byStart.get(caption.startIndex!)).toEqual({ keepWithNext: false, keepLinesTogether: true });
    const heading = content.find((e) => e.paragraph?.elements?.[0]?.textRun?.content === 'I. KẾT QUẢ THỰC HIỆN\n')!;
    expect(byStart.get(heading.startIndex!)).toMatchObject({ keepWithNext: true });
  });
});

describe('styleTablesWithDocsApi', () => {
  it('pins the header row of both data tables and aligns their columns in one batch', () => {
    const { id, tables } = written();
    expect(styleTablesWithDocsApi(id, tables)).toBe(true);
    expect(log.of('Docs').map((c) => c.method)).toEqual(['Documents.get', 'Documents.batchUpdate']);
    const [batch] = docs.batches;
    const content = bodyContent(app.onlyDocument().body.children);
    const dataTables = content.filter((e) => e.table && e.table.columns === 8);
    const pinned = batch!.requests.filter((r) => r.pinTableHeaderRows).map((r) => r.pinTableHeaderRows);
    expect(pinned).toEqual(dataTables.map((t) => ({ tableStartLocation: { index: t.startIndex }, pinnedHeaderRowsCount: 1 })));
    // Header cells and the centred columns of every row: STT, ĐVT, chỉ tiêu, kết quả, tỷ lệ, đánh giá, minh chứng.
    const aligned = batch!.requests.filter((r) => r.updateParagraphStyle);
    const indicatorRows = tables[0]!.rows.length;
    expect(aligned.length).toBeGreaterThanOrEqual(8 + indicatorRows * 6);
    const shaded = batch!.requests.filter((r) => JSON.stringify(r).includes('backgroundColor'));
    expect(shaded).toHaveLength(2 + 4); // two header rows, four group rows
    // Evidence links on the cell text, not its closing newline.
    const links = batch!.requests.filter((r) => r.updateTextStyle).map((r) => r.updateTextStyle as { range: { startIndex: number; endIndex: number }; textStyle: { link: { url: string } } });
    expect(links.map((l) => l.textStyle.link.url).slice(0, 2)).toEqual(['https://example.edu.vn/minh-chung/ct01', 'https://example.edu.vn/minh-chung/ct04']);
    expect(links).toHaveLength(2 + 4);
    for (const l of links) expect(l.range.endIndex - l.range.startIndex).toBe('Xem minh chứng'.length);
    // Group-row merges come last (they shift indexes), the later table's first.
    const kinds = batch!.requests.map((r) => Object.keys(r)[0]);
    const firstMerge = kinds.indexOf('mergeTableCells');
    expect(kinds.slice(firstMerge).every((k) => k === 'mergeTableCells')).toBe(true);
    expect(kinds.filter((k) => k === 'mergeTableCells')).toHaveLength(4);
    const merges = batch!.requests.slice(firstMerge).map((r) => (r.mergeTableCells as { tableRange: { tableCellLocation: { rowIndex: number; columnIndex: number }; columnSpan: number } }).tableRange);
    expect(merges.map((m) => [m.tableCellLocation.rowIndex, m.tableCellLocation.columnIndex, m.columnSpan])).toEqual([[21, 1, 7], [15, 1, 7], [8, 1, 7], [1, 1, 7]]);
  });

  it('matches tables by shape, skipping the borderless header and signature tables', () => {
    const { id, tables } = written();
    const content = (docs.Documents.get(id) as { body: { content: never[] } }).body.content;
    const matched = matchTables(content, tables);
    expect(matched.map((m) => m.block)).toEqual(tables);
    expect(matched.map((m) => (m.element as { table: { rows: number } }).table.rows)).toEqual([27, 22]);
  });

  it('one get and one batch per BATCH_SIZE requests: 2 calls for a usual report, a handful for 3,000 rows', () => {
    const { id, tables } = written(planWithRows(3000));
    log.clear();
    expect(styleTablesWithDocsApi(id, tables)).toBe(true);
    const requests = docs.batches.flatMap((b) => b.requests).length;
    expect(log.count('Docs')).toBe(1 + Math.ceil(requests / BATCH_SIZE));
    expect(docs.batches.every((b) => b.requests.length <= BATCH_SIZE)).toBe(true);
    expect(log.count('Docs')).toBeLessThan(15);
  });

  it('without the advanced service, or when it fails, says so and leaves the Doc as it is', () => {
    const { id, tables } = written();
    vi.stubGlobal('Docs', undefined);
    expect(styleTablesWithDocsApi(id, tables)).toBe(false);
    vi.stubGlobal('Docs', { Documents: { get: () => { throw new Error('API call to docs.documents.get failed'); } } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(styleTablesWithDocsApi(id, tables)).toBe(false);
    expect(error).toHaveBeenCalled();
  });

  it('builds nothing for a document without data tables', () => {
    expect(styleRequests([{ startIndex: 1, endIndex: 5 }], [])).toEqual([]);
  });
});
