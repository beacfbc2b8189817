/**
 * «Tạo báo cáo quý» end to end on the Apps Script side: the plan typed into an in-memory
 * spreadsheet, read by the real workbook reader, reported through the globals the dialog calls
 * (reportDialogState, reportCreate), the Google Doc made by the fake Drive from the uploaded .docx.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeReport } from '../../src/cli/reportFile';
import { calendarDate } from '../../src/core/date';
import type { Plan } from '../../src/core/plan';
import * as main from '../../src/main';
import { samplePlan } from '../../src/sample/anLao2026';
import { installGasFakes, type CallLog, type GasFakes } from '../fakes';
import { fillSpreadsheet, generatedPlan } from '../support/sheetPlans';

let fakes: GasFakes;

function start(plan: Plan): void {
  fakes = installGasFakes();
  fillSpreadsheet(fakes.spreadsheetApp.spreadsheet, plan);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-10-15T02:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('reportDialogState / reportCreate (globals for google.script.run)', () => {
  beforeEach(() => start(samplePlan()));

  it('the dialog state of the sample: quý III selected, one indicator and one task without data, two tasks completed after the cut-off', () => {
    const state = main.reportDialogState() as { selected: string; periods: { slug: string; notes: string[] }[]; settings: string[] };
    expect(state.selected).toBe('quy-3-2026');
    expect(state.settings).toEqual([]);
    expect(state.periods.find((p) => p.slug === 'quy-3-2026')!.notes).toHaveLength(3);
  });

  it('makes the Doc from the sheet: the .docx uploaded is the CLI\'s for the same plan and day; logs the link, writes no other cell', async () => {
    const spreadsheet = fakes.spreadsheetApp.spreadsheet;
    const before = new Map(spreadsheet.getSheets().map((s) => [s.getName(), JSON.stringify(spreadsheet.sheet(s.getName()).snapshot())]));
    const result = main.reportCreate('quy-3-2026') as { name: string; url: string; notes: string[] };
    expect(result.name).toBe('Báo cáo CĐS quý III-2026 - Trường THPT An Lão');
    expect(result.notes).toEqual([]);
    const file = fakes.drive.onlyFile();
    expect(result.url).toBe(`https://docs.google.com/document/d/${file.id}/edit`);
    // The file the CLI writes for the plan as written (not as read back from the sheet), same period and day.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cds-flow-'));
    try {
      const cli = await writeReport(samplePlan(), { kind: 'quarter', year: 2026, quarter: 3 }, calendarDate(2026, 10, 15), dir);
      expect(Buffer.from(file.bytes!).equals(fs.readFileSync(cli.file))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const log = spreadsheet.sheet('Nhật ký').snapshot();
    const last = log.at(-1)!;
    expect(last[1]).toBe('Tạo báo cáo');
    expect(last[2]).toBe(`${result.name}: ${result.url}`);
    for (const [name, snapshot] of before) {
      if (name !== 'Nhật ký') expect(JSON.stringify(spreadsheet.sheet(name).snapshot()), name).toBe(snapshot);
    }
  });

  it('Drive failing reaches the dialog as the add-in\'s Vietnamese sentence; Google\'s English text only goes to the execution log', () => {
    fakes.drive.failWhen = () => new Error('Exception: Request failed for https://www.googleapis.com returned code 403. User rate limit exceeded.');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const rowsBefore = fakes.spreadsheetApp.spreadsheet.sheet('Nhật ký').snapshot().length;
    let thrown: unknown;
    try {
      main.reportCreate('quy-3-2026');
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toMatch(/^Không thực hiện được «Tạo báo cáo quý»\.\n\nChưa tạo được báo cáo: Google Drive không nhận tệp báo cáo/);
    expect((thrown as Error).message).not.toContain('rate limit');
    expect(logged.mock.calls.map((c) => String(c[0])).join('\n')).toContain('User rate limit exceeded');
    expect(fakes.spreadsheetApp.spreadsheet.sheet('Nhật ký').snapshot()).toHaveLength(rowsBefore);
  });

  it('Drive service off: the dialog says how to turn it on; no log row', () => {
    vi.stubGlobal('Drive', undefined);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const rowsBefore = fakes.spreadsheetApp.spreadsheet.sheet('Nhật ký').snapshot().length;
    expect(() => main.reportCreate('quy-3-2026')).toThrow(/^Không thực hiện được «Tạo báo cáo quý»\.\n\nChưa tạo được báo cáo: dịch vụ Google Drive chưa được bật/);
    expect(fakes.spreadsheetApp.spreadsheet.sheet('Nhật ký').snapshot()).toHaveLength(rowsBefore);
  });

  it('a Google exception elsewhere (reading the sheet) is one Vietnamese sentence; the add-in\'s own messages pass as they are', () => {
    fakes.log.failWhen = (call) => (call.service === 'Spreadsheet' || call.service === 'Sheet' ? new Error('Exception: Service Spreadsheets failed while accessing document with id 1x.') : undefined);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    let thrown: unknown;
    try {
      main.reportCreate('quy-3-2026');
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toMatch(/^Không thực hiện được «Tạo báo cáo quý»: Google Sheets báo lỗi/);
    expect((thrown as Error).message).not.toContain('Service Spreadsheets failed');
    expect(String(logged.mock.calls[0]?.[0])).toContain('Service Spreadsheets failed');
    fakes.log.failWhen = undefined;
    expect(() => main.reportCreate('quy-9-2026')).toThrow(/^Không thực hiện được «Tạo báo cáo quý»\.\n\n/);
    expect(fakes.drive.files).toEqual([]);
  });
});

/** Calls by service of one whole report: the dialog's state, then create (with its log row). */
function reportRun(plan: Plan): { total: number; byService: Record<string, number>; log: CallLog } {
  start(plan);
  fakes.log.clear();
  main.reportDialogState();
  main.reportCreate('quy-3-2026');
  const byService: Record<string, number> = {};
  for (const call of fakes.log.calls) byService[call.service] = (byService[call.service] ?? 0) + 1;
  return { total: fakes.log.calls.length, byService, log: fakes.log };
}

describe('the whole report (dialog state + create + log) in a number of calls that does not grow with the plan', () => {
  it('the sample and plans of 100 / 1,000 / 10,000 rows: one newBlob, one Drive call, the same count at every size, nothing printed', () => {
    const printed = (['log', 'info', 'warn', 'error'] as const).map((level) => vi.spyOn(console, level));
    const runs = [['mẫu', samplePlan()], ...[100, 1000, 10_000].map((n) => [`${n} dòng`, generatedPlan(n)] as const)] as const;
    const counts = new Map<string, ReturnType<typeof reportRun>>();
    for (const [name, plan] of runs) {
      const run = reportRun(plan);
      counts.set(name, run);
      expect(run.log.of('Utilities').map((c) => c.method), name).toEqual(['newBlob']);
      expect(run.log.of('Drive').map((c) => c.method), name).toEqual(['Files.create']);
      expect(run.byService.Blob ?? 0, name).toBe(0);
      expect(fakes.drive.files, name).toHaveLength(1);
    }
    const sized = [...counts.entries()].filter(([name]) => name !== 'mẫu');
    for (const [name, run] of sized) expect(run.byService, name).toEqual(sized[0]![1].byService);
    for (const spy of printed) expect(spy).not.toHaveBeenCalled();
  }, 240_000);
});
