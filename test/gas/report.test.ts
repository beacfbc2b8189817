import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../src/core/plan';
import { samplePlan } from '../../src/sample/anLao2026';
import { accessRecorder, CallLog } from '../fakes/calls';
import { FakeDocumentApp } from '../fakes/documentApp';
import { FakeDocsApi } from '../fakes/docsApi';
import { FakeHtmlService } from '../fakes/htmlService';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { FakeSpreadsheetApp } from '../fakes/spreadsheetApp';
import type { ShownDialog } from '../fakes/ui';
import { plan as smallPlan } from '../support/reportPlans';

const workbook = vi.hoisted(() => ({
  loadPlan: vi.fn(),
  appendLog: vi.fn(),
}));
vi.mock('../../src/gas/workbook', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../src/gas/workbook')>()), ...workbook }));

const { createReport, openReportDialog, problemText, REPORT_DIALOG_FILE, reportDialogState } = await import('../../src/gas/report');
const { MENU_ITEMS, runMenuItem } = await import('../../src/gas/menu');

let log: CallLog;
let docs: FakeDocumentApp;
let html: FakeHtmlService;
let dialogs: ShownDialog[];
let spreadsheet: FakeSpreadsheet;

function usePlan(plan: Plan, problems: unknown[] = []): void {
  workbook.loadPlan.mockReturnValue({ plan, problems });
}

beforeEach(() => {
  log = new CallLog();
  docs = new FakeDocumentApp(log);
  html = new FakeHtmlService(log);
  const spreadsheetApp = new FakeSpreadsheetApp(log);
  spreadsheet = spreadsheetApp.spreadsheet;
  dialogs = spreadsheetApp.ui.dialogs;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-10-15T03:00:00Z'));
  vi.stubGlobal('DocumentApp', docs);
  vi.stubGlobal('Docs', new FakeDocsApi(docs, log));
  vi.stubGlobal('HtmlService', html);
  vi.stubGlobal('Charts', accessRecorder('Charts', log));
  vi.stubGlobal('SpreadsheetApp', spreadsheetApp);
  workbook.appendLog.mockReset();
  usePlan(samplePlan());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Tạo báo cáo quý (menu)', () => {
  it('the menu item opens the dialog from ReportDialog.html', () => {
    expect(MENU_ITEMS.find((i) => i.functionName === 'menuReport')!.run).toBeDefined();
    runMenuItem('menuReport');
    expect(html.outputs.map((o) => o.file)).toEqual([REPORT_DIALOG_FILE]);
    expect(fs.existsSync(`src/gas/${REPORT_DIALOG_FILE}.html`)).toBe(true);
    expect(dialogs).toEqual([{ output: html.outputs[0], title: 'Tạo báo cáo' }]);
    expect(log.count('DocumentApp')).toBe(0);
  });

  it('openReportDialog reads nothing: the dialog asks for its data', () => {
    openReportDialog();
    expect(workbook.loadPlan).not.toHaveBeenCalled();
  });
});

describe('reportDialogState', () => {
  it('offers the plan year\'s periods with the last finished one selected', () => {
    const state = reportDialogState();
    // Issue 10: the twelve months follow the quarters, the half year and the year.
    expect(state.periods.map((p) => p.label)).toEqual([
      'Quý I năm 2026', 'Quý II năm 2026', 'Quý III năm 2026', 'Quý IV năm 2026', '6 tháng đầu năm 2026', 'Năm 2026',
      ...Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1} năm 2026`),
    ]);
    expect(state.selected).toBe('quy-3-2026');
    expect(state.settings).toEqual([]);
    const q3 = state.periods.find((p) => p.slug === 'quy-3-2026')!;
    // Issue 10: tasks 1 and 16 were completed on 08/10, after quý III's cut-off; the dialog says how the report counts them.
    expect(q3.notes).toEqual([
      '1 chỉ tiêu chưa có kết quả quý III (trang Chỉ tiêu, cột «Quý III»): 11.',
      '1 lượt nhiệm vụ đến hạn trong kỳ chưa cập nhật trạng thái (trang Tiến độ), báo cáo ghi «Chưa cập nhật»: nhiệm vụ 23.',
      '2 lượt nhiệm vụ hoàn thành sau ngày 30/9/2026, báo cáo quý III năm 2026 ghi «Chưa hoàn thành» (tính đến ngày 30/9/2026): nhiệm vụ 1, 16.',
    ]);
    const q4 = state.periods.find((p) => p.slug === 'quy-4-2026')!;
    expect(q4.notes[0]).toBe('Kỳ này chưa kết thúc (hết ngày 31/12/2026): báo cáo lập ngày 15/10/2026 ghi số liệu tính đến ngày 15/10/2026; nhiệm vụ chưa đến hạn không bị tính là chậm.');
    expect(JSON.parse(JSON.stringify(state))).toEqual(state); // plain data for google.script.run
  });

  it('says which Cấu hình rows to fill and where the reading problems are', () => {
    usePlan(smallPlan({ settings: { schoolName: '', signerName: '' } }), [{ tab: 'Chỉ tiêu', a1: 'D7', row: 7, message: 'chưa nhập chỉ tiêu' }, { tab: 'Cấu hình', message: 'thiếu dòng «Người ký»' }]);
    const state = reportDialogState();
    expect(state.settings).toEqual([
      'Chưa có «Tên đơn vị»: điền dòng «Tên đơn vị» trong trang Cấu hình (báo cáo đang để trống tên đơn vị ở đầu văn bản và trong câu mở đầu).',
      'Chưa có «Người ký»: điền dòng «Người ký» trong trang Cấu hình (báo cáo đang để trống họ tên người ký).',
    ]);
    expect(state.problems).toEqual(['Chỉ tiêu!D7: chưa nhập chỉ tiêu', 'Cấu hình: thiếu dòng «Người ký»']);
  });

  it('problemText names the tab, row and column when there is no cell', () => {
    expect(problemText({ tab: 'Nhiệm vụ', row: 12, column: 'Thời gian', message: 'không hiểu' })).toBe('Nhiệm vụ, dòng 12, cột «Thời gian»: không hiểu');
  });
});

describe('createReport', () => {
  it('makes a new Google Doc, logs its link in Nhật ký and returns it', () => {
    const result = createReport('quy-3-2026');
    const doc = docs.onlyDocument();
    expect(result).toEqual({ name: 'Báo cáo CĐS quý III-2026 - Trường THPT An Lão', url: 'https://docs.google.com/document/d/doc-1/edit', notes: [] });
    expect(doc.name).toBe(result.name);
    expect(workbook.appendLog).toHaveBeenCalledWith(spreadsheet, 'Tạo báo cáo', `${result.name}: ${result.url}`);
    expect(doc.body.outline()).toContain('[image]');
    expect(log.count('Charts')).toBeGreaterThan(0);
    expect(log.of('Docs').map((c) => c.method)).toEqual(['Documents.get', 'Documents.batchUpdate']);
    // The header date is today in the spreadsheet's zone.
    expect(doc.body.children[0]!.kind === 'table' && doc.body.children[0]!.texts()[1]![1]).toBe('An Lão, ngày 15 tháng 10 năm 2026');
  });

  it('a second run makes a second Doc; the first is never touched again', () => {
    createReport('quy-3-2026');
    const first = docs.documents[0]!;
    const before = JSON.stringify(first.body.outline());
    const callsOnFirst = log.calls.length;
    createReport('quy-3-2026');
    expect(docs.documents).toHaveLength(2);
    expect(JSON.stringify(first.body.outline())).toBe(before);
    expect(log.calls.slice(callsOnFirst).filter((c) => c.service === 'DocumentApp').map((c) => c.method)).toEqual(['create']);
    expect(workbook.appendLog).toHaveBeenCalledTimes(2);
  });

  it('missing settings: still renders with blanks and says which rows to fill', () => {
    usePlan(smallPlan({ settings: { schoolCode: '', signerName: '' } }));
    const result = createReport('6-thang-2026');
    expect(result.notes).toHaveLength(2);
    expect(result.notes[0]).toMatch(/^Chưa có «Ký hiệu đơn vị»: điền dòng «Ký hiệu đơn vị» trong trang Cấu hình/);
    expect(result.notes[1]).toMatch(/^Chưa có «Người ký»: điền dòng «Người ký» trong trang Cấu hình/);
    const header = docs.onlyDocument().body.children[0]!;
    expect(header.kind === 'table' && header.texts()[1]![0]).toBe('Số: …/BC-…');
  });

  it('a chart failure leaves the chart out and says so; the report is still made', () => {
    vi.stubGlobal('Charts', { newDataTable: () => { throw new Error('Service unavailable'); } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = createReport('quy-3-2026');
    expect(result.notes).toEqual(['Không vẽ được biểu đồ (dịch vụ Charts lỗi); báo cáo vẫn có đủ số liệu và bảng.']);
    expect(docs.onlyDocument().body.outline()).not.toContain('[image]');
    expect(error).toHaveBeenCalled();
  });

  it('without the Docs API the report is still made, and the dialog says what is missing', () => {
    vi.stubGlobal('Docs', undefined);
    const result = createReport('quy-3-2026');
    expect(result.notes).toEqual(['Chưa lặp lại được dòng tiêu đề của bảng ở đầu mỗi trang và chưa căn giữa các cột số liệu (dịch vụ Google Docs API không phản hồi); nội dung báo cáo vẫn đầy đủ.']);
    expect(docs.documents).toHaveLength(1);
    // Links set the slow way instead.
    const tables = docs.onlyDocument().body.children.filter((c) => c.kind === 'table');
    expect(tables.flatMap((t) => (t.kind === 'table' ? t.rows.flatMap((r) => r.cells.filter((c) => c.linkUrl)) : []))).toHaveLength(6);
  });

  it('rejects a period it cannot read, in Vietnamese, before making anything', () => {
    expect(() => createReport('quy-5-2026')).toThrow(/không hiểu kỳ báo cáo 'quy-5-2026'/);
    expect(docs.documents).toEqual([]);
  });
});
