/**
 * Issue 14: «Cập nhật bảng tổng hợp (Phòng/Sở)» and «Tạo báo cáo tổng hợp (Phòng/Sở)» on the fakes.
 * Schools push through the real receiver; the Sở's aggregate tabs are then the CLI's tabs
 * (src/sheet/rollupTabs.ts) of what the receiver holds, written only into the add-in's own marked
 * tabs, in the same service calls at 10 and 500 schools; the report is a Google Doc headed by the
 * Sở's own Cấu hình.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addDays, calendarDate, calendarDateOf, isoString } from '../../src/core/date';
import { buildRollupReport } from '../../src/core/report/rollupReport';
import { defaultReportPeriod, reportingRuleOf } from '../../src/core/report/window';
import { rollUp } from '../../src/core/rollup/rollup';
import type { Snapshot } from '../../src/core/rollup/snapshot';
import { createRollupReport, receiverRollup, SUMMARY_ROLES, updateSummary } from '../../src/gas/rollupSummary';
import { receiverHoldings, SCHOOLS_TAB } from '../../src/gas/rollupTabs';
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

/** Every cell of a tab's grid as the sheet holds it (blank '', days as Dates at midnight in the sheet's zone). */
function expectTabEqual(tab: ReturnType<typeof rollupTabs>[number], values: readonly (readonly unknown[])[], tz: string): void {
  const grid = tabGrid(tab);
  expect(values.length, tab.name).toBeGreaterThanOrEqual(grid.rows.length);
  grid.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = values[r]![c];
      if (v === null) expect(cell ?? '', `${tab.name} ${r + 1}:${c + 1}`).toBe('');
      else if (typeof v === 'object') expect(calendarDateOf(cell as Date, tz), `${tab.name} ${r + 1}:${c + 1}`).toEqual(v);
      else expect(cell, `${tab.name} ${r + 1}:${c + 1}`).toBe(v);
    }),
  );
  for (const row of values.slice(grid.rows.length)) expect(row.every((c) => c === '' || c === null || c === undefined), tab.name).toBe(true);
}

const OVERDUE_LONG = Array.from({ length: 30 }, (_, i) => ({ stt: String(i + 1), name: `Nhiệm vụ số ${i + 1}: số hoá hồ sơ tổ ${i % 4}`, label: i % 2 ? 'Quý II' : 'Tháng 8', due: isoString(addDays(calendarDate(2026, 10, 20), -(200 - i * 3))), days: 200 - i * 3, lead: 'Tổ Tin học' }));

/**
 * The same set of snapshots, in the order pushed: a sample of 30 schools (levels, groups, overdue
 * lists as schools send them); one with 30 overdue occurrences; one self-assessed with a group not
 * scored yet (no school level); one with an empty self-assessment; five with a quý II snapshot too,
 * pushed before the latest (moved to «Số liệu quý trước») or after it (kept there as sent late).
 */
function mixedSnapshots(): { readonly order: readonly Snapshot[] } {
  const base = sampleSnapshots(30).map((s) => ({ ...s }));
  base[0] = { ...base[0]!, tasks: { ...base[0]!.tasks, overdueCount: 30, overdue: OVERDUE_LONG } };
  base[7] = { ...base[7]!, selfAssessment: { groups: [{ name: 'Chuyển đổi số trong dạy, học', total: 64.5, maxTotal: 100, level: 2 }, { name: 'Chuyển đổi số trong quản trị cơ sở giáo dục', total: 0, maxTotal: 90, level: null }], schoolLevel: null } };
  base[8] = { ...base[8]!, selfAssessment: { groups: [], schoolLevel: null } };
  const latestSchools = base.filter((s) => s.asOf >= '2026-07-01');
  const earlier = latestSchools.slice(1, 6).map((s, i): Snapshot => ({
    ...s,
    asOf: '2026-06-28',
    sentAt: `2026-06-29T${String(7 + i).padStart(2, "0")}:00:00+07:00`,
    indicators: s.indicators.map((ind) => (ind.attainment === null ? ind : { ...ind, attainment: ind.attainment / 2, state: 'unmet' as const, verdict: 'Chưa đạt' })),
    tasks: { ...s.tasks, overdueCount: 1, overdue: [OVERDUE_LONG[5]!] },
    selfAssessment: { groups: [{ name: 'Chuyển đổi số trong dạy, học', total: 40, maxTotal: 100, level: 1 }], schoolLevel: 1 },
  }));
  // Two pushed before the latest (the latest then moves the quý II rows), three after (kept as quý II's).
  return { order: [...earlier.slice(0, 2), ...base, ...earlier.slice(2)] };
}

describe('the snapshots the receiver holds, rebuilt from its tabs', () => {
  it('roll up to what the schools sent: every per-code aggregate, per-school summary, overdue list and level distribution', () => {
    pushed(40);
    const held = receiverHoldings(w.tab('Trường').snapshot(), w.tab('Số liệu mới nhất').snapshot(), w.tab('Số liệu quý trước').snapshot());
    expect(held.unreadable).toEqual([]);
    const asOf = calendarDate(2026, 10, 20);
    const direct = rollUp(sent, asOf);
    const rebuilt = rollUp(held.snapshots, asOf, { roster: held.roster });
    expect(rebuilt.indicators).toEqual(direct.indicators);
    expect(rebuilt.codes).toEqual(direct.codes);
    expect(rebuilt.unmapped).toEqual(direct.unmapped);
    expect(rebuilt.schools.map((s) => [s.schoolId, s.summary, s.overdueCount, s.mostOverdue])).toEqual(direct.schools.map((s) => [s.schoolId, s.summary, s.overdueCount, s.mostOverdue]));
    expect(rebuilt.overdue).toEqual(direct.overdue);
    expect(rebuilt.levels).toEqual(direct.levels);
  });

  it('the same snapshots through the receiver and «Cập nhật bảng tổng hợp» give the CLI\'s six tabs, cell for cell (groups\' levels, most overdue task, previous quarter)', () => {
    const { order } = mixedSnapshots();
    const schools = [...new Map(order.map((s) => [s.schoolId, s.schoolName] as const)).entries()];
    w = installRollupWorld(schools);
    const refused = order.map((s) => push(w, s)).filter((r) => r.status !== 'accepted');
    expect(refused).toEqual([]);
    updateSummary(so(), NOW);
    const today = calendarDate(2026, 10, 20);
    const direct = rollUp(order, today);
    // The cases are there: levels per group, a school self-assessed without a level, 30 overdue, previous quarters.
    expect(direct.levels.groups.length).toBeGreaterThanOrEqual(2);
    expect(direct.levels.school[0]).toBeGreaterThanOrEqual(2);
    expect(direct.schools.filter((s) => s.previous)).toHaveLength(5);
    expect(direct.overdue[0]!.count).toBe(30);
    const tz = w.so.getSpreadsheetTimeZone();
    const tabs = rollupTabs(direct);
    for (const tab of tabs) expectTabEqual(tab, valuesOf(tab.name), tz);
    // The consolidated report's model too.
    const period = defaultReportPeriod(today, reportingRuleOf(SAMPLE_SO_SETTINGS));
    expect(buildRollupReport(receiverRollup(so(), NOW), SAMPLE_SO_SETTINGS, period, today)).toEqual(buildRollupReport(direct, SAMPLE_SO_SETTINGS, period, today));
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
    for (const tab of expected) expectTabEqual(tab, valuesOf(tab.name), tz);
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

  it('a register cell of the receiver\'s data edited by hand: that part left out, and said (tab, row, column), the rest rolled up', () => {
    pushed(12);
    const register = w.tab('Trường');
    const rowOf = (id: string) => register.snapshot().findIndex((r) => r[0] === id) + 1;
    const leveled = sent.find((s) => s.selfAssessment?.schoolLevel)!;
    const late = sent.find((s) => s.tasks.overdue.length > 0 && s !== leveled)!;
    const saColumn = SCHOOLS_TAB.columns.findIndex((c) => c.key === 'selfAssessment') + 1;
    const overdueColumn = SCHOOLS_TAB.columns.findIndex((c) => c.key === 'overdueList') + 1;
    register.writeCell(rowOf(leveled.schoolId), saColumn, 'Mức 2 (đã sửa tay)');
    register.writeCell(rowOf(late.schoolId), overdueColumn, '[{"stt":"1","name":"Việc","label":"Quý I","due":"2026-13-40","days":3,"lead":""}]');
    const outcome = updateSummary(so(), NOW);
    expect(outcome.unreadable).toHaveLength(2);
    expect(outcome.unreadable).toContain(
      `Tab «Trường», dòng ${rowOf(leveled.schoolId)} (trường ${leveled.schoolId}), cột «Tự đánh giá CĐS theo nhóm (dữ liệu)»: ô bị sửa, không đọc được (không đúng định dạng JSON); phần này không được tổng hợp cho đến lần gửi sau của trường.`,
    );
    expect(outcome.unreadable.find((u) => u.startsWith(`Tab «Trường», dòng ${rowOf(late.schoolId)} (trường ${late.schoolId}), cột «Việc quá hạn lâu nhất (dữ liệu)»`))).toMatch(/hạn phải là ngày dạng yyyy-mm-dd/);
    const direct = rollUp(sent, calendarDate(2026, 10, 20));
    // The school whose self-assessment cell was edited counts by its level column alone (no groups); the other keeps its count.
    expect(outcome.rollup.levels.school).toEqual(direct.levels.school);
    expect(outcome.rollup.levels.groups.map((g) => g.schools)).toEqual(direct.levels.groups.map((g) => g.schools - 1));
    expect(outcome.rollup.overdue.find((o) => o.schoolId === late.schoolId)).toMatchObject({ count: late.tasks.overdueCount, mostOverdue: undefined });
    expect(outcome.rollup.indicators).toEqual(direct.indicators);
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
    expect(made.notes.join(' ')).not.toMatch(/không lưu/);
    const journal = w.so.sheets.find((s) => s.name === 'Nhật ký')!.snapshot().slice(1);
    expect(journal.at(-1)![2]).toBe(`${made.name}: ${made.url}`);
  });
});
