import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeSelfAssessment } from '../../src/cli/dti';
import { selfAssessmentModelOf } from '../../src/sheet/selfAssessment';
import { calendarDate } from '../../src/core/date';
import type { Plan } from '../../src/core/plan';
import { samplePlan } from '../../src/sample/anLao2026';
import { CallLog } from '../fakes/calls';
import { FakeDrive } from '../fakes/drive';
import { FakeHtmlService } from '../fakes/htmlService';
import type { FakeSpreadsheet } from '../fakes/spreadsheet';
import { FakeSpreadsheetApp } from '../fakes/spreadsheetApp';
import type { ShownDialog } from '../fakes/ui';
import { FakeUtilities } from '../fakes/utilities';
import { docxBodyText } from '../support/docxText';
import { selfAssessmentPlan } from '../support/selfAssessmentPlan';

const workbook = vi.hoisted(() => ({ loadPlan: vi.fn(), appendLog: vi.fn() }));
vi.mock('../../src/gas/workbook', async (importOriginal) => ({ ...(await importOriginal<typeof import('../../src/gas/workbook')>()), ...workbook }));

const { createSelfAssessmentDocs, resultHtml } = await import('../../src/gas/selfAssessmentDocs');
const { MENU_ITEMS, runMenuItem } = await import('../../src/gas/menu');

const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';
const WORD_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let log: CallLog;
let drive: FakeDrive;
let html: FakeHtmlService;
let dialogs: ShownDialog[];
let alerts: unknown[];
let spreadsheet: FakeSpreadsheet;

function usePlan(plan: Plan, problems: unknown[] = []): void {
  workbook.loadPlan.mockReturnValue({ plan, problems });
}

function withoutTab(plan: Plan): Plan {
  const { selfAssessment: _sa, ...rest } = plan;
  return rest;
}

beforeEach(() => {
  log = new CallLog();
  drive = new FakeDrive(log);
  html = new FakeHtmlService(log);
  const app = new FakeSpreadsheetApp(log);
  spreadsheet = app.spreadsheet;
  dialogs = app.ui.dialogs;
  alerts = [];
  vi.spyOn(app.ui, 'alert').mockImplementation(((...args: unknown[]) => {
    alerts.push(args);
    return app.ui.Button.OK;
  }) as never);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-10-15T03:00:00Z'));
  vi.stubGlobal('Drive', drive);
  vi.stubGlobal('Utilities', new FakeUtilities(log));
  vi.stubGlobal('HtmlService', html);
  vi.stubGlobal('SpreadsheetApp', app);
  workbook.appendLog.mockReset();
  usePlan(selfAssessmentPlan());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('«Tự đánh giá CĐS (QĐ 4725)…»', () => {
  it('is a menu item that makes both Docs and shows their links', () => {
    expect(MENU_ITEMS.find((i) => i.functionName === 'menuSelfAssessment')!.caption).toBe('Tự đánh giá CĐS (QĐ 4725)…');
    runMenuItem('menuSelfAssessment');
    expect(drive.files).toHaveLength(2);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]!.title).toBe('Tự đánh giá mức độ chuyển đổi số (QĐ 4725)');
    const content = html.outputs[0]!.content;
    for (const f of drive.files) expect(content).toContain(`https://docs.google.com/document/d/${f.id}/edit`);
    expect(content).toContain('Nhóm 1. Chuyển đổi số trong dạy, học: 64,5/100 điểm; Mức 2 (đáp ứng cơ bản), tạm tính: còn 2 tiêu chí chưa chấm');
    expect(alerts).toEqual([]);
  });

  it('one blob and one Drive create per document, one Nhật ký row naming both', () => {
    const result = createSelfAssessmentDocs();
    expect(log.of('Utilities').map((c) => c.method)).toEqual(['newBlob', 'newBlob']);
    expect(log.of('Drive').map((c) => c.method)).toEqual(['Files.create', 'Files.create']);
    const [sheet, report] = drive.files;
    expect(sheet!.resource).toEqual({ name: 'Phiếu tự đánh giá CĐS năm 2026 - Trường THPT An Lão', mimeType: GOOGLE_DOC_MIME });
    expect(report!.resource).toEqual({ name: 'Báo cáo tự đánh giá CĐS năm 2026 - Trường THPT An Lão', mimeType: GOOGLE_DOC_MIME });
    expect(sheet!.blobContentType).toBe(WORD_MIME);
    expect(workbook.appendLog).toHaveBeenCalledTimes(1);
    expect(workbook.appendLog).toHaveBeenCalledWith(spreadsheet, 'Tự đánh giá CĐS', `${result.sheet.name}: ${result.sheet.url}; ${result.report.name}: ${result.report.url}`);
    expect(docxBodyText(report!.bytes!)).toContain('An Lão, ngày 15 tháng 10 năm 2026');
    expect(result.logged).toBe(true);
  });

  it('uploads byte for byte the files the CLI writes for the same plan and day', async () => {
    createSelfAssessmentDocs();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-dti-'));
    try {
      const plan = selfAssessmentPlan();
      const written = await writeSelfAssessment(selfAssessmentModelOf(plan, calendarDate(2026, 10, 15))!, dir);
      expect(Buffer.from(drive.files[0]!.bytes!).equals(fs.readFileSync(written.sheet.file))).toBe(true);
      expect(Buffer.from(drive.files[1]!.bytes!).equals(fs.readFileSync(written.report.file))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a workbook without the tab: says how to add it, makes nothing', () => {
    usePlan(withoutTab(samplePlan()));
    runMenuItem('menuSelfAssessment');
    expect(drive.files).toEqual([]);
    expect(log.count('Utilities') + log.count('Drive')).toBe(0);
    expect(workbook.appendLog).not.toHaveBeenCalled();
    expect(String((alerts[0] as unknown[])[1])).toContain('Bảng tính không có tab «Tự đánh giá CĐS» nên chưa tạo được phiếu và báo cáo tự đánh giá. Chọn «Chuyển đổi số → Khởi tạo bảng theo dõi»');
  });

  it('a tab it cannot read (renamed headers): names the tab\'s problems, makes nothing', () => {
    usePlan(withoutTab(samplePlan()), [{ tab: 'Tu danh gia CDS', message: 'Không tìm thấy dòng tiêu đề có cột «Mã».' }, { tab: 'Chỉ tiêu', a1: 'D7', row: 7, message: 'x' }]);
    expect(() => createSelfAssessmentDocs()).toThrow('Không đọc được tab «Tu danh gia CDS» nên chưa tạo được phiếu và báo cáo tự đánh giá:\n- Tu danh gia CDS: Không tìm thấy dòng tiêu đề có cột «Mã».');
    expect(drive.files).toEqual([]);
  });

  it('escapes what the sheet says in the result dialog', () => {
    const out = resultHtml({ sheet: { name: 'A <b>', url: 'https://x/"y' }, report: { name: 'B', url: 'https://z' }, levels: ['<script>'], notes: [], logged: false });
    expect(out).toContain('A &lt;b&gt;');
    expect(out).toContain('https://x/&quot;y');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('Nhật ký');
  });
});
