/**
 * Issue 14: «Cập nhật bảng tổng hợp (Phòng/Sở)» and «Tạo báo cáo tổng hợp (Phòng/Sở)» on the fakes.
 * Schools push through the real receiver; the Sở's aggregate tabs are then the CLI's tabs
 * (src/sheet/rollupTabs.ts) of what the receiver holds, written only into the add-in's own marked
 * tabs, in the same service calls at 10 and 500 schools; the report is a Google Doc headed by the
 * Sở's own Cấu hình.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calendarDate, calendarDateOf } from '../../src/core/date';
import { rollUp } from '../../src/core/rollup/rollup';
import type { Snapshot } from '../../src/core/rollup/snapshot';
import { createRollupReport, receiverRollup, SUMMARY_ROLES, updateSummary } from '../../src/gas/rollupSummary';
import { receiverHoldings } from '../../src/gas/rollupTabs';
import { readMarks } from '../../src/gas/marks';
import { SAMPLE_SO_SETTINGS, sampleSnapshots } from '../../src/sample/soRollup';
import { ROLLUP_TABS, rollupTabs, tabGrid } from '../../src/sheet/rollupTabs';
import { FakeDrive } from '../fakes';
import { indicators, installRollupWorld, prefill, push, type RollupWorld } from '../support/rollupWorld';
import { fillSpreadsheet } from '../support/sheetPlans';
import { unzip } from '../support/zip';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const NOW = new Date('2026-10-20T03:00:00Z');
let w: RollupWorld;
let sent: Snapshot[];

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** `count` sample schools registered, all but the last `silent` pushed (through doPost). */
function pushed(count: number, silent = 0): void {
  sent = sampleSnapshots(count);
  w = installRollupWorld(sent.map((s) => [s.schoolId, s.schoolName] as const));
  for (const s of sent.slice(0, count - silent)) expect(push(w, s).status).toBe('accepted');
  w.log.clear();
}

const so = () => w.so as unknown as Spreadsheet;
/** A tab's values as the CLI's grid would hold them (blank cells '', days as Dates at midnight in the sheet's zone). */
const valuesOf = (name: string) => w.tab(name).snapshot();

describe('the snapshots the receiver holds, rebuilt from its tabs', () => {
  it('roll up to what the schools sent: every per-code aggregate, per-school summary and overdue count', () => {
    pushed(40);
    const held = receiverHoldings(w.tab('Trường').snapshot(), w.tab('Số liệu mới nhất').snapshot(), w.tab('Số liệu quý trước').snapshot());
    const asOf = calendarDate(2026, 10, 20);
    const direct = rollUp(sent, asOf);
    const rebuilt = rollUp(held.snapshots, asOf, { roster: held.roster });
    expect(rebuilt.indicators).toEqual(direct.indicators);
    expect(rebuilt.codes).toEqual(direct.codes);
    expect(rebuilt.unmapped).toEqual(direct.unmapped);
    expect(rebuilt.schools.map((s) => [s.schoolId, s.summary, s.overdueCount])).toEqual(direct.schools.map((s) => [s.schoolId, s.summary, s.overdueCount]));
    // Ties in the count are ordered by the most overdue occurrence, which the receiver does not keep: compared as sets.
    const overdue = (r: typeof direct) => r.overdue.map((o) => `${o.schoolId}:${o.count}`).sort();
    expect(overdue(rebuilt)).toEqual(overdue(direct));
    // Mức 1–3 as sent; the register keeps no level for «self-assessed, no level yet», so those read as not sent.
    expect(rebuilt.levels.school.slice(1)).toEqual(direct.levels.school.slice(1));
  });
});

describe('«Cập nhật bảng tổng hợp (Phòng/Sở)»', () => {
  it('writes the six tabs of the CLI\'s Sở workbook, the same rows, into marked tabs of its own', () => {
    pushed(12, 2);
    const outcome = updateSummary(so(), NOW);
    expect(outcome.tabs).toEqual(Object.values(ROLLUP_TABS));
    const marks = readMarks(so());
    for (const [key, role] of Object.entries(SUMMARY_ROLES)) expect(marks.tabs(role)[0]?.sheet.getName()).toBe(ROLLUP_TABS[key as keyof typeof ROLLUP_TABS]);
    const expected = rollupTabs(receiverRollup(so(), NOW));
    const tz = w.so.getSpreadsheetTimeZone();
    for (const tab of expected) {
      const grid = tabGrid(tab);
      const values = valuesOf(tab.name);
      expect(values.length, tab.name).toBeGreaterThanOrEqual(grid.rows.length);
      grid.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const cell = values[r]![c];
          if (v === null) expect(cell ?? '').toBe('');
          else if (typeof v === 'object') expect(calendarDateOf(cell as Date, tz)).toEqual(v);
          else expect(cell).toBe(v);
        }),
      );
    }
    const indicatorsTab = valuesOf(ROLLUP_TABS.indicators);
    expect(String(indicatorsTab[0]![0])).toContain('(10 trường)');
    expect(indicatorsTab[1]!.slice(0, 3)).toEqual(['Mã chỉ tiêu', 'Chỉ tiêu', 'Số trường báo cáo']);
    // The two registered schools that never pushed: not reported, «Chưa gửi lần nào».
    const silent = valuesOf(ROLLUP_TABS.notReported).slice(2).filter((r) => r[2] === 'Chưa gửi lần nào').map((r) => r[0]);
    expect(silent).toEqual(sent.slice(10).map((s) => s.schoolId));
    expect(valuesOf(ROLLUP_TABS.schools).slice(2).filter((r) => r[0] !== '')).toHaveLength(10);
  });

  it('never writes a staff tab (one named like its own gets «(CĐS)»), nor the receiver\'s; a second run rewrites its own tabs, no new ones', () => {
    pushed(5);
    const staff = w.so.addSheet(ROLLUP_TABS.indicators, [['Ghi chú của phòng KHTC']]);
    const receiverBefore = ['Trường', 'Số liệu mới nhất', 'Số liệu quý trước'].map((n) => JSON.stringify(w.tab(n).snapshot()));
    const first = updateSummary(so(), NOW);
    expect(first.tabs[0]).toBe(`${ROLLUP_TABS.indicators} (CĐS)`);
    expect(staff.snapshot()).toEqual([['Ghi chú của phòng KHTC']]);
    const sheets = w.so.sheets.length;
    push(w, { ...sent[0]!, sentAt: '2026-10-19T08:00:00+07:00', indicators: sent[0]!.indicators.map((i) => ({ ...i })) });
    const second = updateSummary(so(), NOW);
    expect(second.tabs).toEqual(first.tabs);
    expect(second.created).toEqual([]);
    expect(w.so.sheets.length).toBe(sheets);
    expect(staff.snapshot()).toEqual([['Ghi chú của phòng KHTC']]);
    expect(['Trường', 'Số liệu mới nhất', 'Số liệu quý trước'].map((n) => JSON.stringify(w.tab(n).snapshot()))).not.toEqual(receiverBefore);
  });

  it('says what to do when the receiver is not set up', () => {
    w = installRollupWorld([]);
    for (const name of ['Trường', 'Số liệu mới nhất', 'Số liệu quý trước', 'Nhật ký nhận']) w.so.removeSheet(w.tab(name));
    expect(() => updateSummary(so(), NOW)).toThrow(/chưa có các tab nhận số liệu.*Thiết lập nhận số liệu/);
  });

  it('the same service calls at 10 and 500 schools (a second run, tabs already made)', () => {
    function calls(schools: number): string[] {
      vi.unstubAllGlobals();
      const ids = Array.from({ length: schools }, (_, i) => [`3100${String(i).padStart(4, '0')}`, `Trường số ${i}`] as const);
      w = installRollupWorld(ids);
      prefill(w, ids, 30, '2026-10-10T00:30:00.000Z');
      updateSummary(so(), NOW);
      w.log.clear();
      updateSummary(so(), NOW);
      return w.log.calls.map((c) => `${c.service}.${c.method}`).filter((c) => c !== 'Sheet.insertRowsAfter');
    }
    const small = calls(10);
    expect(calls(500)).toEqual(small);
    expect(small.filter((c) => c === 'Range.setValues')).toHaveLength(6);
    expect(small.filter((c) => c === 'Range.getValues')).toHaveLength(3);
    void indicators;
  });
});

describe('«Tạo báo cáo tổng hợp (Phòng/Sở)»', () => {
  it('makes one Google Doc headed and signed by the Sở\'s own Cấu hình, and logs its link', () => {
    pushed(20);
    fillSpreadsheet(w.so, { settings: SAMPLE_SO_SETTINGS, indicators: [], tasks: [], progress: [], assignments: [] });
    const drive = new FakeDrive(w.log);
    vi.stubGlobal('Drive', drive);
    const made = createRollupReport(so(), NOW);
    expect(drive.files).toHaveLength(1);
    expect(made.url).toBe(`https://docs.google.com/document/d/${drive.files[0]!.id}/edit`);
    expect(made.name).toMatch(/^Báo cáo tổng hợp/);
    const xml = unzip(Buffer.from(drive.files[0]!.bytes!)).get('word/document.xml')!.toString('utf8');
    for (const text of ['UBND THÀNH PHỐ HẢI PHÒNG', 'SỞ GIÁO DỤC VÀ ĐÀO TẠO', '/BC-SGDĐT', 'Sở Giáo dục và Đào tạo Hải Phòng tổng hợp', 'Nguyễn Văn A']) expect(xml).toContain(text);
    expect(made.notes.join(' ')).toMatch(/không lưu danh sách việc quá hạn/);
    const journal = w.so.sheets.find((s) => s.name === 'Nhật ký')!.snapshot().slice(1);
    expect(journal.at(-1)![2]).toBe(`${made.name}: ${made.url}`);
  });
});
