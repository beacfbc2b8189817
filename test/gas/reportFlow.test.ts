/**
 * «Tạo báo cáo quý» end to end on the Apps Script side: the sample plan typed into an in-memory
 * spreadsheet, read by the real workbook reader, reported through the globals the dialog calls.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as main from '../../src/main';
import { samplePlan } from '../../src/sample/anLao2026';
import { accessRecorder, installGasFakes, type GasFakes } from '../fakes';
import { FakeDocumentApp } from '../fakes/documentApp';
import { FakeDocsApi } from '../fakes/docsApi';
import { fillSpreadsheet } from '../support/sheetPlans';

let fakes: GasFakes;
let docs: FakeDocumentApp;

beforeEach(() => {
  fakes = installGasFakes();
  docs = new FakeDocumentApp(fakes.log);
  vi.stubGlobal('DocumentApp', docs);
  vi.stubGlobal('Docs', new FakeDocsApi(docs, fakes.log));
  vi.stubGlobal('Charts', accessRecorder('Charts', fakes.log));
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-10-15T02:00:00Z'));
  fillSpreadsheet(fakes.spreadsheetApp.spreadsheet, samplePlan());
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('reportDialogState / reportCreate (globals for google.script.run)', () => {
  it('the dialog state of the sample: quý III selected, one indicator and one task without data, two tasks completed after the cut-off', () => {
    const state = main.reportDialogState() as { selected: string; periods: { slug: string; notes: string[] }[]; settings: string[] };
    expect(state.selected).toBe('quy-3-2026');
    expect(state.settings).toEqual([]);
    expect(state.periods.find((p) => p.slug === 'quy-3-2026')!.notes).toHaveLength(3);
  });

  it('makes the Doc from the sheet, logs the link in Nhật ký, and writes no other cell', () => {
    const before = new Map(fakes.spreadsheetApp.spreadsheet.getSheets().map((s) => [s.getName(), JSON.stringify(fakes.spreadsheetApp.spreadsheet.sheet(s.getName()).snapshot())]));
    const result = main.reportCreate('quy-3-2026') as { name: string; url: string; notes: string[] };
    expect(result.name).toBe('Báo cáo CĐS quý III-2026 - Trường THPT An Lão');
    expect(result.notes).toEqual([]);
    const doc = docs.onlyDocument();
    expect(doc.body.outline().filter((l) => l.startsWith('[table'))).toEqual(['[table 2×2]', '[table 27×8]', '[table 22×8]', '[table 1×2]']);
    const log = fakes.spreadsheetApp.spreadsheet.sheet('Nhật ký').snapshot();
    const last = log.at(-1)!;
    expect(last[1]).toBe('Tạo báo cáo');
    expect(last[2]).toBe(`${result.name}: ${result.url}`);
    for (const [name, snapshot] of before) {
      if (name !== 'Nhật ký') expect(JSON.stringify(fakes.spreadsheetApp.spreadsheet.sheet(name).snapshot()), name).toBe(snapshot);
    }
  });

  it('a failure reaches the dialog as a Vietnamese sentence: Google\'s English exception text only goes to the execution log', () => {
    vi.stubGlobal('DocumentApp', { create: () => { throw new Error('Exception: Service Documents failed while accessing document with id 1x.'); } });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    let thrown: unknown;
    try {
      main.reportCreate('quy-3-2026');
    } catch (error) {
      thrown = error;
    }
    expect((thrown as Error).message).toMatch(/^Không thực hiện được «Tạo báo cáo quý»: Google Sheets báo lỗi/);
    expect((thrown as Error).message).not.toContain('Service Documents failed');
    expect(String(logged.mock.calls[0]?.[0])).toContain('Service Documents failed');
    // The add-in's own Vietnamese message still reaches the user as it is.
    expect(() => main.reportCreate('quy-9-2026')).toThrow(/^Không thực hiện được «Tạo báo cáo quý»\.\n\n/);
  });
});
