import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeReport } from '../../src/cli/reportFile';
import { calendarDate } from '../../src/core/date';
import type { Plan } from '../../src/core/plan';
import { DOCX_MIME } from '../../src/core/report/ooxml';
import { samplePlan } from '../../src/sample/anLao2026';
import { CallLog } from '../fakes/calls';
import { FakeDrive } from '../fakes/drive';
import { FakeHtmlService } from '../fakes/htmlService';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { FakeSpreadsheetApp } from '../fakes/spreadsheetApp';
import type { ShownDialog } from '../fakes/ui';
import { FakeUtilities } from '../fakes/utilities';
import { docxBodyText } from '../support/docxText';
import { plan as smallPlan } from '../support/reportPlans';

const workbook = vi.hoisted(() => ({
  loadPlan: vi.fn(),
  appendLog: vi.fn(),
}));
vi.mock('../../src/gas/workbook', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../src/gas/workbook')>()), ...workbook }));

const { createReport, openReportDialog, problemText, REPORT_DIALOG_FILE, reportDialogState, signedBytes } = await import('../../src/gas/report');
const { MENU_ITEMS, runMenuItem } = await import('../../src/gas/menu');

/** What Word writes for a .docx (the blob's content type); fixed here, not taken from the code under test. */
const WORD_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';

let log: CallLog;
let drive: FakeDrive;
let utilities: FakeUtilities;
let html: FakeHtmlService;
let dialogs: ShownDialog[];
let spreadsheet: FakeSpreadsheet;

function usePlan(plan: Plan, problems: unknown[] = []): void {
  workbook.loadPlan.mockReturnValue({ plan, problems });
}

/** The file the CLI writes (src/cli/reportFile.ts writeReport) for `plan`, quý III/2026, made on 15/10/2026. */
async function cliDocx(plan: Plan): Promise<Uint8Array> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-report-'));
  try {
    const { file } = await writeReport(plan, { kind: 'quarter', year: 2026, quarter: 3 }, calendarDate(2026, 10, 15), dir);
    return new Uint8Array(fs.readFileSync(file));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

beforeEach(() => {
  log = new CallLog();
  drive = new FakeDrive(log);
  utilities = new FakeUtilities(log);
  html = new FakeHtmlService(log);
  const spreadsheetApp = new FakeSpreadsheetApp(log);
  spreadsheet = spreadsheetApp.spreadsheet;
  dialogs = spreadsheetApp.ui.dialogs;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-10-15T03:00:00Z'));
  vi.stubGlobal('Drive', drive);
  vi.stubGlobal('Utilities', utilities);
  vi.stubGlobal('HtmlService', html);
  vi.stubGlobal('SpreadsheetApp', spreadsheetApp);
  workbook.appendLog.mockReset();
  usePlan(samplePlan());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('Tạo báo cáo quý (menu)', () => {
  it('the menu item opens the dialog from ReportDialog.html', () => {
    expect(MENU_ITEMS.find((i) => i.functionName === 'menuReport')!.run).toBeDefined();
    runMenuItem('menuReport');
    expect(html.outputs.map((o) => o.file)).toEqual([REPORT_DIALOG_FILE]);
    expect(fs.existsSync(`src/gas/${REPORT_DIALOG_FILE}.html`)).toBe(true);
    expect(dialogs).toEqual([{ output: html.outputs[0], title: 'Tạo báo cáo' }]);
    expect(log.count('Drive')).toBe(0);
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

describe('createReport: the Google Doc is Drive\'s import of the .docx the CLI writes', () => {
  it('makes one Google Doc with one blob and one Drive call, logs its link in Nhật ký and returns it', () => {
    const result = createReport('quy-3-2026');
    const name = 'Báo cáo CĐS quý III-2026 - Trường THPT An Lão';
    const file = drive.onlyFile();
    expect(result).toEqual({ name, url: `https://docs.google.com/document/d/${file.id}/edit`, notes: [], logged: true });
    // No parents: with drive.file the add-in cannot see the spreadsheet's folder, so the Doc goes to My Drive.
    expect(file.resource).toEqual({ name, mimeType: GOOGLE_DOC_MIME });
    expect(file.blobName).toBe(`${name}.docx`);
    expect(file.blobContentType).toBe(WORD_MIME);
    expect(DOCX_MIME).toBe(WORD_MIME);
    expect(workbook.appendLog).toHaveBeenCalledWith(spreadsheet, 'Tạo báo cáo', `${name}: ${result.url}`);
    expect(log.of('Utilities').map((c) => c.method)).toEqual(['newBlob']);
    expect(log.of('Drive').map((c) => c.method)).toEqual(['Files.create']);
    expect(log.count('Blob')).toBe(0);
    // The header date is today in the spreadsheet's zone.
    expect(docxBodyText(file.bytes!)).toContain('An Lão, ngày 15 tháng 10 năm 2026');
  });

  it('the uploaded .docx is byte for byte the file the CLI writes for the same plan and day', async () => {
    createReport('quy-3-2026');
    const uploaded = drive.onlyFile().bytes!;
    const cli = await cliDocx(samplePlan());
    const [gasParts, cliParts] = [unzipSync(uploaded), unzipSync(cli)];
    expect(Object.keys(gasParts).sort()).toEqual(Object.keys(cliParts).sort());
    expect(Object.keys(gasParts)).toContain('word/document.xml');
    for (const [part, bytes] of Object.entries(cliParts)) expect(Buffer.from(gasParts[part]!).equals(Buffer.from(bytes)), part).toBe(true);
    expect(Buffer.from(uploaded).equals(Buffer.from(cli))).toBe(true);
  });

  it('newBlob gets the bytes as Apps Script\'s signed Byte[], which read back are the .docx', () => {
    createReport('quy-3-2026');
    const [data] = log.of('Utilities', 'newBlob')[0]!.args as [number[]];
    expect(data.every((b) => Number.isInteger(b) && b >= -128 && b <= 127)).toBe(true);
    expect(data.some((b) => b < 0)).toBe(true); // a deflated .docx has bytes ≥ 0x80
    expect(Buffer.from(Uint8Array.from(data, (b) => b & 0xff)).equals(Buffer.from(drive.onlyFile().bytes!))).toBe(true);
  });

  it('signedBytes reads the same bits as -128…127, for a view into a larger buffer too', () => {
    expect(signedBytes(new Uint8Array([0, 1, 127, 128, 200, 255]))).toEqual([0, 1, 127, -128, -56, -1]);
    const buffer = new Uint8Array([9, 9, 0x50, 0x4b, 0xff, 9]).buffer;
    expect(signedBytes(new Uint8Array(buffer, 2, 3))).toEqual([0x50, 0x4b, -1]);
    expect(signedBytes(new Uint8Array(0))).toEqual([]);
  });

  it('a second run makes a second Doc; the first is never touched again', () => {
    createReport('quy-3-2026');
    const callsOnFirst = log.calls.length;
    createReport('quy-3-2026');
    expect(drive.files.map((f) => f.id)).toEqual(['drive-file-1', 'drive-file-2']);
    expect(log.calls.slice(callsOnFirst).filter((c) => c.service === 'Drive').map((c) => c.method)).toEqual(['Files.create']);
    expect(workbook.appendLog).toHaveBeenCalledTimes(2);
  });

  it('missing settings: still renders with blanks and says which rows to fill', () => {
    usePlan(smallPlan({ settings: { schoolCode: '', signerName: '' } }));
    const result = createReport('6-thang-2026');
    expect(result.notes).toHaveLength(2);
    expect(result.notes[0]).toMatch(/^Chưa có «Ký hiệu đơn vị»: điền dòng «Ký hiệu đơn vị» trong trang Cấu hình/);
    expect(result.notes[1]).toMatch(/^Chưa có «Người ký»: điền dòng «Người ký» trong trang Cấu hình/);
    expect(docxBodyText(drive.onlyFile().bytes!).split('\n')).toContain('Số: …/BC-…');
  });

  it('rejects a period it cannot read, in Vietnamese, before making anything', () => {
    expect(() => createReport('quy-5-2026')).toThrow(/không hiểu kỳ báo cáo 'quy-5-2026'/);
    expect(drive.files).toEqual([]);
    expect(log.count('Utilities') + log.count('Drive')).toBe(0);
  });
});

describe('createReport when Drive is off or fails: a Vietnamese message, nothing made, nothing logged', () => {
  for (const [what, service] of [['the Drive service is not enabled', undefined], ['Drive has no Files collection', {}]] as const) {
    it(`${what}: says what to do`, () => {
      vi.stubGlobal('Drive', service);
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      let thrown: unknown;
      try {
        createReport('quy-3-2026');
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(Error);
      const message = (thrown as Error).message;
      expect(message).toMatch(/^Chưa tạo được báo cáo: dịch vụ Google Drive chưa được bật cho tiện ích/);
      expect(message).toContain('Drive API');
      expect(workbook.appendLog).not.toHaveBeenCalled();
      expect(log.count('Utilities')).toBe(0);
      expect(error).toHaveBeenCalled();
    });
  }

  it('Drive.Files.create throws: Google\'s English text only to the execution log', () => {
    drive.failWhen = () => new Error('Exception: We\'re sorry, a server error occurred. Please wait a bit and try again.');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let thrown: unknown;
    try {
      createReport('quy-3-2026');
    } catch (e) {
      thrown = e;
    }
    const message = (thrown as Error).message;
    expect(message).toMatch(/^Chưa tạo được báo cáo: Google Drive không nhận tệp báo cáo/);
    expect(message).not.toMatch(/sorry|server error/i);
    expect(String(error.mock.calls[0]?.[0])).toContain('a server error occurred');
    expect(drive.files).toEqual([]);
    expect(log.count('Drive', 'Files.create')).toBe(1);
    expect(workbook.appendLog).not.toHaveBeenCalled();
  });

  it('Drive answers without an id: no link to give, said so, nothing logged', () => {
    vi.stubGlobal('Drive', { Files: { create: () => ({}) } });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => createReport('quy-3-2026')).toThrow(/^Chưa tạo được báo cáo: Google Drive không nhận tệp báo cáo/);
    expect(workbook.appendLog).not.toHaveBeenCalled();
  });

  it('the Doc is made but Nhật ký cannot be written: the link still reaches the dialog, with a note', () => {
    workbook.appendLog.mockImplementation(() => { throw new Error('Exception: Service Spreadsheets timed out'); });
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = createReport('quy-3-2026');
    expect(result.url).toBe(`https://docs.google.com/document/d/${drive.onlyFile().id}/edit`);
    // The dialog must not say the link is in Nhật ký.
    expect(result.logged).toBe(false);
    expect(result.notes).toEqual(['Đã tạo báo cáo nhưng chưa ghi được đường dẫn vào tab «Nhật ký». Hãy lưu đường dẫn ở trên; báo cáo cũng nằm trong «Drive của tôi» của bạn trên Google Drive.']);
    expect(String(error.mock.calls[0]?.[0])).toContain('timed out');
  });
});
